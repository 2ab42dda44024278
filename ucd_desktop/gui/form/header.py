"""The top of the form: issuing body (with presets), number, place and date, marks."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ucd_desktop.gui.binding import Binder, Section, hint_label
from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.settings_store import SettingsStore
from ucd_desktop.gui.undo import Change
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import Secrecy, Urgency
from ucd_desktop.storage.settings import IssuerPreset

__all__ = ["DateMode", "IssuerSection", "MarksSection", "NumberDateSection"]


class IssuerSection(Section):
    """Governing and issuing body, with saved offices."""

    def __init__(self, binder: Binder, store: SettingsStore) -> None:
        super().__init__(N_("Issuing body"), binder)
        self.store = store
        self.presets = QComboBox()
        self.presets.setMinimumContentsLength(18)
        self.texts.named(self.presets, N_("Saved offices"))
        self.save_preset = QPushButton()
        self.texts.bind(self.save_preset.setText, N_("Save this office…"))
        self.texts.named(
            self.save_preset,
            N_("Save this office"),
            N_("Keep the issuing body, symbol and place to use them again"),
        )
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.presets, 1)
        box.addWidget(self.save_preset)
        self.add_row(N_("Saved &offices:"), row, self.presets)
        self.governing = binder.text("governing_body", 1)
        self.add_row(N_("&Governing body:"), self.governing)
        self.issuing = binder.text("issuing_body", 2)
        self.add_row(N_("&Issuing body:"), self.issuing)
        self.form.addRow(
            hint_label(self.texts, N_("One line per line of the heading, in capitals."))
        )
        self.presets.activated.connect(self._apply)
        self.save_preset.clicked.connect(self._save)
        store.changed.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        self.presets.blockSignals(True)
        self.presets.clear()
        self.presets.addItem(_("Choose a saved office…"), None)
        for i, preset in enumerate(self.store.settings.issuers):
            self.presets.addItem(preset.label, i)
        self.presets.setEnabled(bool(self.store.settings.issuers))
        self.presets.blockSignals(False)

    def retranslate(self) -> None:
        self._fill()

    def _apply(self, index: int) -> None:
        i = self.presets.itemData(index)
        self.presets.setCurrentIndex(0)
        if not isinstance(i, int):
            return
        preset = self.store.settings.issuers[i]

        def mutate(draft: Draft) -> None:
            n = draft.notice
            n.governing_body = list(preset.governing_body)
            n.issuing_body = list(preset.issuing_body)
            if preset.symbol:
                n.symbol = preset.symbol
            if preset.place:
                n.place = preset.place

        paths = frozenset({"governing_body", "issuing_body", "symbol", "place"})
        self.doc.edit(_("Use a saved office"), mutate, Change(paths=paths))

    def _save(self) -> None:
        n = self.doc.notice
        default = " ".join(n.issuing_body).title() or ""
        name, ok = messages.ask_text(
            self, _("Save this office"), _("Name of the saved office:"), default
        )
        if not ok:
            return
        preset = IssuerPreset(name, list(n.governing_body), list(n.issuing_body), n.symbol, n.place)
        error = self.store.update(lambda s: s.put_issuer(preset))
        if error:
            messages.warn(self, error)


class DateMode(StrEnum):
    FULL = "full"
    DAY_BLANK = "day-blank"
    YEAR_ONLY = "year-only"
    BLANK = "blank"


_MODE_LABELS = {
    DateMode.FULL: N_("Full date"),
    DateMode.DAY_BLANK: N_("Leave the day blank for the clerk"),
    DateMode.YEAR_ONLY: N_("Month and day left blank"),
    DateMode.BLANK: N_("Leave the whole date blank"),
}
_FORMATS = {
    DateMode.FULL: "dd/MM/yyyy",
    DateMode.DAY_BLANK: "MM/yyyy",
    DateMode.YEAR_ONLY: "yyyy",
    DateMode.BLANK: "yyyy",
}


def mode_of(day: int | None, month: int | None, year: int | None) -> DateMode:
    if year is None:
        return DateMode.BLANK
    if month is None:
        return DateMode.YEAR_ONLY
    return DateMode.DAY_BLANK if day is None else DateMode.FULL


class NumberDateSection(Section):
    """Number and symbol, place, date (with the parts the clerk fills in by hand)."""

    def __init__(self, binder: Binder) -> None:
        super().__init__(N_("Number, place and date"), binder)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.number = binder.line("number")
        self.number.setMaxLength(6)
        self.number.setMaximumWidth(self.number.fontMetrics().horizontalAdvance("0000000") + 16)
        self.symbol = binder.line("symbol")
        slash = QLabel("/")
        symbol_label = QLabel()
        self.texts.label(symbol_label, self.symbol, N_("S&ymbol:"))
        box.addWidget(self.number)
        box.addWidget(slash)
        box.addSpacing(8)
        box.addWidget(symbol_label)
        box.addWidget(self.symbol, 1)
        self.add_row(N_("&Number:"), row, self.number)
        self.texts.bind(
            self.number.setToolTip, N_("Leave blank: the clerk writes the number after signing")
        )
        self.place = binder.line("place")
        self.texts.bind(self.place.setPlaceholderText, N_("e.g. Long An"))
        self.add_row(N_("&Place:"), self.place)
        self.mode = QComboBox()
        for mode in DateMode:
            self.mode.addItem("", mode.value)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.today = QPushButton()
        self.texts.bind(self.today.setText, N_("Today"))
        self.texts.named(self.today, N_("Set today's date"))
        date_row = QWidget()
        line = QHBoxLayout(date_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.mode, 1)
        line.addWidget(self.date)
        line.addWidget(self.today)
        self.add_row(N_("&Date:"), date_row, self.mode)
        self.texts.named(self.date, N_("Date of the notice"))
        self.mode.activated.connect(lambda _i: self._commit())
        self.date.dateChanged.connect(lambda _d: self._commit())
        self.today.clicked.connect(self._today)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        for i, mode in enumerate(DateMode):
            self.mode.setItemText(i, _(_MODE_LABELS[mode]))

    def sync(self, change: Change) -> None:
        if change.everything or change.values & {"day", "month", "year"}:
            self._show()

    def _show(self) -> None:
        n = self.doc.notice
        mode = mode_of(n.day, n.month, n.year)
        today = dt.date.today()
        year = n.year if n.year and 1 <= n.year <= 9999 else today.year
        # A part left blank keeps what the picker shows, so "full date" brings it back.
        shown = self.date.date()
        month = n.month if n.month and 1 <= n.month <= 12 else shown.month()
        day = n.day if n.day and 1 <= n.day <= 31 else shown.day()
        date = QDate(year, month, day)
        if not date.isValid():
            date = QDate(year, month, 1)
        for widget in (self.mode, self.date):
            widget.blockSignals(True)
        self.mode.setCurrentIndex(list(DateMode).index(mode))
        self.date.setDisplayFormat(_FORMATS[mode])
        self.date.setDate(date)
        self.date.setEnabled(mode is not DateMode.BLANK)
        for widget in (self.mode, self.date):
            widget.blockSignals(False)

    def _today(self) -> None:
        self.date.blockSignals(True)
        self.date.setDate(QDate.currentDate())
        self.date.blockSignals(False)
        if self.mode.currentData() == DateMode.BLANK.value:
            self.mode.setCurrentIndex(0)
        self._commit()

    def _commit(self) -> None:
        mode = DateMode(self.mode.currentData())
        d = self.date.date()
        parts: tuple[int | None, int | None, int | None] = {
            DateMode.FULL: (d.day(), d.month(), d.year()),
            DateMode.DAY_BLANK: (None, d.month(), d.year()),
            DateMode.YEAR_ONLY: (None, None, d.year()),
            DateMode.BLANK: (None, None, None),
        }[mode]
        n = self.doc.notice
        if (n.day, n.month, n.year) == parts:
            self._show()
            return

        def mutate(draft: Draft) -> None:
            draft.notice.day, draft.notice.month, draft.notice.year = parts

        self.doc.edit(
            _("Change the date"), mutate, Change(values=frozenset({"day", "month", "year"}))
        )

    def widgets_for(self, key: str) -> list[QWidget]:
        return [self.date] if key in ("day", "month", "year") else []


class MarksSection(Section):
    """Urgency, secrecy, the DỰ THẢO mark.

    The circulation note ("LƯU HÀNH NỘI BỘ") is kept in the draft format but not laid out
    yet, so it has no control here: a box that prints nothing would mislead. A draft
    that has it (an edited file) gets a note in the problems panel."""

    def __init__(self, binder: Binder) -> None:
        super().__init__(N_("Marks"), binder)
        self.urgency = QComboBox()
        self.urgency.addItem("", "")
        for u in list(Urgency)[1:]:
            self.urgency.addItem(u.value, u.value)
        self.secrecy = QComboBox()
        self.secrecy.addItem("", "")
        for s in list(Secrecy)[1:]:
            self.secrecy.addItem(s.value, s.value)
        binder.combo("urgency", self.urgency, Urgency)
        binder.combo("secrecy", self.secrecy, Secrecy)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.urgency, 1)
        secrecy_label = QLabel()
        self.texts.label(secrecy_label, self.secrecy, N_("Se&crecy:"))
        box.addWidget(secrecy_label)
        box.addWidget(self.secrecy, 1)
        self.add_row(N_("&Urgency:"), row, self.urgency)
        self.draft_mark = QCheckBox()
        self.texts.bind(self.draft_mark.setText, N_("Print “DỰ THẢO” (draft) on the notice"))
        self.texts.named(self.draft_mark, N_("Draft mark"))
        binder.check("draft_mark", self.draft_mark)
        self.form.addRow(self.draft_mark)
        self.retranslate()

    def retranslate(self) -> None:
        self.urgency.setItemText(0, _("Not urgent"))
        self.secrecy.setItemText(0, _("Not secret"))
