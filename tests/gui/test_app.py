"""``run_app``: what ``ucd-desktop`` and ``ucd-desktop FILE`` open; a killed app's work is
offered again at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import Answers
from ucd_desktop.gui import app as app_module
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.storage.autosave import find_recoveries
from ucd_desktop.storage.drafts import load_draft, save_draft
from ucd_desktop.storage.settings import Settings, save_settings


def run_and_capture(argv: list[str]) -> MainWindow:
    """Run the app until its window has started, then close it; the window it showed."""
    seen: list[MainWindow] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible() and w.autosaver is not None]
        if not shown:
            QTimer.singleShot(20, close_when_shown)
            return
        seen.append(shown[-1])
        shown[-1].doc.stack.setClean()
        shown[-1].close()

    QTimer.singleShot(0, close_when_shown)
    assert app_module.run_app(argv) == 0
    return seen[0]


def test_without_a_file_a_new_draft_from_the_default_template(answers: Answers) -> None:
    save_settings(Settings(default_template="hoi-nghi"))
    window = run_and_capture([])
    assert window.doc.draft.template is not None
    assert window.doc.draft.template.id == "hoi-nghi"
    assert window.windowIcon().availableSizes()  # the app icon is set


def test_with_a_file_that_draft(answers: Answers, tmp_path: Path, example_path: Path) -> None:
    path = tmp_path / "đã lưu.ucd"
    save_draft(load_draft(example_path), path)
    window = run_and_capture([str(path)])
    assert window.doc.path == path
    assert window.doc.notice.signature.name == "Nguyễn Minh Lâm"


def test_without_a_file_the_last_draft(
    answers: Answers, tmp_path: Path, example_path: Path
) -> None:
    path = tmp_path / "lần trước.ucd"
    save_draft(load_draft(example_path), path)
    settings = Settings()
    settings.add_recent(path)
    save_settings(settings)
    window = run_and_capture([])
    assert window.doc.path == path.resolve()


def test_the_language_from_the_settings(answers: Answers) -> None:
    save_settings(Settings(language="en"))
    window = run_and_capture([])
    assert window.windowTitle().startswith("Untitled notice")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_work_of_a_killed_app_is_restored(answers: Answers) -> None:
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QTimer
        from ucd_desktop.gui.qt_app import ensure_app
        from ucd_desktop.gui.main_window import MainWindow
        app = ensure_app()
        window = MainWindow()
        window.show()
        window.start(None)
        window.doc.set_text("summary", "Gõ trước khi máy treo")
        window.autosave_tick()
        print("autosaved", flush=True)
        app.exec()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "autosaved"
        assert find_recoveries() == []  # the app is alive: nothing to offer
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stdout is not None:
            proc.stdout.close()
    answers["ask_restore"] = "restore"
    window = run_and_capture([])
    assert window.doc.notice.summary == "Gõ trước khi máy treo"
