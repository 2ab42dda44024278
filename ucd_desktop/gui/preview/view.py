"""The live A4 preview: the pages Word would print, painted from the same layout.

``PreviewWidget`` receives ``DocumentLayout``s (``set_layout``) and knows nothing else of
the window. Setting a layout is cheap: the pages are made a moment later, once typing
pauses (and at least every ``MAX_DELAY_MS`` during a long burst), by ``layout.paginate``,
which breaks only the paragraphs that changed; only the pages in view are painted. Text
is drawn at the paginator's positions in Times New Roman (Liberation Serif where Times is
missing), unhinted and without kerning, as Word sets it. A click on the text emits
``fieldClicked(path)``; ``highlight_fields`` tints the paragraphs of fields with problems.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.decree.numbers import A4_WIDTH_PT
from ucd_desktop.gui.preview.paint import GAP, PX_PER_PT, PageCanvas
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.i18n import ngettext_
from ucd_desktop.layout.blocks import DocumentLayout
from ucd_desktop.layout.paginate import Page, paginate

__all__ = ["DEBOUNCE_MS", "MAX_DELAY_MS", "ZOOM_STEPS", "PreviewWidget"]

#: Pages are made this long after the last change...
DEBOUNCE_MS = 25
#: ...but never later than this after the first change of a burst.
MAX_DELAY_MS = 250
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]


class PreviewWidget(QWidget):
    """A scrollable column of A4 pages with a zoom bar and the page count."""

    pageCountChanged = Signal(int)
    zoomChanged = Signal(float)
    fieldClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[Page] = []
        self._zoom = 1.0
        #: Follow the width of the view (until the user picks a zoom of their own).
        self._fitting = True
        self._pending: DocumentLayout | None = None
        self._pending_since = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(False)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._canvas = PageCanvas(self._scroll)
        self._canvas.clicked.connect(self._clicked)
        self._scroll.setWidget(self._canvas)
        self._scroll.viewport().installEventFilter(self)

        self._zoom_out = QToolButton(self)
        self._zoom_out.setText("−")
        self._zoom_out.clicked.connect(self.zoom_out)
        self._zoom_label = QLabel(self)
        self._zoom_label.setMinimumWidth(self._zoom_label.fontMetrics().horizontalAdvance("000 %"))
        self._zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._zoom_in = QToolButton(self)
        self._zoom_in.setText("+")
        self._zoom_in.clicked.connect(self.zoom_in)
        self._fit = QToolButton(self)
        self._fit.clicked.connect(self.fit_width)
        self._count_label = QLabel(self)
        self._count_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self._count_label)
        for w in (self._zoom_out, self._zoom_label, self._zoom_in, self._fit):
            bar.addWidget(w)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self._scroll, 1)
        box.addLayout(bar)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._retranslate()
        self._resize_canvas()

    # -- the public API ----------------------------------------------------------------
    def set_layout(self, layout: DocumentLayout) -> None:
        """Show ``layout`` soon. Cheap: the pages are made once typing pauses."""
        now = time.monotonic()
        if self._pending is None:
            self._pending_since = now
        self._pending = layout
        waited = (now - self._pending_since) * 1000
        self._timer.start(0 if waited >= MAX_DELAY_MS else DEBOUNCE_MS)

    def flush(self) -> None:
        """Make the pages of the last layout now (tests, and before printing or grabbing)."""
        self._timer.stop()
        layout, self._pending = self._pending, None
        if layout is None:
            return
        before = len(self._pages)
        self._pages = paginate(layout)
        self._canvas.set_pages(self._pages)
        self._resize_canvas()
        if len(self._pages) != before:
            self._show_count()
            self.pageCountChanged.emit(len(self._pages))

    def pages(self) -> list[Page]:
        """The pages shown (after ``flush`` or the pause)."""
        return self._pages

    def page_count(self) -> int:
        return len(self._pages)

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        """Zoom to ``zoom`` (1.0 is actual size), keeping the point at ``anchor`` (in the
        viewport; its centre by default) in place. Ends "fit width"."""
        self._fitting = False
        self._apply_zoom(zoom, anchor)

    def _apply_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        if abs(zoom - self._zoom) < 1e-6:
            return
        viewport = self._scroll.viewport()
        at = anchor if anchor is not None else viewport.rect().center()
        bars = (self._scroll.horizontalScrollBar(), self._scroll.verticalScrollBar())
        old = (bars[0].value() + at.x(), bars[1].value() + at.y())
        ratio = zoom / self._zoom
        self._zoom = zoom
        self._canvas.set_zoom(zoom, viewport.width())
        # Pages scale with the zoom, the gaps between them do not: close enough to keep
        # the text under the pointer (or in the middle) where it was; a view at the top
        # stays at the top.
        for bar, point, fixed in zip(bars, old, (at.x(), at.y()), strict=True):
            bar.setValue(round((point - GAP) * ratio + GAP - fixed) if point > GAP else 0)
        self._show_zoom()
        self.zoomChanged.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-6), MAX_ZOOM))

    def zoom_out(self) -> None:
        lower = [z for z in ZOOM_STEPS if z < self._zoom - 1e-6]
        self.set_zoom(lower[-1] if lower else MIN_ZOOM)

    def fit_width(self) -> None:
        """Zoom so a page fills the width of the view, and keep it so as the view is
        resized (until another zoom is chosen)."""
        self._fitting = True
        self._apply_zoom(self._fit_zoom(), QPoint(0, 0))

    def _fit_zoom(self) -> float:
        room = self._scroll.viewport().width() - 2 * GAP
        if not self._scroll.verticalScrollBar().isVisible():  # it will be, once fitted
            room -= self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        width = self._pages[0].width if self._pages else A4_WIDTH_PT
        return max(room, 50) / (width * PX_PER_PT)

    def highlight_fields(self, paths: set[str]) -> None:
        """Tint the paragraphs whose field path is in ``paths`` (fields with problems)."""
        self._canvas.set_highlights(set(paths))

    def ensure_field_visible(self, path: str) -> None:
        """Scroll to the first paragraph of ``path``, if it is on a page."""
        target = self._canvas.field_rect(path)
        if target is not None:
            self._scroll.ensureVisible(round(target.center().x()), round(target.top()), 0, GAP)

    # -- events ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport():
            if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self._wheel_zoom(event)
                    return True
            elif event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent):
                self._resize_canvas()
        return super().eventFilter(watched, event)

    def _wheel_zoom(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            where = event.position().toPoint()
            self.set_zoom(self._zoom * (1.1**steps), where)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_0
        ):
            self.set_zoom(1.0)
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(round(A4_WIDTH_PT * PX_PER_PT * 0.75) + 2 * GAP + 20, 600)

    # -- inside -------------------------------------------------------------------------
    def _clicked(self, path: str) -> None:
        self.fieldClicked.emit(path)

    def _resize_canvas(self) -> None:
        if self._fitting:  # the top of the view stays put
            self._apply_zoom(self._fit_zoom(), QPoint(0, 0))
        self._canvas.set_zoom(self._zoom, self._scroll.viewport().width())

    def _retranslate(self) -> None:
        self.setAccessibleName(_("Page preview"))
        self._canvas.setAccessibleName(_("Pages of the notice"))
        self._zoom_out.setToolTip(_("Zoom out (Ctrl+minus)"))
        self._zoom_out.setAccessibleName(_("Zoom out"))
        self._zoom_in.setToolTip(_("Zoom in (Ctrl+plus)"))
        self._zoom_in.setAccessibleName(_("Zoom in"))
        self._fit.setText(_("Fit width"))
        self._fit.setToolTip(_("Zoom so a page fills the width of the preview"))
        self._canvas.setToolTip(_("Click the text to edit its field"))
        self._show_count()
        self._show_zoom()

    def _show_count(self) -> None:
        n = len(self._pages)
        text = ngettext_("{n} page", "{n} pages", n).format(n=n)
        self._count_label.setText(text)
        self.setAccessibleDescription(text)

    def _show_zoom(self) -> None:
        self._zoom_label.setText(_("{percent} %").format(percent=round(self._zoom * 100)))
        self._zoom_label.setAccessibleName(_("Zoom"))

    def visible_pages(self) -> list[int]:
        """Numbers (from 1) of the pages at least partly in view."""
        return self._canvas.visible_pages()
