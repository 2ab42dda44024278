"""``ucd-desktop --smoke-test``: does this installation (or frozen bundle) really work?

It starts the pieces a frozen build most often loses (bundled templates and resources,
translations, Babel's locale data, python-docx, Jinja, Qt's print module and PDFium,
the per-user folders), exports the bundled example notice to a file with
Vietnamese letters in its name, checks that file, makes its PDF when a converter is
installed (``--require-pdf``: it must be), and exits 0 when every check passed, 1
otherwise. Each check prints one line. Nothing is written outside a temporary folder
except the per-user folders the app creates anyway.
"""

from __future__ import annotations

import importlib
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from ucd_desktop import APP_NAME, __version__
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

__all__ = ["EXAMPLE_NAME", "SMOKE_FLAG", "run_smoke_test"]

SMOKE_FLAG = "--smoke-test"
REQUIRE_PDF_FLAG = "--require-pdf"
EXAMPLE_NAME = "long-an-2022.ucd"
#: The exported file's name: Vietnamese letters, a dash and brackets, as drafters type.
EXPORT_STEM = "Thông báo kết luận – thử nghiệm (Long An)"


class Skipped(Exception):
    """A check that cannot run here (no converter installed)."""


def _bundle() -> str:
    from ucd_desktop.resources import resources_dir, templates_dir

    where = "frozen" if getattr(sys, "frozen", False) else "source"
    return f"{where}: {templates_dir()}, {resources_dir()}"


def _translations() -> str:
    from ucd_desktop.i18n import set_language

    set_language("vi")
    probe = "The smoke test passed."
    if _(probe) == probe:
        raise AssertionError("the Vietnamese catalogues are missing")
    return _(probe)


def _user_folders() -> str:
    from ucd_desktop.storage.paths import config_dir, data_dir

    folders = [data_dir(), config_dir()]
    if getattr(sys, "frozen", False):
        app_dir = Path(sys.executable).resolve().parent
        for folder in folders:
            if folder.resolve().is_relative_to(app_dir):
                raise AssertionError(f"user data beside the executable: {folder}")
    return ", ".join(str(f) for f in folders)


def _babel() -> str:
    from ucd_desktop.text.numbers import format_number

    vi, en = format_number(1234567.5), format_number(1234567.5, locale="en")
    if (vi, en) != ("1.234.567,5", "1,234,567.5"):
        raise AssertionError(f"numbers formatted as {vi!r} / {en!r}")
    return f"{vi} / {en}"


def _check_docx(path: Path, summary: str) -> str:
    import docx

    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    text = re.sub(r"<[^>]+>", "", xml)
    first_words = " ".join(summary.split()[:4])
    for needle in ("THÔNG BÁO", first_words):
        if needle not in text:
            raise AssertionError(f"{needle!r} missing from the .docx")
    if 'w:w="11906"' not in xml or 'w:h="16838"' not in xml:
        raise AssertionError("the .docx page is not A4")
    paragraphs = len(docx.Document(str(path)).paragraphs)
    return f"{path.name}: {path.stat().st_size} bytes, {paragraphs} paragraphs"


class _Smoke:
    def __init__(self, folder: Path, require_pdf: bool) -> None:
        self.folder = folder
        self.require_pdf = require_pdf
        self.pdf_document: object | None = None
        self.made: list[Path] = []

    def example(self) -> str:
        from ucd_desktop.export.docx_writer import export_docx
        from ucd_desktop.resources import examples_dir
        from ucd_desktop.storage.drafts import load_draft

        notice = load_draft(examples_dir() / EXAMPLE_NAME).notice
        target = self.folder / f"{EXPORT_STEM}.docx"
        export_docx(notice, target)
        self.made.append(target)
        return _check_docx(target, notice.summary)

    def templates(self) -> str:
        from ucd_desktop.export.docx_writer import render_docx
        from ucd_desktop.layout.build import build_layout
        from ucd_desktop.templating.binding import instantiate
        from ucd_desktop.templating.library import TemplateLibrary

        library = TemplateLibrary.default(user=False)
        if not library.templates or library.problems:
            raise AssertionError(f"templates: {library.problems or 'none found'}")
        for template in library.templates:
            render_docx(build_layout(instantiate(template, {}).notice))
        return ", ".join(t.id for t in library.templates)

    def pdf(self) -> str:
        from ucd_desktop.export.converters import ConversionError, Reason, find_converter
        from ucd_desktop.export.pdf import export_pdf
        from ucd_desktop.resources import examples_dir
        from ucd_desktop.storage.drafts import load_draft

        try:
            converter = find_converter()
        except ConversionError as exc:
            if exc.reason is Reason.MISSING and not self.require_pdf:
                raise Skipped(str(exc)) from None
            raise
        notice = load_draft(examples_dir() / EXAMPLE_NAME).notice
        target = self.folder / f"{EXPORT_STEM}.pdf"
        document = export_pdf(notice, target, converter=converter)
        report = document.report
        if not report.all_a4 or report.unembedded_fonts:
            raise AssertionError("; ".join(document.warnings))
        if target.read_bytes() != document.data:
            raise AssertionError("the PDF on disk differs from the one made")
        self.pdf_document = document
        self.made.append(target)
        fonts = ", ".join(report.fonts)
        return f"{converter.name}: {report.pages} pages, A4, fonts embedded ({fonts})"

    def reading(self) -> str:
        """Import the files just made (python-docx, and PDFium through pypdfium2, in the bundle)."""
        from ucd_desktop.reading import import_notice
        from ucd_desktop.resources import examples_dir
        from ucd_desktop.storage.drafts import load_draft

        if not self.made:
            raise AssertionError("nothing was exported to import")
        expected = " ".join(load_draft(examples_dir() / EXAMPLE_NAME).notice.summary.split())
        found = []
        for path in self.made:
            result = import_notice(path)
            summary = " ".join(result.draft.notice.summary.split())
            if summary != expected:
                raise AssertionError(f"{path.suffix} imported with summary {summary!r}")
            found.append(result.source)
        return ", ".join(found)

    def qt(self) -> str:
        printing = importlib.import_module("ucd_desktop.gui.printing.printer")
        problems: list[str] = printing.smoke_check(self.pdf_document)
        if problems:
            raise AssertionError("; ".join(problems))
        return "QtWidgets, QtPrintSupport, PDFium (pypdfium2)"

    def window(self) -> str:
        """The drafting window builds (every GUI module and its icons are in the bundle).

        It is neither shown nor started: starting could ask about a draft to restore.
        """
        app = importlib.import_module("ucd_desktop.gui.app")
        main_window = importlib.import_module("ucd_desktop.gui.main_window")
        store = importlib.import_module("ucd_desktop.gui.settings_store")
        from ucd_desktop.storage.settings import Settings

        app.ensure_app([])
        if app.app_icon().isNull():
            raise AssertionError("the application icon is missing")
        window = main_window.MainWindow(store.SettingsStore(Settings()))
        title = str(window.windowTitle()) or "?"
        window.deleteLater()
        return title


def run_smoke_test(argv: Sequence[str] = (), out: TextIO | None = None) -> int:
    """Run every check; 0 when all passed (a PDF check may be skipped), else 1."""
    stream = out or sys.stdout
    require_pdf = REQUIRE_PDF_FLAG in argv

    def say(line: str) -> None:
        if stream is not None:  # a windowed build on Windows has no stdout
            print(line, file=stream, flush=True)

    say(f"{APP_NAME} {__version__} – {_('smoke test')} ({sys.executable})")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="ucd-smoke-") as folder:
        smoke = _Smoke(Path(folder), require_pdf)
        checks: list[tuple[str, Callable[[], str]]] = [
            (N_("bundled files"), _bundle),
            (N_("translations"), _translations),
            (N_("user folders"), _user_folders),
            (N_("numbers (Babel)"), _babel),
            (N_("example notice as .docx"), smoke.example),
            (N_("bundled templates"), smoke.templates),
            (N_("PDF"), smoke.pdf),
            (N_("importing the files back"), smoke.reading),
            (N_("Qt: PDF pages and printing"), smoke.qt),
            (N_("drafting window"), smoke.window),
        ]
        for name, check in checks:
            try:
                detail = check()
                say(f"ok    {_(name)}: {detail}")
            except Skipped as exc:
                say(f"skip  {_(name)}: {exc}")
            except Exception as exc:  # every failure is reported, then the next check runs
                failures += 1
                say(f"FAIL  {_(name)}: {type(exc).__name__}: {exc}")
    if failures:
        say(_("{n} check(s) failed.").format(n=failures))
        return 1
    say(_("The smoke test passed."))
    return 0
