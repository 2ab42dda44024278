"""The canvas of the live preview: A4 pages in a column, painted from paginated items.

Only the pages that intersect the exposed rectangle are painted, and a page's items are
made the first time it is painted. Painting happens in points (the painter is scaled by
zoom x 96/72), so text, rules and boxes land exactly where the paginator put them, and Qt
renders them at the screen's device pixel ratio: sharp on high-DPI screens.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from ucd_desktop.decree.numbers import A4_HEIGHT_PT, A4_WIDTH_PT
from ucd_desktop.gui.preview.fonts import preview_family
from ucd_desktop.layout.metrics import text_width
from ucd_desktop.layout.paginate import Page, TextItem

__all__ = [
    "GAP",
    "PX_PER_PT",
    "PageCanvas",
    "PagePainter",
    "font_family",
    "page_image",
]

#: Logical pixels per point at 100 % (Qt's logical 96 dpi).
PX_PER_PT = 96 / 72
#: Grey space around and between pages (logical pixels).
GAP = 16
_BACKGROUND = QColor(0x80, 0x86, 0x8B)
_SHADOW = (QColor(0, 0, 0, 60), QColor(0, 0, 0, 30), QColor(0, 0, 0, 15))
_HIGHLIGHT = QColor(255, 60, 60, 56)


def font_family() -> str:
    """Times New Roman when installed with every Vietnamese letter, else the bundled
    Liberation Serif 2 (see ``preview.fonts``)."""
    return preview_family()


def words_at(t: TextItem) -> list[tuple[float, str]]:
    """The words of ``t`` with the x where each starts, by our own metrics.

    Each word is drawn at the place the paginator measured for it: the renderer's own
    advances at a given zoom (hinted, rounded to pixels) may differ a little from Times
    New Roman's, and across a line the difference would eat a space ("Vềcông") or push
    the line into the margin.
    """
    if " " not in t.text:
        return [(t.x, t.text)]
    out: list[tuple[float, str]] = []
    x = t.x
    space = text_width(" ", t.size, bold=t.bold, italic=t.italic)
    for i, word in enumerate(t.text.split(" ")):
        if i:
            x += space
        if word:
            out.append((x, word))
            x += text_width(word, t.size, bold=t.bold, italic=t.italic)
    return out


class PageCanvas(QWidget):
    """Pages stacked top to bottom, centred; ``clicked(path)`` on text with a source."""

    clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._pages: list[Page] = []
        self._scale = PX_PER_PT
        self._painter = PagePainter()

    # -- state ---------------------------------------------------------------------------
    def set_pages(self, pages: list[Page]) -> None:
        self._pages = pages
        self.update()

    def set_highlights(self, paths: set[str]) -> None:
        if paths != self._painter.highlights:
            self._painter.highlights = paths
            self.update()

    def set_zoom(self, zoom: float, view_width: int) -> None:
        self._scale = zoom * PX_PER_PT
        page_w = self._page_size()[0]
        count = max(len(self._pages), 1)
        width = max(view_width, round(page_w) + 2 * GAP)
        height = GAP + count * (round(self._page_size()[1]) + GAP)
        self.setFixedSize(width, height)
        self.update()

    def _page_size(self) -> tuple[float, float]:
        first = self._pages[0] if self._pages else None
        w, h = (first.width, first.height) if first else (A4_WIDTH_PT, A4_HEIGHT_PT)
        return w * self._scale, h * self._scale

    def page_rect(self, index: int) -> QRectF:
        """Page ``index`` (from 0) in canvas pixels, snapped to device pixels."""
        w, h = self._page_size()
        dpr = self.devicePixelRatioF() or 1.0
        x = round((self.width() - w) / 2 * dpr) / dpr
        y = GAP + index * (round(h) + GAP)
        return QRectF(x, y, w, h)

    def visible_pages(self) -> list[int]:
        """Numbers (from 1) of the pages at least partly in view."""
        seen = QRectF(self.visibleRegion().boundingRect())
        return [i + 1 for i in range(len(self._pages)) if self.page_rect(i).intersects(seen)]

    # -- coordinates ----------------------------------------------------------------------
    def to_page(self, where: QPointF) -> tuple[int, QPointF] | None:
        """(page index, point in points on that page) under ``where``, or None."""
        for i in range(len(self._pages)):
            rect = self.page_rect(i)
            if rect.contains(where):
                return i, (where - rect.topLeft()) / self._scale
        return None

    def source_at(self, where: QPointF) -> str:
        """The field path of the text (or else the paragraph) under ``where``; "" if none."""
        found = self.to_page(where)
        if found is None:
            return ""
        page, at = self._pages[found[0]], found[1]
        x, y = at.x(), at.y()
        for t in page.texts:
            if t.source and t.x <= x <= t.x + t.width and t.y - t.size <= y <= t.y + t.size / 4:
                return t.source
        area = next((a for a in page.areas if a.source and a.contains(x, y)), None)
        return area.source if area is not None else ""

    def field_rect(self, path: str) -> QRectF | None:
        """The first paragraph area of ``path``, in canvas pixels."""
        for i, page in enumerate(self._pages):
            for a in page.areas:
                if a.source == path:
                    origin = self.page_rect(i).topLeft()
                    s = self._scale
                    return QRectF(
                        origin.x() + a.x * s, origin.y() + a.y * s, a.width * s, a.height * s
                    )
        return None

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        exposed = QRectF(event.rect())
        painter.fillRect(exposed, _BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for i, page in enumerate(self._pages):
            rect = self.page_rect(i)
            if rect.adjusted(-4, -4, 4, 4).intersects(exposed):
                for offset, colour in enumerate(_SHADOW, start=1):
                    # Strips along the right and bottom edges (a whole translucent page
                    # would cost a blend of every pixel).
                    right = QRectF(rect.right(), rect.top() + offset, offset, rect.height())
                    below = QRectF(rect.left() + offset, rect.bottom(), rect.width(), offset)
                    painter.fillRect(right, colour)
                    painter.fillRect(below, colour)
                self._painter.paint(painter, page, rect.topLeft(), self._scale, exposed)
        painter.end()

    # -- the mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            source = self.source_at(event.position())
            if source:
                self.clicked.emit(source)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hand = bool(self.source_at(event.position()))
        shape = Qt.CursorShape.PointingHandCursor if hand else Qt.CursorShape.ArrowCursor
        if self.cursor().shape() != shape:
            self.setCursor(shape)
        super().mouseMoveEvent(event)


class PagePainter:
    """Paints one page's items with a QPainter, one unit a point."""

    def __init__(self, highlights: set[str] | None = None) -> None:
        self.highlights: set[str] = highlights or set()
        self.family = font_family()
        self._fonts: dict[tuple[float, bool, bool, float], QFont] = {}

    def font(self, t: TextItem, dpi: float) -> QFont:
        key = (t.size, t.bold, t.italic, dpi)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.family)
            # In the scaled painter one unit is a point: a font of t.size units.
            font.setPointSizeF(t.size * 72 / dpi)
            font.setBold(t.bold)
            font.setItalic(t.italic)
            font.setKerning(False)  # Word does not kern by default
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setFeature(QFont.Tag("liga"), 0)
            self._fonts[key] = font
        return font

    def paint(
        self, p: QPainter, page: Page, origin: QPointF, scale: float, exposed: QRectF
    ) -> None:
        """``page`` with its top-left corner at ``origin`` (device units), ``scale`` device
        units a point; only what falls in ``exposed`` (device units) is drawn."""
        p.fillRect(
            QRectF(origin.x(), origin.y(), page.width * scale, page.height * scale),
            Qt.GlobalColor.white,
        )
        p.save()
        p.translate(origin)
        p.scale(scale, scale)
        p.setClipRect(QRectF(0, 0, page.width, page.height))
        top = (exposed.top() - origin.y()) / scale - 20
        bottom = (exposed.bottom() - origin.y()) / scale + 20
        if self.highlights:
            for a in page.areas:
                if a.source in self.highlights and a.y < bottom and a.y + a.height > top:
                    p.fillRect(QRectF(a.x - 1, a.y, a.width + 2, a.height), _HIGHLIGHT)
        p.setPen(Qt.GlobalColor.black)
        dpi = float(p.device().logicalDpiY()) or 96.0
        current: QFont | None = None
        for t in page.texts:
            if t.y < top or t.y - t.size > bottom:
                continue
            font = self.font(t, dpi)
            if font is not current:
                p.setFont(font)
                current = font
            for x, word in words_at(t):
                p.drawText(QPointF(x, t.y), word)
        for r in page.rules:
            pen = QPen(Qt.GlobalColor.black, r.weight)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawLine(QPointF(r.x1, r.y1), QPointF(r.x2, r.y2))
        for b in page.boxes:
            p.setPen(QPen(Qt.GlobalColor.black, b.weight))
            p.drawRect(QRectF(b.x, b.y, b.width, b.height))
        p.restore()


def page_image(page: Page, dpi: float = 96.0, highlights: set[str] | None = None) -> QImage:
    """``page`` painted on a white image at ``dpi`` dots per inch (tools and tests)."""
    scale = dpi / 72
    image = QImage(
        round(page.width * scale), round(page.height * scale), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    area = QRectF(0, 0, image.width(), image.height())
    PagePainter(highlights).paint(painter, page, QPointF(0, 0), scale, area)
    painter.end()
    return image
