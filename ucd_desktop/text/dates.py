"""Dates as Decree 30/2020/NĐ-CP writes them.

Days 1-9 and months 1 and 2 take a leading zero ("ngày 05 tháng 02"); months 3-12
never do ("tháng 3"). A day or month may be left blank for the clerk to fill in by
hand when the document is signed.
"""

from __future__ import annotations

import datetime
import re

__all__ = [
    "BLANK_DAY",
    "BLANK_MONTH",
    "BLANK_YEAR",
    "YEAR_MAX",
    "YEAR_MIN",
    "date_problems",
    "day_text",
    "long_date",
    "long_date_of",
    "month_text",
    "parse_short_date",
    "place_date",
    "short_date",
    "weekday_name",
]

# Ordinary spaces, not NBSP: the .docx writer keeps them with xml:space="preserve",
# and the clerk's handwriting needs the gap, not a non-breaking glyph. The filler
# replaces " 05 " as a whole, so "ngày" + BLANK_DAY + "tháng" has exactly six spaces.
BLANK_DAY = " " * 6
BLANK_MONTH = " " * 6
BLANK_YEAR = " " * 6

# Years the application accepts without a warning.
YEAR_MIN = 1945
YEAR_MAX = 2100

_WEEKDAYS = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy")


def day_text(day: int) -> str:
    """Return the day as written: "05", "26"."""
    if not 1 <= day <= 31:
        raise ValueError(f"day out of range: {day}")
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Return the month as written: "01", "02", "3", "12"."""
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return f"{month:02d}" if month <= 2 else str(month)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(month: int, year: int | None) -> int:
    # Without a year, 29 February is still possible, so take a leap year. (Not
    # calendar.monthrange: importing calendar was ~2 ms of every export process.)
    y = 2000 if year is None else year
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


def date_problems(day: int | None, month: int | None, year: int | None) -> list[str]:
    """Return problem codes for a possibly partial date; an empty list means fine.

    Codes: "day-without-month", "month-without-year", "day-range", "month-range",
    "year-range" (outside YEAR_MIN..YEAR_MAX), "impossible-date" (31/02, 29/02/2025).
    """
    problems: list[str] = []
    if day is not None and month is None:
        problems.append("day-without-month")
    if month is not None and year is None:
        problems.append("month-without-year")
    day_ok = day is None or 1 <= day <= 31
    month_ok = month is None or 1 <= month <= 12
    if not day_ok:
        problems.append("day-range")
    if not month_ok:
        problems.append("month-range")
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        problems.append("year-range")
    calendar_year = year if year is not None and 1 <= year <= 9999 else None
    if (
        day is not None
        and month is not None
        and day_ok
        and month_ok
        and day > _days_in_month(month, calendar_year)
    ):
        problems.append("impossible-date")
    return problems


def long_date(day: int | None, month: int | None, year: int | None) -> str:
    """Return "ngày 05 tháng 3 năm 2026", with BLANK_* fillers for missing parts.

    Raises ValueError for a day without a month, a month without a year, a day or
    month out of range, or an impossible date. A year outside YEAR_MIN..YEAR_MAX is
    still written (date_problems reports it); it must be positive.
    """
    problems = [p for p in date_problems(day, month, year) if p != "year-range"]
    if problems:
        raise ValueError(f"cannot write date {day}/{month}/{year}: {', '.join(problems)}")
    if year is not None and year < 1:
        raise ValueError(f"year out of range: {year}")
    day_part = BLANK_DAY if day is None else f" {day_text(day)} "
    month_part = BLANK_MONTH if month is None else f" {month_text(month)} "
    year_part = BLANK_YEAR if year is None else f" {year}"
    return f"ngày{day_part}tháng{month_part}năm{year_part}"


def long_date_of(d: datetime.date) -> str:
    """Return long_date for a full date."""
    return long_date(d.day, d.month, d.year)


def place_date(place: str, day: int | None, month: int | None, year: int | None) -> str:
    """Return "Long An, ngày 05 tháng 3 năm 2026", or "Ngày ..." when there is no place."""
    text = long_date(day, month, year)
    place = place.strip()
    if not place:
        return "N" + text[1:]
    return f"{place}, {text}"


def short_date(d: datetime.date) -> str:
    """Return "26/5/2022", "08/9/2020", "05/02/2026" (same zero rules as long dates)."""
    return f"{day_text(d.day)}/{month_text(d.month)}/{d.year:04d}"


# The same separator twice: "5/3-2026" is more likely a typo than a date.
_SHORT_DATE_RE = re.compile(r"\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*")


def parse_short_date(s: str) -> datetime.date | None:
    """Parse d/m/yyyy or dd/mm/yyyy (with "/", "-" or "."); None if not a real date."""
    m = _SHORT_DATE_RE.fullmatch(s)
    if m is None:
        return None
    try:
        return datetime.date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
    except ValueError:
        return None


def weekday_name(d: datetime.date, *, capital: bool = False) -> str:
    """Return "thứ Hai" ... "thứ Bảy" or "Chủ nhật" ("Thứ Hai" with capital=True)."""
    index = d.weekday()
    if index == 6:
        return "Chủ nhật"
    return f"{'Thứ' if capital else 'thứ'} {_WEEKDAYS[index]}"
