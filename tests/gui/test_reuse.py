"""Reuse that is safe: carried-over conclusions are listed until reviewed, the signer
follows the chair, save as template leaves the conclusions out and never offers a taken name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import Answers, type_text
from tests.gui.test_templates_flow import pick_template
from ucd_desktop.gui.actions import ActionKey
from ucd_desktop.gui.dialogs.templates import SaveAsTemplateDialog
from ucd_desktop.gui.fields import LineField
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.i18n import set_language
from ucd_desktop.model.notice import BodyItem, ItemKind


def _last_month(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Last month's notice from hoi-nghi, with two conclusions written by the drafter."""
    pick_template(monkeypatch, "hoi-nghi")
    window.action(ActionKey.NEW).trigger()
    doc = window.doc

    def fill(draft: object) -> None:
        n = window.doc.draft.notice if draft is None else draft.notice  # type: ignore[attr-defined]
        n.day, n.month, n.year = 5, 3, 2026
        n.body = [
            BodyItem(ItemKind.CLAUSE, text="Giao Sở Tài chính tham mưu (Chủ tịch Nguyễn Văn Út)."),
            BodyItem(ItemKind.CLAUSE, text="Giao Sở Xây dựng kiểm tra tiến độ."),
        ]

    doc.edit("fill", fill)
    doc.stack.setClean()


def _panel_texts(window: MainWindow) -> list[str]:
    window.refresh()  # what the scheduled refresh shows a moment later
    return [window.problems.list.item(i).text() for i in range(window.problems.list.count())]


def test_new_from_this_notice_lists_carried_over_items_until_reviewed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_language("en")
    _last_month(window, monkeypatch)
    window.action(ActionKey.NEW_FROM_NOTICE).trigger()
    first, second = window.doc.notice.body
    carried = [t for t in _panel_texts(window) if "Carried over" in t]
    assert carried == [
        "Conclusions, item 1: Carried over from the notice of 05/03/2026: review it "
        "(edit it, or “Keep as is”).",
        "Conclusions, item 2: Carried over from the notice of 05/03/2026: review it "
        "(edit it, or “Keep as is”).",
    ]
    # The item's input is marked as a problem, and so is its place on the page.
    assert window.form.widgets_for(f"body[{first.id}].text")[0].property("problem") == "warning"
    # Editing an item is reviewing it: its mark goes, in the same undo step.
    window.form.focus_path(f"body[{first.id}].text")
    row = window.form.body.rows[first.id]
    row.text.setFocus()
    type_text(row.text, " Xong.")
    assert window.doc.notice.body[0].carried_from == ""
    assert len([t for t in _panel_texts(window) if "Carried over" in t]) == 1
    # Confirming the other keeps its text and takes the mark off.
    window.form.body.focus_item(second.id)
    assert window.form.body.buttons["confirm"].isEnabled()
    window.form.body.buttons["confirm"].click()
    assert window.doc.notice.body[1].carried_from == ""
    assert window.doc.notice.body[1].text == "Giao Sở Xây dựng kiểm tra tiến độ."
    assert not [t for t in _panel_texts(window) if "Carried over" in t]
    assert window.form.body.buttons["confirm"].isHidden()
    # Undo puts the mark back.
    window.doc.undo()
    assert window.doc.notice.body[1].carried_from == "2026-03-05"


def test_a_new_chair_changes_the_signer_unless_set_by_hand(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pick_template(monkeypatch, "hoi-nghi")
    window.action(ActionKey.NEW).trigger()
    person = window.form.facts.widgets["chu_tri"]
    _position, name = person.findChildren(LineField)
    name.setFocus()
    type_text(name, "Nguyễn Văn Út")
    assert window.doc.notice.signature.name == "Nguyễn Văn Út"
    name.selectAll()
    type_text(name, "Trần Văn Cần")
    assert window.doc.notice.signature.name == "Trần Văn Cần"
    window.doc.set_text("signature.name", "Lê Thị Ký")  # set by hand
    name.selectAll()
    type_text(name, "Đỗ Văn Tư")
    assert window.doc.notice.signature.name == "Lê Thị Ký"


def test_save_as_template_offers_a_free_name_and_leaves_conclusions_out(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    _last_month(window, monkeypatch)
    window.doc.set_text("issuing_body", "ỦY BAN NHÂN DÂN\nTỈNH LONG AN")
    seen: dict[str, object] = {}

    def save_dialog(dialog: SaveAsTemplateDialog) -> int:
        seen["name"] = dialog.name.text()
        seen["conclusions"] = dialog.checks["conclusions"].isChecked()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SaveAsTemplateDialog, "exec", save_dialog)
    answers["choose"] = "ok"
    window.action(ActionKey.SAVE_AS_TEMPLATE).trigger()
    assert seen == {"name": "Kết luận hội nghị (2)", "conclusions": False}
    # Saved again: that name is taken now too.
    answers["choose"] = "ok"
    window.action(ActionKey.SAVE_AS_TEMPLATE).trigger()
    assert seen["name"] == "Kết luận hội nghị (3)"
    pick_template(monkeypatch, "ket-luan-hoi-nghi-2")
    answers["ask_unsaved"] = "discard"
    window.action(ActionKey.NEW).trigger()
    n = window.doc.notice
    assert [i.text for i in n.body] == ["…", "…"]
    assert n.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"]


def test_undo_says_what_it_undoes(window: MainWindow) -> None:
    set_language("en")
    window.set_language("en")
    undo = window.action(ActionKey.UNDO)
    assert undo.text() == "&Undo"
    window.doc.set_text("summary", "Kết luận của Chủ tịch")
    assert undo.text() == "&Undo: edit Summary"
    window.doc.undo()
    assert window.action(ActionKey.REDO).text() == "&Redo: edit Summary"
    assert undo.text() == "&Undo"
    set_language("vi")
    window.set_language("vi")
    window.doc.set_text("summary", "Kết luận của Phó Chủ tịch")
    assert undo.text() == "&Hoàn tác: sửa Trích yếu"


def test_the_facts_do_not_ask_again_for_what_the_header_has(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pick_template(monkeypatch, "cuoc-hop")
    window.action(ActionKey.NEW).trigger()
    asked = set(window.form.facts.widgets)
    assert "dia_phuong" not in asked and "noi_ban_hanh" not in asked
    assert {"ngay_hop", "chu_tri", "dia_diem"} <= asked
    doc = window.doc
    steps = doc.stack.count()
    doc.set_text("governing_body", "UBND TỈNH LONG AN")
    doc.set_text("place", "Long An")
    assert "Văn phòng UBND tỉnh Long An thông báo" in doc.notice.closing
    assert doc.draft.template is not None
    assert doc.draft.template.facts["noi_ban_hanh"] == "Long An"
    assert doc.stack.count() == steps + 2  # one step each, the closing with it
    doc.undo()
    doc.undo()
    assert "tỉnh Long An" not in doc.notice.closing
