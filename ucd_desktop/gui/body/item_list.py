"""The rows of the body editor: made only for the items near the view, and reused.

A row of inputs per item made a 2,000-item body take 15 s to open (about 7.7 ms a row)
and a 50-page notice some 8,000 widgets. ``BodyList`` is a plain widget as tall as all
the items (``Spans``: the measured height of each item that had a row, an estimate for
the others) holding rows placed by hand at their items' offsets, only for the items
within half a view of the part of the form in view, for the current item and its
neighbours (Tab always finds the next item), for the focused one and for the first and
last items (Tab into the body from above or below): at least ``MIN_ROWS``. A row that
leaves waits hidden, detached from the binder, and is given to the next item that needs
one. Opening and typing cost the same at 10 or 2,000 items.

When items above the view turn out taller or shorter than estimated, the form scrolls by
as much, so what the user looks at stays still.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from ucd_desktop.gui.binding import Binder
from ucd_desktop.gui.body.geometry import Spans, pick
from ucd_desktop.gui.body.row import ItemRow, RowMetrics
from ucd_desktop.gui.undo import Change
from ucd_desktop.model.notice import BodyItem
from ucd_desktop.model.numbering import item_labels

__all__ = ["GAP", "MIN_ROWS", "NEIGHBOURS", "BodyList"]

#: Rows made at least (a short body has all its rows, as before).
MIN_ROWS = 12
#: Items before and after the current one that always have a row (Tab, Shift+Tab).
NEIGHBOURS = 2
#: Pixels between two rows.
GAP = 2
#: A width to estimate with before the list has been laid out.
_FIRST_WIDTH = 600


def _item_id(path: str) -> str | None:
    if not path.startswith("body["):
        return None
    return path[5 : path.find("]")]


class BodyList(QWidget):
    """The items of the body, with rows for those the user can see or reach."""

    #: The current item changed (a row's input took the focus): its id.
    currentChanged = Signal(str)
    kindRequested = Signal(str, object)  # item id, ItemKind
    titleEndRequested = Signal(str, object)  # item id, TitleEnd
    pasteRequested = Signal(str, str)  # item id, pasted text

    def __init__(
        self, binder: Binder, kinds: QStandardItemModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.binder = binder
        self.doc = binder.doc
        self.kinds = kinds
        #: Whose items: None for the body, an appendix's index for its items.
        self.owner: int | None = None
        self.spans = Spans(GAP)
        self.ids: list[str] = []
        self.index: dict[str, int] = {}
        self.labels: list[str] = []
        #: The rows made for items now, by item id; ``spare`` ones wait to be reused.
        self.rows: dict[str, ItemRow] = {}
        self.spare: list[ItemRow] = []
        self.current: str | None = None
        #: The widget Tab leaves for the first row (the editor's last button).
        self.tab_anchor: QWidget | None = None
        self.metrics: RowMetrics | None = None
        #: Heights measured on rows, by item id, while the item and the width are unchanged.
        self._known: dict[str, int] = {}
        self._requested: str | None = None
        self._area: QAbstractScrollArea | None = None
        self._busy = False
        self._again = False
        self._chain: list[QWidget] = []
        self._scroll_to: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.realize)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(0)

    # -- the model -----------------------------------------------------------------------
    def sync(self, change: Change) -> None:
        """Follow a change of the document."""
        body = self.doc.notice.items_in(self.owner)
        if change.everything:
            self._known.clear()
        if change.everything or change.structure or len(body) != len(self.ids):
            self._restructure(body)
            return
        touched = set(change.items)
        touched.update(i for i in map(_item_id, change.paths) if i is not None)
        estimates: dict[int, int] = {}
        for item_id in touched:
            index = self.index.get(item_id)
            if index is None and self.doc.notice.owner_of(item_id) != self.owner:
                continue  # an item of another list (the body, another appendix)
            if index is None or body[index].id != item_id:
                self._restructure(body)
                return
            self._known.pop(item_id, None)
            row = self.rows.get(item_id)
            if row is None:
                estimates[index] = self._estimate(body[index])
            elif item_id in change.items:
                row.bind(body[index], self.labels[index])
        if estimates:
            self._set_heights(estimates)

    def _restructure(self, body: list[BodyItem]) -> None:
        self.ids = [item.id for item in body]
        self.index = {item_id: i for i, item_id in enumerate(self.ids)}
        self.labels = item_labels(body)
        if self.current not in self.index:
            self.current = None  # nothing chosen: "Add" appends at the end
        if self._requested not in self.index:
            self._requested = None
        if body and self.metrics is None:
            self.metrics = RowMetrics.of(self._spare_row(body[0]))
        # A row given new text may scroll the form (the focused input keeps its cursor in
        # view), and scrolling realizes rows: not before the spans describe the new body.
        self._busy = True
        try:
            for item_id, row in list(self.rows.items()):
                if item_id in self.index:
                    i = self.index[item_id]
                    row.bind(body[i], self.labels[i])
            self.spans.reset(self._known.get(item.id) or self._estimate(item) for item in body)
            self.setFixedHeight(self.spans.total)
        finally:
            self._busy = False
        self.realize()

    def _estimate(self, item: BodyItem) -> int:
        width = self.width() if self.width() >= 100 else _FIRST_WIDTH
        return self.metrics.height(item, width) if self.metrics is not None else 60

    # -- rows ----------------------------------------------------------------------------
    def set_current(self, item_id: str | None, *, now: bool = False) -> None:
        """Make ``item_id`` the current item; ``now``: its row exists on return."""
        if item_id != self.current:
            old = self.rows.get(self.current or "")
            if old is not None:
                old.set_current(False)
            self.current = item_id
            row = self.rows.get(item_id or "")
            if row is not None:
                row.set_current(True)
        if now:
            self.realize()
        else:
            self.schedule()

    def row(self, item_id: str) -> ItemRow | None:
        """The row of ``item_id``, made now if it has none (it keeps it until another is
        asked for this way)."""
        if item_id not in self.rows and item_id in self.index:
            self._requested = item_id
            self.realize()
        return self.rows.get(item_id)

    def schedule(self) -> None:
        """Update the rows once the events being handled are done."""
        self._timer.start()

    def realize(self) -> None:
        """Make, reuse and place the rows the items near the view need now."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        try:
            for _round in range(4):  # measured heights move the view at most a few times
                self._again = False
                self._realize_once()
                if not self._again:
                    break
        finally:
            self._busy = False

    def _realize_once(self) -> None:
        body = self.doc.notice.items_in(self.owner)
        if len(body) != len(self.ids):
            return  # the document changed: its sync comes next
        band = self._band()
        wide = None
        if band is not None:
            margin = max((band[1] - band[0]) // 2, 200)
            wide = (band[0] - margin, band[1] + margin)
        wanted = pick(self.spans, wide, MIN_ROWS, self._pinned())
        keep = {self.ids[i] for i in wanted}
        for item_id in [i for i in self.rows if i not in keep]:
            gone = self.rows.pop(item_id)
            gone.hide()
            gone.release()
            self.spare.append(gone)
        fresh: list[ItemRow] = []
        for i in wanted:
            item_id = self.ids[i]
            row = self.rows.get(item_id)
            if row is None:
                row = self.spare.pop() if self.spare else self._new_row(body[i])
                row.bind(body[i], self.labels[i])
                self.rows[item_id] = row
                fresh.append(row)
            row.set_current(item_id == self.current)
        self._place()
        for row in fresh:
            row.show()
            layout = row.layout()
            if layout is not None:
                layout.activate()  # the text box fits its text at the row's width now
        measured = {}
        for i in wanted:
            height = self.rows[self.ids[i]].sizeHint().height()
            self._known[self.ids[i]] = height
            measured[i] = height
        if self._set_heights(measured):
            self._again = True
        self._order([self.rows[self.ids[i]] for i in wanted])

    def _pinned(self) -> set[int]:
        # The first and last items: Tab into the body from above (Shift+Tab from below)
        # reaches the first (last) item wherever the view is.
        out: set[int] = {0, len(self.ids) - 1} if self.ids else set()
        if self.current in self.index:
            at = self.index[self.current]
            out.update(range(at - NEIGHBOURS, at + NEIGHBOURS + 1))
        if self._requested in self.index:
            out.add(self.index[self._requested])
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            if isinstance(widget, ItemRow):
                if widget.item_id in self.index and self.rows.get(widget.item_id) is widget:
                    out.add(self.index[widget.item_id])
                break
            widget = widget.parentWidget()
        return out

    def _spare_row(self, item: BodyItem) -> ItemRow:
        row = self._new_row(item)
        row.release()
        self.spare.append(row)
        return row

    def _new_row(self, item: BodyItem) -> ItemRow:
        row = ItemRow(self.binder, item, self.kinds, self)
        row.hide()
        row.activated.connect(self._activated)
        row.kindRequested.connect(self.kindRequested.emit)
        row.titleEndRequested.connect(self.titleEndRequested.emit)
        row.pasteRequested.connect(self.pasteRequested.emit)
        row.resized.connect(self._row_resized)
        return row

    def _activated(self, item_id: str) -> None:
        if item_id != self.current:
            self.set_current(item_id)
            self.currentChanged.emit(item_id)

    def _row_resized(self, row: ItemRow) -> None:
        index = self.index.get(row.item_id)
        if index is None or self.rows.get(row.item_id) is not row:
            return
        height = row.sizeHint().height()
        self._known[row.item_id] = height
        if self._set_heights({index: height}):
            self.schedule()

    # -- geometry ------------------------------------------------------------------------
    def _set_heights(self, changes: dict[int, int]) -> bool:
        """New heights; rows placed again; the view kept on what it showed. True if any
        changed."""
        band = self._band()
        anchor = self.spans.index_at(band[0]) if band is not None else -1
        before = self.spans.top(anchor) if anchor >= 0 else 0
        if not self.spans.update(changes):
            return False
        self.setFixedHeight(self.spans.total)
        self._place()
        if anchor >= 0 and self.spans.top(anchor) != before:
            self._scroll_by(self.spans.top(anchor) - before)
        return True

    def _place(self) -> None:
        width = self.width()
        for item_id, row in list(self.rows.items()):
            i = self.index.get(item_id, -1)
            if i < 0:
                continue  # its item is gone: the row is put aside next
            rect = QRect(0, self.spans.top(i), width, self.spans.heights[i])
            if row.geometry() != rect:
                row.setGeometry(rect)

    def _order(self, rows: list[ItemRow]) -> None:
        """Tab goes through the rows in the order of their items."""
        chain = [w for row in rows for w in row.tab_widgets()]
        if chain == self._chain:
            return
        previous = self.tab_anchor
        for widget in chain:
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        self._chain = chain

    def _band(self) -> tuple[int, int] | None:
        """The part of the list in view (top, bottom), or None when it is not shown."""
        area = self._scroll_area()
        if area is None or not self.isVisible():
            return None
        viewport = area.viewport()
        top = self.mapFrom(viewport, QPoint(0, 0)).y()
        return top, top + viewport.height()

    def _scroll_area(self) -> QAbstractScrollArea | None:
        if self._area is None:
            widget = self.parentWidget()
            while widget is not None and not isinstance(widget, QAbstractScrollArea):
                widget = widget.parentWidget()
            if widget is None:
                return None
            self._area = widget
            bar = widget.verticalScrollBar()
            bar.valueChanged.connect(self._scrolled)
            bar.rangeChanged.connect(self._range_changed)
            # The list moves in the view when the form above it grows or the view resizes.
            watched = self.parentWidget()
            while watched is not None and watched is not widget:
                watched.installEventFilter(self)
                watched = watched.parentWidget()
        return self._area

    def reveal(self, row: QWidget) -> None:
        """Scroll the form so ``row`` is in view."""
        area = self._scroll_area()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(row, 40, 60)

    def _scroll_by(self, shift: int) -> None:
        area = self._scroll_area()
        if area is None:
            return
        bar = area.verticalScrollBar()
        target = bar.value() + shift
        # The form's new height reaches the scroll bar's range through posted layout
        # requests: handled now when possible, else the value is set when the range grows.
        if not bar.minimum() <= target <= bar.maximum():
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        bar.setValue(target)
        self._scroll_to = None if bar.value() == target else target

    def _range_changed(self, low: int, high: int) -> None:
        if self._scroll_to is not None:
            target, self._scroll_to = self._scroll_to, None
            if self._area is not None:
                self._area.verticalScrollBar().setValue(min(max(target, low), high))

    def _scrolled(self, _value: int) -> None:
        self.realize()

    # -- events --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() == event.size().width():
            return
        self._known.clear()  # measured at another width
        body = self.doc.notice.items_in(self.owner)
        if len(body) == len(self.ids):
            self._set_heights(
                {i: self._estimate(item) for i, item in enumerate(body) if item.id not in self.rows}
            )
        self._place()
        self.schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.schedule()
