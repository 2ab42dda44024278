"""The window, saving or exporting onto a file it cannot replace (on Windows: the .docx
still open in Word, the PDF open in a reader): it says so and offers to try again or to
save under another name; nothing is lost and the locked file is left as it was.

The lock is real where the file system allows it (``chattr +i``, which even root cannot
get past); elsewhere the PermissionError is raised at the replace, as Word's lock does.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter
from PySide6.QtWidgets import QWidget

from tests.conftest import EXAMPLE
from ucd_desktop.export.converters import Job
from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.gui.printing import printer as printing
from ucd_desktop.gui.settings_store import SettingsStore
from ucd_desktop.storage.drafts import load_draft

OLD = b"open in another program\n"


class Answers:
    """The window's questions answered in order; what it asked is kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queue: dict[str, list[Any]] = {}
        self.asked: list[tuple[str, str]] = []
        for name in ("ask_locked", "ask_save_path", "after_export", "ask_export_with_errors"):
            monkeypatch.setattr(messages, name, self._answer(name))
        monkeypatch.setattr(messages, "warn", self._answer("warn"))

    def _answer(self, name: str) -> Callable[..., Any]:
        def answer(*args: Any) -> Any:
            self.asked.append((name, " ".join(a for a in args if isinstance(a, str))))
            if name == "warn":
                raise AssertionError(f"unexpected message: {args}")
            return self.queue[name].pop(0)

        return answer

    def then(self, name: str, *values: Any) -> None:
        self.queue.setdefault(name, []).extend(values)


class Lock:
    """Makes a file impossible to replace, really (chattr +i) or by injection."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.immutable: list[Path] = []
        self.injected: set[Path] = set()
        self.tool = shutil.which("chattr")
        real_replace = os.replace

        def replace(src: Any, dst: Any) -> None:
            if Path(dst) in self.injected:
                raise PermissionError(errno.EACCES, "in use by another process", str(dst))
            real_replace(src, dst)

        monkeypatch.setattr(os, "replace", replace)

    def _chattr(self, flag: str, path: Path) -> bool:
        if self.tool is None:
            return False
        done = subprocess.run([self.tool, flag, str(path)], capture_output=True, check=False)
        return done.returncode == 0

    def lock(self, path: Path) -> None:
        if self._chattr("+i", path):
            self.immutable.append(path)
        else:
            self.injected.add(path)

    def unlock(self, path: Path) -> None:
        if path in self.immutable:
            self._chattr("-i", path)
            self.immutable.remove(path)
        self.injected.discard(path)

    def release_all(self) -> None:
        for path in list(self.immutable):
            self.unlock(path)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def lock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Lock]:
    made = Lock(monkeypatch)
    yield made
    made.release_all()


@pytest.fixture
def window(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    made = MainWindow(SettingsStore())
    made.files.open_path(EXAMPLE)
    made.doc.set_text("summary", "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc")
    yield made
    monkeypatch.setattr(messages, "ask_unsaved", lambda *args: "discard")
    made.close()


def test_saving_over_a_locked_draft_retries_then_takes_another_name(
    window: MainWindow, answers: Answers, lock: Lock, tmp_path: Path
) -> None:
    locked = tmp_path / "dang mo.ucd"
    old_draft = b'{"format": "ucd-desktop-draft", "version": 2, "notice": {}}\n'
    locked.write_bytes(old_draft)  # a draft: only a draft may be saved over
    lock.lock(locked)
    other = tmp_path / "ban moi.ucd"
    answers.then("ask_save_path", locked, other)
    answers.then("ask_locked", "retry", "other")
    assert window.files.save_as()
    assert [name for name, _text in answers.asked].count("ask_locked") == 2
    assert "Word" in answers.asked[1][1]
    assert locked.read_bytes() == old_draft, "the locked file changed"
    assert load_draft(other).notice.summary == window.doc.notice.summary
    assert window.doc.path == other and not window.doc.is_modified()


def test_exporting_over_a_docx_open_in_word_offers_another_name(
    window: MainWindow, answers: Answers, lock: Lock, tmp_path: Path
) -> None:
    locked = tmp_path / "Thong bao.docx"
    locked.write_bytes(OLD)
    lock.lock(locked)
    answers.then("ask_export_with_errors", True)
    answers.then("ask_save_path", locked, tmp_path / "Thong bao (2).docx")
    answers.then("ask_locked", "other")
    answers.then("after_export", "close")
    written = window.files.export()
    assert written == tmp_path / "Thong bao (2).docx" and written.read_bytes()[:2] == b"PK"
    assert locked.read_bytes() == OLD


class BlankPdf:
    key = "blank"
    name = "Blank"

    def convert(self, source: Path, target: Path, job: Job) -> None:
        writer = PdfWriter()
        writer.add_blank_page(595.28, 841.89)
        out = io.BytesIO()
        writer.write(out)
        target.write_bytes(out.getvalue())


def test_a_pdf_open_in_a_reader_offers_retry_and_another_name_without_converting_again(
    qtbot: Any,
    answers: Answers,
    lock: Lock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    converter = BlankPdf()
    conversions: list[Path] = []
    real_convert = converter.convert

    def counted(source: Path, target: Path, job: Job) -> None:
        conversions.append(target)
        real_convert(source, target, job)

    monkeypatch.setattr(converter, "convert", counted)
    monkeypatch.setattr(printing, "find_converter", lambda: converter)
    parent = QWidget()
    qtbot.addWidget(parent)
    locked = tmp_path / "Thong bao.pdf"
    locked.write_bytes(OLD)
    lock.lock(locked)
    answers.then("ask_locked", "retry", "other")
    answers.then("ask_save_path", tmp_path / "Thong bao (2).pdf")
    written = printing.export_pdf_to(parent, load_draft(EXAMPLE).notice, locked)
    assert written == tmp_path / "Thong bao (2).pdf" and written.read_bytes()[:5] == b"%PDF-"
    assert locked.read_bytes() == OLD
    assert len(conversions) == 1, "the PDF was converted again for each attempt"
