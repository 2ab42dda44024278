"""A date typed as dd/mm/yyyy (or picked on a calendar), that may also be left empty.

QDateEdit cannot be empty, and its "special value" trick breaks typing and Tab; drafters
type dates the Vietnamese way ("26/5/2022"), so this is a plain line with a calendar button.
The value is an ISO date ("2022-05-26") or "" for none; text that is not a date yet is
marked and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ucd_desktop.gui.fields import LineField, UndoRouter, set_problem
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.text.dates import parse_short_date

__all__ = ["DateInput", "parse_date_text"]


def parse_date_text(text: str) -> dt.date | str | None:
    """The date written in ``text``: a date, None for an empty text, "" when not a date."""
    text = text.strip()
    if not text:
        return None
    return parse_short_date(text) or ""


class DateInput(QWidget):
    """``changed(iso, burst)`` when the text becomes a date or is emptied."""

    changed = Signal(str, object)

    def __init__(self, path: str, router: UndoRouter | None, epoch: Callable[[], int]) -> None:
        super().__init__()
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        self.field = LineField(path)
        self.field.router = router
        self.field.epoch = epoch
        self.field.normalizer = self._normalize
        self.field.setPlaceholderText(_("dd/mm/yyyy"))
        self.field.edited.connect(self._on_edited)
        self.pick = QToolButton()
        self.pick.setText("▾")
        self.pick.setAccessibleName(_("Choose on a calendar"))
        self.pick.setToolTip(_("Choose on a calendar"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.pick)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.menu = menu
        self.pick.setMenu(menu)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        line.addWidget(self.field, 1)
        line.addWidget(self.pick)
        self.setFocusProxy(self.field)

    @staticmethod
    def _normalize(_path: str, text: str) -> str:
        found = parse_date_text(text)
        return found.isoformat() if isinstance(found, dt.date) else ("" if found is None else text)

    def value(self) -> str:
        found = parse_date_text(self.field.text())
        return found.isoformat() if isinstance(found, dt.date) else ""

    def show_value(self, iso: object) -> None:
        """Show the fact's value, unless the text already says that date."""
        try:
            day = dt.date.fromisoformat(str(iso)) if iso else None
        except ValueError:
            day = None
        model = day.isoformat() if day else ""
        if self._normalize("", self.field.text()) == model:
            return
        self.field.setText(f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "")
        set_problem(self.field, "", "")

    def _on_edited(self, _path: str, text: str, burst: object) -> None:
        found = parse_date_text(text)
        if isinstance(found, str):
            set_problem(self.field, "warning", _("Write the date as dd/mm/yyyy, e.g. 26/5/2022."))
            return
        set_problem(self.field, "", "")
        self.changed.emit(found.isoformat() if found else "", burst)

    def _picked(self, date: QDate) -> None:
        self.menu.close()
        text = f"{date.day():02d}/{date.month():02d}/{date.year()}"
        self.field.setText(text)
        self._on_edited(self.field.path, text, object())
