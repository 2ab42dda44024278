"""The body editor: sections, clauses, points, bullets, paragraphs and tables.

Numbering is never typed: each row shows the label ``model.numbering`` derives, so
adding, deleting or moving an item renumbers the rest at once. Everything works from
the keyboard (shortcuts active anywhere inside the editor) and from the buttons. The
rows themselves are made only for the items near the view (``body_list.BodyList``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.gui import style
from ucd_desktop.gui.binding import Binder
from ucd_desktop.gui.body.item_list import BodyList
from ucd_desktop.gui.body.paste import parse_pasted, to_body_items
from ucd_desktop.gui.body.row import KIND_NAMES, ItemRow, kind_model, name_kinds
from ucd_desktop.gui.texts import Texts
from ucd_desktop.gui.undo import Change
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import BodyItem, ItemKind, Table

__all__ = ["BodyEditor"]

#: (key, label, shortcut, tooltip) of the editor's commands.
_COMMANDS = (
    ("delete", N_("Delete"), "Ctrl+Shift+Del", N_("Delete the current item")),
    ("up", N_("Up"), "Alt+Up", N_("Move the current item up")),
    ("down", N_("Down"), "Alt+Down", N_("Move the current item down")),
    ("promote", N_("Promote"), "Alt+Left", N_("One level up: point → clause → section")),
    ("demote", N_("Demote"), "Alt+Right", N_("One level down: clause → point → bullet")),
    ("paste", N_("Paste as items"), "Ctrl+Shift+V", N_("Split the copied text into items")),
    (
        "confirm",
        N_("Keep as is"),
        "Ctrl+Shift+K",
        N_("The carried-over item was reviewed: keep it as it is"),
    ),
)


def _tooltip_setter(action: QAction, keys: str) -> Callable[[str], None]:
    def set_tip(text: str) -> None:
        action.setToolTip(f"{text} ({keys})")

    return set_tip


class BodyEditor(QWidget):
    """Rows of body items with buttons and keyboard commands."""

    #: A message for the status bar (e.g. "3 items pasted").
    message = Signal(str)

    def __init__(self, binder: Binder, owner: int | None = None) -> None:
        super().__init__()
        self.binder = binder
        self.doc = binder.doc
        #: Whose items: None for the notice's body, an appendix's index for its items.
        self._owner = owner
        self.texts = Texts()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.add_button = QToolButton()
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self)
        self.add_actions: dict[ItemKind, QAction] = {}
        for kind in ItemKind:
            action = self.add_menu.addAction("")
            action.triggered.connect(lambda _c=False, k=kind: self.add_item(k))
            self.add_actions[kind] = action
        self.add_button.setMenu(self.add_menu)
        self.texts.bind(self.add_button.setText, N_("Add ▾"))
        self.texts.named(
            self.add_button, N_("Add an item"), N_("Add an item after the current one")
        )
        bar.addWidget(self.add_button)
        self.add_same = QAction(self)
        self.add_same.setShortcut(QKeySequence("Ctrl+Return"))
        self.add_same.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_same.triggered.connect(lambda: self.add_item(None))
        self.addAction(self.add_same)
        self.buttons: dict[str, QToolButton] = {}
        for key, label, shortcut, tip in _COMMANDS:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, k=key: self.run(k))
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            self.texts.bind(action.setText, label)
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            self.texts.bind(_tooltip_setter(action, native), tip)
            self.texts.named(button, label)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        outer.addLayout(bar)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        style.hint(self.empty)
        self.texts.bind(
            self.empty.setText,
            N_("No items yet. Add one with “Add”, or paste text copied from Word or a PDF."),
        )
        outer.addWidget(self.empty)
        self.kinds = kind_model(self)
        self.list = BodyList(binder, self.kinds)
        self.list.owner = owner
        self.list.tab_anchor = self.buttons["paste"]
        self.list.currentChanged.connect(lambda _id: self._update_buttons())
        self.list.kindRequested.connect(self.doc.set_kind)
        self.list.titleEndRequested.connect(self.doc.set_title_end)
        self.list.pasteRequested.connect(self.paste_text)
        outer.addWidget(self.list)
        # While the form is laid out again after the list's height changed, any room
        # left over goes below the list, not between the buttons and the rows.
        outer.addStretch(1)
        self.retranslate()
        self.sync(Change(everything=True, structure=True))

    @property
    def owner(self) -> int | None:
        return self._owner

    @owner.setter
    def owner(self, owner: int | None) -> None:
        self._owner = self.list.owner = owner

    @property
    def rows(self) -> dict[str, ItemRow]:
        """The rows there are now (items near the view, the current one), by item id."""
        return self.list.rows

    @property
    def current(self) -> str | None:
        return self.list.current

    # -- model -> rows -----------------------------------------------------------------
    def sync(self, change: Change) -> None:
        self.list.sync(change)
        self.empty.setVisible(not self.list.ids)
        self._update_buttons()

    def _set_current(self, item_id: str) -> None:
        self.list.set_current(item_id, now=True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        body = self.doc.notice.items_in(self.owner)
        index = self._index()
        has = index is not None
        self.buttons["delete"].setEnabled(has)
        self.buttons["up"].setEnabled(has and index > 0)  # type: ignore[operator]
        self.buttons["down"].setEnabled(has and index < len(body) - 1)  # type: ignore[operator]
        kind = body[index].kind if index is not None else None
        self.buttons["promote"].setEnabled(kind not in (None, ItemKind.SECTION, ItemKind.TABLE))
        self.buttons["demote"].setEnabled(kind not in (None, ItemKind.BULLET, ItemKind.TABLE))
        carried = index is not None and bool(body[index].carried_from)
        self.buttons["confirm"].setVisible(any(it.carried_from for it in body))
        self.buttons["confirm"].setEnabled(carried)

    def _index(self) -> int | None:
        if self.current is None:
            return None
        return self.list.index.get(self.current)

    # -- commands ----------------------------------------------------------------------
    def add_item(self, kind: ItemKind | None) -> None:
        """Add an item after the current one (``None``: of the current item's kind)."""
        index = self._index()
        body = self.doc.notice.items_in(self.owner)
        if kind is None:
            kind = body[index].kind if index is not None else ItemKind.PARAGRAPH
        item = BodyItem(kind=kind)
        if kind is ItemKind.TABLE:
            item.table = Table()
        at = index + 1 if index is not None else len(body)
        self.doc.insert_items(at, [item], _("Add an item"), self.owner)
        self.focus_item(item.id)

    def run(self, key: str) -> None:
        if key == "paste":
            self.paste_text(self.current, QGuiApplication.clipboard().text())
            return
        item_id = self.current
        if item_id is None or self.doc.notice.item(item_id) is None:
            return
        if key == "delete":
            index = self.doc.notice.item_index(item_id)
            self.doc.remove_items([item_id])
            body = self.doc.notice.items_in(self.owner)
            if body:
                self.focus_item(body[min(index, len(body) - 1)].id)
        elif key in ("up", "down"):
            self.doc.move_item(item_id, -1 if key == "up" else 1)
            self.focus_item(item_id)
        elif key in ("promote", "demote"):
            self.doc.shift_level(item_id, -1 if key == "promote" else 1)
            self.focus_item(item_id)
        elif key == "confirm":
            self.doc.confirm_carried(item_id)
            self._next_carried(item_id)
        self._update_buttons()

    def _next_carried(self, after_id: str) -> None:
        """After confirming an item, the cursor goes to the next one still to review."""
        order = [it.id for it in self.doc.notice.items_in(self.owner)]
        ids = [i for i in self.doc.carried_ids() if i in order]  # this editor's items
        if not ids:
            return
        here = order.index(after_id) if after_id in order else -1
        later = [i for i in ids if order.index(i) > here]
        self.focus_item((later or ids)[0])

    def paste_text(self, after_id: str | None, text: str) -> None:
        """Split ``text`` into items after ``after_id``; an empty item there is replaced."""
        items = to_body_items(parse_pasted(text))
        if not items:
            return

        def mutate(draft: Draft) -> None:
            body = draft.notice.items_in(self.owner)
            at = len(body)
            if after_id is not None and draft.notice.item(after_id) is not None:
                at = draft.notice.item_index(after_id) + 1
                anchor = body[at - 1]
                if not anchor.text.strip() and not anchor.title.strip() and anchor.table is None:
                    body.pop(at - 1)
                    at -= 1
            body[at:at] = items

        self.doc.edit(_("Paste as items"), mutate, Change(structure=True))
        self.focus_item(items[-1].id)
        self.message.emit(_("{n} item(s) pasted.").format(n=len(items)))

    def focus_item(self, item_id: str, part: str = "") -> bool:
        """Put the cursor in the item's ``part`` ("title", "text"; "" the first shown)."""
        if item_id not in self.list.index:
            return False
        self._set_current(item_id)
        row = self.rows.get(item_id)
        if row is None:
            return False
        row.focus_input(part)
        self.list.reveal(row)
        return True

    def row(self, item_id: str) -> ItemRow | None:
        """The row of ``item_id``, made now if it has none."""
        return self.list.row(item_id)

    def row_widgets(self, item_id: str) -> list[QWidget]:
        row = self.rows.get(item_id)
        return [row] if row is not None else []

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        name_kinds(self.kinds)
        for kind, action in self.add_actions.items():
            action.setText(_(KIND_NAMES[kind]))
        self.add_same.setText(_("Add an item of the same kind"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            self.retranslate()
        super().changeEvent(event)
