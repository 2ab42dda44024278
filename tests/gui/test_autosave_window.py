"""Autosave every few seconds, and restore after a crash (simulated in-process here; a real
SIGKILL of a second process is in test_app.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.gui.conftest import Answers
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.storage.autosave import find_recoveries
from ucd_desktop.storage.drafts import load_draft, save_draft
from ucd_desktop.storage.paths import autosave_dir
from ucd_desktop.storage.settings import Settings


def crash(window: MainWindow) -> None:
    """What a crash leaves: the autosave on disk, its lock released, no clean close."""
    assert window.autosaver is not None
    window.autosave_timer.stop()
    window.autosaver.close(keep=True)
    window.autosaver = None
    window.doc.stack.setClean()


def test_autosave_writes_only_when_something_changed(window: MainWindow) -> None:
    assert window.autosave_timer.isActive()
    assert window.autosave_timer.interval() == Settings().autosave_seconds * 1000
    window.autosave_tick()
    assert list(autosave_dir().glob("*.ucd")) == []  # nothing typed yet
    window.doc.set_text("summary", "Đang soạn dở")
    window.autosave_tick()
    (saved,) = autosave_dir().glob("*.ucd")
    assert load_draft(saved).notice.summary == "Đang soạn dở"
    stamp = saved.stat().st_mtime_ns
    window.autosave_tick()
    assert saved.stat().st_mtime_ns == stamp  # unchanged draft: not written again


def test_restore_after_a_crash(make_window: Any, answers: Answers) -> None:
    first = make_window()
    first.doc.set_text("summary", "Kết luận chưa kịp lưu")
    first.autosave_tick()
    crash(first)
    assert len(find_recoveries()) == 1
    answers["ask_restore"] = "restore"
    second = make_window()
    assert second.doc.notice.summary == "Kết luận chưa kịp lưu"
    assert second.doc.is_modified() and second.isWindowModified()
    assert find_recoveries() == []  # the restored autosave is gone once taken


def test_restore_of_a_saved_draft_keeps_its_file(
    make_window: Any, answers: Answers, tmp_path: Path
) -> None:
    path = tmp_path / "hop.ucd"
    first = make_window()
    first.doc.set_text("summary", "bản đã lưu")
    save_draft(first.doc.draft, path)
    answers["ask_open_path"] = path
    first.files.open_path(path)
    first.doc.set_text("summary", "bản đã lưu, sửa thêm")
    first.autosave_tick()
    first.files.release()
    crash(first)
    answers["ask_restore"] = "restore"
    second = make_window()
    assert second.doc.path == path
    assert second.doc.notice.summary == "bản đã lưu, sửa thêm"
    assert load_draft(path).notice.summary == "bản đã lưu"  # the file is untouched


def test_refused_recovery_is_deleted_and_later_keeps_it(make_window: Any, answers: Answers) -> None:
    first = make_window()
    first.doc.set_text("summary", "x")
    first.autosave_tick()
    crash(first)
    answers["ask_restore"] = "later"
    second = make_window()
    assert second.doc.notice.summary != "x"
    assert len(find_recoveries()) == 1
    second.close()
    answers["ask_restore"] = "discard"
    make_window()
    assert find_recoveries() == []


def test_a_clean_close_leaves_no_autosave(make_window: Any) -> None:
    window = make_window()
    window.doc.set_text("summary", "x")
    window.autosave_tick()
    window.doc.stack.setClean()
    window.close()
    assert list(autosave_dir().iterdir()) == []
