"""The problems panel: validation results in the user's language; a click focuses the field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.gui.texts import Texts
from ucd_desktop.i18n import N_, ngettext_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.field_names import FIELD_NAMES, field_name
from ucd_desktop.model.notice import Notice
from ucd_desktop.model.problems import Problem, Severity

__all__ = ["FIELD_NAMES", "ProblemsPanel", "field_name"]

_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
PATH_ROLE = Qt.ItemDataRole.UserRole


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
