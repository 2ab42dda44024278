"""The date input: typed the Vietnamese way, picked on a calendar, or left empty."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate

from tests.gui.conftest import type_text
from ucd_desktop.gui.form.date_input import DateInput, parse_date_text


def test_parse() -> None:
    assert parse_date_text("") is None
    assert parse_date_text("26/5/2022").isoformat() == "2022-05-26"  # type: ignore[union-attr]
    assert parse_date_text("05.03.2026").isoformat() == "2026-03-05"  # type: ignore[union-attr]
    assert parse_date_text("31/2/2026") == ""
    assert parse_date_text("mai") == ""


def test_typing_emits_only_dates_and_marks_the_rest(qtbot: Any) -> None:
    date = DateInput("facts.ngay", None, lambda: 0)
    qtbot.addWidget(date)
    seen: list[str] = []
    date.changed.connect(lambda iso, _b: seen.append(iso))
    date.field.setFocus()
    type_text(date.field, "5/3/2026")
    assert seen == ["2026-03-05"]
    assert date.field.property("problem") == ""
    type_text(date.field, "x")
    assert seen == ["2026-03-05"] and date.field.property("problem") == "warning"
    date.field.selectAll()
    type_text(date.field, "\b")
    assert seen[-1] == "" and date.value() == ""


def test_the_model_is_shown_but_never_rewrites_what_was_typed(qtbot: Any) -> None:
    date = DateInput("facts.ngay", None, lambda: 0)
    qtbot.addWidget(date)
    date.show_value("2022-05-26")
    assert date.field.text() == "26/05/2022"
    date.field.setText("26/5/2022")
    date.show_value("2022-05-26")
    assert date.field.text() == "26/5/2022"
    date.show_value("")
    assert date.field.text() == ""


def test_picking_on_the_calendar(qtbot: Any) -> None:
    date = DateInput("facts.ngay", None, lambda: 0)
    qtbot.addWidget(date)
    seen: list[str] = []
    date.changed.connect(lambda iso, _b: seen.append(iso))
    date.calendar.clicked.emit(QDate(2026, 7, 10))
    assert seen == ["2026-07-10"] and date.field.text() == "10/07/2026"
    assert date.pick.accessibleName()
