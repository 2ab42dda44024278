"""Window tests: offscreen, a private user folder, no real dialog ever blocks a test.

Every question the window can ask goes through ``gui.dialogs.messages``; here each one
fails the test unless the test answered it in advance with ``answers``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.gui.settings_store import SettingsStore
from ucd_desktop.storage.settings import Settings

QUESTIONS = (
    "choose",
    "ask_unsaved",
    "ask_locked",
    "ask_open_locked",
    "ask_restore",
    "ask_export_with_errors",
    "ask_print_with_problems",
    "after_export",
    "ask_text",
    "ask_open_path",
    "ask_save_path",
    "open_location",
)


class Answers:
    """Canned answers to the window's questions, and a record of what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, tuple[Any, ...]]] = []
        self.replies: dict[str, list[Any]] = {}
        for name in QUESTIONS:
            monkeypatch.setattr(messages, name, self._make(name))

    def _make(self, name: str) -> Callable[..., Any]:
        def answer(*args: Any) -> Any:
            self.asked.append((name, args))
            queue = self.replies.get(name)
            if not queue:
                raise AssertionError(f"unexpected question {name}: {args}")
            return queue.pop(0)

        return answer

    def __setitem__(self, name: str, value: Any) -> None:
        self.replies.setdefault(name, []).append(value)

    def names(self) -> list[str]:
        return [name for name, _args in self.asked]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def make_window(qtbot: Any, answers: Answers) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(path: Path | None = None, settings: Settings | None = None) -> MainWindow:
        store = SettingsStore(settings or Settings())
        window = MainWindow(store)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        window.start(path)
        made.append(window)
        return window

    yield make
    for window in made:
        window.doc.stack.setClean()  # closing asks nothing
        window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    """A window started as a user starts it: a new draft from the default template."""
    return make_window()


def type_text(widget: QWidget, text: str) -> None:
    """Key presses as a keyboard (or Unikey) sends them; "\\b" is a backspace."""
    for ch in text:
        if ch == "\b":
            event = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier
            )
        else:
            event = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch
            )
        QApplication.sendEvent(widget, event)


def key(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key press through Qt's whole path, so shortcuts see it too (QTest)."""
    QTest.keyClick(widget, key, modifiers)
