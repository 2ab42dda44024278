"""The cells of a table item in the body editor; each finished cell edit is one undo step."""

from __future__ import annotations

import copy
from typing import Protocol

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.gui.binding import Binder
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.notice import BodyItem

__all__ = ["TableEditor"]

_BUTTONS = (N_("+ Row"), N_("− Row"), N_("+ Column"), N_("− Column"))


class _Row(Protocol):
    """What a table needs from the row it is in (``body_row.ItemRow``)."""

    binder: Binder

    def item(self) -> BodyItem | None: ...


class TableEditor(QWidget):
    """The cells of a table item; each finished cell edit is one undo step."""

    def __init__(self, row: _Row) -> None:
        super().__init__()
        self.row = row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QTableWidget()
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setMinimumHeight(110)
        layout.addWidget(self.grid)
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for slot in (
            lambda: self._resize(1, 0),
            lambda: self._resize(-1, 0),
            lambda: self._resize(0, 1),
            lambda: self._resize(0, -1),
        ):
            button = QPushButton()
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.grid.itemChanged.connect(self._cell_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language (a row made before a language switch, reused)."""
        self.grid.setAccessibleName(_("Table cells"))
        for button, text in zip(self.buttons, _BUTTONS, strict=True):
            button.setText(_(text))
            button.setAccessibleName(_(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
