"""The body editor: add, move, promote, renumber; keyboard and buttons; paste into items."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from tests.gui.conftest import key, type_text
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice, Table, TitleEnd


def labels(window: MainWindow) -> list[str]:
    body = window.form.body
    return [body.rows[i.id].number.text() for i in window.doc.notice.body]


def load(window: MainWindow, *items: BodyItem) -> None:
    window.doc.load(Draft(notice=Notice(body=list(items))), None, None)


def test_rows_follow_the_body_with_automatic_numbers(window: MainWindow) -> None:
    load(
        window,
        BodyItem(ItemKind.SECTION, title="ĐÁNH GIÁ"),
        BodyItem(ItemKind.CLAUSE, text="một"),
        BodyItem(ItemKind.POINT, text="a"),
        BodyItem(ItemKind.POINT, text="b"),
        BodyItem(ItemKind.BULLET, text="gạch"),
        BodyItem(ItemKind.PARAGRAPH, text="đoạn"),
    )
    assert labels(window) == ["I.", "1.", "a)", "b)", "-", "¶"]
    assert window.form.body.rows[window.doc.notice.body[0].id].title.text() == "ĐÁNH GIÁ"


def test_keyboard_add_move_promote_demote_delete(window: MainWindow) -> None:
    first, second = BodyItem(ItemKind.CLAUSE, text="một"), BodyItem(ItemKind.CLAUSE, text="hai")
    load(window, first, second)
    body = window.form.body
    row = body.rows[second.id]
    body.focus_item(second.id)
    editor = row.text
    key(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.text for i in window.doc.notice.body] == ["hai", "một"]
    assert labels(window) == ["1.", "2."]
    key(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # demote: a point
    assert window.doc.notice.body[0].kind is ItemKind.POINT
    key(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # promote back
    assert window.doc.notice.body[0].kind is ItemKind.CLAUSE
    key(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # add after, same kind
    body_now = window.doc.notice.body
    assert [i.kind for i in body_now] == [ItemKind.CLAUSE] * 3
    assert labels(window) == ["1.", "2.", "3."]
    new_id = body_now[1].id
    assert body.current == new_id
    type_text(body.rows[new_id].text, "mới")
    assert window.doc.notice.body[1].text == "mới"
    key(
        body.rows[new_id].text,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [i.text for i in window.doc.notice.body] == ["hai", "một"]
    # All of it is undoable, step by step, back to the start.
    while window.doc.stack.canUndo():
        window.doc.undo()
    assert [(i.kind, i.text) for i in window.doc.notice.body] == [
        (ItemKind.CLAUSE, "một"),
        (ItemKind.CLAUSE, "hai"),
    ]
    assert labels(window) == ["1.", "2."]


def test_buttons_do_the_same(window: MainWindow) -> None:
    a, b = BodyItem(ItemKind.CLAUSE, text="a"), BodyItem(ItemKind.POINT, text="b")
    load(window, a, b)
    body = window.form.body
    body.focus_item(a.id)
    assert not body.buttons["up"].isEnabled() and body.buttons["down"].isEnabled()
    assert not body.buttons["promote"].isEnabled() or True
    body.buttons["down"].click()
    assert [i.text for i in window.doc.notice.body] == ["b", "a"]
    assert labels(window) == ["", "1."] or labels(window)[1] == "1."
    body.buttons["promote"].click()  # clause a -> section
    assert window.doc.notice.item(a.id).kind is ItemKind.SECTION  # type: ignore[union-attr]
    body.add_actions[ItemKind.TABLE].trigger()
    table = window.doc.notice.body[-1]
    assert table.kind is ItemKind.TABLE and table.table is not None
    body.buttons["delete"].click()
    assert len(window.doc.notice.body) == 2


def test_kind_box_changes_the_kind(window: MainWindow) -> None:
    item = BodyItem(ItemKind.PARAGRAPH, text="Sở Xây dựng")
    load(window, item)
    row = window.form.body.rows[item.id]
    row.kind_box.setCurrentIndex(list(ItemKind).index(ItemKind.BULLET))
    row.kind_box.activated.emit(row.kind_box.currentIndex())
    assert window.doc.notice.body[0].kind is ItemKind.BULLET
    assert row.number.text() == "-"


def test_title_end_box_sets_how_a_heading_ends_and_undoes(window: MainWindow) -> None:
    item = BodyItem(ItemKind.CLAUSE, title="Về công tác chỉ đạo", text="Giao các sở.")
    paragraph = BodyItem(ItemKind.PARAGRAPH, text="Đoạn văn.")
    load(window, item, paragraph)
    row = window.form.body.rows[item.id]
    assert not row.title_end.isHidden() and row.title_end.currentData() == ":"
    assert window.form.body.rows[paragraph.id].title_end.isHidden()
    row.title_end.setCurrentIndex(list(TitleEnd).index(TitleEnd.PARAGRAPH))
    row.title_end.activated.emit(row.title_end.currentIndex())
    assert window.doc.notice.body[0].title_end is TitleEnd.PARAGRAPH
    window.doc.stack.undo()
    assert window.doc.notice.body[0].title_end is TitleEnd.COLON
    assert window.form.body.rows[item.id].title_end.currentData() == ":"


def test_table_cells_are_edited_through_the_history(window: MainWindow) -> None:
    item = BodyItem(ItemKind.TABLE, table=Table([["Đơn vị", "Nhiệm vụ"], ["", ""]]))
    load(window, item)
    table = window.form.body.rows[item.id].table
    assert table is not None
    table.grid.item(1, 0).setText("Sở Tài chính")
    assert window.doc.notice.body[0].table.rows[1][0] == "Sở Tài chính"  # type: ignore[union-attr]
    table.buttons[0].click()  # + row
    assert len(window.doc.notice.body[0].table.rows) == 3  # type: ignore[union-attr]
    window.doc.undo()
    window.doc.undo()
    assert window.doc.notice.body[0].table.rows[1][0] == ""  # type: ignore[union-attr]
    assert table.grid.item(1, 0).text() == ""


def test_pasting_paragraphs_into_an_item_splits_them(window: MainWindow) -> None:
    empty = BodyItem(ItemKind.PARAGRAPH)
    load(window, empty)
    row = window.form.body.rows[empty.id]
    data = QMimeData()
    data.setText("1. Đề nghị Liên đoàn Lao động tỉnh\n- Phối hợp hoàn chỉnh báo cáo.\n- Tập trung.")
    row.text.setFocus()
    row.text.insertFromMimeData(data)
    body = window.doc.notice.body
    assert [(i.kind, i.title or i.text) for i in body] == [
        (ItemKind.CLAUSE, "Đề nghị Liên đoàn Lao động tỉnh"),
        (ItemKind.BULLET, "Phối hợp hoàn chỉnh báo cáo."),
        (ItemKind.BULLET, "Tập trung."),
    ]
    assert labels(window) == ["1.", "-", "-"]
    window.doc.undo()  # one step
    assert [i.id for i in window.doc.notice.body] == [empty.id]


def test_paste_as_items_button_reads_the_clipboard(window: MainWindow) -> None:
    load(window)
    QGuiApplication.clipboard().setText("I. CHUNG\nNội dung.")
    window.form.body.buttons["paste"].click()
    assert [i.kind for i in window.doc.notice.body] == [ItemKind.SECTION, ItemKind.PARAGRAPH]
    assert window.form.body.empty.isHidden()
