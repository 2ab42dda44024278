"""Suggested export names: number, date, summary; safe on Windows; Vietnamese kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ucd_desktop.i18n import set_language
from ucd_desktop.model.notice import Notice
from ucd_desktop.storage.filenames import (
    MAX_NAME,
    safe_filename,
    suggested_draft_name,
    suggested_export_name,
)

WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def notice(**kw: object) -> Notice:
    n = Notice(number="5", symbol="TB-UBND", day=5, month=3, year=2026)
    n.summary = "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ dự án"
    for k, v in kw.items():
        setattr(n, k, v)
    return n


def test_number_date_and_summary_with_the_slash_replaced() -> None:
    name = suggested_export_name(notice())
    assert name == (
        "05-TB-UBND 2026-03-05 Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ dự án.docx"
    )
    assert not WINDOWS_FORBIDDEN.search(name)


def test_partial_dates_and_no_number() -> None:
    assert suggested_export_name(notice(day=None)).startswith("05-TB-UBND 2026-03 Kết")
    assert suggested_export_name(notice(day=None, month=None)).startswith("05-TB-UBND 2026 ")
    assert suggested_export_name(notice(number="")).startswith("Dự thảo TB-UBND 2026-03-05 ")
    set_language("en")
    assert suggested_export_name(notice(number="")).startswith("Draft TB-UBND ")


def test_long_summary_is_cut_at_a_word_and_the_whole_name_is_bounded() -> None:
    n = notice(summary="Kết luận " + "rất dài về nhiều việc " * 30)
    name = suggested_draft_name(n)
    assert len(name) <= MAX_NAME
    assert name.endswith(".ucd")
    assert not name[:-4].endswith(" ")
    assert name[:-4].split()[-1] in {"rất", "dài", "về", "nhiều", "việc"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('a<b>c:d"e/f\\g|h?i*j', "a-b-c-d-e-f-g-h-i-j"),
        ("trailing dots. . .", "trailing dots"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("COM1", "_COM1"),
        ("   ", "thông báo"),
        ("tab\there\nnew", "tab here new"),
        ("Nghị quyết số 12/NQ-HĐND", "Nghị quyết số 12-NQ-HĐND"),
    ],
)
def test_safe_filename(raw: str, expected: str) -> None:
    assert safe_filename(raw) == expected


def test_decomposed_vietnamese_is_composed() -> None:
    assert safe_filename("Ke\u0302\u0301t lua\u0323\u0302n") == "Kết luận"


REAL_SUMMARY = (
    "Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm tại Hội nghị sơ kết 05 năm thực hiện "
    "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 trên địa bàn tỉnh"
)


def test_a_real_summary_is_cut_where_a_phrase_ends() -> None:
    name = suggested_export_name(notice(summary=REAL_SUMMARY))
    stem = name.removesuffix(".docx")
    assert len(name) <= MAX_NAME
    assert not stem.endswith(("Chương", "thực", "năm", "của", "tại"))
    assert stem.endswith("tại Hội nghị sơ kết 05 năm thực hiện")
    assert REAL_SUMMARY.startswith(stem.split(" ", 2)[2])


def test_a_comma_is_the_first_choice() -> None:
    summary = "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với UBND huyện Cần Giuộc, "
    summary += "kiểm tra tiến độ " * 10
    stem = suggested_export_name(notice(summary=summary)).removesuffix(".docx")
    assert stem.endswith("UBND huyện Cần Giuộc")


def test_the_whole_path_stays_under_windows_limit() -> None:
    deep = Path("C:/Users/Nguyễn Thị Thu Hương/Documents/" + "Thông báo kết luận năm 2026/" * 5)
    name = suggested_export_name(notice(summary=REAL_SUMMARY), folder=deep)
    assert len(str(deep)) + 1 + len(name) <= 259
    assert name.endswith(".docx") and len(name) > 30
    shallow = suggested_export_name(notice(summary=REAL_SUMMARY), folder=Path("C:/TB"))
    assert shallow == suggested_export_name(notice(summary=REAL_SUMMARY))
