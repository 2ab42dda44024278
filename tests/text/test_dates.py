"""Tests for ucd_desktop.text.dates."""

from __future__ import annotations

import datetime

import pytest

from ucd_desktop.text.dates import (
    BLANK_DAY,
    BLANK_MONTH,
    BLANK_YEAR,
    date_problems,
    day_text,
    long_date,
    long_date_of,
    month_text,
    parse_short_date,
    place_date,
    short_date,
    weekday_name,
)


@pytest.mark.parametrize(("day", "text"), [(1, "01"), (5, "05"), (9, "09"), (10, "10"), (31, "31")])
def test_day_text(day: int, text: str) -> None:
    assert day_text(day) == text


@pytest.mark.parametrize(
    ("month", "text"), [(1, "01"), (2, "02"), (3, "3"), (9, "9"), (10, "10"), (12, "12")]
)
def test_month_text(month: int, text: str) -> None:
    assert month_text(month) == text


@pytest.mark.parametrize("bad", [0, 32, -1])
def test_day_text_range(bad: int) -> None:
    with pytest.raises(ValueError):
        day_text(bad)


@pytest.mark.parametrize("bad", [0, 13])
def test_month_text_range(bad: int) -> None:
    with pytest.raises(ValueError):
        month_text(bad)


def test_blanks_are_six_ordinary_spaces() -> None:
    assert BLANK_DAY == BLANK_MONTH == BLANK_YEAR == "      "


def test_long_date_full() -> None:
    assert long_date(5, 3, 2026) == "ngày 05 tháng 3 năm 2026"
    assert long_date(26, 2, 2026) == "ngày 26 tháng 02 năm 2026"
    assert long_date(1, 1, 2025) == "ngày 01 tháng 01 năm 2025"
    assert long_date(31, 12, 2025) == "ngày 31 tháng 12 năm 2025"


def test_long_date_blanks() -> None:
    assert long_date(None, 3, 2026) == "ngày      tháng 3 năm 2026"
    assert long_date(None, None, 2026) == "ngày      tháng      năm 2026"
    assert long_date(None, None, None) == "ngày      tháng      năm      "


@pytest.mark.parametrize(
    ("day", "month", "year"),
    [
        (5, None, 2026),
        (5, None, None),
        (None, 3, None),
        (5, 3, None),
        (31, 2, 2026),
        (29, 2, 2025),
        (0, 3, 2026),
        (32, 3, 2026),
        (5, 13, 2026),
        (5, 3, 0),
    ],
)
def test_long_date_refuses(day: int | None, month: int | None, year: int | None) -> None:
    with pytest.raises(ValueError):
        long_date(day, month, year)


def test_long_date_writes_unusual_years() -> None:
    assert long_date(2, 9, 1900) == "ngày 02 tháng 9 năm 1900"
    assert long_date(29, 2, 2024) == "ngày 29 tháng 02 năm 2024"


def test_long_date_of() -> None:
    assert long_date_of(datetime.date(2026, 3, 5)) == "ngày 05 tháng 3 năm 2026"
    assert long_date_of(datetime.date(2020, 2, 8)) == "ngày 08 tháng 02 năm 2020"


def test_place_date() -> None:
    assert place_date("Long An", 5, 3, 2026) == "Long An, ngày 05 tháng 3 năm 2026"
    assert place_date("  Hà Nội ", None, 3, 2026) == "Hà Nội, ngày      tháng 3 năm 2026"
    assert place_date("", 5, 3, 2026) == "Ngày 05 tháng 3 năm 2026"
    assert place_date("   ", None, None, None) == "Ngày      tháng      năm      "
    with pytest.raises(ValueError):
        place_date("Long An", 5, None, 2026)


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (datetime.date(2022, 5, 26), "26/5/2022"),
        (datetime.date(2020, 9, 8), "08/9/2020"),
        (datetime.date(2020, 11, 4), "04/11/2020"),
        (datetime.date(2026, 2, 5), "05/02/2026"),
        (datetime.date(2026, 1, 31), "31/01/2026"),
        (datetime.date(999, 12, 1), "01/12/0999"),
    ],
)
def test_short_date(d: datetime.date, text: str) -> None:
    assert short_date(d) == text
    assert parse_short_date(text) == d


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5/3/2026", datetime.date(2026, 3, 5)),
        ("05/03/2026", datetime.date(2026, 3, 5)),
        ("5-3-2026", datetime.date(2026, 3, 5)),
        ("05.03.2026", datetime.date(2026, 3, 5)),
        (" 29 / 02 / 2024 ", datetime.date(2024, 2, 29)),
    ],
)
def test_parse_short_date_accepts(text: str, expected: datetime.date) -> None:
    assert parse_short_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2026",
        "29/02/2025",
        "0/3/2026",
        "5/13/2026",
        "5/3/26",
        "5/3-2026",
        "",
        "abc",
        "5/3/2026x",
        "123/3/2026",
        "5//3/2026",
    ],
)
def test_parse_short_date_refuses(text: str) -> None:
    assert parse_short_date(text) is None


def test_weekday_name() -> None:
    monday = datetime.date(2026, 3, 2)
    assert monday.weekday() == 0
    names = [weekday_name(monday + datetime.timedelta(days=i)) for i in range(7)]
    assert names == ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
    capital = [weekday_name(monday + datetime.timedelta(days=i), capital=True) for i in range(7)]
    assert capital == ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


@pytest.mark.parametrize(
    ("day", "month", "year", "codes"),
    [
        (5, 3, 2026, []),
        (None, None, None, []),
        (None, 3, 2026, []),
        (None, None, 2026, []),
        (29, 2, 2024, []),
        (5, None, 2026, ["day-without-month"]),
        (None, 3, None, ["month-without-year"]),
        (5, 3, None, ["month-without-year"]),
        (32, 3, 2026, ["day-range"]),
        (0, 3, 2026, ["day-range"]),
        (5, 13, 2026, ["month-range"]),
        (5, 3, 1944, ["year-range"]),
        (5, 3, 2101, ["year-range"]),
        (1, 1, 1945, []),
        (31, 12, 2100, []),
        (31, 2, 2026, ["impossible-date"]),
        (29, 2, 2025, ["impossible-date"]),
        (31, 4, 2026, ["impossible-date"]),
        (30, 2, None, ["month-without-year", "impossible-date"]),
        (29, 2, None, ["month-without-year"]),
        (40, None, None, ["day-without-month", "day-range"]),
        (31, 2, 1900, ["year-range", "impossible-date"]),
    ],
)
def test_date_problems(
    day: int | None, month: int | None, year: int | None, codes: list[str]
) -> None:
    assert date_problems(day, month, year) == codes
