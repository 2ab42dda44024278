"""A long, seeded run of what a drafter does to a long body, checked after every step.

Scrolling, focusing far items, typing, adding, deleting, moving, promoting, demoting,
changing kinds, pasting several items, undo and redo, in a random (but fixed) order on a
400-item body: after each step every row shows its own item where its item is, the list
follows the body, and the window's refresh keeps up. At the end, undoing every step gives
back the body as it was loaded, and redoing them gives the body as it was left.

It found a row loop that a scroll during a body change re-entered
(``BodyList._restructure``: "dictionary changed size during iteration").
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit

from tests.gui.body.test_item_list import check_rows, load, long_body, scroll_to, settle
from tests.gui.conftest import type_text
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.model.notice import BodyItem, ItemKind

STEPS = 160
SEEDS = (1, 2, 3, 4)
PASTE = "I. KẾT QUẢ\n1. Sở Tài chính chủ trì.\na) Báo cáo trước ngày 30/6.\n- Theo dõi, đôn đốc."


def snapshot(items: list[BodyItem]) -> list[tuple[str, str, str, str]]:
    return [(i.id, i.kind.value, i.title, i.text) for i in items]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_long_random_session_keeps_every_row_on_its_item(window: MainWindow, seed: int) -> None:
    rng = random.Random(seed)
    lst = load(window, long_body(400))
    editor = window.form.body
    doc = window.doc
    loaded = snapshot(doc.notice.body)

    def current_id() -> str:
        body = doc.notice.body
        return editor.current or body[rng.randrange(len(body))].id

    def focus() -> None:
        body = doc.notice.body
        editor.focus_item(body[rng.randrange(len(body))].id)

    def typing() -> None:
        widget = QApplication.focusWidget()
        if not isinstance(widget, QLineEdit | QTextEdit):
            focus()
            widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QTextEdit) and not widget.isReadOnly():
            type_text(widget, rng.choice([" ấy", " Sở", " đã", " ổn", " thì"]))

    actions: list[tuple[int, Callable[[], None]]] = [
        (3, lambda: scroll_to(window, rng.random())),
        (4, focus),
        (5, typing),
        (2, lambda: editor.add_item(rng.choice([None, *ItemKind]))),
        (2, lambda: editor.run("delete")),
        (2, lambda: editor.run(rng.choice(["up", "down"]))),
        (2, lambda: editor.run(rng.choice(["promote", "demote"]))),
        (1, lambda: doc.set_kind(current_id(), rng.choice(list(ItemKind)))),
        (1, lambda: editor.paste_text(editor.current, PASTE)),
        (2, doc.undo),
        (1, doc.redo),
    ]
    weights = [w for w, _a in actions]
    for _step in range(STEPS):
        (_w, act) = rng.choices(actions, weights)[0]
        act()
        settle()
        body = doc.notice.body
        assert lst.ids == [item.id for item in body]
        check_rows(window, lst)
    window.refresh()  # validation and the preview follow the body as it is now
    assert window.preview.page_count() >= 1
    left, at = snapshot(doc.notice.body), doc.stack.index()  # (the last steps may be undos)
    while doc.stack.canUndo():
        doc.undo()
    settle()
    assert snapshot(doc.notice.body) == loaded
    check_rows(window, lst)
    while doc.stack.index() < at:
        doc.redo()
    settle()
    assert snapshot(doc.notice.body) == left
    check_rows(window, lst)
