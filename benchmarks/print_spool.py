"""How much goes to the printer when the notice is printed: the PDF itself, or painted pages.

``python -m benchmarks.print_spool`` converts the bundled example notice with LibreOffice
(private profile) and prints it three ways into files, as a stand-in for the spool file
of a printer:

- the old painted route: pages drawn at 600 dpi (Qt's PDF print engine compresses the
  picture; a Windows spool file holds it as an uncompressed bitmap, also printed);
- the painted route now: capped at 300 dpi;
- the print queue route: the converted PDF itself (vectors), what ``lp`` is given.

Word's route (Windows) cannot be measured here: Word sends text to the driver as Word
always does. Prints one line per route; nothing is asserted (numbers, not tests).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from ucd_desktop.export.pdf import notice_to_pdf
from ucd_desktop.gui.printing import pages
from ucd_desktop.gui.qt_app import ensure_app
from ucd_desktop.resources import resource_path
from ucd_desktop.storage.drafts import load_draft


def painted(pdf: pages.LoadedPdf, dpi: int, folder: Path) -> tuple[int, int]:
    """(bytes of the printed file, bytes of the uncompressed page bitmaps) at ``dpi``."""
    target = folder / f"painted-{dpi}.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(dpi)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    old = pages.MAX_PRINT_DPI
    pages.MAX_PRINT_DPI = dpi
    try:
        count = pages.paint_pdf(pdf, printer)
    finally:
        pages.MAX_PRINT_DPI = old
    size = pdf.page_pixels(0, dpi / 72)
    return target.stat().st_size, count * size.width() * size.height() * 4


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ensure_app([])
    draft = load_draft(resource_path("examples", "long-an-2022.ucd"))
    document = notice_to_pdf(draft.notice)
    pdf = pages.load_pdf(document.data)
    print(f"notice: {pdf.page_count} pages, converted by {document.converter}")
    with tempfile.TemporaryDirectory(prefix="ucd-spool-") as name:
        folder = Path(name)
        for dpi, label in ((600, "painted at 600 dpi (before)"), (300, "painted at 300 dpi (now)")):
            file_bytes, bitmap_bytes = painted(pdf, dpi, folder)
            print(f"{label}: {file_bytes:,} B printed to PDF; {bitmap_bytes:,} B of bitmaps")
        print(f"print queue (lp) route: {len(document.data):,} bytes (the PDF, vectors)")
    pdf.close()


if __name__ == "__main__":
    main()
