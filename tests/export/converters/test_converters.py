"""Choosing a converter: Word, then LibreOffice, then a message saying what to install."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ucd_desktop.export.converters import ConversionError, Job, Reason, Stage, find_converter
from ucd_desktop.export.converters.libreoffice import SOFFICE_ENV, LibreOfficeConverter


@pytest.fixture(autouse=True)
def _no_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SOFFICE_ENV, raising=False)


def soffice(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / ("soffice.exe" if os.name == "nt" else "soffice")
    program.write_text("#!/bin/sh\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def test_libreoffice_when_there_is_no_word(tmp_path: Path) -> None:
    program = soffice(tmp_path / "lo")
    chosen = find_converter(word_probe=lambda: None, search_paths=[program.parent])
    assert isinstance(chosen, LibreOfficeConverter) and chosen.program == program
    assert chosen.key == "libreoffice" and chosen.name == "LibreOffice"


def test_nothing_installed_says_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(ConversionError) as caught:
        find_converter(word_probe=lambda: None, search_paths=[tmp_path])
    message = str(caught.value)
    assert caught.value.reason is Reason.MISSING
    assert "Microsoft Word" in message and "LibreOffice" in message
    assert "https://www.libreoffice.org/download/" in message and SOFFICE_ENV in message
    assert message.startswith("Không tìm thấy chương trình nào để tạo tệp PDF")


def test_asking_for_one_that_is_missing(tmp_path: Path) -> None:
    program = soffice(tmp_path / "lo")
    with pytest.raises(ConversionError) as caught:
        find_converter("word", word_probe=lambda: None, search_paths=[program.parent])
    assert caught.value.reason is Reason.MISSING and "Microsoft Word" in str(caught.value)
    with pytest.raises(ConversionError) as caught:
        find_converter("libreoffice", search_paths=[tmp_path / "none"])
    assert caught.value.reason is Reason.MISSING and "LibreOffice" in str(caught.value)
    with pytest.raises(ConversionError) as caught:
        find_converter("acrobat")
    assert caught.value.reason is Reason.BAD_INPUT


def test_a_chosen_soffice_is_used(tmp_path: Path) -> None:
    program = soffice(tmp_path / "Chương trình" / "LibreOffice")
    chosen = find_converter("libreoffice", soffice=program, search_paths=[])
    assert isinstance(chosen, LibreOfficeConverter) and chosen.program == program


def test_job_reports_and_cancels() -> None:
    import threading

    seen: list[str] = []
    cancel = threading.Event()
    job = Job(cancel=cancel, progress=lambda s: seen.append(s.value))
    job.check_cancelled()
    job.report(Stage.CHECKING)
    assert seen == ["checking"]
    cancel.set()
    with pytest.raises(ConversionError) as caught:
        job.check_cancelled()
    assert caught.value.reason is Reason.CANCELLED
    assert Job().cancelled() is False
