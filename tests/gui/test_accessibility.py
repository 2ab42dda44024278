"""Every input has an accessible name; the form can be walked with Tab; dialogs in both
languages open and close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from ucd_desktop.gui.dialogs.issue import CheckReportDialog, IssueDialog
from ucd_desktop.gui.dialogs.settings_dialog import SettingsDialog
from ucd_desktop.gui.dialogs.templates import NewFromTemplateDialog, SaveAsTemplateDialog
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.i18n import set_language
from ucd_desktop.storage.settings import Settings
from ucd_desktop.templating.library import TemplateLibrary

INPUTS = (QLineEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QListWidget, QTableWidget)


def unnamed(root: QWidget) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo or spin box: the box has the name
        if not widget.accessibleName().strip():
            out.append(f"{type(widget).__name__} {widget.objectName()} {widget.toolTip()}")
    return out


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_input_of_the_window_has_a_name(window: MainWindow, language: str) -> None:
    window.set_language(language)
    assert unnamed(window) == []
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    silent = [
        f"{type(b).__name__} {b.objectName()} in {type(b.parent()).__name__}"
        for b in buttons
        if not (b.text() or b.accessibleName() or b.toolTip())
        and not isinstance(b.parent(), QAbstractItemView)  # a table's corner button
    ]
    assert silent == []


def test_tab_walks_through_the_form(window: MainWindow) -> None:
    first = window.form.issuer.presets
    chain, widget = [], first.nextInChainFocus() if False else first
    widget = first
    for _ in range(400):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is first:
            break
    focusable = [
        w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)
    ]
    for needed in (
        window.form.number_date.number,
        window.form.content.summary,
        window.form.signature.name,
        window.form.recipients.lines,
        window.form.page.spins["page.margin_left_mm"],
    ):
        assert needed in focusable


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_dialog_opens_in_each_language(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    set_language(language)
    opened: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        opened.append(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        return QDialog.DialogCode.Accepted.value

    for cls in (
        NewFromTemplateDialog,
        SaveAsTemplateDialog,
        SettingsDialog,
        IssueDialog,
        CheckReportDialog,
    ):
        monkeypatch.setattr(cls, "exec", fake_exec)
    library = TemplateLibrary.default()
    template, ok = NewFromTemplateDialog.choose(None, library, "hoi-nghi")
    assert ok and template is not None and template.id == "hoi-nghi"
    choice, ok = SaveAsTemplateDialog.ask(None, "Mẫu họp giao ban")
    assert ok and choice.name == "Mẫu họp giao ban" and choice.keep.agency
    settings, ok = SettingsDialog.edit(None, Settings(language="en"), [("hoi-nghi", "Hội nghị")])
    assert ok and settings.language == "en"
    issuing, ok = IssueDialog.ask(None, "12")
    assert ok and issuing.number == "12"
    _none, ok = CheckReportDialog.show_report(None, "a.docx", [])
    assert ok
    assert len(opened) == 5
    titles = {d.windowTitle() for d in opened}
    assert ("Cài đặt" in titles) == (language == "vi")
    assert ("Settings" in titles) == (language == "en")


def test_issue_dialog_refuses_a_number_that_is_not_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_exec(dialog: IssueDialog) -> int:
        assert not dialog.buttons.buttons()[0].isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(IssueDialog, "exec", fake_exec)
    _value, ok = IssueDialog.ask(None, "")
    assert not ok


def test_settings_dialog_removes_presets(monkeypatch: pytest.MonkeyPatch) -> None:
    from ucd_desktop.storage.settings import IssuerPreset, SignerPreset

    settings = Settings(
        issuers=[IssuerPreset("A"), IssuerPreset("B")],
        signers=[SignerPreset("X", "CHÁNH VĂN PHÒNG")],
        template_folders=["/mnt/a", "/mnt/b"],
    )

    def fake_exec(dialog: SettingsDialog) -> int:
        dialog.issuers.list.setCurrentRow(0)
        dialog.issuers.remove.click()
        dialog.folders.list.setCurrentRow(1)
        dialog.folders.remove.click()
        dialog.autosave.setValue(30)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    new, ok = SettingsDialog.edit(None, settings, [])
    assert ok
    assert [p.label for p in new.issuers] == ["B"]
    assert new.template_folders == ["/mnt/a"] and new.autosave_seconds == 30
    assert new.signers == settings.signers
