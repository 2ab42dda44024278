"""The whole form follows the model: what every input shows, the problems, the title."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from ucd_desktop.gui.document import normalized_text
from ucd_desktop.gui.fields import LineField, TextField
from ucd_desktop.gui.form.date_input import DateInput
from ucd_desktop.gui.form.header import DateMode, mode_of
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.layout.problems import validate
from ucd_desktop.model.paths import text_paths
from ucd_desktop.text.clean import clean_field

__all__ = ["check_form", "shown_windows"]


def text_of(widget: LineField | TextField) -> str:
    return widget.text() if isinstance(widget, LineField) else widget.toPlainText()


def fact_clean(value: Any) -> bool:
    """Every string inside a fact's value is cleaned (NFC, no control characters)."""
    if isinstance(value, str):
        return clean_field(value) == value
    if isinstance(value, list):
        return all(fact_clean(v) for v in value)
    if isinstance(value, dict):
        return all(fact_clean(v) for v in value.values())
    return True


def shown_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def check_form(window: MainWindow, known: list[QWidget]) -> None:
    """The form, the problems panel and the title all follow the model; no window other
    than ``window`` and the ``known`` ones (left by earlier tests) is shown."""
    doc, form = window.doc, window.form
    notice = doc.notice
    stray = [w for w in shown_windows() if w is not window and w not in known]
    assert not stray, stray  # no part of the form has come loose as a window of its own
    for path in text_paths(notice):
        held = doc.text(path)
        assert normalized_text(path, held) == held, path  # NFC, cleaned, stable
    for path, group in form.binder.fields.items():
        for field in group:
            if not field.isVisibleTo(window):
                continue  # a spare body row, waiting for an item
            held = doc.text(path)
            assert field.shows(held, text_of(field)), (path, text_of(field), held)
    for key, bindings in form.binder.values.items():
        for binding in bindings:
            assert binding.read() == doc.value(key), key
    nd = form.number_date
    mode = mode_of(notice.day, notice.month, notice.year)
    assert nd.mode.currentData() == mode.value
    shown = nd.date.date()
    assert shown.year() == notice.year or mode is DateMode.BLANK
    if mode in (DateMode.FULL, DateMode.DAY_BLANK):
        assert shown.month() == notice.month
    if mode is DateMode.FULL:
        assert shown.day() == notice.day
    link = doc.draft.template
    if link is not None:
        assert fact_clean(link.facts)
        for key, (read, _write) in form.facts.inputs.items():
            widget = form.facts.widgets[key]
            if isinstance(widget, DateInput) and widget.field.property("problem"):
                continue  # not a date yet: the fact keeps the last date
            fact = link.facts.get(key)
            assert fact is None or read() == fact, key
    present = {r.text for r in notice.recipients}
    for box, preset in form.recipients.list_checks:
        assert box.isChecked() == all(r.text in present for r in preset.recipients)
    problems = validate(notice)
    assert window.problems.problems == problems
    assert [p.message for p in window.problems.problems] == [p.message for p in problems]
    assert window.isWindowModified() == doc.is_modified()
    assert window.windowTitle().startswith(window.display_name())
