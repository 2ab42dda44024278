"""The body editor on a long body: rows only near the view, reused rows, focus and Tab."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import type_text
from ucd_desktop.gui.body.item_list import BodyList
from ucd_desktop.gui.body.row import ItemRow
from ucd_desktop.gui.form.problems import PATH_ROLE
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice
from ucd_desktop.model.numbering import item_labels

#: Far more rows than a window can show: the list must not make a row per item.
MAX_ROWS = 60
_CYCLE = (ItemKind.SECTION, ItemKind.CLAUSE, ItemKind.POINT, ItemKind.BULLET, ItemKind.PARAGRAPH)


def long_body(count: int = 2000) -> list[BodyItem]:
    out = []
    for i in range(count):
        kind = _CYCLE[i % len(_CYCLE)]
        if kind is ItemKind.SECTION:
            out.append(BodyItem(kind, title=f"PHẦN {i}"))
        else:
            words = " ".join(["nội dung"] * (i % 7 * 6))
            out.append(BodyItem(kind, text=f"Mục {i}: {words}".strip()))
    return out


def load(window: MainWindow, items: list[BodyItem]) -> BodyList:
    window.doc.load(Draft(notice=Notice(body=items, closing="Kết thúc.")), None, None)
    settle()
    return window.form.body.list


def settle() -> None:
    """Let the queued updates (the list's own, layouts, scrolling) run."""
    for _ in range(3):
        QApplication.processEvents()


def row_of(widget: QWidget | None) -> ItemRow | None:
    while widget is not None and not isinstance(widget, ItemRow):
        widget = widget.parentWidget()
    return widget


def expected_label(items: list[BodyItem], labels: list[str], index: int) -> str:
    return labels[index] or ("¶" if items[index].kind is ItemKind.PARAGRAPH else "")


def check_rows(window: MainWindow, lst: BodyList) -> None:
    """Every row shows its own item (number, texts, path) where its item is, none overlap."""
    items = window.doc.notice.body
    labels = item_labels(items)
    for item_id, row in lst.rows.items():
        i = lst.index[item_id]
        item = items[i]
        assert row.item_id == item.id
        assert row.number.text() == expected_label(items, labels, i)
        assert row.text.toPlainText() == item.text
        assert row.title.text() == item.title
        assert row.text.path == f"body[{item.id}].text"
        assert row.title.path == f"body[{item.id}].title"
        assert not row.isHidden()
        assert row.geometry().top() == lst.spans.top(i)
    placed = sorted(lst.rows.values(), key=lambda r: r.geometry().top())
    for above, below in itertools.pairwise(placed):
        assert above.geometry().bottom() < below.geometry().top()
    assert all(r.isHidden() for r in lst.spare)


def rows_made(window: MainWindow) -> int:
    return len(window.form.body.findChildren(ItemRow))


def in_view(window: MainWindow, widget: QWidget) -> bool:
    viewport = window.form.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top < viewport.height() and top + widget.height() > 0


def scroll_to(window: MainWindow, where: float) -> None:
    """Scroll the form so the part ``where`` (0 the top, 1 the bottom) of the body list is
    at the bottom of the view; twice, as a user would once the rows there are measured."""
    lst = window.form.body.list
    bar = window.form.verticalScrollBar()
    inner = window.form.widget()
    assert inner is not None
    for _ in range(2):
        top = lst.mapTo(inner, QPoint(0, 0)).y()
        bar.setValue(top + round(where * lst.height()) - window.form.viewport().height())
        settle()


def test_a_long_body_opens_with_a_few_rows(window: MainWindow) -> None:
    items = long_body()
    lst = load(window, items)
    assert rows_made(window) <= MAX_ROWS
    assert len(lst.ids) == 2000
    # The list is as tall as all the items, so the scroll bar covers the whole body.
    assert lst.height() == lst.spans.total > 2000 * 30
    assert items[0].id in lst.rows
    check_rows(window, lst)


def test_scrolling_to_the_bottom_makes_rows_for_the_items_there(window: MainWindow) -> None:
    items = long_body()
    lst = load(window, items)
    before = rows_made(window)
    scroll_to(window, 1.0)
    last = lst.rows[items[-1].id]
    assert in_view(window, last)
    shown = [lst.index[i] for i, row in lst.rows.items() if in_view(window, row)]
    assert shown and min(shown) > 1900  # the items at the bottom, not the first ones
    assert rows_made(window) <= max(before, MAX_ROWS)  # rows were reused, not added
    check_rows(window, lst)
    scroll_to(window, 0.5)
    shown = sorted(lst.index[i] for i, row in lst.rows.items() if in_view(window, row))
    assert shown and 500 < shown[0] < 1500
    assert shown == list(range(shown[0], shown[-1] + 1))  # no item left without its row
    check_rows(window, lst)


def test_a_reused_row_edits_its_new_item(window: MainWindow) -> None:
    items = long_body()
    lst = load(window, items)
    first_rows = {id(row) for row in lst.rows.values()}
    scroll_to(window, 1.0)
    reused = [
        (lst.index[i], row)
        for i, row in lst.rows.items()
        if id(row) in first_rows and lst.index[i] > 1900 and not row.text.isHidden()
    ]
    assert reused, "no row was reused"
    index, row = reused[0]
    item_id = items[index].id
    old = window.doc.notice.body[index].text
    untouched = [(it.id, it.text) for it in window.doc.notice.body[:20]]
    row.text.setFocus()
    row.text.moveCursor(row.text.textCursor().MoveOperation.End)
    type_text(row.text, " thêm")
    assert window.doc.notice.body[index].text == old + " thêm"
    assert [(it.id, it.text) for it in window.doc.notice.body[:20]] == untouched
    window.doc.undo()
    assert window.doc.notice.body[index].text == old
    assert lst.rows[item_id].text.toPlainText() == old


def test_a_problem_far_down_is_focused_from_the_problems_panel(window: MainWindow) -> None:
    items = long_body()
    far = items[1503]
    assert far.kind is ItemKind.BULLET
    far.text = ""  # an empty item: a warning on its text
    lst = load(window, items)
    window.refresh()
    assert far.id not in lst.rows
    panel = window.problems.list
    path = f"body[{far.id}].text"
    found = [panel.item(i) for i in range(panel.count()) if panel.item(i).data(PATH_ROLE) == path]
    assert found, "the empty item is not among the problems"
    panel.setCurrentItem(found[0])
    panel.itemActivated.emit(found[0])
    settle()
    focused = QApplication.focusWidget()
    assert getattr(focused, "path", None) == path
    row = lst.rows[far.id]
    assert focused is row.text
    assert lst.current == far.id
    assert row.text.property("problem") == "warning"  # a row made now shows the mark
    assert in_view(window, row.text)
    check_rows(window, lst)


def test_tab_from_the_last_row_in_view_reaches_the_next_item(window: MainWindow) -> None:
    items = long_body()
    lst = load(window, items)
    scroll_to(window, 0.33)
    shown = sorted(
        (lst.index[i], row)
        for i, row in lst.rows.items()
        if in_view(window, row) and not row.text.isHidden()
    )
    index, row = shown[-1]
    row.text.setFocus()
    settle()
    QTest.keyClick(row.text, Qt.Key.Key_Tab)
    settle()
    reached = row_of(QApplication.focusWidget())
    assert reached is not None
    assert lst.index[reached.item_id] == index + 1
    # On through the next item's inputs to its text, as a user tabs.
    for _ in range(3):
        focused = QApplication.focusWidget()
        assert focused is not None
        if getattr(focused, "path", "").endswith(".text"):
            break
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        settle()
    assert getattr(QApplication.focusWidget(), "path", "") == f"body[{items[index + 1].id}].text"


def test_shift_tab_from_the_closing_reaches_the_last_item(window: MainWindow) -> None:
    items = long_body()
    lst = load(window, items)
    closing = window.form.content.closing
    closing.setFocus()
    settle()
    QTest.keyClick(closing, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    settle()
    reached = row_of(QApplication.focusWidget())
    assert reached is not None and reached.item_id == items[-1].id
    assert lst.rows[items[-1].id] is reached


def test_deleting_the_current_item_far_down_and_undoing(window: MainWindow) -> None:
    items = long_body()
    lst = load(window, items)
    body = window.form.body
    target = items[1201]
    assert body.focus_item(target.id)
    settle()
    body.run("delete")
    settle()
    assert window.doc.notice.item(target.id) is None
    after = window.doc.notice.body[1201]
    assert lst.current == after.id
    assert row_of(QApplication.focusWidget()) is lst.rows[after.id]
    check_rows(window, lst)
    window.doc.undo()
    settle()
    assert window.doc.notice.body[1201].id == target.id
    check_rows(window, lst)


def test_moving_the_current_item_and_undoing_keeps_it_current(window: MainWindow) -> None:
    items = long_body()
    lst = load(window, items)
    body = window.form.body
    target = items[801]
    body.focus_item(target.id)
    settle()
    body.run("up")
    settle()
    assert window.doc.notice.item_index(target.id) == 800
    window.doc.undo()
    settle()
    assert window.doc.notice.item_index(target.id) == 801
    assert lst.current == target.id
    assert row_of(QApplication.focusWidget()) is lst.rows[target.id]
    assert lst.rows[target.id].current
    check_rows(window, lst)
    window.doc.redo()
    settle()
    assert window.doc.notice.item_index(target.id) == 800
    assert lst.current == target.id
    check_rows(window, lst)


def test_pasting_many_items_in_the_middle(window: MainWindow) -> None:
    items = long_body()
    lst = load(window, items)
    body = window.form.body
    body.focus_item(items[1000].id)
    settle()
    body.paste_text(items[1000].id, "\n".join(f"- Việc {n}" for n in range(300)))
    settle()
    assert len(window.doc.notice.body) == 2300
    last = window.doc.notice.body[1300]
    assert last.text == "Việc 299"
    assert lst.current == last.id
    assert in_view(window, lst.rows[last.id])
    assert rows_made(window) <= MAX_ROWS
    check_rows(window, lst)
    window.doc.undo()
    settle()
    assert [i.id for i in window.doc.notice.body] == [i.id for i in items]
    check_rows(window, lst)


def test_rows_follow_a_narrower_window(window: MainWindow) -> None:
    items = long_body()
    lst = load(window, items)
    scroll_to(window, 0.5)
    window.resize(window.width() - 300, window.height())
    settle()
    check_rows(window, lst)
    for row in lst.rows.values():  # measured again at the new width
        assert row.height() == lst.spans.heights[lst.index[row.item_id]]


def test_rows_made_before_a_language_switch_speak_the_new_language(window: MainWindow) -> None:
    items = long_body()
    lst = load(window, items)
    window.set_language("en")
    try:
        scroll_to(window, 1.0)  # rows made in Vietnamese, reused now
        clause = next(
            row for i, row in lst.rows.items() if items[lst.index[i]].kind is ItemKind.CLAUSE
        )
        assert clause.text.accessibleName().startswith("Clause (1, 2…)")
        assert clause.text.accessibleName().endswith("text")
        assert clause.kind_box.currentText() == "Clause (1, 2…)"
    finally:
        window.set_language("vi")
    assert clause.text.accessibleName().startswith("Khoản")
