"""One body item in the body editor: its automatic number, kind, title, text or table.

Rows are reused: the body editor keeps rows only for the items near the view and gives a
row that scrolled away to another item (``bind``), its inputs pointed at the new item's
paths through the binder, so typing, undo and problem marks follow the item. A row paints
its own marks (the current item, a problem of the whole item): no style sheet is needed.
``RowMetrics`` estimates the height of an item that has no row.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QWidget,
)

from ucd_desktop.gui.binding import Binder
from ucd_desktop.gui.body.table import TableEditor
from ucd_desktop.gui.fields import set_problem
from ucd_desktop.gui.style import MARKS
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.notice import ITEM_LEVELS, BodyItem, ItemKind, TitleEnd
from ucd_desktop.model.paths import item_path

__all__ = ["KIND_NAMES", "ItemRow", "RowMetrics", "kind_model", "name_kinds", "shows_text"]

KIND_NAMES: dict[ItemKind, str] = {
    ItemKind.SECTION: N_("Section (I, II…)"),
    ItemKind.CLAUSE: N_("Clause (1, 2…)"),
    ItemKind.POINT: N_("Point (a, b…)"),
    ItemKind.BULLET: N_("Bullet (-)"),
    ItemKind.PARAGRAPH: N_("Paragraph"),
    ItemKind.TABLE: N_("Table"),
}
_TITLED = (ItemKind.SECTION, ItemKind.CLAUSE, ItemKind.POINT)
#: How a clause's or point's heading ends, as the choices of its combo box.
TITLE_ENDS: dict[TitleEnd, str] = {
    TitleEnd.COLON: N_("Heading: text"),
    TitleEnd.STOP: N_("Heading. Text"),
    TitleEnd.PARAGRAPH: N_("Heading on its own line"),
}
#: Pixels: the indent of one level, the row's margins and spacings, the mark bar's width.
_INDENT = 18
_SIDE, _TOP, _HSPACE, _VSPACE, _BAR = 4, 2, 6, 2, 3
#: Lines a text box shows at least, and at most before it scrolls (``TextField``).
_MIN_LINES, _MAX_LINES = 2, 18
#: Typical Vietnamese administrative text: its mean advance stands for any text's.
_SAMPLE = "Đề nghị Sở Giao thông vận tải chủ trì, phối hợp với các đơn vị liên quan"


def kind_model(parent: QObject) -> QStandardItemModel:
    """The kinds of body items for a kind combo box (texts set by ``name_kinds``)."""
    model = QStandardItemModel(parent)
    for kind in ItemKind:
        item = QStandardItem()
        item.setData(kind.value, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    name_kinds(model)
    return model


def name_kinds(model: QStandardItemModel) -> None:
    """The kinds' names in the current language."""
    for row, kind in enumerate(ItemKind):
        item = model.item(row)
        if item is not None:
            item.setText(_(KIND_NAMES[kind]))


def shows_text(item: BodyItem) -> bool:
    return item.kind is not ItemKind.TABLE and (
        item.kind is not ItemKind.SECTION or bool(item.text)
    )


class ItemRow(QFrame):
    """A row of the body editor, showing the item with ``item_id`` (``bind`` changes it)."""

    activated = Signal(str)
    kindRequested = Signal(str, object)  # item id, ItemKind
    titleEndRequested = Signal(str, object)  # item id, TitleEnd
    pasteRequested = Signal(str, str)  # item id, pasted text
    #: Its height may have changed: a line more or less of text, a part shown or hidden.
    resized = Signal(object)  # the row

    def __init__(
        self,
        binder: Binder,
        item: BodyItem,
        kinds: QStandardItemModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.binder = binder
        self.item_id = item.id
        self.kind = item.kind
        self.current = False
        #: Its inputs are registered with the binder (not while the row waits to be reused).
        self.bound = True
        self.setFrameShape(QFrame.Shape.NoFrame)
        grid = QGridLayout(self)
        grid.setContentsMargins(_SIDE, _TOP, _SIDE, _TOP)
        grid.setHorizontalSpacing(_HSPACE)
        grid.setVerticalSpacing(_VSPACE)
        self.number = QLabel()
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("VIII.") + 6)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.kind_box = QComboBox()
        # One model of kinds shared by every row: rows are made faster.
        self.kind_box.setModel(kinds if kinds is not None else kind_model(self))
        self.kind_box.activated.connect(
            lambda _i: self.kindRequested.emit(self.item_id, ItemKind(self.kind_box.currentData()))
        )
        self.title = binder.line(item_path(item, "title"))
        self.title_end = QComboBox()
        for end in TitleEnd:
            self.title_end.addItem("", end.value)
        self.title_end.activated.connect(
            lambda _i: self.titleEndRequested.emit(
                self.item_id, TitleEnd(self.title_end.currentData())
            )
        )
        self.text = binder.text(item_path(item, "text"), _MIN_LINES)
        self.text.split_paste = True
        self.text.pasteSplitRequested.connect(lambda t: self.pasteRequested.emit(self.item_id, t))
        self.table: TableEditor | None = None
        grid.addWidget(self.number, 0, 0)
        grid.addWidget(self.kind_box, 0, 1)
        grid.addWidget(self.title, 0, 2)
        grid.addWidget(self.title_end, 0, 3)
        grid.addWidget(self.text, 1, 1, 1, 3)
        grid.setColumnStretch(2, 1)
        self.grid = grid
        for widget in (self.kind_box, self.title, self.title_end, self.text):
            widget.installEventFilter(self)
        self.show_item(item, "")

    def item(self) -> BodyItem | None:
        return self.binder.doc.notice.item(self.item_id)

    def inputs(self) -> list[QWidget]:
        return [self.title, self.text]

    def tab_widgets(self) -> list[QWidget]:
        """The widgets Tab stops at, in order (hidden ones are passed over by Qt)."""
        out: list[QWidget] = [self.kind_box, self.title, self.title_end, self.text]
        if self.table is not None:
            out += [self.table.grid, *self.table.buttons]
        return out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.activated.emit(self.item_id)
        return super().eventFilter(watched, event)

    def bind(self, item: BodyItem, label: str) -> None:
        """Show ``item``, its ``label`` and its marks; a reused row follows the item's paths."""
        if not self.bound or item.id != self.item_id:
            self.item_id = item.id
            self.binder.repath(self.title, item_path(item, "title"))
            self.binder.repath(self.text, item_path(item, "text"))
            self.bound = True
        self.show_item(item, label)
        self.show_marks(self.binder.marks)

    def show_item(self, item: BodyItem, label: str) -> None:
        """Show ``item`` (kind, number, which inputs, table cells) and its ``label``."""
        self.kind = item.kind
        self.number.setText(label or ("¶" if item.kind is ItemKind.PARAGRAPH else ""))
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(list(ItemKind).index(item.kind))
        self.kind_box.blockSignals(False)
        level = ITEM_LEVELS.get(item.kind, 1)
        self.grid.setContentsMargins(_SIDE + level * _INDENT, _TOP, _SIDE, _TOP)
        titled = item.kind in _TITLED
        self.title.setVisible(titled or bool(item.title))
        # Clauses and points: how the bold heading is set off from the text after it.
        self.title_end.setVisible(item.kind in (ItemKind.CLAUSE, ItemKind.POINT))
        self.title_end.setCurrentIndex(list(TitleEnd).index(item.title_end))
        is_table = item.kind is ItemKind.TABLE
        self.text.setVisible(shows_text(item))
        if is_table:
            if self.table is None:
                self.table = TableEditor(self)
                self.table.grid.installEventFilter(self)
                self.grid.addWidget(self.table, 1, 1, 1, 3)
            self.table.show_item(item)
            self.table.show()
        elif self.table is not None:
            self.table.hide()
        self.retranslate()

    def show_marks(self, marks: dict[str, tuple[str, str]]) -> None:
        """Each input shows its path's mark; a problem of a hidden input goes to the other
        input, or to the whole row (as ``NoticeForm.mark`` does for rows that were in view).
        A row made or reused after the marks were set gets them here."""
        none = ("", "")
        title = marks.get(f"body[{self.item_id}].title", none)
        text = marks.get(f"body[{self.item_id}].text", none)
        whole = none
        if self.title.isHidden() and self.text.isHidden():
            whole = text if text[0] else title
            title = text = none
        elif self.title.isHidden():
            text, title = (text if text[0] else title), none
        elif self.text.isHidden():
            title, text = (title if title[0] else text), none
        set_problem(self.title, *title)
        set_problem(self.text, *text)
        set_problem(self, *whole)

    def release(self) -> None:
        """Detach the inputs from the binder: the row waits to be reused."""
        self.binder.unregister(self.title)
        self.binder.unregister(self.text)
        self.bound = False
        self.set_current(False)
        set_problem(self, "", "")

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def retranslate(self) -> None:
        kind_name = _(KIND_NAMES[self.kind])
        label = self.number.text()
        self.kind_box.setAccessibleName(_("Kind of item {label}").format(label=label).strip())
        titles = {
            ItemKind.SECTION: _("Section title (printed in capitals)"),
            ItemKind.CLAUSE: _("Clause heading (optional)"),
            ItemKind.POINT: _("Point heading (optional)"),
        }
        self.title.setPlaceholderText(titles.get(self.kind, _("Heading")))
        heading, text = _("heading"), _("text")
        self.title.setAccessibleName(f"{kind_name} {label} – {heading}".strip())
        self.text.setAccessibleName(f"{kind_name} {label} – {text}".strip())
        self.text.setPlaceholderText(_("Text of the item"))
        for index, end in enumerate(TitleEnd):
            self.title_end.setItemText(index, _(TITLE_ENDS[end]))
        self.title_end.setAccessibleName(
            _("How the heading of {label} ends").format(label=label).strip()
        )
        self.title_end.setToolTip(
            _("What separates the bold heading from the text: a colon, a full stop, or a line")
        )

    def focus_input(self, part: str = "") -> None:
        if part == "title" and not self.title.isHidden():
            self.title.setFocus()
        elif not self.text.isHidden():
            self.text.setFocus()
        elif not self.title.isHidden():
            self.title.setFocus()
        elif self.table is not None:
            self.table.grid.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        marks = MARKS.get(str(self.property("problem") or ""))
        if self.current or marks is not None:
            painter = QPainter(self)
            palette = self.palette()
            if self.current:
                painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.AlternateBase))
            bar = QColor(marks.border) if marks else palette.color(QPalette.ColorRole.Highlight)
            painter.fillRect(QRect(0, 0, _BAR, self.height()), bar)
            painter.end()
        super().paintEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the layout has just been redone
            self.resized.emit(self)
        return handled

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


@dataclass(frozen=True)
class RowMetrics:
    """What a row's height is made of, read once from a real row: the height of an item
    without a row is estimated from them (its row, once made, gives the true one)."""

    header: int  # the first line: number, kind, heading
    line: int  # one line of text
    text_frame: int  # a text box's height beyond its document's
    doc_margin: float
    inset: int  # the width beside a level-0 row's lines of text
    char: float  # the mean advance of a character
    table: int = 220  # a table's cells and buttons

    @classmethod
    def of(cls, row: ItemRow) -> RowMetrics:
        text = row.text
        margins = text.contentsMargins()
        doc_margin = text.document().documentMargin()
        metrics = text.fontMetrics()
        header = max(
            row.kind_box.sizeHint().height(),
            row.title.sizeHint().height(),
            row.number.sizeHint().height(),
        )
        inset = 2 * _SIDE + row.number.minimumWidth() + _HSPACE
        inset += margins.left() + margins.right() + math.ceil(2 * doc_margin)
        table = row.table.sizeHint().height() if row.table is not None else cls.table
        return cls(
            header=header,
            line=metrics.lineSpacing(),
            text_frame=margins.top() + margins.bottom() + 2,
            doc_margin=doc_margin,
            inset=inset,
            char=metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE),
            table=table,
        )

    def height(self, item: BodyItem, width: int) -> int:
        """The estimated height of the row of ``item`` at ``width`` pixels."""
        height = 2 * _TOP + self.header
        if item.kind is ItemKind.TABLE:
            return height + _VSPACE + self.table
        if not shows_text(item):
            return height
        level = ITEM_LEVELS.get(item.kind, 1)
        # A line breaks before the word that does not fit: about half a word is lost.
        room = max(width - self.inset - level * _INDENT - 3 * self.char, 8 * self.char)
        per_line = room / self.char
        lines = sum(max(1, math.ceil(len(p) / per_line)) for p in item.text.split("\n"))
        document = lines * self.line + 2 * self.doc_margin
        content = max(document, _MIN_LINES * self.line + 2 * self.doc_margin)
        box = int(min(content, _MAX_LINES * self.line + self.doc_margin)) + self.text_frame
        return height + _VSPACE + box
