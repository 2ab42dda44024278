"""Line breaking as Word does it: where lines break and where every piece goes."""

from __future__ import annotations

import random

import pytest

from ucd_desktop.layout.blocks import Align, Run
from ucd_desktop.layout.linebreak import Line, break_lines
from ucd_desktop.layout.metrics import text_width

WIDTH = 467.72  # 165 mm
WORDS = [
    "công",
    "tác",
    "kiểm",
    "tra",
    "giám",
    "sát",
    "việc",
    "thực",
    "hiện",
    "chế",
    "độ",
    "chính",
    "sách",
    "người",
    "lao",
    "động",
]


def text_of(line: Line) -> str:
    out = ""
    end = None
    for piece in line.pieces:
        if end is not None and piece.x - end > 0.01:
            out += " "
        out += piece.text
        end = piece.x + piece.width
    return out


def paragraph(seed: int, n: int) -> str:
    rnd = random.Random(seed)
    return " ".join(rnd.choice(WORDS) for _ in range(n))


@pytest.mark.parametrize("seed", range(12))
def test_justified_lines_end_exactly_at_the_right_indent(seed: int) -> None:
    text = paragraph(seed, 40 + seed * 7)
    lines = break_lines([Run(text)], 14, Align.JUSTIFY, WIDTH, first_indent=36, right_indent=10)
    assert len(lines) > 1
    assert lines[0].start == pytest.approx(36)
    for line in lines[:-1]:
        last = line.pieces[-1]
        assert last.x + last.width == pytest.approx(WIDTH - 10, abs=0.01)
        assert line.end == pytest.approx(WIDTH - 10, abs=0.01)
    assert lines[-1].end < WIDTH - 10  # the last line keeps natural spaces
    assert " ".join(text_of(line) for line in lines) == text


def test_greedy_breaks_match_word_widths() -> None:
    text = paragraph(3, 80)
    lines = break_lines([Run(text)], 14, Align.LEFT, WIDTH)
    words = text.split()
    space = text_width(" ", 14)
    i = 0
    for line in lines:
        count = len(text_of(line).split())
        used = sum(text_width(w, 14) for w in words[i : i + count]) + space * (count - 1)
        assert used <= WIDTH + 0.01
        if i + count < len(words):  # the next word would not have fitted
            assert used + space + text_width(words[i + count], 14) > WIDTH
        i += count
    assert i == len(words)


def test_centre_and_right_ignore_trailing_spaces() -> None:
    (c,) = break_lines([Run("THÔNG BÁO   ")], 14, Align.CENTER, 400)
    (c2,) = break_lines([Run("THÔNG BÁO")], 14, Align.CENTER, 400)
    assert c.start == pytest.approx(c2.start)
    assert (c.start + c.end) / 2 == pytest.approx(200)
    (r,) = break_lines([Run("Nguyễn Văn A")], 14, Align.RIGHT, 400, right_indent=20)
    assert r.end == pytest.approx(380)


def test_runs_of_spaces_are_kept() -> None:
    (line,) = break_lines([Run("Số:        /TB-UBND")], 13, Align.CENTER, 185)
    (piece,) = line.pieces
    assert piece.text == "Số:        /TB-UBND"
    assert piece.width == pytest.approx(text_width("Số:        /TB-UBND", 13))


def test_breaks_after_a_hyphen_inside_a_word_only() -> None:
    width = text_width("dịch Covid-", 14) + 2
    lines = break_lines([Run("dịch Covid-19 lan")], 14, Align.LEFT, width)
    assert [text_of(line) for line in lines] == ["dịch Covid-", "19 lan"]
    narrow = text_width("- Phối", 14) + 1
    lines = break_lines([Run("- Phối hợp")], 14, Align.LEFT, narrow)
    assert text_of(lines[0]) == "- Phối"  # never a lone "-" at a line end
    lines = break_lines([Run("nhiệt độ -5 độ")], 14, Align.LEFT, text_width("nhiệt độ -", 14))
    assert all(not text_of(line).endswith("-") for line in lines)


def test_a_word_longer_than_a_line_starts_a_line_and_is_cut() -> None:
    long = "https://longan.gov.vn/" + "abcdefghij" * 20
    lines = break_lines([Run(f"Xem {long} nhé")], 14, Align.JUSTIFY, 300)
    assert text_of(lines[0]) == "Xem"
    assert "".join(text_of(line) for line in lines[1:-1]) + text_of(lines[-1]).split()[0] == long
    assert all(line.end <= 300 + 0.01 for line in lines)


def test_styles_inside_a_word_are_separate_pieces() -> None:
    runs = [Run("Về "), Run("đầu", bold=True), Run("tư công", italic=True)]
    (line,) = break_lines(runs, 14, Align.LEFT, WIDTH)
    assert [(p.text, p.bold, p.italic) for p in line.pieces] == [
        ("Về", False, False),
        ("đầu", True, False),
        ("tư công", False, True),
    ]
    a, b = line.pieces[1], line.pieces[2]
    assert b.x == pytest.approx(a.x + a.width)  # one word: no space between


def test_page_field_empty_paragraph_and_memo() -> None:
    (line,) = break_lines([Run("", page_field=True)], 14, Align.CENTER, 400, page_text="12")
    assert line.pieces[0].text == "12"
    (empty,) = break_lines([], 2, Align.CENTER, 100)
    assert empty.pieces == ()
    first = break_lines([Run("một hai")], 14, Align.LEFT, 100)
    assert break_lines([Run("một hai")], 14, Align.LEFT, 100) is first  # memoised
