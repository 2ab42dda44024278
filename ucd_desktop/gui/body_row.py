"""One body item in the body editor: its automatic number, kind, title, text or table."""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.notice import ITEM_LEVELS, BodyItem, ItemKind
from ucd_desktop.model.paths import item_path

from .form_base import Binder

__all__ = ["KIND_NAMES", "ItemRow", "TableEditor", "kind_model", "name_kinds"]

KIND_NAMES: dict[ItemKind, str] = {
    ItemKind.SECTION: N_("Section (I, II…)"),
    ItemKind.CLAUSE: N_("Clause (1, 2…)"),
    ItemKind.POINT: N_("Point (a, b…)"),
    ItemKind.BULLET: N_("Bullet (-)"),
    ItemKind.PARAGRAPH: N_("Paragraph"),
    ItemKind.TABLE: N_("Table"),
}
_TITLED = (ItemKind.SECTION, ItemKind.CLAUSE, ItemKind.POINT)
_INDENT = 18


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


class TableEditor(QWidget):
    """The cells of a table item; each finished cell edit is one undo step."""

    def __init__(self, row: ItemRow) -> None:
        super().__init__()
        self.row = row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QTableWidget()
        self.grid.setAccessibleName(_("Table cells"))
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setMinimumHeight(110)
        layout.addWidget(self.grid)
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, slot in (
            (N_("+ Row"), lambda: self._resize(1, 0)),
            (N_("− Row"), lambda: self._resize(-1, 0)),
            (N_("+ Column"), lambda: self._resize(0, 1)),
            (N_("− Column"), lambda: self._resize(0, -1)),
        ):
            button = QPushButton(_(text))
            button.setAccessibleName(_(text))
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.grid.itemChanged.connect(self._cell_changed)

    def show_item(self, item: BodyItem) -> None:
        table = item.table
        rows = table.rows if table else []
        columns = table.columns if table else 0
        self.grid.blockSignals(True)
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(columns)
        for r, cells in enumerate(rows):
            for c in range(columns):
                text = cells[c] if c < len(cells) else ""
                current = self.grid.item(r, c)
                if current is None:
                    self.grid.setItem(r, c, QTableWidgetItem(text))
                elif current.text() != text:
                    current.setText(text)
        self.grid.blockSignals(False)

    def _edited_copy(self) -> BodyItem | None:
        item = self.row.item()
        return copy.deepcopy(item) if item is not None and item.table is not None else None

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        from ucd_desktop.text.clean import clean_field

        new = self._edited_copy()
        if new is None or new.table is None:
            return
        r, c = cell.row(), cell.column()
        while len(new.table.rows[r]) <= c:
            new.table.rows[r].append("")
        new.table.rows[r][c] = clean_field(cell.text(), multiline=False)
        self.row.binder.doc.replace_item(new, _("Edit a table cell"))

    def _resize(self, d_rows: int, d_cols: int) -> None:
        new = self._edited_copy()
        if new is None or new.table is None:
            return
        table = new.table
        if d_rows > 0:
            table.rows.append([""] * max(table.columns, 1))
        elif d_rows < 0 and len(table.rows) > 1:
            table.rows.pop()
        if d_cols > 0:
            for cells in table.rows:
                cells.append("")
            table.widths.append(1.0)
        elif d_cols < 0 and table.columns > 1:
            for cells in table.rows:
                if len(cells) >= table.columns:
                    cells.pop()
            table.widths = table.widths[: table.columns] or [1.0]
        self.row.binder.doc.replace_item(new, _("Change the table's size"))


class ItemRow(QFrame):
    """A row of the body editor, for the item with ``item_id``."""

    activated = Signal(str)
    kindRequested = Signal(str, object)  # item id, ItemKind
    pasteRequested = Signal(str, str)  # item id, pasted text

    def __init__(
        self, binder: Binder, item: BodyItem, kinds: QStandardItemModel | None = None
    ) -> None:
        super().__init__()
        self.binder = binder
        self.item_id = item.id
        self.kind = item.kind
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setProperty("bodyRow", True)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.number = QLabel()
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("VIII.") + 6)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.kind_box = QComboBox()
        # One model of kinds shared by every row: a long body opens much faster.
        self.kind_box.setModel(kinds if kinds is not None else kind_model(self))
        self.kind_box.activated.connect(
            lambda _i: self.kindRequested.emit(self.item_id, ItemKind(self.kind_box.currentData()))
        )
        self.title = binder.line(item_path(item, "title"))
        self.text = binder.text(item_path(item, "text"), 2)
        self.text.split_paste = True
        self.text.pasteSplitRequested.connect(lambda t: self.pasteRequested.emit(self.item_id, t))
        self.table: TableEditor | None = None
        grid.addWidget(self.number, 0, 0)
        grid.addWidget(self.kind_box, 0, 1)
        grid.addWidget(self.title, 0, 2)
        grid.addWidget(self.text, 1, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        self.grid = grid
        for widget in (self.kind_box, self.title, self.text):
            widget.installEventFilter(self)
        self.show_item(item, "")

    def item(self) -> BodyItem | None:
        return self.binder.doc.notice.item(self.item_id)

    def inputs(self) -> list[QWidget]:
        return [self.title, self.text]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.activated.emit(self.item_id)
        return super().eventFilter(watched, event)

    def show_item(self, item: BodyItem, label: str) -> None:
        """Show ``item`` (kind, number, which inputs, table cells) and its ``label``."""
        self.kind = item.kind
        self.number.setText(label or ("¶" if item.kind is ItemKind.PARAGRAPH else ""))
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(list(ItemKind).index(item.kind))
        self.kind_box.blockSignals(False)
        level = ITEM_LEVELS.get(item.kind, 1)
        self.grid.setContentsMargins(4 + level * _INDENT, 2, 4, 2)
        titled = item.kind in _TITLED
        self.title.setVisible(titled or bool(item.title))
        is_table = item.kind is ItemKind.TABLE
        self.text.setVisible(
            not is_table and (item.kind is not ItemKind.SECTION or bool(item.text))
        )
        if is_table:
            if self.table is None:
                self.table = TableEditor(self)
                self.grid.addWidget(self.table, 1, 1, 1, 2)
            self.table.show_item(item)
            self.table.show()
        elif self.table is not None:
            self.table.hide()
        self.retranslate()

    def retranslate(self) -> None:
        kind_name = _(KIND_NAMES[self.kind])
        label = self.number.text()
        self.kind_box.setAccessibleName(_("Kind of item {label}").format(label=label).strip())
        titles = {
            ItemKind.SECTION: _("Section title (in capitals)"),
            ItemKind.CLAUSE: _("Clause heading (optional)"),
            ItemKind.POINT: _("Point heading (optional)"),
        }
        self.title.setPlaceholderText(titles.get(self.kind, _("Heading")))
        heading, text = _("heading"), _("text")
        self.title.setAccessibleName(f"{kind_name} {label} – {heading}".strip())
        self.text.setAccessibleName(f"{kind_name} {label} – {text}".strip())
        self.text.setPlaceholderText(_("Text of the item"))

    def focus_input(self, part: str = "") -> None:
        if part == "title" and not self.title.isHidden():
            self.title.setFocus()
        elif not self.text.isHidden():
            self.text.setFocus()
        elif not self.title.isHidden():
            self.title.setFocus()
        elif self.table is not None:
            self.table.grid.setFocus()

    def release(self) -> None:
        """Detach the inputs from the binder before the row goes away."""
        self.binder.unregister(self.title)
        self.binder.unregister(self.text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
