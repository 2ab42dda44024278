"""The window as a user drives it: typing, undo, files, problems, language, closing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.gui.conftest import Answers, key, type_text
from ucd_desktop.gui.actions import ActionKey
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.storage.drafts import load_draft, save_draft


def preview_text(window: MainWindow) -> str:
    """The words painted on the preview's pages."""
    window.preview.flush()
    return " ".join(t.text for page in window.preview.pages() for t in page.texts)


def test_starts_with_a_new_draft_from_the_default_template(window: MainWindow) -> None:
    assert window.doc.draft.template is not None
    assert window.doc.path is None and not window.doc.is_modified()
    assert window.windowTitle().startswith("Thông báo chưa đặt tên[*]")
    n = window.doc.notice
    assert n.day is None and n.month is not None and n.year is not None  # the clerk's day


def test_typing_changes_the_model_the_preview_and_the_title(window: MainWindow, qtbot: Any) -> None:
    summary = window.form.content.summary
    summary.setFocus()
    summary.selectAll()
    type_text(summary, "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp")
    assert window.doc.notice.summary == "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp"
    assert window.isWindowModified()
    assert "Chủ tịch UBND" not in preview_text(window)  # not yet: typing is not stalled
    qtbot.waitUntil(lambda: not window.refresher.pending())
    assert "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp" in " ".join(preview_text(window).split())
    assert window.preview.page_count() >= 1
    assert window.status_pages.text().endswith(str(window.preview.page_count()))


def test_undo_and_redo_across_fields_with_the_window_shortcuts(window: MainWindow) -> None:
    place, name = window.form.number_date.place, window.form.signature.name
    place.setFocus()
    place.selectAll()
    type_text(place, "Long An")
    name.setFocus()
    name.selectAll()
    type_text(name, "Nguyễn Minh Lâm")
    window.form.number_date.number.setFocus()
    key(window.form.number_date.number, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.notice.signature.name == "…" and name.text() == "…"
    window.action(ActionKey.UNDO).trigger()
    assert window.doc.notice.place == "…"
    key(window.form.number_date.number, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.notice.place == "Long An"
    window.action(ActionKey.REDO).trigger()
    assert window.doc.notice.signature.name == "Nguyễn Minh Lâm"


def test_save_and_open_round_trip(window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window.doc.set_text("summary", "Kết luận cuộc họp giao ban")
    window.doc.set_value("day", 5)
    target = tmp_path / "giao ban.ucd"
    answers["ask_save_path"] = target
    window.action(ActionKey.SAVE).trigger()
    assert target.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("giao ban.ucd[*]")
    assert json.loads(target.read_text("utf-8"))["notice"]["summary"] == (
        "Kết luận cuộc họp giao ban"
    )
    assert window.store.settings.recent_files[0] == str(target.resolve())
    window.doc.set_text("summary", "Khác")
    answers["ask_unsaved"] = "discard"
    answers["ask_open_path"] = target
    window.action(ActionKey.OPEN).trigger()
    assert window.doc.notice.summary == "Kết luận cuộc họp giao ban"
    assert window.doc.notice.day == 5 and window.doc.path == target
    assert window.form.content.summary.toPlainText() == "Kết luận cuộc họp giao ban"
    assert answers.names() == ["ask_save_path", "ask_unsaved", "ask_open_path"]


def test_a_broken_draft_gives_a_message_and_changes_nothing(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    bad = tmp_path / "hong.ucd"
    bad.write_text('{"format": "ucd-desktop-draft", "version": 1, "notice": {"body": 5}}', "utf-8")
    before = window.doc.draft
    answers["ask_open_path"] = bad
    answers["choose"] = "ok"
    window.action(ActionKey.OPEN).trigger()
    assert window.doc.draft is before
    assert any(name == "choose" for name in answers.names())  # the warning was shown


def test_a_locked_destination_offers_retry(
    window: MainWindow, answers: Answers, tmp_path: Path, monkeypatch: Any
) -> None:
    from ucd_desktop.gui import files
    from ucd_desktop.storage.atomic import SaveError

    target = tmp_path / "a.ucd"
    calls = {"n": 0}
    real = files.save_draft

    def flaky(draft: Any, path: Path) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise SaveError(path, "locked", "đang mở trong Word")
        real(draft, path)

    monkeypatch.setattr(files, "save_draft", flaky)
    window.doc.set_text("summary", "x")
    answers["ask_save_path"] = target
    answers["ask_locked"] = "retry"
    assert window.files.save()
    assert target.exists() and calls["n"] == 2 and not window.doc.is_modified()


def test_problems_panel_click_focuses_the_field(window: MainWindow, qtbot: Any) -> None:
    window.refresh()
    panel = window.problems
    paths = [p.field for p in panel.problems]
    assert "signature.name" in paths
    row = paths.index("signature.name")
    item = panel.list.item(row)
    assert item.text() == "Họ tên người ký: Chưa có họ tên người ký."
    panel.list.itemClicked.emit(item)
    assert window.focusWidget() is window.form.signature.name or (
        window.form.signature.name.hasFocus()
    )
    assert window.form.signature.name.property("problem") == "error"
    window.doc.set_text("signature.name", "Nguyễn Minh Lâm")
    window.refresh()
    assert window.form.signature.name.property("problem") == ""
    assert "signature.name" not in [p.field for p in panel.problems]


def test_body_item_problem_focuses_its_row(window: MainWindow) -> None:
    window.refresh()
    item_paths = [p.field for p in window.problems.problems if p.field.startswith("body[")]
    assert item_paths
    window.go_to(item_paths[0])
    item_id = item_paths[0][5:13]
    row = window.form.body.rows[item_id]
    assert row.text.hasFocus() or row.title.hasFocus()
    assert window.form.body.current == item_id


def test_closing_with_unsaved_changes_asks(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    window.doc.set_text("summary", "chưa lưu")
    answers["ask_unsaved"] = "cancel"
    assert not window.close()
    assert window.isVisible()
    answers["ask_unsaved"] = "save"
    answers["ask_save_path"] = tmp_path / "x.ucd"
    assert window.close()
    assert load_draft(tmp_path / "x.ucd").notice.summary == "chưa lưu"


def test_switching_the_language_switches_everything(window: MainWindow) -> None:
    window.refresh()
    assert window.form.content.title() == "Nội dung"
    assert window.action(ActionKey.SAVE).text() == "&Lưu"
    vi_messages = {p.message for p in window.problems.problems}
    window.set_language("en")
    assert window.form.content.title() == "Content"
    assert window.action(ActionKey.SAVE).text() == "&Save"
    assert window.form.number_date.mode.itemText(1) == "Leave the day blank for the clerk"
    assert "The signer's name is missing." in {p.message for p in window.problems.problems}
    assert window.windowTitle().startswith("Untitled notice")
    window.set_language("vi")
    assert {p.message for p in window.problems.problems} == vi_messages
    assert window.form.signature.name.accessibleName() == "Họ tên người ký"


def test_opening_a_file_from_the_command_line(
    make_window: Any, tmp_path: Path, example_path: Path
) -> None:
    draft = load_draft(example_path)
    path = tmp_path / "vi du.ucd"
    save_draft(draft, path)
    window = make_window(path)
    assert window.doc.path == path
    assert window.doc.notice.summary == draft.notice.summary
    assert not window.facts_visible() if hasattr(window, "facts_visible") else True


def test_a_header_line_broken_for_the_drafter_shows_in_the_problems(window: MainWindow) -> None:
    notice = window.doc.notice
    notice.issuing_body = ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]
    window.doc.load(window.doc.draft, None, None)
    window.refresh()
    (found,) = [p for p in window.problems.problems if p.code == "header-line-broken"]
    assert found.field == "issuing_body"
    assert "SỞ VĂN HÓA, / THỂ THAO VÀ DU LỊCH" in found.message
