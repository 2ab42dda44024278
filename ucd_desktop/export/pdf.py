"""A notice (or a .docx) as a PDF, made by Word or LibreOffice, checked, written atomically.

The PDF is made from the very .docx the app exports, by the program that will open it
(Word when it is there), so the PDF and the print show Word's page breaks, not the live
preview's. Everything happens in a temporary folder: the draft is never written, and the
destination is replaced only by a complete, checked PDF (``storage.atomic``).

The check reads the PDF back (pypdf): the page count, every page A4 portrait, every font
embedded. A PDF that is not A4 or lacks a font is still written, with warnings.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from ucd_desktop.decree.numbers import A4_HEIGHT_MM, A4_WIDTH_MM, MM_PER_PT
from ucd_desktop.export.converters import (
    ConversionError,
    Converter,
    Job,
    Reason,
    Stage,
    find_converter,
)
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.notice import Notice
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.storage.atomic import atomic_write_bytes

__all__ = [
    "A4_MM",
    "PdfDocument",
    "PdfReport",
    "docx_file_to_pdf",
    "export_pdf",
    "inspect_pdf",
    "notice_to_pdf",
]

A4_MM = (A4_WIDTH_MM, A4_HEIGHT_MM)
_PT_PER_MM = 1 / MM_PER_PT
#: Word writes 595.3 x 841.9 pt, LibreOffice 595.304 x 841.89: both within a point of A4.
_TOLERANCE_MM = 1.0
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


@dataclass(frozen=True)
class PdfReport:
    """What the PDF holds: pages with their size, fonts, and those not embedded."""

    page_sizes_mm: tuple[tuple[float, float], ...]
    fonts: tuple[str, ...] = ()
    unembedded_fonts: tuple[str, ...] = ()

    @property
    def pages(self) -> int:
        return len(self.page_sizes_mm)

    @property
    def all_a4(self) -> bool:
        return bool(self.page_sizes_mm) and all(
            abs(w - A4_MM[0]) <= _TOLERANCE_MM and abs(h - A4_MM[1]) <= _TOLERANCE_MM
            for w, h in self.page_sizes_mm
        )

    def warnings(self) -> list[str]:
        found: list[str] = []
        if not self.all_a4:
            sizes = ", ".join(sorted({f"{w:.0f} × {h:.0f} mm" for w, h in self.page_sizes_mm}))
            found.append(_("Some pages are not A4 portrait: {sizes}.").format(sizes=sizes))
        if self.unembedded_fonts:
            found.append(
                _(
                    "Fonts not embedded in the PDF (it may look different elsewhere): {fonts}."
                ).format(fonts=", ".join(self.unembedded_fonts))
            )
        return found


@dataclass(frozen=True)
class PdfDocument:
    """A PDF made in memory, with its check and the converter that made it."""

    data: bytes
    report: PdfReport
    converter: str
    warnings: list[str] = field(default_factory=list)


def _resolved(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def _font_name(font: Any) -> str:
    name = str(font.get("/BaseFont", "?")).lstrip("/")
    # A subset font is named "ABCDEF+Name".
    return name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name


def _embedded(font: Any) -> bool:
    subtype = font.get("/Subtype")
    if subtype == "/Type3":
        return True  # glyphs are drawn by the PDF itself
    if subtype == "/Type0":
        descendants = _resolved(font.get("/DescendantFonts")) or []
        return all(_embedded(_resolved(d)) for d in descendants) and bool(descendants)
    descriptor = _resolved(font.get("/FontDescriptor"))
    return descriptor is not None and any(key in descriptor for key in _FONT_FILES)


def _fonts(resources: Any, seen: set[int]) -> Iterator[Any]:
    """Every font used by a page, including inside its form XObjects."""
    resources = _resolved(resources)
    if resources is None or id(resources) in seen:
        return
    seen.add(id(resources))
    for font in (_resolved(resources.get("/Font")) or {}).values():
        yield _resolved(font)
    for xobject in (_resolved(resources.get("/XObject")) or {}).values():
        xobject = _resolved(xobject)
        if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
            yield from _fonts(xobject["/Resources"], seen)


def inspect_pdf(data: bytes) -> PdfReport:
    """Pages, sizes and fonts of a PDF; ConversionError when it is not a readable PDF."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.startswith(b"%PDF-"):
        raise ConversionError(Reason.BAD_OUTPUT, _("The converter did not write a PDF file."))
    try:
        reader = PdfReader(BytesIO(data))
        sizes: list[tuple[float, float]] = []
        names: list[str] = []
        missing: list[str] = []
        for page in reader.pages:
            box = page.mediabox
            width, height = float(box.width) / _PT_PER_MM, float(box.height) / _PT_PER_MM
            if int(page.get("/Rotate", 0) or 0) % 180:
                width, height = height, width
            sizes.append((round(width, 1), round(height, 1)))
            for font in _fonts(page.get("/Resources"), set()):
                name = _font_name(font)
                if name not in names:
                    names.append(name)
                if not _embedded(font) and name not in missing:
                    missing.append(name)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConversionError(
            Reason.BAD_OUTPUT,
            _("The PDF made by the converter is damaged: {error}").format(error=exc),
        ) from None
    if not sizes:
        raise ConversionError(Reason.BAD_OUTPUT, _("The PDF made by the converter has no pages."))
    return PdfReport(tuple(sizes), tuple(names), tuple(missing))


def _convert_bytes(docx: bytes, converter: Converter | None, job: Job) -> PdfDocument:
    chosen = converter or find_converter()
    job.check_cancelled()
    with tempfile.TemporaryDirectory(prefix="ucd-pdf-") as folder:
        # Plain ASCII names: some converters stumble on unusual characters in paths.
        source, target = Path(folder) / "notice.docx", Path(folder) / "notice.pdf"
        atomic_write_bytes(source, docx)
        chosen.convert(source, target, job)
        job.check_cancelled()
        job.report(Stage.CHECKING)
        try:
            data = target.read_bytes()
        except OSError as exc:
            raise ConversionError(
                Reason.CRASHED,
                _("{name} did not make the PDF ({error}).").format(
                    name=chosen.name, error=describe_os_error(exc)
                ),
            ) from None
    report = inspect_pdf(data)
    return PdfDocument(data, report, chosen.name, report.warnings())


def notice_to_pdf(
    notice: Notice, *, converter: Converter | None = None, job: Job | None = None
) -> PdfDocument:
    """The PDF of ``notice`` in memory (the GUI previews and prints it)."""
    from ucd_desktop.export.docx_writer import render_docx
    from ucd_desktop.layout.build import build_layout

    job = job or Job()
    job.report(Stage.PREPARING)
    docx = render_docx(build_layout(notice))
    return _convert_bytes(docx, converter, job)


def _save(document: PdfDocument, output: Path, job: Job) -> PdfDocument:
    job.check_cancelled()
    job.report(Stage.SAVING)
    atomic_write_bytes(output, document.data)
    return document


def export_pdf(
    notice: Notice, output: Path, *, converter: Converter | None = None, job: Job | None = None
) -> PdfDocument:
    """Write the PDF of ``notice`` to ``output``: all or nothing.

    ConversionError (nothing written) when the PDF cannot be made; SaveError when it
    cannot be written (the file open in a PDF reader, a read-only folder).
    """
    job = job or Job()
    return _save(notice_to_pdf(notice, converter=converter, job=job), Path(output), job)


def docx_file_to_pdf(
    source: Path, output: Path, *, converter: Converter | None = None, job: Job | None = None
) -> PdfDocument:
    """Convert an existing .docx file; the .docx itself is only read."""
    job = job or Job()
    source = Path(source)
    job.report(Stage.PREPARING)
    try:
        data = source.read_bytes()
    except PermissionError:
        raise ConversionError(
            Reason.LOCKED,
            _("Cannot read {path}: it is open in another program. Close it and try again.").format(
                path=source
            ),
        ) from None
    except OSError as exc:
        raise ConversionError(
            Reason.BAD_INPUT,
            _("Cannot read {path}: {error}").format(path=source, error=describe_os_error(exc)),
        ) from None
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            is_docx = "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        is_docx = False
    if not is_docx:
        raise ConversionError(
            Reason.BAD_INPUT, _("{name} is not a Word document (.docx).").format(name=source.name)
        )
    return _save(_convert_bytes(data, converter, job), Path(output), job)
