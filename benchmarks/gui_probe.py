"""A window started as the user starts it, timed to the moment it is usable.

    python -m benchmarks.gui_probe bare [--edits N]
    python -m benchmarks.gui_probe app DRAFT.ucd [--edits N]

``app`` runs ``ucd_desktop.cli.main([DRAFT])``, exactly what ``ucd-desktop DRAFT.ucd``
does; ``bare`` shows a plain PySide6 main window holding a text box. Either way the probe
wraps ``QApplication.exec`` to watch the event loop: the window is usable once it is
shown, exposed, no dialog is in the way and the events queued by showing it (the first
paint among them) have been handled. It prints the seconds from the launcher's fork
(``spawn.py`` exports that moment as BENCH_SPAWN_T0) to then, as JSON.

With ``--edits N`` it then types N characters into a body paragraph (the app) or the text
box (bare), 20 at a time at a fast typist's pace, letting each pause refresh the preview:
the process's peak RSS is then the memory of editing. ``--keystrokes N`` and
``--latency N`` time the preview's refresh after a keystroke (see ``keystrokes``).
It ends with ``os._exit`` (teardown is not part of a start) after removing its private
user folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["main"]

#: A keystroke every 30 ms (a fast typist), a pause after each burst of 20.
KEY_INTERVAL_MS = 30
BURST = 20
PAUSE_MS = 600


def _since_spawn() -> float:
    t0 = float(os.environ.get("BENCH_SPAWN_T0", "nan"))
    return time.monotonic() - t0


def _find_window(bare: Any) -> Any:
    from PySide6.QtWidgets import QApplication, QMainWindow

    if bare is not None:
        return bare
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


def _type(window: Any, count: int, *, bare: bool) -> None:
    """Type ``count`` characters in bursts, letting each pause refresh the preview."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit

    if bare:
        field = window.findChild(QPlainTextEdit)
    else:
        from benchmarks.keystrokes import body_field

        field = body_field(window)
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    for i in range(count):
        QTest.keyClick(field, Qt.Key.Key_A if i % 2 else Qt.Key.Key_Space)
        QTest.qWait(PAUSE_MS if (i + 1) % BURST == 0 else KEY_INTERVAL_MS)
    QTest.qWait(PAUSE_MS)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gui_probe")
    parser.add_argument("mode", choices=["bare", "app"])
    parser.add_argument("draft", nargs="?", type=Path)
    parser.add_argument("--edits", type=int, default=0, help="characters to type")
    parser.add_argument("--keystrokes", type=int, default=0, help="refreshes to time")
    parser.add_argument("--latency", type=int, default=0, help="keystrokes to time end to end")
    parser.add_argument("--profile", type=Path, help="write a pyinstrument profile of the start")
    args = parser.parse_args(argv)
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()

    home = tempfile.mkdtemp(prefix="ucd-probe-")
    os.environ["UCD_DESKTOP_HOME"] = home  # no settings, recent files or recovery offers

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QWidget

    result: dict[str, Any] = {}
    bare: list[Any] = []

    def finish() -> None:
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
        shutil.rmtree(home, ignore_errors=True)
        os._exit(0)

    def poll() -> None:
        window = _find_window(bare[0] if bare else None)
        handle = window.windowHandle() if window is not None else None
        ready = handle is not None and handle.isExposed()
        if not ready or QApplication.activeModalWidget() is not None:
            QTimer.singleShot(1, poll)
            return
        # One more turn of the loop: what showing the window queued (paints) is handled.
        QTimer.singleShot(0, lambda: usable(window))

    def usable(window: Any) -> None:
        try:
            measure(window)
        except BaseException:  # Qt would print it and carry on: fail the run instead
            traceback.print_exc()
            sys.stderr.flush()
            shutil.rmtree(home, ignore_errors=True)
            os._exit(1)
        finish()

    def measure(window: Any) -> None:
        result["usable_s"] = _since_spawn()
        if profiler is not None:
            from ucd_desktop.storage.atomic import atomic_write_text

            profiler.stop()
            atomic_write_text(args.profile, profiler.output_text(show_all=False))
        if args.keystrokes or args.latency:
            from benchmarks import keystrokes

            result["refresh"] = keystrokes.refresh_work(window, args.keystrokes)
            result["latency"] = keystrokes.latency(window, args.latency)
        if args.edits:
            _type(window, args.edits, bare=bool(bare))
        result["widgets"] = len(window.findChildren(QWidget))

    original = QApplication.exec

    def exec_and_watch(*a: Any) -> int:
        QTimer.singleShot(0, poll)
        return int(original())  # static in PySide6: called on the class or an instance

    QApplication.exec = exec_and_watch  # type: ignore[method-assign]

    if args.mode == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QPlainTextEdit())
        window.resize(1200, 800)
        window.show()
        bare.append(window)
        return app.exec()

    from ucd_desktop.cli import main as cli_main
    from ucd_desktop.storage.atomic import atomic_write_bytes

    if args.draft is None:
        parser.error("app needs a draft")
    draft = Path(home) / args.draft.name
    # Its own copy of the draft: the app locks and autosaves beside it.
    atomic_write_bytes(draft, args.draft.read_bytes())
    return cli_main([str(draft)])


if __name__ == "__main__":
    sys.exit(main())
