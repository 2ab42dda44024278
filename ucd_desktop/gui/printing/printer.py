"""Export PDF… and Print… (Ctrl+P): the exact document, as Word (or LibreOffice) makes it.

Entry points for the main window:

- ``export_pdf(parent, notice, suggested) -> Path | None`` asks where to save, makes the
  PDF off the GUI thread with a progress dialog, and returns the file written (None when
  cancelled or failed; the failure is shown to the user).
- ``print_notice(parent, notice) -> bool`` makes the same PDF, shows its real pages in a
  print preview, and prints them on the printer and with the copies chosen there; True
  when something was sent to the printer.

The live preview stays the fast view; this is the exact one. The notice is copied before
the conversion starts, so edits made meanwhile neither disturb nor enter this PDF, and
the draft file is never written here.
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ucd_desktop.export.converters import (
    DEFAULT_TIMEOUT_S,
    ConversionError,
    Converter,
    Job,
    find_converter,
)
from ucd_desktop.export.converters.word import find_word
from ucd_desktop.export.pdf import PdfDocument, notice_to_pdf
from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.printing.pages import PdfPrintPreview, load_pdf, paint_pdf, render_page
from ucd_desktop.gui.printing.task import PdfProgressDialog
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.inline import plain_text
from ucd_desktop.model.notice import Notice
from ucd_desktop.storage.atomic import SaveError, atomic_write_bytes

__all__ = ["export_pdf", "export_pdf_to", "make_pdf", "print_notice", "smoke_check"]

#: Seconds a conversion may take before it is stopped.
TIMEOUT_S = DEFAULT_TIMEOUT_S


def _message(parent: QWidget | None, text: str, details: str = "") -> None:
    """Tell the user, through the window's message functions (tests replace those)."""
    messages.warn(parent, text, details)


def _converter(parent: QWidget | None) -> Converter | None:
    try:
        return find_converter()
    except ConversionError as exc:
        _message(parent, exc.message)
        return None


def _run(
    parent: QWidget | None, title: str, work: Callable[[Converter, Job], PdfDocument]
) -> PdfDocument | None:
    converter = _converter(parent)
    if converter is None:
        return None
    dialog = PdfProgressDialog(
        parent, title, converter.name, lambda job: work(converter, job), timeout_s=TIMEOUT_S
    )
    document = dialog.run()
    task = dialog.task
    task.wait()
    if document is None and task.reason != "cancelled":
        _message(parent, _("The PDF could not be made."), task.error)
    elif document is not None and document.warnings:
        _message(parent, _("The PDF was made, with warnings:"), "\n".join(document.warnings))
    dialog.deleteLater()
    return document


def make_pdf(parent: QWidget | None, notice: Notice, title: str) -> PdfDocument | None:
    """The PDF of ``notice`` in memory, made with a progress dialog; None if it failed."""
    snapshot = copy.deepcopy(notice)
    return _run(parent, title, lambda c, job: notice_to_pdf(snapshot, converter=c, job=job))


def export_pdf_to(parent: QWidget | None, notice: Notice, path: Path) -> Path | None:
    """Write the PDF of ``notice`` to ``path`` (no file dialog); the path written, or None.

    A destination that cannot be written (the PDF open in a reader that locks it, a
    read-only folder) offers to try again or to save under another name, without
    converting again.
    """
    document = make_pdf(parent, notice, _("Export PDF"))
    if document is None:
        return None
    target = Path(path)
    while True:
        try:
            atomic_write_bytes(target, document.data)
            return target
        except SaveError as exc:
            if exc.reason != "locked":
                _message(parent, str(exc))
                return None
            choice = messages.ask_locked(parent, str(exc))
            if choice == "retry":
                continue
            if choice != "other":
                return None
            other = messages.ask_save_path(
                parent, _("Export PDF"), target, _("PDF documents (*.pdf)"), ".pdf"
            )
            if other is None:
                return None
            target = Path(other)


def export_pdf(parent: QWidget, notice: Notice, suggested: Path) -> Path | None:
    """Ask where to save, then write the PDF there. The file written, or None."""
    suggested = Path(suggested)
    if suggested.suffix.lower() != ".pdf":
        suggested = suggested.with_name(suggested.name + ".pdf")
    path = messages.ask_save_path(
        parent,
        _("Export PDF"),
        suggested,
        _("PDF documents (*.pdf)"),
        ".pdf",
    )
    if path is None:
        return None
    return export_pdf_to(parent, notice, path)


def _docx_for_word(notice: Notice) -> bytes | None:
    """The .docx, when Word is here to print it (else the PDF is printed)."""
    if find_word() is None:
        return None
    from ucd_desktop.export.docx_writer import render_docx
    from ucd_desktop.layout.build import build_layout

    return render_docx(build_layout(copy.deepcopy(notice)))


def _title(notice: Notice) -> str:
    summary = " ".join(plain_text(notice.summary).split())
    return summary[:100] or _("Notice")


def print_notice(parent: QWidget, notice: Notice) -> bool:
    """Convert, preview the real pages, print. True when the pages went to a printer."""
    document = make_pdf(parent, notice, _("Print"))
    if document is None:
        return False
    try:
        preview = PdfPrintPreview(document, _title(notice), parent, _docx_for_word(notice))
    except ValueError as exc:
        _message(parent, str(exc))
        return False
    accepted = bool(preview.exec() == QDialog.DialogCode.Accepted)
    preview.pdf.close()
    preview.deleteLater()
    return accepted


def smoke_check(document: PdfDocument | None) -> list[str]:
    """Problems found rendering and printing ``document`` with Qt (the smoke mode).

    Starts a QApplication when there is none (offscreen when there is no display).
    Without a document (no converter installed) it only checks that Qt starts.
    """
    if QApplication.instance() is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
        from ucd_desktop.gui.qt_app import ensure_app

        ensure_app([])
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    if document is None:
        return [] if printer.isValid() else ["no usable QPrinter"]
    problems: list[str] = []
    try:
        pdf = load_pdf(document.data)
    except ValueError as exc:
        return [str(exc)]
    try:
        if pdf.page_count != document.report.pages:
            problems.append(f"PDFium sees {pdf.page_count} pages, pypdf {document.report.pages}")
        image = render_page(pdf, 0, 40)
        if image.isNull() or image.size() != QSize(331, 468):
            problems.append(f"page 1 rendered at {image.size()}")
        inked = sum(
            1
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
            if image.pixelColor(x, y).lightness() < 160
        )
        if inked < 50:
            problems.append("page 1 looks blank")
        with tempfile.TemporaryDirectory(prefix="ucd-smoke-print-") as folder:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(Path(folder) / "printed.pdf"))
            printer.setFullPage(True)
            painted = paint_pdf(pdf, printer)
            if painted != pdf.page_count:
                problems.append(f"printed {painted} of {pdf.page_count} pages")
    finally:
        pdf.close()
    return problems
