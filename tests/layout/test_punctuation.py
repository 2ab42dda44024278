"""Tests for ucd_desktop.layout.punctuation: the marks the Decree fixes."""

from __future__ import annotations

import pytest

from ucd_desktop.layout.punctuation import (
    archive_line,
    document_number,
    number_line,
    printed_lines,
    recipient_line,
    with_final_mark,
)
from ucd_desktop.model.notice import Archive, Recipient


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("về UBND tỉnh", "về UBND tỉnh./."),
        ("về UBND tỉnh.", "về UBND tỉnh./."),
        ("về UBND tỉnh./.", "về UBND tỉnh./."),
        ("về UBND tỉnh ./. ", "về UBND tỉnh./."),
        ("về UBND tỉnh;", "về UBND tỉnh./."),
        ("thực hiện,", "thực hiện./."),
        ("như sau:", "như sau./."),
        ("về UBND tỉnh...", "về UBND tỉnh./."),
        ("", ""),
    ],
)
def test_final_mark_once(text: str, marked: str) -> None:
    assert with_final_mark(text) == marked
    assert with_final_mark(with_final_mark(text)) == marked


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("5", "05"),
        ("05", "05"),
        ("007", "07"),
        ("9", "09"),
        ("10", "10"),
        ("123", "123"),
        ("", ""),
        ("  ", ""),
        ("0", "0"),
    ],
)
def test_number_zero_padding(typed: str, printed: str) -> None:
    assert document_number(typed) == printed


def test_number_line() -> None:
    assert number_line("5", "TB-UBND") == "Số: 05/TB-UBND"
    assert number_line("123", " TB-VP ") == "Số: 123/TB-VP"
    blank = number_line("", "TB-UBND")
    assert blank.startswith("Số:") and blank.endswith("/TB-UBND")
    assert blank.count(" ") >= 6  # room for the clerk's handwriting


@pytest.mark.parametrize(
    ("recipient", "line"),
    [
        (Recipient("TT. HĐND tỉnh", "b/c"), "- TT. HĐND tỉnh (b/c);"),
        (Recipient("Các sở, ngành tỉnh"), "- Các sở, ngành tỉnh;"),
        (Recipient("- Công an tỉnh;"), "- Công an tỉnh;"),
        (Recipient("Công an tỉnh."), "- Công an tỉnh;"),
        (Recipient("– CVP, các PCVP ,"), "- CVP, các PCVP;"),
        (Recipient("Sở Tài chính", "(để thực hiện)"), "- Sở Tài chính (để thực hiện);"),
    ],
)
def test_one_semicolon_per_recipient(recipient: Recipient, line: str) -> None:
    assert recipient_line(recipient) == line
    assert line.count(";") == 1


@pytest.mark.parametrize(
    ("archive", "line"),
    [
        (Archive("HT"), "- Lưu: VT, HT."),
        (Archive("HT."), "- Lưu: VT, HT."),
        (Archive(""), "- Lưu: VT."),
        (Archive("NN", 2, "NXT"), "- Lưu: VT, NN (2)NXT."),
        (Archive("NN", None, "NXT."), "- Lưu: VT, NN, NXT."),
        (Archive("KTTC", 3), "- Lưu: VT, KTTC (3)."),
    ],
)
def test_archive_line_forms(archive: Archive, line: str) -> None:
    assert archive_line(archive) == line
    assert line.endswith(".") and not line.endswith("..")


def test_printed_lines_split_fields_into_paragraphs() -> None:
    assert printed_lines("a\nb\n\n  c  ") == ["a", "b", "c"]
    assert printed_lines(["ỦY BAN NHÂN DÂN", "TỈNH\nLONG AN", " "]) == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH",
        "LONG AN",
    ]
    assert printed_lines("") == []
