from __future__ import annotations

from ucd_desktop.model.inline import Span, has_marks, parse_inline, plain_text


def test_plain_text_is_one_span() -> None:
    assert parse_inline("Ngày 26/5/2022") == [Span("Ngày 26/5/2022")]
    assert parse_inline("") == []


def test_bold_italic_and_both() -> None:
    spans = parse_inline("a **b** c *d* ***e***")
    assert spans == [
        Span("a "),
        Span("b", bold=True),
        Span(" c "),
        Span("d", italic=True),
        Span(" "),
        Span("e", bold=True, italic=True),
    ]


def test_nested_marks() -> None:
    assert parse_inline("**a *b* c**") == [
        Span("a ", bold=True),
        Span("b", bold=True, italic=True),
        Span(" c", bold=True),
    ]


def test_unpaired_mark_stays_text() -> None:
    assert plain_text("5 * 3 = 15") == "5 * 3 = 15"
    assert parse_inline("**chưa đóng") == [Span("**chưa đóng")]


def test_escaped_asterisk() -> None:
    assert parse_inline(r"\*không đậm\*") == [Span("*không đậm*")]
    assert not has_marks(r"\*x\*")
    assert has_marks("**x**")
