"""Undo commands on a bare QUndoStack, without any widget."""

from __future__ import annotations

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
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice


class Doc:
    """The smallest Editable: a draft and a record of notifications."""

    def __init__(self, notice: Notice | None = None) -> None:
        self._draft = Draft(notice=notice or Notice())
        self.changes: list[Change] = []

    @property
    def draft(self) -> Draft:
        return self._draft

    def replace_draft(self, draft: Draft) -> None:
        self._draft = draft

    def notify(self, change: Change) -> None:
        self.changes.append(change)


def test_typing_in_one_burst_is_one_step() -> None:
    doc, stack, burst = Doc(), QUndoStack(), object()
    for text in ("K", "Kế", "Kết"):
        stack.push(SetText(doc, "summary", doc.draft.notice.summary, text, burst))
    assert stack.count() == 1
    assert doc.draft.notice.summary == "Kết"
    stack.undo()
    assert doc.draft.notice.summary == ""
    stack.redo()
    assert doc.draft.notice.summary == "Kết"
    assert doc.changes[-1].paths == {"summary"}


def test_a_new_burst_or_another_field_is_a_new_step() -> None:
    doc, stack = Doc(), QUndoStack()
    first, second = object(), object()
    stack.push(SetText(doc, "summary", "", "a", first))
    stack.push(SetText(doc, "summary", "a", "ab", second))
    stack.push(SetText(doc, "place", "", "Long An", second))
    assert stack.count() == 3
    stack.undo()
    assert doc.draft.notice.place == ""
    assert doc.draft.notice.summary == "ab"


def test_typing_back_to_the_start_leaves_no_step() -> None:
    doc, stack, burst = Doc(), QUndoStack(), object()
    stack.push(SetText(doc, "summary", "", "x", burst))
    stack.push(SetText(doc, "summary", "x", "", burst))
    assert stack.count() == 0


def test_no_merge_across_a_save() -> None:
    doc, stack, burst = Doc(), QUndoStack(), object()
    stack.push(SetText(doc, "summary", "", "a", burst))
    stack.setClean()
    stack.push(SetText(doc, "summary", "a", "ab", burst))
    assert stack.count() == 2
    stack.undo()
    assert stack.isClean()


def test_values() -> None:
    doc, stack = Doc(), QUndoStack()
    stack.push(SetValue(doc, "page.margin_left_mm", 30.0, 32.0, None))
    stack.push(SetValue(doc, "day", None, 5, None))
    assert doc.draft.notice.page.margin_left_mm == 32.0 and doc.draft.notice.day == 5
    stack.undo()
    stack.undo()
    assert doc.draft.notice.page.margin_left_mm == 30.0 and doc.draft.notice.day is None
    assert doc.changes[-1].values == {"page.margin_left_mm"}


def test_body_structure() -> None:
    a, b, c = (BodyItem(ItemKind.CLAUSE, text=t) for t in "abc")
    doc, stack = Doc(Notice(body=[a, b])), QUndoStack()
    stack.push(InsertItems(doc, 1, [c]))
    assert [i.text for i in doc.draft.notice.body] == ["a", "c", "b"]
    stack.push(MoveItem(doc, c.id, 2))
    assert [i.text for i in doc.draft.notice.body] == ["a", "b", "c"]
    stack.push(RemoveItems(doc, [a.id, c.id]))
    assert [i.text for i in doc.draft.notice.body] == ["b"]
    stack.undo()
    assert [i.text for i in doc.draft.notice.body] == ["a", "b", "c"]
    stack.undo()
    assert [i.text for i in doc.draft.notice.body] == ["a", "c", "b"]
    stack.undo()
    assert [i.text for i in doc.draft.notice.body] == ["a", "b"]
    assert all(ch.structure for ch in doc.changes)


def test_replace_item_keeps_the_old_one_for_undo() -> None:
    item = BodyItem(ItemKind.CLAUSE, text="x")
    doc, stack = Doc(Notice(body=[item])), QUndoStack()
    changed = BodyItem(ItemKind.POINT, text="x", id=item.id)
    stack.push(ReplaceItem(doc, item, changed))
    assert doc.draft.notice.body[0].kind is ItemKind.POINT
    assert doc.changes[-1].structure
    stack.undo()
    assert doc.draft.notice.body[0].kind is ItemKind.CLAUSE


def test_snapshot_merges_a_burst_of_fact_changes() -> None:
    doc, stack, burst = Doc(), QUndoStack(), object()
    before = doc.draft
    for summary in ("a", "ab"):
        after = Draft(notice=Notice(summary=summary))
        change = Change(paths=frozenset({"summary"}), values=frozenset({"facts"}))
        stack.push(Snapshot(doc, doc.draft, after, change, "facts", burst))
    assert stack.count() == 1
    stack.undo()
    assert doc.draft == before
    stack.redo()
    assert doc.draft.notice.summary == "ab"
