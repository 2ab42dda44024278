"""How the window marks its parts, with no style sheet on the whole application.

A style sheet set on the QApplication puts every widget through Qt's style-sheet engine,
which keeps rules for each of them: 61 MiB of the peak while editing a 50-page notice
(benchmarks/gui_bench.py). So instead:

- an input with a problem gets a small style sheet of its own while it is marked (the
  red or amber frame and tint the window always showed) and loses it with the mark;
- labels (a grey hint, a problem message) are coloured through their palette;
- anything else marked (a body row) paints its mark itself from its ``problem`` property.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

__all__ = ["HINT", "INPUT_SHEET", "MARKS", "Mark", "hint", "mark"]


@dataclass(frozen=True)
class Mark:
    """The colours of one severity: frame (and a row's bar), input tint, label text."""

    border: str
    fill: str
    text: str


MARKS = {
    "error": Mark(border="#c62828", fill="#fff3f3", text="#b71c1c"),
    "warning": Mark(border="#d89b00", fill="#fffbea", text="#8a5a00"),
}
#: The grey of a line of help under an input.
HINT = "#5f6368"

_INPUTS = (QLineEdit, QTextEdit, QComboBox, QAbstractSpinBox)
_SELECTORS = ("QLineEdit", "QTextEdit", "QComboBox", "QAbstractSpinBox")


def _rules() -> str:
    out = []
    for severity, colours in MARKS.items():
        selectors = ", ".join(f'{s}[problem="{severity}"]' for s in _SELECTORS)
        out.append(
            f"{selectors} {{ border: 1px solid {colours.border}; "
            f"background-color: {colours.fill}; border-radius: 2px; }}"
        )
    return "\n".join(out)


#: The style sheet of a marked input. Its rules name the input's own type and property,
#: so nothing inside it (a text box's scroll bars, a combo box's list) takes the frame.
INPUT_SHEET = _rules()


def _colour_text(label: QLabel, colour: str | None) -> None:
    if colour is None:
        label.setPalette(QPalette())  # nothing set: the label inherits again
        return
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


def hint(label: QLabel) -> None:
    """A label that helps, in grey."""
    label.setProperty("hint", True)
    _colour_text(label, HINT)


def mark(widget: QWidget, severity: str) -> None:
    """Show ``severity`` ("error", "warning", or "" for none) on ``widget``; its
    ``problem`` property says the same, for whoever asks (tests, body rows)."""
    widget.setProperty("problem", severity)
    colours = MARKS.get(severity)
    if isinstance(widget, QLabel):
        _colour_text(
            widget, colours.text if colours else (HINT if widget.property("hint") else None)
        )
    elif isinstance(widget, _INPUTS):
        sheet = INPUT_SHEET if colours else ""
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)  # polishes the widget again
        elif colours:  # error <-> warning: the same sheet, another rule
            widget.style().unpolish(widget)
            widget.style().polish(widget)
    widget.update()
