"""Text inputs bound to a field path, with the model's undo instead of their own.

- What the user types is sent as is (``edited``); the document cleans it. The widget is
  updated from the model only when the model differs from what the widget would store,
  so Unikey/EVKey's backspace-and-retype never sees its text rewritten.
- Ctrl+Z / Ctrl+Y (and the context menu's Undo/Redo) go to the document's history: the
  widgets' own undo is off (QTextEdit) or filtered (QLineEdit has no switch).
- Typing bursts: the token changes on focus and after a pause, so one burst is one step.
- A field with a problem shows it (``style.mark``: its own small style sheet, tooltip).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QSizePolicy, QTextEdit, QWidget

from ucd_desktop.gui import style
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.text.clean import tidy

__all__ = [
    "BURST_PAUSE",
    "WINDOW_KEYS",
    "Burst",
    "LineField",
    "TextField",
    "UndoRouter",
    "set_problem",
]

#: Seconds without typing after which the next keystroke starts a new undo step.
BURST_PAUSE = 1.5


class UndoRouter(QObject):
    """Where fields send Ctrl+Z / Ctrl+Y: the window connects it to the document."""

    undoRequested = Signal()
    redoRequested = Signal()


def _is_undo(event: QKeyEvent) -> int:
    """1 for undo, 2 for redo, 0 otherwise (Ctrl+Y is redo on every platform)."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return 1
    if event.matches(QKeySequence.StandardKey.Redo):
        return 2
    combo = event.keyCombination()
    if (
        combo.key() == Qt.Key.Key_Y
        and combo.keyboardModifiers() == Qt.KeyboardModifier.ControlModifier
    ):
        return 2
    return 0


#: The standard context menu's actions (Qt names them), in the user's language.
MENU_TEXTS = {
    "edit-undo": N_("&Undo"),
    "edit-redo": N_("&Redo"),
    "edit-cut": N_("Cu&t"),
    "edit-copy": N_("&Copy"),
    "edit-paste": N_("&Paste"),
    "edit-delete": N_("Delete"),
    "select-all": N_("Select All"),
}

#: Window shortcuts that text inputs must not take for themselves: on X11, Ctrl+E is also
#: "end of line" in every QLineEdit and QTextEdit, which swallowed "Export" while typing.
WINDOW_KEYS = ("Ctrl+E",)


def _is_window_key(event: QKeyEvent) -> bool:
    combo = QKeySequence(event.keyCombination()).toString()
    return combo in WINDOW_KEYS


class Burst:
    """The current typing burst of one input."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._token: object | None = None
        self._last = 0.0
        self._epoch = -1

    def reset(self) -> None:
        self._token = None

    def token(self, epoch: int = 0) -> object:
        now = self.clock()
        if self._token is None or now - self._last > BURST_PAUSE or epoch != self._epoch:
            self._token = object()
            self._epoch = epoch
        self._last = now
        return self._token


def set_problem(widget: QWidget, severity: str, message: str) -> None:
    """Mark ``widget`` ("error", "warning" or "" for none) and show the message as tooltip."""
    if widget.property("problem") == severity and widget.toolTip() == message:
        return
    widget.setToolTip(message)
    style.mark(widget, severity)


class _FieldMixin:
    """Shared behaviour of LineField and TextField."""

    path: str
    router: UndoRouter | None
    burst: Burst
    normalizer: Callable[[str, str], str] | None

    def _undo_key(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            which = _is_undo(event)
            if which:
                if event.type() == QEvent.Type.KeyPress and self.router is not None:
                    (self.router.undoRequested if which == 1 else self.router.redoRequested).emit()
                if event.type() == QEvent.Type.KeyPress:
                    event.accept()
                else:
                    event.ignore()  # not overridden: the window's Undo action takes the key
                return True
            if event.type() == QEvent.Type.ShortcutOverride and _is_window_key(event):
                event.ignore()  # the window's action, not the widget's editing binding
                return True
        return False

    def _fix_menu(self, menu: QMenu) -> None:
        """The standard menu in the user's language; its Undo/Redo become the document's.

        Qt ships no Vietnamese translation of its own texts, so they are named here.
        """
        for action in menu.actions():
            name = action.objectName()
            if name in MENU_TEXTS:
                keys = action.text().partition("\t")[2]
                action.setText(_(MENU_TEXTS[name]) + (f"\t{keys}" if keys else ""))
            if name in ("edit-undo", "edit-redo") and self.router is not None:
                signal = (
                    self.router.undoRequested if name == "edit-undo" else self.router.redoRequested
                )
                replacement = QAction(action.text(), menu)
                replacement.setObjectName(f"document-{name[5:]}")
                replacement.setShortcut(action.shortcut())
                replacement.triggered.connect(signal.emit)
                menu.insertAction(action, replacement)
                menu.removeAction(action)

    def shows(self, model_text: str, current: str) -> bool:
        """True when the widget's ``current`` text already stands for ``model_text``."""
        if self.normalizer is None:
            return current == model_text
        return self.normalizer(self.path, current) == model_text


class LineField(_FieldMixin, QLineEdit):
    """A one-line field (number, place, name...)."""

    edited = Signal(str, str, object)  # path, raw text, burst token

    def __init__(self, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.router = None
        self.burst = Burst()
        self.normalizer = None
        self.epoch: Callable[[], int] = lambda: 0
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, text: str) -> None:
        self.edited.emit(self.path, text, self.burst.token(self.epoch()))

    def show_model(self, text: str) -> None:
        if self.shows(text, self.text()):
            return
        position = self.cursorPosition()
        self.setText(text)
        self.setCursorPosition(min(position, len(text)))

    def event(self, event: QEvent) -> bool:
        if self._undo_key(event):
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.burst.reset()
        super().focusInEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        self._fix_menu(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()


class TextField(_FieldMixin, QTextEdit):
    """A multi-line plain-text field that grows with its text (summary, body text...)."""

    edited = Signal(str, str, object)
    #: A paste of several paragraphs, offered to whoever wants to split it into items.
    pasteSplitRequested = Signal(str)

    def __init__(self, path: str = "", lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.router = None
        self.burst = Burst()
        self.normalizer = None
        self.epoch: Callable[[], int] = lambda: 0
        self.split_paste = False
        self._lines = lines
        self._loading = False
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._on_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _on_changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.path, self.toPlainText(), self.burst.token(self.epoch()))

    def _fit(self, *_args: object) -> None:
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        doc_margin = 2 * self.document().documentMargin()
        content = max(self.document().size().height(), self._lines * line + doc_margin)
        height = int(min(content, 18 * line + doc_margin)) + margins.top() + margins.bottom() + 2
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def show_model(self, text: str) -> None:
        if self.shows(text, self.toPlainText()):
            return
        cursor = self.textCursor()
        position = cursor.position()
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste plain text only; several paragraphs may become items (body editor)."""
        text = source.text()
        paragraphs = [p for p in text.replace("\r\n", "\n").split("\n") if p.strip()]
        if self.split_paste and len(paragraphs) > 1:
            self.pasteSplitRequested.emit(text)
            return
        if len(paragraphs) <= 1:
            self.insertPlainText(tidy(text))
        else:
            self.insertPlainText("\n".join(tidy(p) for p in paragraphs))

    def event(self, event: QEvent) -> bool:
        if self._undo_key(event):
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.burst.reset()
        super().focusInEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self._fix_menu(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()
