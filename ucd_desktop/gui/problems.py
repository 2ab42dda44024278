"""The problems panel: validation results in the user's language; a click focuses the field."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.i18n import N_, ngettext_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.notice import Notice
from ucd_desktop.model.numbering import item_labels
from ucd_desktop.model.problems import Problem, Severity

from .texts import Texts

__all__ = ["FIELD_NAMES", "ProblemsPanel", "field_name"]

_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
PATH_ROLE = Qt.ItemDataRole.UserRole
_ITEM = re.compile(r"^body\[([^\]]+)\]\.(title|text)$")

#: What each field is called in the panel ("Trích yếu: …" tells where to look).
FIELD_NAMES: dict[str, str] = {
    "governing_body": N_("Governing body"),
    "issuing_body": N_("Issuing body"),
    "number": N_("Number"),
    "symbol": N_("Symbol"),
    "place": N_("Place"),
    "day": N_("Date"),
    "month": N_("Date"),
    "year": N_("Date"),
    "national_title": N_("National title"),
    "motto": N_("Motto"),
    "summary": N_("Summary"),
    "opening": N_("Opening"),
    "lead_in": N_("Lead-in"),
    "closing": N_("Closing"),
    "signature.authority": N_("Authority lines"),
    "signature.position": N_("Position"),
    "signature.name": N_("Signer's name"),
    "recipients": N_("Recipients"),
    "archive.unit": N_("Archive line"),
    "archive.initials": N_("Archive line"),
    "footer": N_("Footer"),
    "internal_circulation": N_("Marks"),
    "appendices": N_("Appendices"),
}


def field_name(path: str, notice: Notice | None) -> str:
    """The name of the field at ``path`` in the user's language ("" when unknown)."""
    if path.startswith("page."):
        return _("Page setup")
    m = _ITEM.match(path)
    if m and notice is not None:
        for index, (item, label) in enumerate(
            zip(notice.body, item_labels(notice.body), strict=True)
        ):
            if item.id == m.group(1):
                shown = label or f"¶{index + 1}"
                return _("Conclusions, item {label}").format(label=shown)
        return ""
    name = FIELD_NAMES.get(path)
    return _(name) if name else ""


class ProblemsPanel(QWidget):
    """A list of problems; ``problemActivated(path)`` when one is clicked or chosen."""

    problemActivated = Signal(str)
    problemSelected = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.texts = Texts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.texts.named(self.list, N_("Problems"))
        layout.addWidget(self.list, 1)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.list.currentItemChanged.connect(self._selected)
        self.problems: list[Problem] = []
        self.notice: Notice | None = None
        self.notes: list[tuple[str, str, Severity]] = []

    def show_problems(self, problems: list[Problem], notice: Notice | None = None) -> None:
        self.problems = list(problems)
        self.notice = notice
        self._fill()

    def show_notes(self, notes: list[tuple[str, str, Severity]]) -> None:
        """Notes on the draft (what an import guessed): (path, message, severity) each."""
        self.notes = list(notes)
        self._fill()

    def _fill(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        style = self.style()
        for problem in self.problems:
            where = field_name(problem.field, self.notice)
            text = f"{where}: {problem.message}" if where else problem.message
            item = QListWidgetItem(style.standardIcon(_ICONS[problem.severity]), text)
            item.setData(PATH_ROLE, problem.field)
            item.setToolTip(problem.message)
            self.list.addItem(item)
        for path, message, severity in self.notes:
            text = _("Import: {message}").format(message=message)
            item = QListWidgetItem(style.standardIcon(_ICONS[severity]), text)
            item.setData(PATH_ROLE, path)
            item.setToolTip(text)
            self.list.addItem(item)
        if 0 <= current < self.list.count():
            self.list.blockSignals(True)
            self.list.setCurrentRow(current)
            self.list.blockSignals(False)
        self._summarise()

    def _summarise(self) -> None:
        errors = sum(p.severity is Severity.ERROR for p in self.problems)
        warnings = sum(p.severity is Severity.WARNING for p in self.problems)
        if not errors and not warnings:
            self.summary.setText(_("No problems: the notice follows Decree 30."))
            return
        parts = []
        if errors:
            parts.append(ngettext_("{n} error", "{n} errors", errors).format(n=errors))
        if warnings:
            parts.append(ngettext_("{n} warning", "{n} warnings", warnings).format(n=warnings))
        self.summary.setText(
            _("{counts}. Click a problem to go to its field.").format(counts=", ".join(parts))
        )

    def counts(self) -> tuple[int, int]:
        errors = sum(p.severity is Severity.ERROR for p in self.problems)
        return errors, sum(p.severity is Severity.WARNING for p in self.problems)

    def _activate(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.problemActivated.emit(str(path))

    def _selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None and item.data(PATH_ROLE):
            self.problemSelected.emit(str(item.data(PATH_ROLE)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            self._summarise()
        super().changeEvent(event)
