"""Tests for ucd_desktop.layout.header: header sizes, columns, rules, marks and title."""

from __future__ import annotations

import pytest

from tests.render.samples import HCM_DATE, example_notice, nasty_notice, one_page_notice
from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout.blocks import Para, VAlign
from ucd_desktop.layout.build import page_geometry
from ucd_desktop.layout.header import (
    MARK_PADDING,
    choose_header,
    date_text,
    header_table,
    title_block,
)
from ucd_desktop.layout.header_fit import GAP_MM, MIN_COLUMN_SLACK, LineBreak, break_phrase
from ucd_desktop.layout.metrics import text_width, wrap_text
from ucd_desktop.layout.punctuation import number_line
from ucd_desktop.model.notice import MOTTO, NATIONAL_TITLE, Notice, PageSetup, Secrecy, Urgency
from ucd_desktop.text.dates import BLANK_DAY

MARGINS = [(30, 15), (30, 20), (35, 15), (35, 20)]


def _width(left: float, right: float) -> float:
    return page_geometry(PageSetup(margin_left_mm=left, margin_right_mm=right)).text_width


def _one_line(text: str, size: float, width: float, **style: bool) -> bool:
    return len(wrap_text(text, size, width, **style)) == 1


def test_example_gets_the_preferred_sizes() -> None:
    s = choose_header(example_notice(), _width(30, 15))
    got = (s.governing, s.issuing, s.number, s.national_title, s.motto, s.place_date)
    assert got == (13, 13, 13, 13, 14, 14)


GAP = rules.mm_to_pt(GAP_MM)


def _check_fit(notice: Notice, width: float) -> None:
    """Every header line whole with its slack, the columns 3 mm apart, sizes legal."""
    s = choose_header(notice, width)
    assert s.left_width + s.right_width == pytest.approx(width)
    right = [
        text_width(NATIONAL_TITLE, s.national_title, bold=True),
        text_width(MOTTO, s.motto, bold=True),
        text_width(date_text(notice), s.place_date, italic=True),
    ]
    for w in right:
        assert s.right_width - w >= MIN_COLUMN_SLACK - 1e-6
    left = [text_width(ln, s.governing) for ln in s.governing_lines]
    left += [text_width(ln, s.issuing, bold=True) for ln in s.issuing_lines]
    number = text_width(number_line(notice.number, notice.symbol), s.number)
    for w in [*left, number]:
        assert s.left_width - w >= MIN_COLUMN_SLACK - 1e-6
    # Centred lines: the air between the columns' text is half of what is left over.
    assert (width - max(left) - max(right[:2])) / 2 >= GAP - 1e-6
    assert (width - number - right[2]) / 2 >= GAP - 1e-6
    # Every drafter's word is printed, in order, and no line is one word alone.
    assert " ".join(s.issuing_lines).split() == " ".join(notice.issuing_body).split()
    assert " ".join(s.governing_lines).split() == " ".join(notice.governing_body).split()
    for b in s.breaks:
        assert all(len(ln.split()) > 1 for ln in b.lines), b
    assert 12 <= s.governing <= 13 and 12 <= s.issuing <= 13
    assert 12 <= s.national_title <= 13 and 13 <= s.motto <= 14
    assert 13 <= s.place_date <= 14 and s.number == 13


@pytest.mark.parametrize(("left", "right"), MARGINS)
@pytest.mark.parametrize("make", [example_notice, one_page_notice, nasty_notice])
def test_every_header_line_whole_and_sizes_legal(
    make: type[Notice], left: float, right: float
) -> None:
    _check_fit(make(), _width(left, right))


def test_long_hcm_date_stays_on_one_line() -> None:
    notice = one_page_notice()
    assert date_text(notice) == HCM_DATE
    for left, right in MARGINS:
        s = choose_header(notice, _width(left, right))
        assert text_width(HCM_DATE, s.place_date, italic=True) + 3 <= s.right_width
    # "THÀNH PHỐ HỒ CHÍ MINH" keeps 13 pt on one line by giving the date 13 pt...
    s = choose_header(notice, _width(30, 15))
    assert (s.issuing, s.place_date) == (13, 13)
    assert s.issuing_lines == ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH") and not s.breaks
    # ... and with the widest margins even 12 pt leaves no 3 mm gap: the name breaks
    # between the city's kind and its name, never inside "HỒ CHÍ MINH".
    s = choose_header(notice, _width(35, 20))
    assert s.issuing_lines == ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ", "HỒ CHÍ MINH")
    assert [b.original for b in s.breaks] == ["THÀNH PHỐ HỒ CHÍ MINH"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ",
            ("VĂN PHÒNG", "ĐOÀN ĐẠI BIỂU QUỐC HỘI", "VÀ HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ"),
        ),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ("SỞ VĂN HÓA,", "THỂ THAO VÀ DU LỊCH")),
        ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", ("SỞ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN")),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", ("SỞ LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI")),
        ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", ("SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG")),
    ],
)
def test_long_names_break_at_phrase_boundaries(name: str, expected: tuple[str, ...]) -> None:
    notice = one_page_notice()
    notice.governing_body = []
    notice.issuing_body = [name]
    s = choose_header(notice, _width(30, 15))
    assert s.issuing_lines == expected
    assert s.breaks == (LineBreak("issuing_body", name, expected),)
    _check_fit(notice, _width(30, 15))


def test_the_drafters_own_breaks_win() -> None:
    notice = one_page_notice()
    notice.issuing_body = ["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]
    s = choose_header(notice, _width(30, 15))
    assert s.issuing_lines == ("SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH") and not s.breaks


def test_a_name_that_fits_at_12_pt_steps_down_rather_than_breaking() -> None:
    notice = example_notice()
    notice.governing_body = ["UBND TỈNH LONG AN"]
    notice.issuing_body = ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]  # 199 pt at 13, 184 at 12
    s = choose_header(notice, _width(30, 15))
    assert s.issuing_lines == ("SỞ KHOA HỌC VÀ CÔNG NGHỆ",) and not s.breaks
    assert (s.national_title, s.place_date) == (12, 13)  # the right column gave the room
    _check_fit(notice, _width(30, 15))


def test_issuing_body_breaks_into_phrases_when_nothing_fits() -> None:
    notice = one_page_notice()
    notice.issuing_body = ["BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ KHU CHẾ XUẤT THÀNH PHỐ"]
    width = _width(35, 20)
    s = choose_header(notice, width)
    assert len(s.issuing_lines) >= 3
    assert any(ln.startswith("VÀ ") for ln in s.issuing_lines)
    _check_fit(notice, width)


def test_header_table_structure() -> None:
    notice = nasty_notice()
    s = choose_header(notice, _width(35, 20))
    table = header_table(notice, s)
    assert table.role == "header" and not table.borders and table.cell_padding == 0
    assert table.widths == [s.left_width, s.right_width]
    top, number_row, marks = table.rows
    left_roles = [p.role for p in top.cells[0].paras]
    assert left_roles == ["governing-body", "issuing-body", "rule-issuer"]
    right_roles = [p.role for p in top.cells[1].paras]
    assert right_roles == ["national-title", "motto", "rule-motto"]
    governing, issuing = top.cells[0].paras[:2]
    assert not governing.runs[0].bold and issuing.runs[0].bold
    (number,) = number_row.cells[0].paras
    (date,) = number_row.cells[1].paras
    assert number.text == "Số: 123/TB-VP" and number.role == "number"
    assert date.text == "Long An, ngày 26 tháng 12 năm 2026" and date.runs[0].italic
    assert number.space_before == date.space_before  # same row, same baseline
    assert {c.v_align for c in number_row.cells} == {VAlign.BOTTOM}
    paras = marks.cells[0].paras
    assert [p.text for p in paras] == ["HỎA TỐC", "", "MẬT", "", "DỰ THẢO"]
    # Word would draw adjacent paragraphs with the same borders as one box: a paragraph
    # without borders separates the boxes.
    assert [(p.box, p.border_top) for p in paras[1::2]] == [(False, False)] * 2
    assert all(p.box for p in paras[::2])


def _rule_length(rule: Para, container: float) -> float:
    return container - rule.left_indent - rule.right_indent


def test_rule_lengths_follow_the_text() -> None:
    notice = example_notice()
    s = choose_header(notice, _width(30, 15))
    top = header_table(notice, s).rows[0]
    issuer_rule = top.cells[0].paras[-1]
    motto_rule = top.cells[1].paras[-1]
    for rule in (issuer_rule, motto_rule):
        assert rule.border_top and not rule.runs and rule.space_before > 0
        assert rule.left_indent == pytest.approx(rule.right_indent)  # centred
    motto_len = _rule_length(motto_rule, s.right_width)
    assert motto_len == pytest.approx(text_width(MOTTO, s.motto, bold=True))
    widest = max(text_width(ln, s.issuing, bold=True) for ln in notice.issuing_body)
    assert _rule_length(issuer_rule, s.left_width) / widest in rules.SHORT_RULE_RATIO


def test_summary_rule_is_a_third_to_a_half_of_the_longest_line() -> None:
    notice = example_notice()
    width = _width(30, 15)
    paras = title_block(notice, width, 14)
    assert [p.role for p in paras] == ["type-name", "summary", "rule-summary"]
    lines = wrap_text(notice.summary, 14, width, bold=True)
    assert len(lines) == 3
    widest = max(text_width(ln, 14, bold=True) for ln in lines)
    rule = paras[-1]
    assert _rule_length(rule, width) / widest in rules.SHORT_RULE_RATIO
    assert rule.space_after >= 6


def test_title_block_type_name_and_summary() -> None:
    notice = one_page_notice()
    notice.summary = "Kết luận của Chủ tịch\nvề việc A"
    type_name, *summary, _rule = title_block(notice, 400, 13)
    assert type_name.text == "THÔNG BÁO" and type_name.runs[0].bold and type_name.size == 13
    assert [p.text for p in summary] == ["Kết luận của Chủ tịch", "về việc A"]
    assert all(p.runs[0].bold and p.keep_next and p.align.value == "center" for p in summary)


def test_marks_are_boxes_hugging_their_text() -> None:
    notice = one_page_notice()
    notice.urgency, notice.secrecy = Urgency.KHAN, Secrecy.TOI_MAT
    s = choose_header(notice, _width(30, 15))
    marks = [p for p in header_table(notice, s).rows[2].cells[0].paras if p.role == "mark"]
    assert [m.text for m in marks] == ["KHẨN", "TỐI MẬT"]
    for mark in marks:
        inner = s.left_width - mark.left_indent - mark.right_indent
        assert mark.box and mark.runs[0].bold and 13 <= mark.size <= 14
        assert inner == pytest.approx(text_width(mark.text, 13, bold=True) + 2 * MARK_PADDING)


_B = BLANK_DAY


@pytest.mark.parametrize(
    ("day", "month", "year", "expected"),
    [
        (5, 3, 2026, "Long An, ngày 05 tháng 3 năm 2026"),
        (None, 6, 2022, f"Long An, ngày{_B}tháng 6 năm 2022"),
        (31, 2, 2026, f"Long An, ngày{_B}tháng 02 năm 2026"),  # impossible: day left blank
        (5, None, 2026, f"Long An, ngày{_B}tháng{_B}năm 2026"),
        (5, 13, 2026, f"Long An, ngày{_B}tháng{_B}năm 2026"),
        (5, 3, 0, f"Long An, ngày{_B}tháng{_B}năm{_B}"),
    ],
)
def test_date_text_never_raises(
    day: int | None, month: int | None, year: int, expected: str
) -> None:
    notice = Notice(place="Long An", day=day, month=month, year=year)
    assert date_text(notice) == expected


def test_a_name_too_long_for_phrases_wraps_as_word_would() -> None:
    name = " ".join(["BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG"] * 6)
    lines, cost = break_phrase(name, 13, 180, bold=True)
    assert " ".join(lines) == name and len(lines) > 5 and cost >= 1000
    assert all(text_width(ln, 13, bold=True) <= 180 for ln in lines)
    assert break_phrase("BANQUẢNLÝDỰÁNĐẦUTƯXÂYDỰNGCÔNGTRÌNH", 13, 100, bold=True)[0] == (
        "BANQUẢNLÝDỰÁNĐẦUTƯXÂYDỰNGCÔNGTRÌNH",
    )
