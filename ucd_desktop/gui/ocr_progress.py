"""The progress of reading a scanned notice by OCR, page by page, with Cancel.

``reading.import_notice`` calls the object after each page; the dialog appears only when
a scan is being read (a text file or a .docx never shows it), keeps the window painted
between pages and answers False once the user pressed Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ucd_desktop.i18n import gettext_ as _

__all__ = ["OcrProgress"]


class OcrProgress:
    def __init__(self, parent: QWidget, name: str) -> None:
        self.parent, self.name = parent, name
        self.dialog: QProgressDialog | None = None
        self.cancelled = False

    def __call__(self, done: int, total: int) -> bool:
        if self.dialog is None:
            self.dialog = QProgressDialog(
                _("Reading {name} by OCR…").format(name=self.name),
                _("Cancel"),
                0,
                total,
                self.parent,
            )
            self.dialog.setWindowTitle(_("Reading a scan"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
        self.dialog.setLabelText(
            _("Reading {name} by OCR: page {page} of {pages} done…").format(
                name=self.name, page=done, pages=total
            )
        )
        self.dialog.setValue(done)
        QApplication.processEvents()
        self.cancelled = self.dialog.wasCanceled()
        return not self.cancelled

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
