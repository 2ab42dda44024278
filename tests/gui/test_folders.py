"""File dialogs start in Documents, then in the last folder used; never the start folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.gui.conftest import Answers
from ucd_desktop.gui.actions import ActionKey
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.storage.drafts import save_draft
from ucd_desktop.storage.settings import load_settings


def test_dialogs_start_in_documents_then_in_the_last_folder(
    window: MainWindow,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    started_in = tmp_path / "Program Files"
    started_in.mkdir()
    monkeypatch.chdir(started_in)  # a shortcut's "Start in" folder
    monkeypatch.setattr(type(window.files), "documents_folder", lambda _self: str(documents))
    answers["ask_open_path"] = None
    window.action(ActionKey.OPEN).trigger()
    assert answers.asked[-1][1][2] == str(documents)
    answers["ask_open_path"] = None
    window.action(ActionKey.IMPORT).trigger()
    assert answers.asked[-1][1][2] == str(documents)
    # A draft opened from another folder: the next dialogs start there.
    work = tmp_path / "Công việc" / "2026"
    work.mkdir(parents=True)
    save_draft(window.doc.draft, work / "a.ucd")
    assert window.files.open_path(work / "a.ucd")
    answers["ask_open_path"] = None
    window.action(ActionKey.OPEN).trigger()
    assert answers.asked[-1][1][2] == str(work)
    assert load_settings()[0].last_folder == str(work)
    assert Path(answers.asked[-1][1][2]) != Path(os.getcwd())


def test_a_new_draft_is_saved_first_in_documents(
    window: MainWindow, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(type(window.files), "documents_folder", lambda _self: str(documents))
    answers["ask_save_path"] = None
    window.action(ActionKey.SAVE_AS).trigger()
    suggested = answers.asked[-1][1][2]
    assert Path(suggested).parent == documents
    # A folder that was removed since is not offered.
    window.files.remember_folder(tmp_path / "gone")
    answers["ask_save_path"] = None
    window.action(ActionKey.SAVE_AS).trigger()
    assert Path(answers.asked[-1][1][2]).parent == documents
