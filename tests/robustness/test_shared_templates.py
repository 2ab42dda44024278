"""A shared template folder on an office network drive: a colleague is half-way through
saving a template there, then the drive is unplugged. The window keeps working with the
templates it has, says what is missing, and a draft made from a shared template keeps
following its facts without the file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QListWidget

from tests.conftest import REPO
from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.dialogs.templates import NewFromTemplateDialog
from ucd_desktop.gui.files import new_draft
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.gui.settings_store import SettingsStore
from ucd_desktop.storage.drafts import save_draft
from ucd_desktop.storage.settings import Settings, save_settings
from ucd_desktop.templating.library import TemplateLibrary

BUNDLED = {"hoi-nghi", "cuoc-hop", "lam-viec"}


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """The network folder: one good template, one half-written, one just created."""
    folder = tmp_path / "O mang" / "Mau dung chung"
    folder.mkdir(parents=True)
    text = (REPO / "templates" / "hoi-nghi.toml").read_text("utf-8")
    text = text.replace('id = "hoi-nghi"', 'id = "hop-tinh"')
    text = text.replace('name = "Kết luận hội nghị"', 'name = "Họp tỉnh (dùng chung)"')
    (folder / "hop-tinh.toml").write_text(text, "utf-8")
    (folder / "dang-ghi.toml").write_text(text[: len(text) // 2], "utf-8")
    (folder / "vua-tao.toml").write_bytes(b"")
    save_settings(Settings(template_folders=[str(folder)]))
    return folder


@pytest.fixture
def window(qtbot: Any, monkeypatch: pytest.MonkeyPatch, shared: Path) -> Iterator[MainWindow]:
    """The window, started with the shared folder in its settings."""

    def unexpected(*args: Any) -> Any:
        raise AssertionError(f"the window asked something: {args}")

    for name in ("choose", "ask_unsaved", "ask_locked", "ask_open_locked", "ask_restore"):
        monkeypatch.setattr(messages, name, unexpected)
    made = MainWindow(SettingsStore())  # closed below, not by qtbot (it would ask to save)
    yield made
    monkeypatch.setattr(messages, "ask_unsaved", lambda *args: "discard")
    made.close()


def _dialog_texts(library: TemplateLibrary) -> tuple[list[str], int]:
    dialog = NewFromTemplateDialog(library)
    try:
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        listing = dialog.findChild(QListWidget)
        return labels, listing.count() if listing is not None else -1
    finally:
        dialog.deleteLater()


def test_the_window_keeps_working_and_says_what_is_missing(
    window: MainWindow, shared: Path, tmp_path: Path
) -> None:
    library = window.files.library()
    assert {t.id for t in library.templates} >= BUNDLED | {"hop-tinh"}
    problems = "\n".join(library.problems)
    assert "dang-ghi.toml" in problems and "vua-tao.toml" in problems, problems
    labels, listed = _dialog_texts(library)
    assert listed == len(library.templates) + 1  # and "Blank notice"
    assert any("dang-ghi.toml" in text for text in labels), "the dialog hides the problem"

    template = library.find("hop-tinh")
    assert template is not None
    window.doc.load(new_draft(template), None, template)

    shutil.rmtree(shared.parent)  # the network drive is unplugged
    library = window.files.library()
    assert {t.id for t in library.templates} == BUNDLED
    assert any(str(shared) in p for p in library.problems), library.problems
    labels, listed = _dialog_texts(library)
    assert listed == len(BUNDLED) + 1 and any(str(shared) in text for text in labels)

    # The draft still follows its facts: its template's text travels inside the draft.
    assert window.doc.set_facts({"dia_diem": "Hội trường tầng 3"}) is None
    assert "Hội trường tầng 3" in window.doc.notice.opening
    path = tmp_path / "hop tinh.ucd"
    save_draft(window.doc.draft, path)
    assert window.files.open_path(path)  # reopened without the template file
    assert window.files.template_for(window.doc.draft) is None
    assert window.doc.set_facts({"dia_diem": "Phòng họp số 2"}) is None
    assert "Phòng họp số 2" in window.doc.notice.opening
