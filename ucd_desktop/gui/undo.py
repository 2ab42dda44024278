"""Undo commands: each one small, capturing old and new values, tested on a bare QUndoStack.

Commands change the draft through the ``Editable`` they are given (the document) and
tell it what changed; they never touch widgets. Typing in one field is one step: a
``SetText`` merges with the next one for the same field while both carry the same
*burst* token (the field starts a new burst on focus, after a pause, and after undo).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import BodyItem
from ucd_desktop.model.paths import set_text, set_value

__all__ = [
    "Change",
    "Editable",
    "InsertItems",
    "MoveItem",
    "RemoveItems",
    "ReplaceItem",
    "SetText",
    "SetValue",
    "Snapshot",
]


@dataclass(frozen=True)
class Change:
    """What a command changed, so the form and the preview update only that."""

    #: Text paths (model.paths) whose text changed.
    paths: frozenset[str] = frozenset()
    #: Other values: "day", "urgency", "page.margin_left_mm", "archive.copies", "facts"...
    values: frozenset[str] = frozenset()
    #: Body items were added, removed, moved or changed kind.
    structure: bool = False
    #: The whole draft was replaced (open, new, restore, a snapshot undo).
    everything: bool = False
    #: Items whose own content changed (table cells, kind): their rows redraw.
    items: frozenset[str] = field(default_factory=frozenset)


class Editable(Protocol):
    """What commands need from the document."""

    @property
    def draft(self) -> Draft: ...

    def replace_draft(self, draft: Draft) -> None: ...

    def notify(self, change: Change) -> None: ...


class _Set(QUndoCommand):
    """One field set to a new value; a burst of edits (typing) merges into one step."""

    ID = 0

    def __init__(
        self, doc: Editable, target: str, old: Any, new: Any, burst: object | None
    ) -> None:
        super().__init__()
        self.doc, self.target, self.old, self.new, self.burst = doc, target, old, new, burst

    def _apply(self, value: Any) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self) or self.burst is None:
            return False
        assert isinstance(other, _Set)
        if other.target != self.target or other.burst is not self.burst:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class SetText(_Set):
    """A text field, by its path."""

    ID = 1001

    def _apply(self, value: Any) -> None:
        set_text(self.doc.draft.notice, self.target, value)
        self.doc.notify(Change(paths=frozenset({self.target})))


class SetValue(_Set):
    """A value that is not text: a date part, a mark, a page setting, the copies count."""

    ID = 1002

    def _apply(self, value: Any) -> None:
        set_value(self.doc.draft.notice, self.target, value)
        self.doc.notify(Change(values=frozenset({self.target})))


class InsertItems(QUndoCommand):
    """Items inserted into the body, or into appendix ``owner``'s items."""

    def __init__(
        self, doc: Editable, index: int, items: list[BodyItem], owner: int | None = None
    ) -> None:
        super().__init__()
        self.doc, self.index, self.items = doc, index, copy.deepcopy(items)
        self.owner = owner

    def redo(self) -> None:
        body = self.doc.draft.notice.items_in(self.owner)
        body[self.index : self.index] = copy.deepcopy(self.items)
        self.doc.notify(Change(structure=True))

    def undo(self) -> None:
        ids = {it.id for it in self.items}
        body = self.doc.draft.notice.items_in(self.owner)
        body[:] = [it for it in body if it.id not in ids]
        self.doc.notify(Change(structure=True))


class RemoveItems(QUndoCommand):
    """Items removed from the body or from one appendix (the list of the first id)."""

    def __init__(self, doc: Editable, ids: list[str]) -> None:
        super().__init__()
        self.doc = doc
        notice = doc.draft.notice
        self.owner = notice.owner_of(ids[0]) if ids else None
        body = notice.items_in(self.owner)
        self.removed = [(i, copy.deepcopy(it)) for i, it in enumerate(body) if it.id in set(ids)]

    def redo(self) -> None:
        ids = {it.id for _i, it in self.removed}
        body = self.doc.draft.notice.items_in(self.owner)
        body[:] = [it for it in body if it.id not in ids]
        self.doc.notify(Change(structure=True))

    def undo(self) -> None:
        body = self.doc.draft.notice.items_in(self.owner)
        for index, item in self.removed:
            body.insert(index, copy.deepcopy(item))
        self.doc.notify(Change(structure=True))


class MoveItem(QUndoCommand):
    def __init__(self, doc: Editable, item_id: str, new_index: int) -> None:
        super().__init__()
        self.doc, self.item_id = doc, item_id
        self.old_index = doc.draft.notice.item_index(item_id)
        self.new_index = new_index

    def _move(self, to: int) -> None:
        body = self.doc.draft.notice.items_of(self.item_id)
        item = body.pop(self.doc.draft.notice.item_index(self.item_id))
        body.insert(to, item)
        self.doc.notify(Change(structure=True))

    def redo(self) -> None:
        self._move(self.new_index)

    def undo(self) -> None:
        self._move(self.old_index)


class ReplaceItem(QUndoCommand):
    """One body item replaced by an edited copy (kind, table cells, table shape)."""

    ID = 1003

    def __init__(
        self, doc: Editable, old: BodyItem, new: BodyItem, burst: object | None = None
    ) -> None:
        super().__init__()
        self.doc, self.burst = doc, burst
        self.old, self.new = copy.deepcopy(old), copy.deepcopy(new)

    def _apply(self, item: BodyItem) -> None:
        notice = self.doc.draft.notice
        index = notice.item_index(item.id)
        body = notice.items_of(item.id)
        before = body[index]
        body[index] = copy.deepcopy(item)
        self.doc.notify(
            Change(
                structure=before.kind is not item.kind,
                items=frozenset({item.id}),
                paths=frozenset({f"body[{item.id}].title", f"body[{item.id}].text"}),
            )
        )

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceItem) or self.burst is None:
            return False
        if other.new.id != self.new.id or other.burst is not self.burst:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class Snapshot(QUndoCommand):
    """The whole draft before and after: facts (a refresh), paste, presets, issue."""

    ID = 1004

    def __init__(
        self,
        doc: Editable,
        before: Draft,
        after: Draft,
        change: Change,
        merge_key: str = "",
        burst: object | None = None,
    ) -> None:
        super().__init__()
        self.doc, self.change = doc, change
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)
        self.merge_key, self.burst = merge_key, burst

    def _apply(self, draft: Draft) -> None:
        self.doc.replace_draft(copy.deepcopy(draft))
        self.doc.notify(self.change)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Snapshot) or self.burst is None or not self.merge_key:
            return False
        if other.merge_key != self.merge_key or other.burst is not self.burst:
            return False
        self.after = other.after
        self.change = Change(
            paths=self.change.paths | other.change.paths,
            values=self.change.values | other.change.values,
            structure=self.change.structure or other.change.structure,
            everything=self.change.everything or other.change.everything,
        )
        return True
