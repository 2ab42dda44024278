"""An exception raised in a slot: the draft is autosaved first, a Vietnamese dialog offers
to copy the details and says where the log is, and the log has a line for it without
any of the notice's text (offices draft MẬT notices)."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QTimer, QtMsgType
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.robustness import strategies as S
from tests.robustness.conftest import settings_for
from ucd_desktop.gui.crash import CrashGuard
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.logs import log_path, setup_logging

SECRET = "Phương án di dời kho vũ khí MẬT-0427"


@pytest.fixture
def guard(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Any:
    setup_logging()
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        copy = next(
            b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.ActionRole
        )
        monkeypatch.setattr(box, "clickedButton", lambda: copy)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    made = CrashGuard(window)
    made.install()
    made.shown = shown  # type: ignore[attr-defined]
    yield made
    made.uninstall()
    for handler in logging.getLogger("ucd_desktop").handlers[:]:
        if getattr(handler, "baseFilename", "") == str(log_path()):
            handler.close()
            logging.getLogger("ucd_desktop").removeHandler(handler)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_saves_the_draft_then_explains(
    window: MainWindow, guard: Any, qtbot: Any
) -> None:
    def edit(draft: Any) -> None:
        draft.notice.summary = SECRET

    window.doc.edit("summary", edit)

    def broken_slot() -> None:
        raise ValueError(f"cannot lay out “{SECRET}”")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(guard.shown), timeout=5000)

    assert window.autosaver is not None
    saved = window.autosaver.draft_path
    assert json.loads(saved.read_text("utf-8"))["notice"]["summary"] == SECRET
    box = guard.shown[0]
    texts = [box.text(), box.informativeText(), *(b.text() for b in box.buttons())]
    assert "Sao chép chi tiết" in texts, texts
    assert str(log_path()) in box.informativeText() and str(saved) in box.informativeText()
    assert "ValueError" in QApplication.clipboard().text()
    log = log_path().read_text("utf-8")
    assert "unhandled ValueError" in log and "broken_slot" in log
    assert SECRET not in log and "MẬT-0427" not in log


def test_a_fatal_qt_message_saves_the_draft_and_is_logged(window: MainWindow, guard: Any) -> None:
    class Context:
        category = "qt.test"

    guard.qt_message(QtMsgType.QtWarningMsg, Context(), "a warning")
    assert guard.shown == []
    guard.qt_message(QtMsgType.QtFatalMsg, Context(), "cannot continue")
    assert guard.shown and window.autosaver is not None
    assert window.autosaver.draft_path.is_file()
    log = log_path().read_text("utf-8")
    assert "Qt (qt.test): a warning" in log and "Qt fatal error" in log


@settings_for(40)
@given(
    secret=S.text.map(str.strip).filter(lambda t: len(t) >= 10 and "\x00" not in t),
    kind=st.sampled_from([ValueError, KeyError, RuntimeError, TypeError, OSError]),
    chained=st.booleans(),
)
def test_no_crash_puts_the_notice_text_in_the_log(
    window: MainWindow, guard: Any, secret: str, kind: type[Exception], chained: bool
) -> None:
    """Whatever the text and however the error carries it (message, args, a cause)."""

    def edit(draft: Any) -> None:
        draft.notice.summary = secret

    window.doc.edit("summary", edit)
    try:
        try:
            raise kind(f"field summary = {secret!s}", secret)
        except Exception as inner:
            if chained:
                raise RuntimeError(secret) from inner
            raise
    except Exception as exc:
        guard.excepthook(type(exc), exc, exc.__traceback__)
    log = log_path().read_text("utf-8")
    assert secret not in log and repr(secret)[1:-1] not in log
    assert guard.shown, "no dialog"
