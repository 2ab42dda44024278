"""Finding Tesseract, and reading its TSV into positioned words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ucd_desktop.reading import ocr


def test_the_program_set_in_settings_wins(tmp_path: Path) -> None:
    program = tmp_path / "tesseract"
    program.write_text("")
    assert ocr.find_tesseract(str(program)) == str(program)
    # a folder holding it is accepted too; a wrong setting finds nothing (no guessing)
    name = "tesseract.exe" if sys.platform == "win32" else "tesseract"
    (tmp_path / name).write_text("")
    assert ocr.find_tesseract(str(tmp_path)) == str(tmp_path / name)
    assert ocr.find_tesseract(str(tmp_path / "nowhere")) is None


def test_windows_installers_folders_are_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "Program Files" / "Tesseract-OCR" / "tesseract.exe"
    installed.parent.mkdir(parents=True)
    installed.write_text("")
    monkeypatch.setattr(ocr.sys, "platform", "win32")
    monkeypatch.setattr(ocr.shutil, "which", lambda _name: None)
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    for variable in ("ProgramFiles(x86)", "ProgramW6432", "LOCALAPPDATA"):
        monkeypatch.delenv(variable, raising=False)
    assert ocr.find_tesseract() == str(installed)


def test_without_tesseract_the_message_says_what_to_install(tmp_path: Path) -> None:
    message = ocr.ocr_unavailable_message(str(tmp_path / "missing"))
    assert message is not None
    assert "tesseract-ocr-vie" in message and "UB-Mannheim" in message


_TSV = "\n".join(
    [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
        "4\t1\t1\t1\t1\t0\t300\t400\t600\t60\t-1\t",
        "5\t1\t1\t1\t1\t1\t300\t405\t200\t50\t96.5\tTHÔNG",
        "5\t1\t1\t1\t1\t2\t520\t400\t180\t55\t41.0\tBẢO",
        "5\t1\t1\t1\t1\t3\t560\t380\t10\t8\t30.0\t`",
    ]
)


def test_words_are_as_tall_as_their_line_and_doubts_are_kept() -> None:
    words, doubts = ocr._words(_TSV, None)
    assert [w.text for w in words] == ["THÔNG", "BẢO"]  # the parted tone mark is dropped
    first, second = words
    assert first.top == second.top == pytest.approx(400 * 72 / 300)
    assert first.x0 == pytest.approx(300 * 72 / 300)
    assert doubts == ["THÔNG BẢO"]  # the line holding a word read with 41 % confidence
