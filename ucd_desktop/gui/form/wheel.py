"""The mouse wheel scrolls the form; it changes a value only in the input being edited.

A drafter scrolling down the form with the pointer passing over "Độ khẩn" set it to
HỎA TỐC without noticing. ``WheelGuard`` is installed once, on the form's inner widget:
it follows every widget added below it, and a wheel turned over a combo box, spin box or
date box that does not have the keyboard focus is refused by that box and handed to the
widgets around it, so the form scrolls. Once the drafter clicks or tabs into the box, the
wheel changes it as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

__all__ = ["WheelGuard", "guards_wheel"]

_GUARDED = (QComboBox, QAbstractSpinBox)


def guards_wheel(widget: QObject) -> bool:
    """True for the inputs whose value a stray wheel would change."""
    return isinstance(widget, _GUARDED)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _pass_on(widget: QWidget, event: QWheelEvent) -> None:
    """Give ``event`` to the scroll area around ``widget`` (as if the box were not there)."""
    area = _scroll_area(widget)
    if area is None:
        # Refused here, a wheel from the window system goes on to the parents.
        event.ignore()
        return
    viewport = area.viewport()
    where = viewport.mapFromGlobal(event.globalPosition())
    forwarded = QWheelEvent(
        where,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
        event.source(),
    )
    QApplication.sendEvent(viewport, forwarded)
    event.accept()


def _has_focus(widget: QWidget) -> bool:
    if widget.hasFocus():
        return True
    # An editable combo box or a spin box gives the focus to its line edit.
    focused = widget.focusWidget()
    return focused is not None and focused.hasFocus() and widget.isAncestorOf(focused)


class WheelGuard(QObject):
    """Event filter for a widget and everything that is ever placed inside it."""

    def watch(self, root: QWidget) -> None:
        """Guard ``root`` and every widget under it, now and later."""
        # Installing a filter twice keeps one: Qt moves it to the front of the list.
        for widget in [root, *root.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if (
                isinstance(watched, _GUARDED)
                and isinstance(event, QWheelEvent)
                and not _has_focus(watched)
            ):
                _pass_on(watched, event)
                return True
        elif kind == QEvent.Type.ChildAdded and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QWidget):
                self.watch(child)
        return False
