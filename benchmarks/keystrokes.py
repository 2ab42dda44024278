"""Inside the running app (``gui_probe``): the preview's refresh after one keystroke.

A key is pressed in a body paragraph's text input with ``QTest.keyClick``, the path a real
keystroke takes (key event, the field's ``edited`` signal, the document's change, the
window's handler, which schedules the refresh: ``gui/preview/refresh.py``). The work is timed by
running the refresh at once (``MainWindow.refresh``: validation, marks, layout and the
preview's pages) and handling the queued events, among them the canvas's paint, which an
event filter sees happen.

``latency`` also times a few keystrokes end to end with the window's scheduling left to
run, each after a pause in typing: the delay a user sees.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit

__all__ = ["PaintCounter", "latency", "refresh_work"]


class PaintCounter(QObject):
    """Counts the paint events a widget receives, and notes the first one that happens
    once ``armed`` says so (the new pages exist)."""

    def __init__(self, widget: Any) -> None:
        super().__init__()
        self.count = 0
        self.armed: Callable[[], bool] = lambda: False
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            if not self.seen and self.armed():
                self.seen = True
        return False


def body_field(window: Any) -> Any:
    """The text input of a body paragraph: the middle one of those with a row (the body
    editor makes rows only for the items near the view)."""
    fields = [
        w
        for w in window.findChildren(QTextEdit)
        if str(getattr(w, "path", "")).startswith("body[")
        and str(getattr(w, "path", "")).endswith(".text")
    ]
    if not fields:
        raise RuntimeError("no body paragraph input in the window")
    return fields[len(fields) // 2]


def _canvas(window: Any) -> Any:
    from ucd_desktop.gui.preview.paint import PageCanvas

    canvas = window.preview.findChild(PageCanvas)
    if canvas is None:
        raise RuntimeError("no page canvas in the preview")
    return canvas


def _prepare(window: Any) -> tuple[Any, PaintCounter]:
    field = body_field(window)
    window.refresh()
    window.preview.flush()
    window.preview.ensure_field_visible(field.path)  # the user watches what they type
    QApplication.processEvents()
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    return field, PaintCounter(_canvas(window))


def _key(i: int) -> Qt.Key:
    return Qt.Key.Key_A if i % 2 else Qt.Key.Key_Space


def refresh_work(window: Any, count: int) -> dict[str, Any]:
    """Seconds of work per keystroke: total and its parts, and the pages shown."""
    field, paints = _prepare(window)
    total: list[float] = []
    parts: dict[str, list[float]] = {"keystroke": [], "refresh": [], "pages": [], "paint": []}
    for i in range(count):
        before = paints.count
        t0 = time.perf_counter()
        QTest.keyClick(field, _key(i))
        t1 = time.perf_counter()
        window.refresh()
        t2 = time.perf_counter()
        window.preview.flush()  # nothing left: the refresh made the pages
        t3 = time.perf_counter()
        QApplication.processEvents()
        t4 = time.perf_counter()
        if paints.count == before:
            raise RuntimeError("the preview was not repainted after a keystroke")
        total.append(t4 - t0)
        for name, dt in zip(parts, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            parts[name].append(dt)
    return {"samples": total, "parts": parts, "pages": window.preview.page_count()}


def _changed(preview: Any, shown: object) -> bool:
    return preview.pages() is not shown


def _wait(condition: Callable[[], bool], timeout_ms: int) -> bool:
    deadline = time.perf_counter() + timeout_ms / 1000
    while not condition():
        if time.perf_counter() > deadline:
            return False
        QTest.qWait(1)
    return True


def latency(window: Any, count: int, timeout_ms: int = 5000) -> list[float]:
    """Seconds from keystroke to painted page with the window's scheduling left to run."""
    field, paints = _prepare(window)
    out: list[float] = []
    for i in range(count):
        QTest.qWait(300)  # a pause: each keystroke starts a fresh burst
        shown = window.preview.pages()
        paints.seen = False
        paints.armed = partial(_changed, window.preview, shown)
        t0 = time.perf_counter()
        QTest.keyClick(field, _key(i))
        # Done when the canvas has painted the pages made after both timers fired.
        if not _wait(lambda: paints.seen, timeout_ms):
            raise RuntimeError("the preview did not paint new pages within the timeout")
        out.append(time.perf_counter() - t0)
    return out
