"""The appendices part of the form: add, number, title, items, reorder, delete, undo."""

from __future__ import annotations

from tests.render.appendix_samples import two_appendix_notice
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import ItemKind


def test_add_appendix_edit_and_undo_each_step(window: MainWindow) -> None:
    doc, section = window.doc, window.form.appendices
    start, body = doc.stack.count(), list(doc.notice.body)
    section.add_button.click()
    assert len(doc.notice.appendices) == 1 and len(section.boxes) == 1
    box = section.boxes[0]
    assert box.title() == "Phụ lục"
    box.title_field.setPlainText("Danh mục công trình")
    box.title_field.edited.emit(box.title_field.path, "Danh mục công trình", object())
    assert doc.notice.appendices[0].title == "Danh mục công trình"
    box.body.add_item(ItemKind.CLAUSE)
    items = doc.notice.appendices[0].items
    assert [it.kind for it in items] == [ItemKind.CLAUSE] and doc.notice.body == body
    row = box.body.rows[items[0].id]
    assert row is not None
    doc.set_text(f"body[{items[0].id}].text", "Đường tỉnh 830.")
    assert doc.notice.appendices[0].items[0].text == "Đường tỉnh 830."
    section.add_button.click()
    assert [b.title() for b in section.boxes] == ["Phụ lục I", "Phụ lục II"]
    assert doc.stack.count() == start + 5
    for _ in range(5):
        doc.undo()
    assert doc.notice.appendices == [] and section.boxes == []
    for _ in range(5):
        doc.redo()
    assert doc.notice.appendices[0].items[0].text == "Đường tỉnh 830."
    assert len(section.boxes) == 2


def test_reorder_remove_and_number(window: MainWindow) -> None:
    doc, section = window.doc, window.form.appendices
    doc.load(Draft(notice=two_appendix_notice()), None, None)
    assert len(section.boxes) == 2
    first = doc.notice.appendices[0].title
    assert not section.boxes[0].buttons["up"].isEnabled()
    section.boxes[0].buttons["down"].click()
    assert doc.notice.appendices[1].title == first
    assert section.boxes[1].title_field.toPlainText() == first
    section.boxes[0].number.setText("01")
    section.boxes[0].number.edited.emit(section.boxes[0].number.path, "01", object())
    assert doc.notice.appendices[0].number == "01"
    assert section.boxes[0].title() == "Phụ lục 01"
    section.boxes[1].buttons["remove"].click()
    assert [a.number for a in doc.notice.appendices] == ["01"] and len(section.boxes) == 1
    doc.undo()
    assert doc.notice.appendices[1].title == first and len(section.boxes) == 2


def test_item_commands_stay_inside_their_appendix(window: MainWindow) -> None:
    doc, section = window.doc, window.form.appendices
    doc.load(Draft(notice=two_appendix_notice()), None, None)
    editor = section.boxes[0].body
    items = doc.notice.appendices[0].items
    moved = items[1].id
    editor.focus_item(moved)
    editor.run("up")
    assert doc.notice.appendices[0].items[0].id == moved
    editor.run("delete")
    assert all(it.id != moved for it in doc.notice.appendices[0].items)
    assert len(doc.notice.body) == 4  # the notice's own body is untouched
    doc.undo()
    doc.undo()
    assert doc.notice.appendices[0].items[1].id == moved


def test_problems_and_preview_clicks_reach_appendix_fields(window: MainWindow) -> None:
    doc = window.doc
    notice = two_appendix_notice()
    notice.appendices[1].title = ""
    doc.load(Draft(notice=notice), None, None)
    window.refresh()
    fields = [p.field for p in window.problems.problems]
    assert "appendices[1].title" in fields
    window.go_to("appendices[1].title")
    assert window.form.appendices.boxes[1].title_field.hasFocus()
    item = notice.appendices[0].items[3]
    assert window.form.focus_path(f"body[{item.id}].text")
    assert window.form.appendices.boxes[0].body.current == item.id
