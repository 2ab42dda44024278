"""The action registry, and the actions that call other areas' APIs (import, check, PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import Answers
from ucd_desktop.export.docx_writer import export_docx
from ucd_desktop.gui.actions import ActionKey
from ucd_desktop.gui.dialogs.issue import CheckReportDialog
from ucd_desktop.gui.dialogs.settings_dialog import SettingsDialog
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.storage.drafts import load_draft, save_draft


def test_standard_shortcuts(window: MainWindow) -> None:
    def keys(key: ActionKey) -> set[str]:
        return {s.toString() for s in window.action(key).shortcuts()}

    assert "Ctrl+N" in keys(ActionKey.NEW)
    assert "Ctrl+O" in keys(ActionKey.OPEN)
    assert "Ctrl+S" in keys(ActionKey.SAVE)
    assert "Ctrl+Shift+S" in keys(ActionKey.SAVE_AS)
    assert "Ctrl+E" in keys(ActionKey.EXPORT_DOCX)
    assert "Ctrl+Z" in keys(ActionKey.UNDO)
    assert "Ctrl+Y" in keys(ActionKey.REDO)
    assert "Ctrl+Q" in keys(ActionKey.QUIT)
    assert "Ctrl+P" in keys(ActionKey.PRINT)
    all_keys = [s.toString() for a in window.actions_.actions.values() for s in a.shortcuts()]
    assert len(all_keys) == len(set(all_keys))  # no shortcut bound twice
    assert QKeySequence("Ctrl+E").toString() in window.action(ActionKey.EXPORT_DOCX).toolTip()


def test_open_an_old_notice(
    window: MainWindow, answers: Answers, tmp_path: Path, example_path: Path
) -> None:
    old = tmp_path / "cu.docx"
    export_docx(load_draft(example_path).notice, old)
    answers["ask_open_path"] = old
    window.action(ActionKey.IMPORT).trigger()
    n = window.doc.notice
    assert n.signature.name == "Nguyễn Minh Lâm"
    assert window.doc.path is None  # a new draft, saved under a name of its own
    assert len(n.body) > 5


def test_an_unreadable_old_notice_is_a_message(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"not a zip")
    before = window.doc.draft
    answers["ask_open_path"] = bad
    answers["choose"] = "ok"
    window.action(ActionKey.IMPORT).trigger()
    assert window.doc.draft is before
    assert answers.names() == ["ask_open_path", "choose"]


def test_check_a_document(
    window: MainWindow,
    answers: Answers,
    tmp_path: Path,
    example_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "kiem-tra.docx"
    export_docx(load_draft(example_path).notice, path)
    shown: list[list[str]] = []

    def fake_exec(dialog: CheckReportDialog) -> int:
        shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CheckReportDialog, "exec", fake_exec)
    answers["ask_open_path"] = path
    window.action(ActionKey.CHECK_DOCX).trigger()
    assert shown == [[]]  # our own export: nothing departs from the Decree


def test_pdf_and_print_call_the_printing_module(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    from ucd_desktop.gui.printing import printer as printing

    calls: list[tuple[str, Any]] = []
    monkeypatch.setattr(
        printing, "export_pdf", lambda parent, notice, suggested: calls.append(("pdf", suggested))
    )
    monkeypatch.setattr(
        printing, "print_notice", lambda parent, notice: calls.append(("print", notice))
    )
    answers["ask_export_with_errors"] = True  # a new draft has errors: asked first
    answers["ask_print_with_problems"] = True
    window.action(ActionKey.EXPORT_PDF).trigger()
    window.action(ActionKey.PRINT).trigger()
    assert calls[0][0] == "pdf" and str(calls[0][1]).endswith(".pdf")
    assert calls[1] == ("print", window.doc.notice)


def test_recent_files_menu(
    window: MainWindow, answers: Answers, tmp_path: Path, example_path: Path
) -> None:
    path = tmp_path / "gan-day.ucd"
    save_draft(load_draft(example_path), path)
    window.files.open_path(path)
    actions = window.menu_recent.actions()
    assert [a.text() for a in actions] == ["gan-day.ucd"]
    window.files.start_new(None)
    actions[0].trigger()
    assert window.doc.path == path


def test_settings_dialog_switches_the_language_live(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_exec(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.autosave.setValue(20)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.action(ActionKey.SETTINGS).trigger()
    assert window.menu_file.title() == "&File"
    assert window.autosave_timer.interval() == 20_000
    assert window.store.settings.language == "en"
