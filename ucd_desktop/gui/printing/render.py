"""PDF pages drawn by PDFium (pypdfium2) straight into QImages, for the preview and printing.

PDFium paints into the QImage's own memory (a bitmap made over its buffer, width, height
and stride), so no intermediate picture library is needed and no copy is made. Any part
of a page can be drawn at any scale: the preview asks for the tiles in view at the
screen's resolution, printing for horizontal bands at the printer's. Every image is
opaque (white paper first), in a byte order PDFium and Qt agree on whatever the CPU.

PDFium is not thread-safe: everything here runs on the GUI thread.
"""

from __future__ import annotations

import ctypes
from collections import OrderedDict
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from PySide6.QtCore import QRect, QSize, QSizeF
from PySide6.QtGui import QImage

from ucd_desktop.i18n import gettext_ as _

__all__ = ["LoadedPdf", "load_pdf", "render_page"]

#: Pages kept parsed between two renderings (the visible ones, usually one or two).
_OPEN_PAGES = 4
#: RGBA bytes in memory order: PDFium's BGRA with its byte order reversed.
_FORMAT = QImage.Format.Format_RGBA8888_Premultiplied
_WHITE = 0xFFFFFFFF


class LoadedPdf:
    """A PDF in memory, its pages measured in points and drawn on request."""

    def __init__(self, data: bytes) -> None:
        self.document: Any = pdfium.PdfDocument(data)
        self.page_count = len(self.document)
        self._sizes = [
            QSizeF(*self.document.get_page_size(index)) for index in range(self.page_count)
        ]
        self._pages: OrderedDict[int, Any] = OrderedDict()
        self.closed = False

    def page_points(self, index: int) -> QSizeF:
        """Page ``index``'s size in points."""
        return QSizeF(self._sizes[index])

    def page_pixels(self, index: int, scale: float) -> QSize:
        """Page ``index``'s size in pixels at ``scale`` pixels per point."""
        points = self._sizes[index]
        return QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))

    def _page(self, index: int) -> Any:
        page = self._pages.pop(index, None)
        if page is None:
            page = self.document[index]
        self._pages[index] = page
        while len(self._pages) > _OPEN_PAGES:
            _index, old = self._pages.popitem(last=False)
            old.close()
        return page

    def render(
        self, index: int, scale: float, part: QRect | None = None, *, printing: bool = False
    ) -> QImage:
        """The ``part`` (pixels, from the page's top-left corner; the whole page when None)
        of page ``index`` drawn at ``scale`` pixels per point, on white."""
        if self.closed:
            raise ValueError("the PDF was closed")
        full = self.page_pixels(index, scale)
        area = QRect(0, 0, full.width(), full.height()) if part is None else part
        image = QImage(max(1, area.width()), max(1, area.height()), _FORMAT)
        image.fill(_WHITE)
        flags = raw.FPDF_ANNOT | raw.FPDF_REVERSE_BYTE_ORDER
        if printing:
            flags |= raw.FPDF_PRINTING
        memory = (ctypes.c_ubyte * image.sizeInBytes()).from_buffer(image.bits())
        bitmap = raw.FPDFBitmap_CreateEx(
            image.width(), image.height(), raw.FPDFBitmap_BGRA, memory, image.bytesPerLine()
        )
        if not bitmap:
            raise MemoryError("PDFium could not make a bitmap")
        try:
            raw.FPDF_RenderPageBitmap(
                bitmap,
                self._page(index).raw,
                -area.x(),
                -area.y(),
                full.width(),
                full.height(),
                0,
                flags,
            )
        finally:
            raw.FPDFBitmap_Destroy(bitmap)
        return image

    def close(self) -> None:
        """Free PDFium's copy of the document (also done when garbage-collected)."""
        if self.closed:
            return
        self.closed = True
        for page in self._pages.values():
            page.close()
        self._pages.clear()
        self.document.close()


def load_pdf(data: bytes) -> LoadedPdf:
    """The PDF ready to render; ValueError when PDFium cannot read it."""
    try:
        loaded = LoadedPdf(data)
    except pdfium.PdfiumError:
        loaded = None
    if loaded is None or loaded.page_count < 1:
        raise ValueError(_("The PDF cannot be displayed (PDFium could not read it)."))
    return loaded


def render_page(pdf: LoadedPdf, index: int, dpi: float) -> QImage:
    """Page ``index`` as one image at ``dpi`` dots per inch."""
    image = pdf.render(index, dpi / 72)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image
