"""Issue: the number and date the clerk gave the signed notice; and a document check's report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QRegularExpression, QSize
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.gui.geometry import remember_size
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.problems import Severity

__all__ = ["CheckReportDialog", "IssueDialog", "Issuing"]


@dataclass(frozen=True)
class Issuing:
    number: str
    date: dt.date


class IssueDialog(QDialog):
    def __init__(self, number: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Issue the notice"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "After signing, the clerk gives the notice its number and date. They are "
                "written in, the “DỰ THẢO” mark is removed, the final .docx is exported and a "
                "read-only copy of the draft is kept beside it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.number = QLineEdit(number)
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{1,6}")))
        self.number.setAccessibleName(_("Number given by the clerk"))
        form.addRow(_("&Number:"), self.number)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setAccessibleName(_("Date of issue"))
        form.addRow(_("&Date:"), self.date)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("&Issue and export…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.number.textChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        text = self.number.text().strip()
        ok = text.isdigit() and int(text) > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def value(self) -> Issuing:
        d = self.date.date()
        return Issuing(self.number.text().strip(), dt.date(d.year(), d.month(), d.day()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, number: str, today: dt.date | None = None
    ) -> tuple[Issuing, bool]:
        dialog = cls(number, today or dt.date.today(), parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value()
        dialog.deleteLater()
        valid = value.number.isdigit() and int(value.number) > 0
        return value, ok and valid


class CheckReportDialog(QDialog):
    """What the checker found in a .docx, one line per finding."""

    def __init__(self, name: str, findings: list[object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Check of {name}").format(name=name))
        remember_size(self, "check-report", QSize(640, 420))
        layout = QVBoxLayout(self)
        if findings:
            text = _("{n} point(s) depart from Decree 30:").format(n=len(findings))
        else:
            text = _("Nothing departs from Decree 30.")
        summary = QLabel(text)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(_("Findings"))
        style = self.style()
        for finding in findings:
            severity = getattr(finding, "severity", Severity.ERROR)
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if severity is Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(style.standardIcon(icon), str(finding))
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        if findings:
            hint = QLabel(
                _("To correct the document, open it with “Open an old notice…” and export it.")
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def show_report(
        cls, parent: QWidget | None, name: str, findings: list[object]
    ) -> tuple[None, bool]:
        dialog = cls(name, findings, parent)
        dialog.exec()
        dialog.deleteLater()
        return None, True
