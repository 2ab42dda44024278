"""The print preview's page view: a PDF's pages in a column, drawn by PDFium as they come
into view.

Pages are cut into tiles of 512 x 512 screen pixels drawn at the screen's real
resolution (device pixel ratio included), so text stays sharp at any zoom while only
the tiles in view are ever drawn; the last 96 MB of tiles are kept for scrolling back.
Zoom fits the page width, the whole page, or a factor (10 % to 800 %; 100 % is the
page's real size on a 96 dpi screen). Ctrl+wheel zooms, the keys scroll as usual.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import Enum

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ucd_desktop.gui.printing.render import LoadedPdf
from ucd_desktop.i18n import gettext_ as _

__all__ = ["MAX_ZOOM", "MIN_ZOOM", "PdfPagesView", "ZoomMode"]

#: Screen pixels per point at 100 % (Qt's logical 96 dpi).
PX_PER_PT = 96 / 72
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
#: Grey space around and between the pages, in logical pixels.
MARGIN = SPACING = 12
TILE = 512
CACHE_BYTES = 96 * 1024 * 1024
_BORDER = QColor(0, 0, 0, 90)


class ZoomMode(Enum):
    FIT_WIDTH = "fit width"
    FIT_PAGE = "fit page"
    CUSTOM = "custom"


class PdfPagesView(QAbstractScrollArea):
    """The pages of ``pdf``; ``current_page_changed(index)`` as the user scrolls."""

    current_page_changed = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, pdf: LoadedPdf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self._mode = ZoomMode.FIT_WIDTH
        self._zoom = 1.0
        self._current = 0
        self._tops: list[int] = []  # each page's top, in logical pixels of the content
        self._tiles: OrderedDict[tuple[int, float, int, int], QImage] = OrderedDict()
        self._tile_bytes = 0
        self.rendered_tiles = 0  # tiles drawn by PDFium since the view was made
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Dark)
        self.viewport().setAutoFillBackground(True)
        self.setAccessibleName(_("Pages of the PDF"))
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._layout()

    # -- zoom and geometry ------------------------------------------------------------------

    @property
    def zoom_mode(self) -> ZoomMode:
        return self._mode

    @property
    def zoom(self) -> float:
        """The zoom factor in use (1.0 = real size at 96 dpi)."""
        return self._zoom

    @property
    def current_page(self) -> int:
        return self._current

    def set_zoom_mode(self, mode: ZoomMode) -> None:
        place = self._place()
        self._mode = mode
        self._layout(place)

    def set_zoom(self, zoom: float) -> None:
        """A fixed zoom factor (the mode becomes CUSTOM)."""
        place = self._place()
        self._mode = ZoomMode.CUSTOM
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self._layout(place)

    def _fitted_zoom(self) -> float:
        widest = max(self.pdf.page_points(i).width() for i in range(self.pdf.page_count))
        width = max(1, self.viewport().width() - 2 * MARGIN) / (widest * PX_PER_PT)
        if self._mode is ZoomMode.FIT_WIDTH:
            return width
        page = self.pdf.page_points(self._current)
        height = max(1, self.viewport().height() - 2 * MARGIN) / (page.height() * PX_PER_PT)
        return min(width, height)

    def page_rect(self, index: int) -> QRect:
        """Page ``index`` in logical pixels of the content (before scrolling)."""
        size = self.pdf.page_points(index) * self._zoom * PX_PER_PT
        width = max(self._content_width(), self.viewport().width())
        left = (width - round(size.width())) // 2
        return QRect(left, self._tops[index], round(size.width()), round(size.height()))

    def _content_width(self) -> int:
        widest = max(self.pdf.page_points(i).width() for i in range(self.pdf.page_count))
        return round(widest * self._zoom * PX_PER_PT) + 2 * MARGIN

    def _place(self) -> tuple[float, float]:
        """Where the view is on the current page, as shares of the page: its top (less the
        space above the page) and its middle across."""
        if not self._tops:
            return 0.0, 0.5
        page = self.page_rect(self._current)
        top = self.verticalScrollBar().value() + MARGIN - page.top()
        middle = self.horizontalScrollBar().value() + self.viewport().width() / 2
        return top / max(1, page.height()), (middle - page.left()) / max(1, page.width())

    def _layout(self, place: tuple[float, float] | None = None) -> None:
        """Place the pages for the zoom, keeping the same spot of the current page in view."""
        bar, across = self.verticalScrollBar(), self.horizontalScrollBar()
        into, centre = self._place() if place is None else place
        if self._mode is not ZoomMode.CUSTOM:
            self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, self._fitted_zoom()))
        tops, y = [], MARGIN
        for index in range(self.pdf.page_count):
            tops.append(y)
            y += round(self.pdf.page_points(index).height() * self._zoom * PX_PER_PT) + SPACING
        self._tops = tops
        height = y - SPACING + MARGIN
        bar.setRange(0, max(0, height - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(20)
        across.setRange(0, max(0, self._content_width() - self.viewport().width()))
        across.setPageStep(self.viewport().width())
        across.setSingleStep(20)
        page = self.page_rect(self._current)
        bar.setValue(page.top() - MARGIN + round(into * page.height()))
        if across.maximum():
            middle = page.left() + centre * page.width()
            across.setValue(round(middle - self.viewport().width() / 2))
        self.zoom_changed.emit(self._zoom)
        self.viewport().update()

    def go_to_page(self, index: int) -> None:
        """Scroll so that page ``index`` starts at the top of the view."""
        index = min(max(0, index), self.pdf.page_count - 1)
        self.verticalScrollBar().setValue(self._tops[index] - MARGIN)
        self._set_current(index)

    def _scrolled(self, value: int) -> None:
        middle = value + self.viewport().height() // 2
        index = 0
        for i, top in enumerate(self._tops):
            if top - SPACING <= middle:
                index = i
        self._set_current(index)

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.current_page_changed.emit(index)

    # -- events -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * 1.25**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Home:
            self.go_to_page(0)
        elif event.key() == Qt.Key.Key_End:
            self.go_to_page(self.pdf.page_count - 1)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        exposed = event.rect().translated(offset)
        ratio = self.viewport().devicePixelRatioF()
        scale = self._zoom * PX_PER_PT * ratio  # device pixels per point
        for index in range(self.pdf.page_count):
            page = self.page_rect(index)
            if not page.intersects(exposed):
                continue
            on_screen = page.translated(-offset)
            painter.fillRect(on_screen, Qt.GlobalColor.white)
            painter.setPen(_BORDER)
            painter.drawRect(on_screen.adjusted(-1, -1, 0, 0))
            if self.pdf.closed:  # the dialog is going away
                continue
            self._paint_tiles(painter, index, on_screen, exposed.translated(-offset), scale, ratio)
        painter.end()

    def _paint_tiles(
        self,
        painter: QPainter,
        index: int,
        on_screen: QRect,
        exposed: QRect,
        scale: float,
        ratio: float,
    ) -> None:
        """Draw the tiles of page ``index`` that meet ``exposed`` (viewport coordinates)."""
        full = self.pdf.page_pixels(index, scale)
        visible = exposed.intersected(on_screen).translated(-on_screen.topLeft())
        first_x, last_x = int(visible.left() * ratio) // TILE, int(visible.right() * ratio) // TILE
        first_y, last_y = int(visible.top() * ratio) // TILE, int(visible.bottom() * ratio) // TILE
        painter.save()
        painter.setClipRect(on_screen)
        painter.translate(on_screen.topLeft())
        painter.scale(1 / ratio, 1 / ratio)
        for ty in range(first_y, last_y + 1):
            for tx in range(first_x, last_x + 1):
                part = QRect(tx * TILE, ty * TILE, TILE, TILE).intersected(
                    QRect(0, 0, full.width(), full.height())
                )
                if part.isEmpty():
                    continue
                painter.drawImage(part.topLeft(), self._tile(index, scale, part))
        painter.restore()

    def _tile(self, index: int, scale: float, part: QRect) -> QImage:
        key = (index, round(scale, 5), part.x(), part.y())
        image = self._tiles.pop(key, None)
        if image is None:
            image = self.pdf.render(index, scale, part)
            self.rendered_tiles += 1
            self._tile_bytes += image.sizeInBytes()
        self._tiles[key] = image
        while self._tile_bytes > CACHE_BYTES and len(self._tiles) > 1:
            _key, old = self._tiles.popitem(last=False)
            self._tile_bytes -= old.sizeInBytes()
        return image

    def visible_area(self) -> QRectF:
        """The part of the content in view, in logical pixels (for tests and tools)."""
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        return QRectF(self.viewport().rect().translated(offset))
