"""Live translation of widget texts: bind once, re-apply when the language changes.

Widgets register ``(setter, message id)`` pairs on a ``Texts`` object; ``retranslate_all``
sends Qt's LanguageChange event to every widget, and the widgets that own a ``Texts``
re-apply it from their ``changeEvent``. Message ids are marked with ``N_`` where they are
bound, so the catalogue tools find them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ucd_desktop.i18n import gettext_ as _

__all__ = ["Texts", "retranslate_all"]


class Texts:
    """Setters bound to message ids (with optional format arguments)."""

    def __init__(self) -> None:
        self._bindings: list[tuple[Callable[[str], Any], str, dict[str, Any]]] = []

    def bind(self, setter: Callable[[str], Any], message: str, **params: Any) -> None:
        self._bindings.append((setter, message, params))
        setter(self._text(message, params))

    def label(self, label: QLabel, widget: QWidget, message: str) -> None:
        """A form label for ``widget``: the label text, its buddy and the accessible name."""
        label.setBuddy(widget)
        self.bind(label.setText, message)
        self.named(widget, message)

    def named(self, widget: QWidget, message: str, tip: str = "") -> None:
        """An input without a visible label still gets an accessible name (and tooltip)."""
        self.bind(lambda text: widget.setAccessibleName(_plain(text)), message)
        if tip:
            self.bind(widget.setToolTip, tip)

    @staticmethod
    def _text(message: str, params: dict[str, Any]) -> str:
        text = _(message)
        return text.format(**params) if params else text

    def apply(self) -> None:
        for setter, message, params in self._bindings:
            setter(self._text(message, params))


def _plain(text: str) -> str:
    """A label without its mnemonic marker and trailing colon (for screen readers)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :")


def retranslate_all() -> None:
    """Tell every widget that the language changed (after ``i18n.set_language``)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
