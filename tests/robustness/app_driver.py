"""Drive the real app in its own process, for the crash and two-instance tests.

``python -m tests.robustness.app_driver LOG [DRAFT] [--type TEXT] [--hold] [--report]``
runs ``ucd_desktop.gui.app.run_app`` (what ``ucd-desktop DRAFT`` runs) and, once the
window is up:

- ``--type TEXT`` types TEXT into the summary field, one key every ``--every`` ms, through
  Qt's key events (as a keyboard would);
- ``--report`` writes what the window shows, then closes it cleanly;
- ``--hold`` keeps running (holding the draft's lock) until it is killed.

Everything that happens is appended to LOG as JSON lines with ``time.monotonic()``
(the same clock as the test's): each key typed, each autosave written (with the text it
saved), each question the window asked. The window's questions are answered from the
``UCD_TEST_ANSWERS`` environment variable (JSON: question -> answer), as the GUI tests'
``answers`` fixture does; ``ucd_desktop.gui.dialogs.messages`` exists to be replaced so.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ucd_desktop.gui import app as app_module
from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.main_window import MainWindow

QUESTIONS = ("ask_restore", "ask_open_locked", "ask_unsaved", "ask_locked", "warn", "inform")


class Log:
    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def __call__(self, event: str, **data: Any) -> None:
        line = json.dumps({"event": event, "t": time.monotonic(), **data}, ensure_ascii=False)
        os.write(self.fd, (line + "\n").encode())  # one write: a kill never cuts a line


def answer_questions(log: Log) -> None:
    answers: dict[str, Any] = json.loads(os.environ.get("UCD_TEST_ANSWERS", "{}"))
    for name in QUESTIONS:

        def asked(*args: Any, _name: str = name, **kwargs: Any) -> Any:
            texts = [a for a in args if isinstance(a, str)]
            log("asked", question=_name, texts=texts)
            return answers.get(_name, "cancel" if _name.startswith("ask_") else None)

        setattr(messages, name, asked)


def drive(window: MainWindow, log: Log, options: argparse.Namespace) -> None:
    original_tick = window.autosave_tick

    def tick() -> None:
        before = window._autosaved
        original_tick()
        if window._autosaved != before:
            log("autosaved", summary=window.doc.notice.summary)

    window.autosave_timer.timeout.disconnect()
    window.autosave_timer.timeout.connect(tick)
    log(
        "started",
        summary=window.doc.notice.summary,
        path=str(window.doc.path or ""),
        modified=window.doc.is_modified(),
        pid=os.getpid(),
    )
    if options.report:
        window.doc.stack.setClean()
        window.close()
        return
    if options.type:
        window.form.focus_path("summary")
        inputs = window.form.widgets_for("summary")
        if not inputs:
            log("error", message="no summary input")
            return
        widget = inputs[0]  # key events go to it even when offscreen windows lack focus
        # Type at the end of the text, as after a click there.
        QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        keys = iter(options.type)

        def next_key() -> None:
            key = next(keys, None)
            if key is None:
                log("typed-all")
                return
            # A key event carrying the letter, as a Vietnamese keyboard (Unikey) sends it;
            # QTest.keyClicks knows only ASCII.
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                key,
                Qt.KeyboardModifier.NoModifier,
            )
            log("typed", key=key, summary=window.doc.notice.summary)
            QTimer.singleShot(options.every, next_key)

        QTimer.singleShot(0, next_key)
    if options.hold or options.type:
        log("ready")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("draft", nargs="?")
    parser.add_argument("--type", default="")
    parser.add_argument("--every", type=int, default=100, help="ms between keys")
    parser.add_argument("--hold", action="store_true")
    parser.add_argument("--report", action="store_true")
    options = parser.parse_args()
    log = Log(options.log)
    answer_questions(log)

    def when_up() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        up = [w for w in windows if w.isVisible() and w.autosaver is not None]
        if not up:
            QTimer.singleShot(20, when_up)
            return
        drive(up[0], log, options)

    QTimer.singleShot(0, when_up)
    code = app_module.run_app([options.draft] if options.draft else [])
    log("exited", code=code)
    return code


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
