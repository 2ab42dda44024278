"""The installed PySide6 must not leak references to None.

PySide6(-Essentials) 6.12.0 on Python 3.11 takes a reference away from None on most
void calls (QWidget.setToolTip, QPointF.setX, QPainter.setPen, QObject.property() of an
unset name...); after a few thousand of them Python aborts with "none_dealloc:
deallocating None", e.g. while a 50-page notice is opened or the preview repaints.
pyproject.toml excludes that version; this probe fails on any PySide6 that leaks, so a
future release with the same fault is caught before it reaches an office.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 on: its reference count never changes",
)

#: Calls per probe: well above the few hundred a leak needs to show, and fast.
CALLS = 5000
ROUND = 250
#: References to None that may come and go for other reasons (caches, the GC).
SLACK = 50


def refs_lost(call: Callable[[], object]) -> int:
    """How many references to None ``CALLS`` calls of ``call`` took away.

    Counted in rounds, stopping at the first round that shows a leak: a leaky PySide6
    then fails the test instead of running None's count out and aborting pytest."""
    call()  # anything made once (caches, lazily bound methods) is made before counting
    before = sys.getrefcount(None)
    for _round in range(CALLS // ROUND):
        for _ in range(ROUND):
            call()
        if before - sys.getrefcount(None) > SLACK:
            break
    return before - sys.getrefcount(None)


def test_void_calls_leave_none_alone(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    point = QPointF()
    obj = QObject()
    lost = {
        "QWidget.setToolTip": refs_lost(lambda: widget.setToolTip("x")),
        "QWidget.update": refs_lost(widget.update),
        "QPointF.setX": refs_lost(lambda: point.setX(1.0)),
        "QObject.property (unset)": refs_lost(lambda: obj.property("never-set")),
    }
    leaking = {name: n for name, n in lost.items() if n > SLACK}
    assert not leaking, f"this PySide6 leaks references to None: {leaking}"


def test_painting_leaves_none_alone(qtbot: Any) -> None:
    """The calls the live preview and the print preview make on every repaint."""
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    pen = QPen(Qt.GlobalColor.black, 1.0)
    white = QColor(255, 255, 255)

    def paint() -> None:
        painter.save()
        painter.setPen(pen)
        painter.fillRect(QRectF(0, 0, 8, 8), white)
        painter.drawLine(QPointF(0, 0), QPointF(8, 8))
        painter.restore()

    try:
        assert refs_lost(paint) <= SLACK, "this PySide6 leaks references to None"
    finally:
        painter.end()


def test_the_probe_sees_a_leak() -> None:
    """The probe itself works: a call that drops one reference per call is caught."""
    import ctypes

    decref = ctypes.pythonapi.Py_DecRef
    decref.argtypes = [ctypes.py_object]
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for _ in range(ROUND + 1):  # lend None the references the fake leak will take
        incref(None)
    assert refs_lost(lambda: decref(None)) == ROUND  # caught after the first round
