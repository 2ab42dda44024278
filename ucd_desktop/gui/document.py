"""The document: the draft being edited, its file, its template and its one undo history.

Every change to the notice goes through here as a command on ``stack``, so Ctrl+Z and
Ctrl+Y undo across fields in the order the user worked. Text is cleaned at this
boundary (``clean_field``): the widget keeps what the user typed, Unikey's backspaces
included, and is never rewritten while it is being edited.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ucd_desktop.gui.undo import (
    Change,
    InsertItems,
    MoveItem,
    RemoveItems,
    ReplaceItem,
    SetText,
    SetValue,
    Snapshot,
)
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft, FactValue
from ucd_desktop.model.field_names import field_name
from ucd_desktop.model.notice import ITEM_LEVELS, BodyItem, ItemKind, Notice, Table, TitleEnd
from ucd_desktop.model.paths import (
    LINE_FIELDS,
    format_recipients,
    get_text,
    get_value,
    parse_recipients,
    set_text,
    single_line,
)
from ucd_desktop.templating.binding import refresh
from ucd_desktop.templating.header_facts import HEADER_PATHS, facts_from_header, header_rules
from ucd_desktop.templating.template import NoticeTemplate, TemplateError
from ucd_desktop.text.clean import clean_field

__all__ = ["NoticeDocument", "normalized_text"]

#: Kinds by level, for promote (level - 1) and demote (level + 1).
_BY_LEVEL = {level: kind for kind, level in ITEM_LEVELS.items()}
_ITEM_PATH = re.compile(r"^body\[([^\]]+)\]\.(title|text)$")


def normalized_text(path: str, raw: str) -> str:
    """What the model stores for ``raw`` typed at ``path`` (the field shows ``raw``)."""
    text = clean_field(raw, multiline=not single_line(path))
    if path in LINE_FIELDS:
        return "\n".join(ln.strip() for ln in text.split("\n") if ln.strip())
    if path == "recipients":
        return format_recipients(parse_recipients(text))
    return text


class NoticeDocument(QObject):
    """A draft, the file it lives in, the template it follows, and its undo stack."""

    #: A Change: what the last command did to the draft.
    changed = Signal(object)
    #: The file path changed (open, save as, new): Path or None.
    fileChanged = Signal(object)

    def __init__(
        self,
        draft: Draft | None = None,
        path: Path | None = None,
        template: NoticeTemplate | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft = draft or Draft()
        self.path = path
        self.template = template
        self.stack = QUndoStack(self)
        #: Counts changes, so autosave writes only when something changed.
        self.revision = 0
        #: Bumped by undo/redo: a typing burst never merges across them.
        self.epoch = 0

    # -- state -------------------------------------------------------------------------
    @property
    def draft(self) -> Draft:
        return self._draft

    @property
    def notice(self) -> Notice:
        return self._draft.notice

    def replace_draft(self, draft: Draft) -> None:
        self._draft = draft

    def notify(self, change: Change) -> None:
        self.revision += 1
        self.changed.emit(change)

    def load(self, draft: Draft, path: Path | None, template: NoticeTemplate | None) -> None:
        """Start over with another draft: a new history, clean."""
        self._draft = draft
        self.template = template
        self.stack.clear()
        self.stack.setClean()
        self.set_path(path)
        self.notify(Change(everything=True, structure=True))

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.fileChanged.emit(path)

    def mark_saved(self, path: Path) -> None:
        self.stack.setClean()
        if path != self.path:
            self.set_path(path)

    def is_modified(self) -> bool:
        return not self.stack.isClean()

    def undo(self) -> None:
        self.epoch += 1
        self.stack.undo()

    def redo(self) -> None:
        self.epoch += 1
        self.stack.redo()

    # -- text and values ---------------------------------------------------------------
    def text(self, path: str) -> str:
        return get_text(self.notice, path)

    def set_text(self, path: str, raw: str, burst: object | None = None) -> bool:
        """Store what the user typed at ``path``; False when the model did not change."""
        new = normalized_text(path, raw)
        old = self.text(path)
        if new == old:
            return False
        label = _("edit {field}").format(field=self._field_name(path))
        if path in HEADER_PATHS and self._follows_header():
            # The header gives facts (the province, the place): they and the fields that
            # follow them change in the same step.
            # Always this kind of step while typing here: a burst of keys stays one step
            # whether or not a given key changed a fact.
            trial = copy.deepcopy(self._draft)
            set_text(trial.notice, path, new)
            followed = self._follow_header(trial)
            change = Change(paths=frozenset({path, *followed}), values=frozenset({"facts"}))
            step = Snapshot(self, self._draft, trial, change, f"header:{path}", burst)
            step.setText(label)
            self.stack.push(step)
            return True
        item = self._carried_item(path)
        if item is not None:
            # The first edit of a carried-over item is its review: one step that also
            # takes the mark off (undo puts both back).
            edited = copy.deepcopy(item)
            setattr(edited, path.rsplit(".", 1)[1], new)
            edited.carried_from = ""
            return self.replace_item(edited, label)
        command = SetText(self, path, old, new, burst)
        command.setText(label)
        self.stack.push(command)
        return True

    def _follows_header(self) -> bool:
        link = self._draft.template
        return link is not None and bool(header_rules(link.sources))

    def _follow_header(self, draft: Draft) -> list[str]:
        """Read the facts the header gives into ``draft``; the fields rendered again."""
        link = draft.template
        if link is None:
            return []
        given = {k: v for k, v in facts_from_header(draft).items() if link.facts.get(k) != v}
        if not given:
            return []
        try:
            return refresh(draft, given, self.template)
        except TemplateError:
            return []

    def _field_name(self, path: str) -> str:
        return field_name(path, self.notice) or _("a field")

    def _carried_item(self, path: str) -> BodyItem | None:
        m = _ITEM_PATH.match(path)
        item = self.notice.item(m.group(1)) if m else None
        return item if item is not None and item.carried_from else None

    def confirm_carried(self, item_id: str) -> bool:
        """The drafter reviewed a carried-over item and keeps it as it is."""
        item = self.notice.item(item_id)
        if item is None or not item.carried_from:
            return False
        kept = copy.deepcopy(item)
        kept.carried_from = ""
        return self.replace_item(kept, _("keep a carried-over item"))

    def carried_ids(self) -> list[str]:
        """Items still to review, body first, then the appendices'."""
        return [it.id for items in self.notice.item_lists() for it in items if it.carried_from]

    def value(self, key: str) -> Any:
        return get_value(self.notice, key)

    def set_value(self, key: str, value: Any, burst: object | None = None) -> bool:
        old = self.value(key)
        if old == value:
            return False
        command = SetValue(self, key, old, value, burst)
        name = field_name(key, self.notice)
        command.setText(_("change {field}").format(field=name) if name else _("Change a setting"))
        self.stack.push(command)
        return True

    def edit(
        self,
        label: str,
        mutate: Callable[[Draft], None],
        change: Change | None = None,
        *,
        merge_key: str = "",
        burst: object | None = None,
    ) -> bool:
        """A compound change as one step: ``mutate`` edits a copy of the draft."""
        after = copy.deepcopy(self._draft)
        mutate(after)
        if self._follows_header() and any(
            get_text(after.notice, p) != get_text(self._draft.notice, p) for p in HEADER_PATHS
        ):
            self._follow_header(after)  # a saved office applied: its province and place
        if after == self._draft:
            return False
        command = Snapshot(
            self,
            self._draft,
            after,
            change or Change(everything=True, structure=True),
            merge_key,
            burst,
        )
        command.setText(label)
        self.stack.push(command)
        return True

    def set_facts(self, facts: dict[str, FactValue], burst: object | None = None) -> str | None:
        """New meeting facts: the bound fields are rendered again, as one step.

        Returns an error message (and changes nothing) when the template fails.
        """
        link = self._draft.template
        if link is None:
            return None
        trial = copy.deepcopy(self._draft)
        try:
            changed = refresh(trial, facts, self.template)
        except TemplateError as exc:
            return str(exc)
        if trial == self._draft:
            return None
        change = Change(paths=frozenset(changed), values=frozenset({"facts"}))
        command = Snapshot(self, self._draft, trial, change, "facts", burst)
        command.setText(_("Change the meeting facts"))
        self.stack.push(command)
        return None

    # -- body structure ----------------------------------------------------------------
    def insert_items(
        self, index: int, items: list[BodyItem], label: str = "", owner: int | None = None
    ) -> None:
        """Insert into the body, or into appendix ``owner``'s items."""
        if not items:
            return
        index = max(0, min(index, len(self.notice.items_in(owner))))
        command = InsertItems(self, index, items, owner)
        command.setText(label or _("Add an item"))
        self.stack.push(command)

    def remove_items(self, ids: list[str]) -> None:
        if not any(self.notice.item(i) for i in ids):
            return
        command = RemoveItems(self, ids)
        command.setText(_("Delete an item"))
        self.stack.push(command)

    def move_item(self, item_id: str, delta: int) -> bool:
        index = self.notice.item_index(item_id)
        target = index + delta
        if not 0 <= target < len(self.notice.items_of(item_id)) or delta == 0:
            return False
        command = MoveItem(self, item_id, target)
        command.setText(_("Move an item"))
        self.stack.push(command)
        return True

    def replace_item(self, new: BodyItem, label: str, burst: object | None = None) -> bool:
        old = self.notice.item(new.id)
        if old is None or old == new:
            return False
        command = ReplaceItem(self, old, new, burst)
        command.setText(label)
        self.stack.push(command)
        return True

    def set_kind(self, item_id: str, kind: ItemKind) -> bool:
        old = self.notice.item(item_id)
        if old is None or old.kind is kind:
            return False
        new = copy.deepcopy(old)
        new.kind = kind
        if kind is ItemKind.SECTION and not new.title.strip():
            new.title, new.text = new.text, ""
        if kind is ItemKind.TABLE and new.table is None:
            new.table = Table()
        if kind is not ItemKind.TABLE and old.kind is ItemKind.TABLE:
            new.table = None
        return self.replace_item(new, _("Change the kind of an item"))

    def set_title_end(self, item_id: str, end: TitleEnd) -> bool:
        """How a clause's or point's heading ends (":", "." or its own line); undoable."""
        old = self.notice.item(item_id)
        if old is None or old.title_end is end:
            return False
        new = copy.deepcopy(old)
        new.title_end = end
        return self.replace_item(new, _("Change how a heading ends"))

    def shift_level(self, item_id: str, delta: int) -> bool:
        """Promote (-1) or demote (+1) an item: clause <-> point <-> bullet, section <-> clause."""
        item = self.notice.item(item_id)
        if item is None:
            return False
        if item.kind is ItemKind.PARAGRAPH:
            target = ItemKind.CLAUSE if delta < 0 else ItemKind.BULLET
        elif item.kind in ITEM_LEVELS:
            level = ITEM_LEVELS[item.kind] + delta
            if level not in _BY_LEVEL:
                return False
            target = _BY_LEVEL[level]
        else:
            return False
        return self.set_kind(item_id, target)
