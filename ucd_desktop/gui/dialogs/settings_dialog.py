"""Settings: language, autosave, default template, LibreOffice, template folders, presets."""

from __future__ import annotations

import copy

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.gui.geometry import remember_size
from ucd_desktop.i18n import LANGUAGES
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.storage.settings import AUTOSAVE_RANGE, Settings

__all__ = ["SettingsDialog"]


class _EditableList(QWidget):
    """A list with Remove (and optionally Add) buttons."""

    def __init__(self, name: str, items: list[str], add: bool = False) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.addItems(items)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add: QPushButton | None = None
        if add:
            self.add = QPushButton(_("Add…"))
            self.add.setAccessibleName(_("Add a folder"))
            buttons.addWidget(self.add)
        self.remove = QPushButton(_("Remove"))
        self.remove.setAccessibleName(_("Remove from {name}").format(name=name))
        self.remove.clicked.connect(self._remove)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        #: Indexes (into the original items) still present, in order.
        self.kept = list(range(len(items)))

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.kept[row]

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, templates: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Settings"))
        remember_size(self, "settings", QSize(600, 440))
        self.original = copy.deepcopy(settings)
        tabs = QTabWidget()
        general = QWidget()
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language.setAccessibleName(_("Language"))
        form.addRow(_("&Language:"), self.language)
        self.autosave = QSpinBox()
        self.autosave.setRange(*AUTOSAVE_RANGE)
        self.autosave.setSuffix(_(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        self.autosave.setAccessibleName(_("Autosave every (seconds)"))
        form.addRow(_("&Autosave every:"), self.autosave)
        self.template = QComboBox()
        self.template.setAccessibleName(_("Template for a new notice"))
        self.template.addItem(_("(the first one)"), "")
        for tid, name in templates:
            self.template.addItem(name, tid)
        self.template.setCurrentIndex(max(self.template.findData(settings.default_template), 0))
        form.addRow(_("Template for a &new notice:"), self.template)
        office = QWidget()
        row = QHBoxLayout(office)
        row.setContentsMargins(0, 0, 0, 0)
        self.soffice = QLineEdit(settings.libreoffice_path)
        self.soffice.setPlaceholderText(_("found automatically"))
        self.soffice.setAccessibleName(_("LibreOffice program"))
        browse = QPushButton(_("Browse…"))
        browse.setAccessibleName(_("Choose the LibreOffice program"))
        browse.clicked.connect(self._browse_soffice)
        row.addWidget(self.soffice, 1)
        row.addWidget(browse)
        form.addRow(_("LibreOffice (for PDF):"), office)
        ocr = QWidget()
        ocr_row = QHBoxLayout(ocr)
        ocr_row.setContentsMargins(0, 0, 0, 0)
        self.tesseract = QLineEdit(settings.tesseract_path)
        self.tesseract.setPlaceholderText(_("found automatically"))
        self.tesseract.setAccessibleName(_("Tesseract OCR program"))
        find = QPushButton(_("Browse…"))
        find.setAccessibleName(_("Choose the Tesseract OCR program"))
        find.clicked.connect(self._browse_tesseract)
        ocr_row.addWidget(self.tesseract, 1)
        ocr_row.addWidget(find)
        form.addRow(_("Tesseract (to read scans):"), ocr)
        tabs.addTab(general, _("General"))
        folders = QWidget()
        fl = QVBoxLayout(folders)
        self.folders = _EditableList(
            _("Shared template folders"), list(settings.template_folders), add=True
        )
        assert self.folders.add is not None
        self.folders.add.clicked.connect(self._add_folder)
        fl.addWidget(self.folders)
        tabs.addTab(folders, _("Template folders"))
        presets = QWidget()
        pl = QFormLayout(presets)
        self.issuers = _EditableList(_("Saved offices"), [p.label for p in settings.issuers])
        self.signers = _EditableList(_("Saved signers"), [p.label for p in settings.signers])
        self.lists = _EditableList(_("Recipient lists"), [p.name for p in settings.recipient_lists])
        pl.addRow(_("Offices:"), self.issuers)
        pl.addRow(_("Signers:"), self.signers)
        pl.addRow(_("Recipient lists:"), self.lists)
        tabs.addTab(presets, _("Saved presets"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Shared template folder"))
        if folder and folder not in self.folders.texts():
            self.folders.list.addItem(folder)

    def _browse_tesseract(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, _("Tesseract OCR program"))
        if path:
            self.tesseract.setText(path)

    def _browse_soffice(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, _("LibreOffice program"))
        if path:
            self.soffice.setText(path)

    def value(self) -> Settings:
        s = copy.deepcopy(self.original)
        s.language = str(self.language.currentData())
        s.autosave_seconds = self.autosave.value()
        s.default_template = str(self.template.currentData() or "")
        s.libreoffice_path = self.soffice.text().strip()
        s.tesseract_path = self.tesseract.text().strip()
        s.template_folders = self.folders.texts()
        s.issuers = [s.issuers[i] for i in self.issuers.kept]
        s.signers = [s.signers[i] for i in self.signers.kept]
        s.recipient_lists = [s.recipient_lists[i] for i in self.lists.kept]
        return s.normalized()

    @classmethod
    def edit(
        cls, parent: QWidget | None, settings: Settings, templates: list[tuple[str, str]]
    ) -> tuple[Settings, bool]:
        dialog = cls(settings, templates, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value()
        dialog.deleteLater()
        return value, ok
