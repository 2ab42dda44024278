"""Tests for ucd_desktop.layout.metrics: Times New Roman widths and Word-like wrapping."""

from __future__ import annotations

import pytest

from ucd_desktop.decree.numbers import pt_to_mm
from ucd_desktop.layout.metrics import fit_lines, metrics, text_width, wrap_text
from ucd_desktop.model.notice import MOTTO, NATIONAL_TITLE


@pytest.mark.parametrize(
    ("char", "bold", "italic", "afm"),
    [
        # Adobe's Times AFM widths (per 1000 em), which Times New Roman and
        # Liberation Serif share.
        (" ", False, False, 250),
        ("a", False, False, 444),
        ("m", False, False, 778),
        ("H", False, False, 722),
        ("a", True, False, 500),
        ("H", True, False, 778),
        ("a", False, True, 500),
        ("a", True, True, 500),
        ("0", False, False, 500),
    ],
)
def test_widths_match_times(char: str, bold: bool, italic: bool, afm: int) -> None:
    assert text_width(char, 1000, bold=bold, italic=italic) == pytest.approx(afm, abs=0.6)


def test_header_lines_measure_as_the_reference_says() -> None:
    # nd30-layout.md section 2: about 96 mm at 13 pt bold, 88 mm at 12 pt.
    assert pt_to_mm(text_width(NATIONAL_TITLE, 13, bold=True)) == pytest.approx(95.7, abs=0.3)
    assert pt_to_mm(text_width(NATIONAL_TITLE, 12, bold=True)) == pytest.approx(88.3, abs=0.3)
    date = "Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026"
    # "99-106 mm at 13-14 pt italic".
    assert pt_to_mm(text_width(date, 13, italic=True)) == pytest.approx(98.7, abs=0.3)
    assert pt_to_mm(text_width(date, 14, italic=True)) == pytest.approx(106.3, abs=0.3)
    assert text_width(MOTTO, 14, bold=True) == pytest.approx(171.38, abs=0.05)


def test_vietnamese_letters_are_in_the_table() -> None:
    m = metrics()
    for ch in "ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ":
        assert ord(ch) in m.advances, ch


def test_width_is_the_sum_of_advances_and_scales_with_size() -> None:
    assert text_width("ab", 14) == pytest.approx(text_width("a", 14) + text_width("b", 14))
    assert text_width("Hà Nội", 28) == pytest.approx(2 * text_width("Hà Nội", 14))
    long = "Đạt được " * 20  # longer than the cached path
    assert text_width(long, 14) == pytest.approx(20 * text_width("Đạt được ", 14))


def test_line_height_of_times() -> None:
    m = metrics()
    # Word's single spacing for Times New Roman is 1.15 em (ascent + descent + gap).
    assert m.line_height(14) == pytest.approx(16.1, abs=0.01)
    assert m.line_height(14, 1.5) == pytest.approx(1.5 * m.line_height(14))
    assert m.ascent_pt(14) == pytest.approx(12.476, abs=0.01)
    assert m.descent_pt(14) == pytest.approx(3.028, abs=0.01)


def test_wrap_keeps_short_text_on_one_line() -> None:
    assert wrap_text("Độc lập - Tự do - Hạnh phúc", 14, 200, bold=True) == [MOTTO]


def test_wrap_breaks_between_words_like_word() -> None:
    text = "một hai ba bốn năm sáu bảy tám chín mười"
    width = text_width("một hai ba bốn", 14)
    lines = wrap_text(text, 14, width)
    assert lines[0] == "một hai ba bốn"
    assert " ".join(lines) == text
    assert all(text_width(ln, 14) <= width + 0.01 for ln in lines)


def test_wrap_lets_the_trailing_space_overhang() -> None:
    # The line is exactly the width of its words: the space after them hangs out.
    width = text_width("một hai", 14)
    assert wrap_text("một hai ba", 14, width)[0] == "một hai"


def test_wrap_first_line_indent() -> None:
    width = text_width("một hai ba", 14)
    assert wrap_text("một hai ba bốn", 14, width) == ["một hai ba", "bốn"]
    indented = wrap_text("một hai ba bốn", 14, width, first_line_indent_pt=10)
    assert indented == ["một hai", "ba bốn"]


def test_wrap_gives_a_long_word_its_own_line() -> None:
    url = "https://example.gov.vn/a-very-long-path-without-spaces"
    assert wrap_text(f"xem {url} nhé", 14, 60) == ["xem", url, "nhé"]


def test_wrap_empty_text() -> None:
    assert wrap_text("", 14, 100) == [""]
    assert wrap_text("   ", 14, 100) == [""]


def test_fit_lines_ranges() -> None:
    pieces = [(10.0, 2.0)] * 5
    assert fit_lines(pieces, 35) == [(0, 3), (3, 5)]
    assert fit_lines(pieces, 35, first_line_indent_pt=12) == [(0, 2), (2, 5)]
    assert fit_lines([], 35) == [(0, 0)]
