"""Rendered recipients and signature block, and the page-1 footer."""

from __future__ import annotations

import pytest

from tests.render.conftest import DOCUMENTS, Rendered
from tests.render.harness import FONTS, Line, find_wrapped, flow_lines, paragraph_lines
from ucd_desktop.decree import Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout.blocks import Para, TableBlock

pytestmark = pytest.mark.render

MAIN = ["example", "one-page", "nasty", "long"]
ALL = list(DOCUMENTS)
TOL = 0.5


def _block(doc: Rendered) -> list[tuple[Para, Line]]:
    """Each paragraph of the recipients and signature block with its printed line."""
    table = doc.layout.blocks[-1]
    assert isinstance(table, TableBlock) and table.role == "signature"
    left = doc.frame.text_left
    columns = [(left, left + table.widths[0]), (left + table.widths[0], doc.frame.text_right)]
    out = []
    heading = doc.layout.by_role("recipients-heading")[0]
    page = doc.pdf.find(heading.text, None, *columns[0]).page
    for cell, column in zip(table.rows[0].cells, columns, strict=True):
        for p in cell.paras:
            lines = find_wrapped(doc.pdf, p.text, page, *column)
            out += [(p, line) for line in lines]
    return out


@pytest.mark.parametrize("name", ALL)
def test_block_on_one_page_after_some_body_text(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    block = _block(doc)  # every line of it is found on the heading's page
    page = block[0][1].page
    top = min(line.baseline for _p, line in block)
    last = [b for b in doc.layout.blocks if isinstance(b, Para)][-1]
    (last_lines,) = paragraph_lines(doc.pdf, doc.frame, [last])
    assert last_lines[-1].page == page and last_lines[-1].baseline < top
    above = [ln for ln in flow_lines(doc.pdf, doc.frame) if ln.page == page and ln.baseline < top]
    assert above  # never alone at the top of a page


def test_the_break_notices_cross_a_page_boundary(rendered: dict[str, Rendered]) -> None:
    """The test above is exercised: in some break notices the block moved to a new page
    (taking the end of the body with it), in others it stayed."""
    pages = {_block(rendered[n])[0][1].page for n in DOCUMENTS if n.startswith("break-")}
    assert len(pages) >= 2


@pytest.mark.parametrize("name", MAIN)
def test_sizes_and_fonts(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    size = doc.notice.page.body_size
    wanted = {
        "recipients-heading": (12, FONTS[True, True]),
        "recipient": (11, FONTS[False, False]),
        "archive": (11, FONTS[False, False]),
        "authority": (size, FONTS[True, False]),
        "position": (size, FONTS[True, False]),
        "signer-name": (size, FONTS[True, False]),
    }
    for para, line in _block(doc):
        want_size, want_font = wanted[para.role]
        assert line.sizes == {want_size} and line.fonts == {want_font}, para.role
        assert want_size in element(Role(para.role)).size


@pytest.mark.parametrize("name", MAIN)
def test_recipients_heading_level_with_the_authority(
    rendered: dict[str, Rendered], name: str
) -> None:
    lines = {p.role: ln for p, ln in reversed(_block(rendered[name]))}  # first of each role
    first_right = lines.get("authority") or lines["position"]
    assert lines["recipients-heading"].baseline == pytest.approx(first_right.baseline, abs=TOL)


@pytest.mark.parametrize("name", MAIN)
def test_signature_lines_centred_and_room_to_sign(rendered: dict[str, Rendered], name: str) -> None:
    block = _block(rendered[name])
    right = [(p, ln) for p, ln in block if p.role in ("authority", "position", "signer-name")]
    centres = [ln.centre for _p, ln in right]
    assert max(centres) - min(centres) < 2 * TOL
    position = [ln for p, ln in right if p.role == "position"][-1]
    name_line = next(ln for p, ln in right if p.role == "signer-name")
    gap = name_line.baseline - position.baseline
    assert gap - rendered[name].notice.page.body_size * 1.15 in rules.SIGNATURE_SPACE_PT


@pytest.mark.parametrize("name", MAIN)
def test_recipients_lines_start_at_the_margin(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    lines = [line for para, line in _block(doc) if para.role != "authority"]
    lefts = [
        ln for p, ln in _block(doc) if p.role in ("recipients-heading", "recipient", "archive")
    ]
    assert lefts and lines
    for line in lefts:
        assert line.x0 == pytest.approx(doc.frame.text_left, abs=TOL)


def test_footer_on_page_one_only_under_a_full_width_line(rendered: dict[str, Rendered]) -> None:
    doc = rendered["nasty"]
    frame, pdf = doc.frame, doc.pdf
    footer = [pdf.find(p.text, 0) for p in doc.layout.first_page_footer]
    assert all(ln.sizes == {11} and ln.baseline > frame.height - frame.bottom for ln in footer)
    rule = [r for r in pdf.rules[0] if r.y < footer[0].baseline and r.y > footer[0].baseline - 20]
    assert rule and rule[0].x0 == pytest.approx(frame.text_left, abs=1)
    assert rule[0].x1 == pytest.approx(frame.text_right, abs=1)
    texts = {ln.text for page in range(1, pdf.page_count) for ln in pdf.lines(page)}
    assert not texts & {ln.text for ln in footer}
