"""Words and rules of a PDF page, read with PDFium."""

from __future__ import annotations

import io

import pytest

from tests.reading.conftest import NOTICES
from ucd_desktop.reading.pdf_words import open_pdf, page_rules, page_words
from ucd_desktop.reading.result import ReadError


def _drawn_pdf(text: bytes | None = None) -> bytes:
    """A page drawn by hand: two words, a bold one, a line, a flat box, a tall box (or
    the content stream ``text``)."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
    )

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    fonts = DictionaryObject()
    for key, base in (("/F1", "/Times-Roman"), ("/F2", "/Times-Bold")):
        font = DictionaryObject()
        font[NameObject("/Type")] = NameObject("/Font")
        font[NameObject("/Subtype")] = NameObject("/Type1")
        font[NameObject("/BaseFont")] = NameObject(base)
        fonts[NameObject(key)] = writer._add_object(font)
    resources = DictionaryObject({NameObject("/Font"): fonts})
    page[NameObject("/Resources")] = resources
    content = DecodedStreamObject()
    content.set_data(
        text
        or b"BT /F1 12 Tf 100 700 Td (Hello world) Tj ET "
        b"BT /F2 14 Tf 100 650 Td (Bold) Tj 60 0 Td (far) Tj ET "
        b"1 w 100 600 m 300 600 l S "
        b"q 2 0 0 1 50 500 cm 0 0 100 0.5 re f Q "
        b"100 400 200 50 re S "
        b"100 300 m 110 300 l S"
    )
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_words_with_positions_fonts_and_sizes() -> None:
    with open_pdf(_drawn_pdf(), "x.pdf") as pdf:
        words = page_words(pdf[0])
    assert [w.text for w in words] == ["Hello", "world", "Bold", "far"]
    hello, world, bold, far = words
    assert hello.x0 == pytest.approx(100, abs=0.5) and hello.size == 12
    assert hello.bottom == pytest.approx(842 - 700, abs=0.1)
    assert hello.top == pytest.approx(hello.bottom - 12, abs=0.1)
    assert hello.x1 < world.x0 < hello.x1 + 5  # one space apart
    assert "bold" in bold.fontname.lower() and "bold" not in hello.fontname.lower()
    assert far.x0 == pytest.approx(160, abs=0.5)  # a separate word: a wide gap


def test_rules_are_flat_straight_pieces_of_drawn_paths() -> None:
    with open_pdf(_drawn_pdf(), "x.pdf") as pdf:
        rules = page_rules(pdf[0])
    found = sorted((round(r.x0), round(r.x1), round(r.top, 1)) for r in rules)
    # The stroked line, and the flat box scaled by its transformation; not the tall box
    # and not the 10-point stroke.
    assert found == [(50, 250, 341.5), (100, 300, 242.0)]


def test_a_hyphen_at_the_end_of_a_line_stays_a_hyphen() -> None:
    # PDFium reports it as a control character (0x02); the paragraph joiner needs "-".
    data = _drawn_pdf(b"BT /F1 12 Tf 100 700 Td (the Covid-) Tj 0 -14 Td (19 wave) Tj ET")
    with open_pdf(data, "x.pdf") as pdf:
        assert [w.text for w in page_words(pdf[0])] == ["the", "Covid-", "19", "wave"]


def test_the_ministry_pdf_is_read_in_vietnamese() -> None:
    with open_pdf((NOTICES / "ministry-office.pdf").read_bytes(), "b.pdf") as pdf:
        assert len(pdf) == 3
        words = [w.text for w in page_words(pdf[0])]
    assert words[:3] == ["BỘ", "TÀI", "CHÍNH"]
    assert "HÒA" in words and "Hạnh" in words


def test_errors_name_the_file() -> None:
    with pytest.raises(ReadError, match=r"a\.pdf"), open_pdf(b"not a pdf", "a.pdf"):
        pass
