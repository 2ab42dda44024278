"""Windows and dialogs that fit the screen they open on, and remember their size per screen.

A 1366×768 laptop has about 1366×728 pixels left under a taskbar: a window that always
opened at 1280×820 hid the problems panel and the status bar there, and the print
preview (860×1000) its buttons. ``fit`` sizes a widget to what it would like, but never
more than the screen's available area, and centres it there. ``ScreenMemory`` keeps a
size and place for each screen (by its name and available size: the office monitor and
the laptop's own screen each get theirs) and puts a remembered window back only inside
the area that screen has now.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QWidget

from ucd_desktop.storage.paths import config_dir

__all__ = [
    "ScreenMemory",
    "available_area",
    "fit",
    "keep_inside",
    "remember_size",
    "screen_key",
    "window_state",
]

#: Part of the available area a window may take at most when it first opens.
_FILL = 0.96
#: A window frame before the window is first shown: borders and a title bar (Windows 10/11
#: at 100 %: 8 + 8 pixels across, 31 + 8 down).
_FRAME_GUESS = QSize(16, 40)


def window_state() -> QSettings:
    """Window geometry only (QSettings writes it through a temporary file and a rename)."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def _screen(widget: QWidget | None) -> QScreen | None:
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window() if parent is not None else widget).screen()
    return screen or QGuiApplication.primaryScreen()


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of ``widget``'s screen that windows may use (without the taskbar)."""
    screen = _screen(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def screen_key(widget: QWidget | None = None) -> str:
    """A name for the screen ``widget`` is on, with the size windows have there."""
    screen = _screen(widget)
    area = available_area(widget)
    name = screen.name() if screen is not None else ""
    clean = "".join(c if c.isalnum() else "_" for c in name) or "screen"
    return f"{clean}_{area.width()}x{area.height()}"


def _frame_margins(widget: QWidget) -> QSize:
    """Room the window frame takes around the client area (0 before the first show)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    if widget.isWindow() and frame == inner and not widget.isVisible():
        return _FRAME_GUESS  # not shown yet: the window manager's frame is unknown
    return QSize(max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height()))


def fit(widget: QWidget, preferred: QSize, area: QRect | None = None) -> None:
    """Resize ``widget`` to ``preferred``, at most the available area, centred in it."""
    area = area or available_area(widget)
    margins = _frame_margins(widget)
    width = min(preferred.width(), int(area.width() * _FILL) - margins.width())
    height = min(preferred.height(), int(area.height() * _FILL) - margins.height())
    minimum = widget.minimumSizeHint()
    width = max(width, min(minimum.width(), area.width() - margins.width()))
    height = max(height, min(minimum.height(), area.height() - margins.height()))
    widget.resize(width, height)
    if widget.parentWidget() is not None:
        return  # a dialog: Qt centres it over its window when it is shown
    left = area.x() + (area.width() - width - margins.width()) // 2
    top = area.y() + (area.height() - height - margins.height()) // 2
    widget.move(max(area.x(), left), max(area.y(), top))


def keep_inside(widget: QWidget, area: QRect | None = None) -> None:
    """Move (and if need be shrink) ``widget`` so that all of it is inside the area."""
    area = area or available_area(widget)
    margins = _frame_margins(widget)
    width = min(widget.width(), area.width() - margins.width())
    height = min(widget.height(), area.height() - margins.height())
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    if widget.parentWidget() is not None:
        return  # a dialog: Qt places it over its window
    pos = widget.pos()  # the frame's top left corner
    outer_w, outer_h = width + margins.width(), height + margins.height()
    x = min(max(pos.x(), area.x()), area.right() + 1 - outer_w)
    y = min(max(pos.y(), area.y()), area.bottom() + 1 - outer_h)
    if (x, y) != (pos.x(), pos.y()):
        widget.move(x, y)


class ScreenMemory:
    """The geometry of one kind of window (``name``), remembered for each screen.

    Kept as plain numbers (left, top, width, height of the client area, and whether it
    was maximised) rather than Qt's opaque saveGeometry(), so that putting it back is
    checked against the area the screen has now, by the same rule as a first start.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def _key(self, widget: QWidget) -> str:
        return f"{self.name}/{screen_key(widget)}"

    def restore(self, widget: QWidget, preferred: QSize, area: QRect | None = None) -> bool:
        """Size ``widget`` as last time on this screen (else ``preferred``, fitted)."""
        area = area or available_area(widget)
        fit(widget, preferred, area)
        raw = window_state().value(f"{self._key(widget)}/rect")
        try:
            left, top, width, height = (int(v) for v in str(raw or "").split(","))
        except ValueError:
            return False
        if width < 100 or height < 100:
            return False
        widget.resize(width, height)
        if widget.parentWidget() is None:
            widget.move(left, top)
        keep_inside(widget, area)
        if str(window_state().value(f"{self._key(widget)}/maximized", "")) == "true":
            widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)
        return True

    def save(self, widget: QWidget) -> None:
        maximized = widget.isMaximized()
        rect = widget.normalGeometry() if maximized else widget.geometry()
        if not rect.isValid():
            rect = widget.geometry()
        state = window_state()
        key = self._key(widget)
        state.setValue(f"{key}/rect", f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}")
        state.setValue(f"{key}/maximized", "true" if maximized else "false")


def remember_size(dialog: QDialog, name: str, preferred: QSize) -> ScreenMemory:
    """Fit ``dialog`` (as it was last time on this screen) and keep its size when it closes."""
    memory = ScreenMemory(name)
    memory.restore(dialog, preferred)
    dialog.finished.connect(lambda _result: memory.save(dialog))
    return memory
