"""Marks without an application style sheet: a marked input gets its own small sheet (and
shows the red or amber frame), labels are coloured through their palette."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTextEdit, QWidget

from tests.gui.conftest import type_text
from ucd_desktop.gui import style
from ucd_desktop.gui.fields import set_problem
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.gui.qt_app import ensure_app


def _near(colour: QColor, hex_colour: str, tolerance: int = 40) -> bool:
    want = QColor(hex_colour)
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (want.red(), want.green(), want.blue()),
            strict=True,
        )
    )


def test_the_application_has_no_style_sheet(window: MainWindow) -> None:
    ensure_app()
    app = QApplication.instance()
    assert isinstance(app, QApplication) and app.styleSheet() == ""
    sheets = [w for w in window.findChildren(QWidget) if w.styleSheet()]
    assert all(w.property("problem") for w in sheets)  # only marked inputs have one


def test_a_marked_input_shows_the_frame_and_loses_it(qtbot: Any) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.resize(200, 30)
    field.show()
    set_problem(field, "error", "Sai")
    assert field.styleSheet() == style.INPUT_SHEET and field.toolTip() == "Sai"
    image = field.grab().toImage()
    assert _near(image.pixelColor(0, 15), style.MARKS["error"].border)
    assert _near(image.pixelColor(100, 15), style.MARKS["error"].fill, 8)
    set_problem(field, "warning", "Xem lại")
    image = field.grab().toImage()
    assert _near(image.pixelColor(0, 15), style.MARKS["warning"].border)
    set_problem(field, "", "")
    assert field.styleSheet() == "" and field.property("problem") == ""
    assert not _near(field.grab().toImage().pixelColor(100, 15), style.MARKS["warning"].fill, 2)


def test_the_frame_stays_on_the_input_itself(qtbot: Any) -> None:
    box = QTextEdit()
    qtbot.addWidget(box)
    box.resize(200, 60)
    box.show()
    type_text(box, "dòng\n" * 20)  # a scroll bar appears
    style.mark(box, "error")
    bar = box.verticalScrollBar()
    assert bar.isVisible()
    inside = bar.grab().toImage().pixelColor(bar.width() // 2, bar.height() // 2)
    assert not _near(inside, style.MARKS["error"].fill, 4)


def test_labels_are_coloured_through_their_palette(qtbot: Any) -> None:
    hint, problem = QLabel("gợi ý"), QLabel("lỗi")
    for label in (hint, problem):
        qtbot.addWidget(label)
    style.hint(hint)
    style.mark(problem, "error")
    text = QPalette.ColorRole.WindowText
    assert hint.palette().color(text) == QColor(style.HINT)
    assert problem.palette().color(text) == QColor(style.MARKS["error"].text)
    style.mark(problem, "")
    assert problem.palette().color(text) == QLabel().palette().color(text)
    style.mark(hint, "warning")
    style.mark(hint, "")
    assert hint.palette().color(text) == QColor(style.HINT)  # back to a hint, not black
    assert not problem.styleSheet() and not hint.styleSheet()
