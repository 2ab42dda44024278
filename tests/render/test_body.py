"""Rendered body: justification, indents, spacing, line spacing, fonts, runs and tables."""

from __future__ import annotations

import itertools

import pytest

from tests.render.conftest import Rendered
from tests.render.harness import FONTS, Line, paragraph_lines, single_line_height
from ucd_desktop.layout.blocks import Para, TableBlock

pytestmark = pytest.mark.render

DOCS = ["example", "one-page", "nasty", "long"]
TOL = 0.5
BODY_ROLES = {
    "opening",
    "lead-in",
    "section",
    "clause",
    "point",
    "bullet",
    "paragraph",
    "body",
    "closing",
}


def _body(doc: Rendered) -> tuple[list[Para], list[list[Line]]]:
    paras = [b for b in doc.layout.blocks if isinstance(b, Para) and b.role in BODY_ROLES]
    return paras, paragraph_lines(doc.pdf, doc.frame, paras)


#: LibreOffice spreads a justified line's spare room in whole layout units, so the
#: last glyph of a justified line ends up to about a point short of the margin (a
#: ragged line is short by several points, a whole word at most).
JUSTIFY_TOL = 1.5


@pytest.mark.parametrize("name", DOCS)
def test_justified_with_a_first_line_indent(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    frame = doc.frame
    justified = []
    for para, lines in zip(*_body(doc), strict=True):
        assert lines[0].x0 == pytest.approx(frame.text_left + para.first_indent, abs=TOL)
        for line in lines[1:]:
            assert line.x0 == pytest.approx(frame.text_left, abs=TOL), line.text
            # The indent, measured against the paragraph's own left edge.
            assert lines[0].x0 - line.x0 == pytest.approx(para.first_indent, abs=0.1)
        for line in lines[:-1]:  # every line but the last reaches the right margin
            assert line.x1 == pytest.approx(frame.text_right, abs=JUSTIFY_TOL), line.text
            justified.append(frame.text_right - line.x1)
        assert lines[-1].x1 <= frame.text_right + TOL
    assert len(justified) > 5
    assert sum(justified) / len(justified) < 0.8


@pytest.mark.parametrize("name", DOCS)
def test_indent_is_one_or_1_27_cm(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    indent_cm = doc.notice.page.first_line_indent_cm
    assert indent_cm in (1.0, 1.27)
    _paras, lines = _body(doc)
    measured = {round((ls[0].x0 - ls[1].x0) * 2.54 / 72, 2) for ls in lines if len(ls) > 1}
    assert measured == {indent_cm}


@pytest.mark.parametrize("name", DOCS)
def test_line_and_paragraph_spacing(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    page = doc.notice.page
    pitch = single_line_height(page.body_size) * page.line_spacing
    assert 1.0 <= page.line_spacing <= 1.5
    paras, lines = _body(doc)
    printed = {id(p): ls for p, ls in zip(paras, lines, strict=True)}
    pitches = [
        b.baseline - a.baseline
        for para_lines in lines
        for a, b in itertools.pairwise(para_lines)
        if a.page == b.page
    ]
    gaps = []
    for prev, para in itertools.pairwise(doc.layout.blocks):  # neighbours in the flow
        if id(prev) in printed and id(para) in printed:
            assert isinstance(prev, Para) and isinstance(para, Para)
            a, b = printed[id(prev)][-1], printed[id(para)][0]
            if a.page == b.page:
                gap = b.baseline - a.baseline - pitch
                gaps.append((gap, para.space_before + prev.space_after))
    assert pitches and all(p == pytest.approx(pitch, abs=0.3) for p in pitches)
    assert len(gaps) > 5
    for gap, wanted in gaps:
        assert gap == pytest.approx(wanted, abs=TOL) and gap >= 6 - TOL


@pytest.mark.parametrize("name", DOCS)
def test_fonts_and_sizes_follow_the_runs(rendered: dict[str, Rendered], name: str) -> None:
    """Glyph by glyph: bold, italic and size exactly as the layout's runs say."""
    doc = rendered[name]
    styles_seen = set()
    for para, lines in zip(*_body(doc), strict=True):
        wanted = [
            (ch, FONTS[r.bold, r.italic]) for r in para.runs for ch in r.text if not ch.isspace()
        ]
        glyphs = [g for line in lines for g in line.inked]
        assert [(g.text, g.font) for g in glyphs] == wanted, para.text[:60]
        assert {round(g.size, 2) for g in glyphs} == {para.size}
        styles_seen |= {font for _ch, font in wanted}
    if name == "nasty":
        assert styles_seen == set(FONTS.values())  # upright, bold, italic, bold italic


def test_section_clause_and_point_labels_printed(rendered: dict[str, Rendered]) -> None:
    pdf = rendered["nasty"].pdf
    texts = [ln.text for ln in pdf.all_lines()]
    for start in (
        "I. ĐÁNH GIÁ CHUNG",
        "II. NHIỆM VỤ TRỌNG TÂM",
        "1. Sở Xây dựng",
        "a) ",
        "đ) Về nhà ở xã hội",
        "- Địa chỉ tra cứu",
        "3. ",
    ):
        assert any(t.startswith(start) for t in texts), start


def test_body_tables_fit_the_text_width(rendered: dict[str, Rendered]) -> None:
    doc = rendered["nasty"]
    frame = doc.frame
    tables = [b for b in doc.layout.blocks if isinstance(b, TableBlock) and b.borders]
    assert tables
    edges = [r for page in doc.pdf.rules for r in page if r.length > 100]
    full = [
        r for r in edges if abs(r.x0 - frame.text_left) < 1 and abs(r.x1 - frame.text_right) < 1
    ]
    assert len(full) >= 2 * len(tables)  # at least a top and a bottom edge each
    for r in edges:
        assert r.x0 >= frame.text_left - 1 and r.x1 <= frame.text_right + 1
    stt = doc.pdf.find("STT Đơn vị Nhiệm vụ Thời hạn")  # the heading row, "STT" whole
    assert stt.fonts == {FONTS[True, False]}
