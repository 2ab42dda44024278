from __future__ import annotations

import datetime as dt

from ucd_desktop.templating.binding import make_environment
from ucd_desktop.templating.filters import BLANK, Blank, Person, join_vi


def render(source: str, **context: object) -> str:
    return make_environment().render_limited(source, dict(context))


def test_dates_by_the_decree() -> None:
    d = dt.date(2026, 3, 5)
    assert render("{{ d|ngay }}", d=d) == "ngày 05 tháng 3 năm 2026"
    assert render("{{ d|ngay_ngan }}", d=dt.date(2022, 5, 26)) == "26/5/2022"
    assert render("{{ d|ngay_ngan }}", d=dt.date(2020, 9, 8)) == "08/9/2020"
    assert render("{{ d|ngay_ngan }}", d=dt.date(2026, 2, 5)) == "05/02/2026"
    assert render("{{ d|thu }}", d=dt.date(2026, 11, 25)) == "thứ Tư"
    assert render("{{ d|ngay }}", d="2026-01-15") == "ngày 15 tháng 01 năm 2026"


def test_numbers_and_money() -> None:
    assert render("{{ 1234567|so }}") == "1.234.567"
    assert render("{{ 1234567|tien }}") == "1.234.567 đồng"


def test_people() -> None:
    chair = Person("Nguyễn Minh Lâm", "Phó Chủ tịch UBND tỉnh")
    assert render("{{ p }}", p=chair) == "Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm"
    assert render("{{ p.name }}", p=chair) == "Nguyễn Minh Lâm"
    assert render("{{ p.name_first }}", p=chair) == "Nguyễn Minh Lâm, Phó Chủ tịch UBND tỉnh"
    assert join_vi(["A", "B", "C"]) == "A, B và C"
    assert join_vi([]) == BLANK


def test_blank_prints_a_gap_but_is_false() -> None:
    assert render("{{ x }}", x=Blank()) == "…"
    assert render("{% if x %}có{% else %}không{% endif %}", x=Blank()) == "không"
    assert render("{{ x|ngay }}", x=Blank()) == "…"


def test_case_filters() -> None:
    assert render("{{ 'tỉnh long an'|viet_hoa }}") == "TỈNH LONG AN"
    assert render("{{ 'đề nghị'|chu_dau }}") == "Đề nghị"
