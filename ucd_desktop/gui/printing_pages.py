"""The converted PDF's real pages: painted onto a printer, shown in a print preview.

QtPdf (pdfium inside Qt) renders each page of the PDF that Word or LibreOffice made;
the pages are painted at full paper size (the Decree's margins come from the document,
not from the printer) at up to 600 dpi, in horizontal bands so that a page never needs
more than a few megabytes. The preview paints the same pages at screen resolution.
Copies are printed by the printer when it can, otherwise page by page here (collated
or not, as chosen in the print dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from ucd_desktop.export.pdf import PdfDocument
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.i18n import ngettext_

__all__ = [
    "PdfPrintPreview",
    "load_pdf",
    "new_printer",
    "page_order",
    "paint_pdf",
    "render_page",
]

#: Printing above this gains nothing visible on office printers and costs memory.
MAX_PRINT_DPI = 600
PREVIEW_DPI = 150
#: Height of one band, in device pixels (600 dpi: about 12 MB per band).
BAND_PX = 1024


class LoadedPdf:
    """A QPdfDocument reading from memory; keeps its buffer alive with it."""

    def __init__(self, data: bytes) -> None:
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)

    @property
    def ok(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    @property
    def page_count(self) -> int:
        return self.document.pageCount()


def load_pdf(data: bytes) -> LoadedPdf:
    """The PDF ready to render; ValueError when QtPdf cannot read it."""
    loaded = LoadedPdf(data)
    if not loaded.ok or loaded.page_count < 1:
        raise ValueError(_("The PDF cannot be displayed (QtPdf could not read it)."))
    return loaded


def render_page(pdf: LoadedPdf, index: int, dpi: float) -> QImage:
    """Page ``index`` as one image at ``dpi`` (transparent where nothing is drawn)."""
    points = pdf.document.pagePointSize(index)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    return pdf.document.render(index, size)


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
    points = pdf.document.pagePointSize(index)
    full = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    scale_x, scale_y = target.width() / full.width(), target.height() / full.height()
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(full)
    for top in range(0, full.height(), BAND_PX):
        band = QRect(0, top, full.width(), min(BAND_PX, full.height() - top))
        options.setScaledClipRect(band)
        image = pdf.document.render(index, band.size(), options)
        where = QRectF(
            target.left(),
            target.top() + top * scale_y,
            band.width() * scale_x,
            band.height() * scale_y,
        )
        painter.drawImage(where, image)


def paint_pdf(pdf: LoadedPdf, printer: QPrinter) -> int:
    """Paint the PDF's pages on ``printer`` (a real one or a preview); pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        engine = painter.paintEngine()
        previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
        dpi = min(printer.resolution(), PREVIEW_DPI if previewing else MAX_PRINT_DPI)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painted = 0
        for index in page_order(printer, pdf.page_count):
            if painted and not printer.newPage():
                break
            points = pdf.document.pagePointSize(index)
            _paint_page(painter, pdf, index, _target_rect(printer, points), dpi)
            painted += 1
        return painted
    finally:
        painter.end()


class PdfPrintPreview(QPrintPreviewDialog):
    """Qt's print preview showing the converted PDF's pages; "Print" prints them."""

    def __init__(self, document: PdfDocument, title: str, parent: QWidget | None = None) -> None:
        pdf = load_pdf(document.data)
        printer = new_printer(title)
        super().__init__(printer, parent)
        self.pdf = pdf
        self.notice_printer = printer  # kept alive as long as the dialog
        self.document = document
        pages = self.pdf.page_count
        self.setWindowTitle(
            ngettext_(
                "Print preview – {n} page, made by {converter}",
                "Print preview – {n} pages, made by {converter}",
                pages,
            ).format(n=pages, converter=document.converter)
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.painted_pages = 0
        self.paintRequested.connect(self._paint)
        self.resize(900, 1000)

    def _paint(self, printer: QPrinter) -> None:
        self.painted_pages = paint_pdf(self.pdf, printer)

    def preview_widget(self) -> QPrintPreviewWidget:
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None
        return widget
