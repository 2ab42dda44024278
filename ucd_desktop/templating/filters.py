"""Jinja filters for Vietnamese administrative text, and the values templates see.

Filters (Vietnamese name, with an English alias):
- ``ngay`` / ``long_date``: "ngày 05 tháng 3 năm 2026" (Decree 30's rule for zeros)
- ``ngay_ngan`` / ``short_date``: "26/5/2022", the form used inside body text
- ``thu`` / ``weekday``: "thứ Hai" ... "Chủ nhật"
- ``so`` / ``number``: "1.234.567" (Babel, Vietnamese grouping)
- ``tien`` / ``money``: "1.234.567 đồng"
- ``danh_sach`` / ``join_vi``: "A, B và C"
- ``viet_hoa`` / ``upper_vi``: UPPERCASE; ``chu_dau`` / ``capfirst``: first letter capital
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ucd_desktop.text.dates import long_date_of, short_date, weekday_name
from ucd_desktop.text.numbers import format_money, format_number

__all__ = ["BLANK", "FILTERS", "Blank", "Person"]

#: What an empty fact shows in rendered text: a visible gap that validation reports.
BLANK = "…"


class Blank(str):
    """An empty fact: prints "…" so the gap shows, but is false in ``{% if %}``."""

    __slots__ = ()

    def __new__(cls) -> Blank:
        return super().__new__(cls, BLANK)

    def __bool__(self) -> bool:
        return False


@dataclass(frozen=True)
class Person:
    """Someone named in a meeting: ``{{ chu_tri }}`` prints "position name"."""

    name: str
    position: str = ""

    def __str__(self) -> str:
        return f"{self.position} {self.name}".strip() or BLANK

    def __bool__(self) -> bool:
        return bool(self.name or self.position)

    @property
    def full(self) -> str:
        return str(self)

    @property
    def name_first(self) -> str:
        """ "Nguyễn Minh Lâm, Phó Chủ tịch UBND tỉnh": the name, then the position."""
        if self.name and self.position:
            return f"{self.name}, {self.position}"
        return str(self)


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def long_date(value: Any) -> str:
    d = _as_date(value)
    return long_date_of(d) if d else BLANK


def short(value: Any) -> str:
    d = _as_date(value)
    return short_date(d) if d else BLANK


def weekday(value: Any, capital: bool = False) -> str:
    d = _as_date(value)
    return weekday_name(d, capital=capital) if d else BLANK


def number(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        try:
            value = Decimal(str(value).replace(",", "."))
        except ArithmeticError:
            return str(value)
    return format_number(value)


def money(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        try:
            value = Decimal(str(value).replace(".", "").replace(",", "."))
        except ArithmeticError:
            return str(value)
    return format_money(value)


def join_vi(values: Iterable[Any], last: str = " và ") -> str:
    items = [str(v) for v in values if v]
    if len(items) <= 1:
        return items[0] if items else BLANK
    return ", ".join(items[:-1]) + last + items[-1]


def upper_vi(value: Any) -> str:
    return str(value).upper()


def capfirst(value: Any) -> str:
    text = str(value)
    return text[:1].upper() + text[1:]


FILTERS: dict[str, Any] = {
    "ngay": long_date,
    "long_date": long_date,
    "ngay_ngan": short,
    "short_date": short,
    "thu": weekday,
    "weekday": weekday,
    "so": number,
    "number": number,
    "tien": money,
    "money": money,
    "danh_sach": join_vi,
    "join_vi": join_vi,
    "viet_hoa": upper_vi,
    "upper_vi": upper_vi,
    "chu_dau": capfirst,
    "capfirst": capfirst,
}
