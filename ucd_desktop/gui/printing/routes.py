"""How the pages reach the printer chosen in the print dialog, best way first.

1. **Microsoft Word** (Windows, Word installed): Word opens the very .docx and prints it
   itself (``WordConverter.print_file``): the sheets are exactly what Word prints, sent
   as Word sends them (text and lines, not pictures), to the printer, copies and pages
   chosen in the dialog.
2. **The system's print queue** (Linux, macOS: CUPS' ``lp``): the converted PDF itself
   goes to the queue, which prints it as vectors.
3. **Painted** (anything else, and "print to a PDF file"): the PDF's pages are drawn by
   PDFium and painted on the printer at its resolution, capped at ``MAX_PRINT_DPI``.
   300 dpi is what office laser printers print text at; the old 600 dpi cap sent four
   times the pixels (a 600 dpi A4 page is 4,960 × 7,016 pixels) for no visible gain.

Each route returns the number of sheets' worth of pages handed on, or raises
``PrintError`` with a message for the user.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from ucd_desktop.export.converters import ConversionError, Job
from ucd_desktop.export.converters.word import PrintRequest, WordConverter, find_word
from ucd_desktop.gui.printing.render import LoadedPdf
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.storage.atomic import atomic_write_bytes

__all__ = [
    "PrintError",
    "PrintJob",
    "choose_route",
    "is_native",
    "print_request",
    "system_queue",
]

#: Seconds Word or the print queue may take to accept the job.
PRINT_TIMEOUT_S = 120


class PrintError(Exception):
    """The pages could not be handed to the printer; ``str()`` says why."""


@dataclass
class PrintJob:
    """What is printed: the converted PDF (bytes and loaded) and the .docx it came from."""

    pdf: LoadedPdf
    pdf_data: bytes
    docx: bytes | None = None


def print_request(printer: QPrinter, page_count: int) -> PrintRequest:
    """The print dialog's choices (printer, copies, page range, collate) as plain values."""
    pages = None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        if (first, last) != (1, page_count):
            pages = (first, last)
    return PrintRequest(
        printer=printer.printerName(),
        copies=max(1, printer.copyCount()),
        pages=pages,
        collate=printer.collateCopies(),
    )


def system_queue() -> str | None:
    """CUPS' ``lp`` on Linux and macOS, when it is installed."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


def is_native(printer: QPrinter) -> bool:
    """A real printer (not Qt's "print to a PDF file")."""
    return printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and bool(
        printer.printerName()
    )


def print_with_word(word: WordConverter, job: PrintJob, request: PrintRequest) -> int:
    if job.docx is None:
        raise PrintError(_("There is no Word document to print."))
    with tempfile.TemporaryDirectory(prefix="ucd-print-") as folder:
        source = Path(folder) / "notice.docx"
        atomic_write_bytes(source, job.docx)
        try:
            word.print_file(source, request, Job(timeout_s=PRINT_TIMEOUT_S))
        except ConversionError as exc:
            raise PrintError(str(exc)) from None
    return job.pdf.page_count


def print_with_queue(lp: str, job: PrintJob, request: PrintRequest, title: str) -> int:
    """Hand the PDF to the print queue (vectors: the queue's filters print it)."""
    command = [lp, "-d", request.printer, "-n", str(request.copies), "-t", title]
    if request.pages is not None:
        command += ["-P", f"{request.pages[0]}-{request.pages[1]}"]
    if request.copies > 1:
        command += ["-o", f"collate={'true' if request.collate else 'false'}"]
    try:
        done = subprocess.run(
            command,
            input=job.pdf_data,
            capture_output=True,
            timeout=PRINT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        error = getattr(exc, "strerror", None) or str(exc)
        raise PrintError(
            _("The print queue did not take the job ({error}).").format(error=error)
        ) from None
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip() or f"lp: {done.returncode}"
        raise PrintError(_("The print queue did not take the job ({error}).").format(error=error))
    return job.pdf.page_count


Route = Callable[[PrintJob, QPrinter, str], int]


def choose_route(
    printer: QPrinter,
    job: PrintJob,
    paint: Callable[[LoadedPdf, QPrinter], int],
    *,
    word: Callable[[], WordConverter | None] = find_word,
    queue: Callable[[], str | None] = system_queue,
    native: Callable[[QPrinter], bool] = is_native,
) -> tuple[str, Route]:
    """The best route for ``printer``: ("word" | "queue" | "paint", how to print).

    Printing into a file (Qt's "print to PDF") is always painted: that is what the user
    chose. A real printer gets Word, else the print queue, else painted pages.
    """
    if native(printer):
        found = word() if job.docx is not None else None
        if found is not None:
            chosen_word = found
            return "word", lambda j, p, _t: print_with_word(
                chosen_word, j, print_request(p, j.pdf.page_count)
            )
        lp = queue()
        if lp is not None:
            return "queue", lambda j, p, t: print_with_queue(
                lp, j, print_request(p, j.pdf.page_count), t
            )
    return "paint", lambda j, p, _t: paint(j.pdf, p)
