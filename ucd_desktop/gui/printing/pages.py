"""The converted PDF's real pages: shown in a print preview, painted onto a printer.

The preview (``printing_view.PdfPagesView``) shows the PDF that Word or LibreOffice made,
drawn by PDFium: the drafter sees its true page breaks, sharp at any zoom, and only the
parts of pages in view are drawn (a 30-page notice costs no more memory than a 1-page
one). "Print…" opens the system's print dialog (printer, copies, pages); Word or the
print queue then print the document as vectors where they can (``routes``); otherwise
the pages are painted on the whole sheet (the Decree's margins come from the document,
not from the printer) at the printer's resolution up to 300 dpi, in horizontal bands so
that a page never needs more than a few megabytes. Copies are made by the printer when it can,
otherwise page by page here (collated or not, as chosen in the dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.export.pdf import PdfDocument
from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.geometry import ScreenMemory
from ucd_desktop.gui.printing import routes
from ucd_desktop.gui.printing.render import LoadedPdf, load_pdf, render_page
from ucd_desktop.gui.printing.routes import PrintJob
from ucd_desktop.gui.printing.view import PdfPagesView, ZoomMode
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.i18n import ngettext_

__all__ = [
    "LoadedPdf",
    "PdfPrintPreview",
    "load_pdf",
    "new_printer",
    "page_order",
    "paint_pdf",
    "render_page",
]

#: Painting above this gains nothing visible on office printers and spools 4× the
#: pixels (see ``routes``: Word or the print queue print vectors where they can).
MAX_PRINT_DPI = 300
#: Height of one band, in device pixels (600 dpi: about 20 MB per band).
BAND_PX = 1024


def new_printer(title: str) -> QPrinter:
    """A printer set up for the notice: A4 portrait, the whole sheet, no extra margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


def page_order(printer: QPrinter, page_count: int) -> list[int]:
    """Indexes of the pages to paint, in order, copies included when the printer can't."""
    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
    pages = list(range(first - 1, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies == 1:
        return pages
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _copy in range(copies)]


def _target_rect(printer: QPrinter, page_points: QSizeF) -> QRectF:
    """The whole sheet, or the page scaled to fit (kept centred) on another paper size."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale_x = paper.width() / (page_points.width() / 72 * printer.resolution())
    scale_y = paper.height() / (page_points.height() / 72 * printer.resolution())
    scale = min(1.0, scale_x, scale_y) if abs(scale_x - scale_y) > 0.01 else scale_x
    width = page_points.width() / 72 * printer.resolution() * scale
    height = page_points.height() / 72 * printer.resolution() * scale
    left = paper.left() + (paper.width() - width) / 2 if scale < 1.0 else paper.left()
    return QRectF(left, paper.top(), width, height)


def _paint_page(painter: QPainter, pdf: LoadedPdf, index: int, target: QRectF, dpi: float) -> None:
    full = pdf.page_pixels(index, dpi / 72)
    scale_x, scale_y = target.width() / full.width(), target.height() / full.height()
    for top in range(0, full.height(), BAND_PX):
        band = QRect(0, top, full.width(), min(BAND_PX, full.height() - top))
        image = pdf.render(index, dpi / 72, band, printing=True)
        where = QRectF(
            target.left(),
            target.top() + top * scale_y,
            band.width() * scale_x,
            band.height() * scale_y,
        )
        painter.drawImage(where, image)


def paint_pdf(pdf: LoadedPdf, printer: QPrinter) -> int:
    """Paint the PDF's pages on ``printer``; the number of pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painted = 0
        for index in page_order(printer, pdf.page_count):
            if painted and not printer.newPage():
                break
            points = pdf.page_points(index)
            _paint_page(painter, pdf, index, _target_rect(printer, points), dpi)
            painted += 1
        return painted
    finally:
        painter.end()


class PdfPrintPreview(QDialog):
    """The converted PDF's pages, with zoom, and "Print…" to print them."""

    def __init__(
        self,
        document: PdfDocument,
        title: str,
        parent: QWidget | None = None,
        docx: bytes | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = load_pdf(document.data)
        self.document = document
        self.docx = docx
        self.title = title
        #: How the last print went out: "word", "queue" or "paint" (``routes``).
        self.route = ""
        self.printer = new_printer(title)
        self.painted_pages = 0
        pages = self.pdf.page_count
        self.setWindowTitle(
            ngettext_(
                "Print preview – {n} page, made by {converter}",
                "Print preview – {n} pages, made by {converter}",
                pages,
            ).format(n=pages, converter=document.converter)
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.view = PdfPagesView(self.pdf, self)
        self.view.current_page_changed.connect(self._show_page)
        self.view.zoom_changed.connect(lambda _zoom: self._show_page(self.view.current_page))

        self.page_label = QLabel()
        self.zoom_label = QLabel()
        buttons = QHBoxLayout()
        for text, slot in (
            (_("Whole page"), self.fit_page),
            (_("Page width"), self.fit_width),
            ("−", lambda: self.zoom_by(1 / 1.25)),
            ("+", lambda: self.zoom_by(1.25)),
        ):
            button = QPushButton(text)
            if len(text) == 1:
                button.setFixedWidth(button.fontMetrics().height() * 2 + 8)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addWidget(self.zoom_label)
        buttons.addStretch(1)
        buttons.addWidget(self.page_label)
        buttons.addStretch(1)
        self.print_button = QPushButton(_("Print…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.choose_printer_and_print)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        note = QLabel(
            _("These are the pages {converter} made from the .docx: they print exactly so.").format(
                converter=document.converter
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        # As tall as a page would like, never more than the screen has (a 1366×768
        # laptop); as last time on this screen.
        self.screen_memory = ScreenMemory("print-preview")
        self.screen_memory.restore(self, QSize(860, 1000))
        self._show_page(0)

    def done(self, result: int) -> None:
        self.screen_memory.save(self)
        super().done(result)

    @property
    def page_count(self) -> int:
        return self.pdf.page_count

    def _show_page(self, index: int) -> None:
        self.page_label.setText(
            _("Page {page} of {pages}").format(page=index + 1, pages=self.page_count)
        )
        self.zoom_label.setText(f"{round(self.view.zoom * 100)} %")

    def fit_page(self) -> None:
        self.view.set_zoom_mode(ZoomMode.FIT_PAGE)

    def fit_width(self) -> None:
        self.view.set_zoom_mode(ZoomMode.FIT_WIDTH)

    def zoom_by(self, factor: float) -> None:
        self.view.set_zoom(self.view.zoom * factor)

    def print_on(self, printer: QPrinter) -> int:
        """Send the pages to ``printer`` (as chosen in the print dialog), the best way."""
        job = PrintJob(self.pdf, self.document.data, self.docx)
        self.route, send = routes.choose_route(printer, job, paint_pdf)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.painted_pages = send(job, printer, self.title)
        except routes.PrintError as exc:
            self.painted_pages = 0
            QApplication.restoreOverrideCursor()
            messages.warn(self, str(exc))
            return 0
        QApplication.restoreOverrideCursor()
        return self.painted_pages

    def choose_printer_and_print(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(_("Print"))
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.print_on(self.printer) > 0:
            self.accept()
