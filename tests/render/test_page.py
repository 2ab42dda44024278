"""Rendered pages: A4, margins, fonts and page numbers (LibreOffice -> PDF -> pdfplumber)."""

from __future__ import annotations

import pytest

from tests.render.conftest import Rendered
from tests.render.harness import FONTS
from ucd_desktop.layout.metrics import metrics

pytestmark = pytest.mark.render

MAIN = ["example", "one-page", "nasty", "long"]
TOL = 0.5


@pytest.mark.parametrize("name", MAIN)
def test_a4_portrait(rendered: dict[str, Rendered], name: str) -> None:
    pdf = rendered[name].pdf
    assert pdf.width == pytest.approx(595.28, abs=TOL)
    assert pdf.height == pytest.approx(841.89, abs=TOL)


def test_page_counts(rendered: dict[str, Rendered]) -> None:
    assert rendered["one-page"].pdf.page_count == 1
    assert 2 <= rendered["example"].pdf.page_count <= 3
    assert rendered["long"].pdf.page_count >= 30


@pytest.mark.parametrize("name", MAIN)
def test_text_block_inside_the_margins(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    frame, pdf = doc.frame, doc.pdf
    m = metrics()
    footer = {p.text for p in doc.layout.first_page_footer}
    reach_left = reach_right = False
    for page in range(pdf.page_count):
        for line in pdf.lines(page):
            top = line.baseline - max(m.ascent_pt(g.size) for g in line.inked)
            bottom = line.baseline + max(m.descent_pt(g.size) for g in line.inked)
            if line.baseline < frame.top:  # the page number, in the top margin
                assert page > 0 and line.text == str(page + 1)
                continue
            if page == 0 and line.text in footer:  # the footer, in the bottom margin
                assert bottom <= frame.height
                continue
            assert top >= frame.top - TOL, (page, line.text)
            assert bottom <= frame.height - frame.bottom + TOL, (page, line.text)
            assert line.x0 >= frame.text_left - TOL, (page, line.text)
            assert line.x1 <= frame.text_right + TOL, (page, line.text)
            reach_left |= abs(line.x0 - frame.text_left) < TOL
            reach_right |= abs(line.x1 - frame.text_right) < TOL
    assert reach_left and reach_right  # justified lines run from margin to margin


@pytest.mark.parametrize("name", MAIN)
def test_every_glyph_is_liberation_serif(rendered: dict[str, Rendered], name: str) -> None:
    pdf = rendered[name].pdf
    fonts = {g.font for page in pdf.glyphs for g in page if not g.text.isspace()}
    assert fonts <= set(FONTS.values())


@pytest.mark.parametrize("name", MAIN)
def test_page_numbers_from_page_two(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    frame, pdf = doc.frame, doc.pdf
    size = doc.layout.page_number.size
    assert not [ln for ln in pdf.lines(0) if ln.baseline < frame.top]  # none on page 1
    for page in range(1, pdf.page_count):
        (number,) = [ln for ln in pdf.lines(page) if ln.baseline < frame.top]
        assert number.text == str(page + 1)
        assert number.centre == pytest.approx(frame.centre, abs=TOL)
        assert number.sizes == {size} and number.fonts == {FONTS[False, False]}
        assert number.baseline + metrics().descent_pt(size) < frame.top  # in the margin
        assert number.baseline - metrics().ascent_pt(size) > 0
