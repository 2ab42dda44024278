"""Rendered header, type name and summary: sizes, fonts, centring, rules, baselines."""

from __future__ import annotations

import pytest

from tests.render.conftest import Rendered
from tests.render.harness import FONTS, Line, Rule, italic_correction
from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout.blocks import Para, TableBlock
from ucd_desktop.layout.metrics import metrics

pytestmark = pytest.mark.render

DOCS = ["example", "one-page", "nasty"]
TOL = 0.5


def _columns(doc: Rendered) -> list[tuple[float, float]]:
    header = doc.layout.blocks[0]
    assert isinstance(header, TableBlock)
    left = doc.frame.text_left
    mid = left + header.widths[0]
    return [(left, mid), (mid, doc.frame.text_right)]


def _header_paras(doc: Rendered) -> list[tuple[Para, tuple[float, float]]]:
    header = doc.layout.blocks[0]
    assert isinstance(header, TableBlock)
    out = []
    for row in header.rows:
        for cell, column in zip(row.cells, _columns(doc), strict=True):
            out += [(p, column) for p in cell.paras if p.text]
    return out


def _find(doc: Rendered, p: Para, column: tuple[float, float]) -> Line:
    return doc.pdf.find(p.text, 0, *column)


@pytest.mark.parametrize("name", DOCS)
def test_header_lines_size_font_and_centring(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    for p, column in _header_paras(doc):
        line = _find(doc, p, column)
        run = p.runs[0]
        assert line.fonts == {FONTS[run.bold, run.italic]}, p.role
        assert line.sizes == {p.size}, p.role
        centre = sum(column) / 2 - italic_correction(line)
        assert line.centre == pytest.approx(centre, abs=TOL), p.role
        assert column[0] <= line.x0 and line.x1 <= column[1], p.role  # on one line, inside


def test_element_sizes_of_the_example(rendered: dict[str, Rendered]) -> None:
    doc = rendered["example"]
    size = {p.role: _find(doc, p, c).sizes for p, c in _header_paras(doc)}
    assert size == {
        "issuing-body": {13},
        "national-title": {13},
        "motto": {14},
        "number": {13},
        "place-date": {14},
    }


def test_governing_body_upright_and_marks_bold(rendered: dict[str, Rendered]) -> None:
    doc = rendered["nasty"]
    roles = {p.role: _find(doc, p, c) for p, c in _header_paras(doc)}
    assert roles["governing-body"].fonts == {FONTS[False, False]}
    assert roles["issuing-body"].fonts == {FONTS[True, False]}
    assert roles["mark"].fonts == {FONTS[True, False]} and roles["mark"].sizes == {13}


@pytest.mark.parametrize("name", DOCS)
def test_number_and_date_share_a_baseline(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    roles = {p.role: _find(doc, p, c) for p, c in _header_paras(doc)}
    assert roles["number"].baseline == pytest.approx(roles["place-date"].baseline, abs=TOL)


def _rule_under(doc: Rendered, line: Line) -> Rule:
    """The first rule below ``line`` whose centre lies within ``line``'s extent."""
    below = [
        r
        for r in doc.pdf.rules[line.page]
        if r.y > line.baseline and line.x0 - 1 <= r.centre <= line.x1 + 1
    ]
    assert below, f"no rule under {line.text!r}"
    return below[0]


def _sits_below(rule: Rule, line: Line) -> None:
    """A little under the descenders, like the drawn lines of real notices: never on
    the text, never a line away from it."""
    size = max(line.sizes)
    descent = metrics().descent_pt(size)
    assert rule.weight == pytest.approx(rules.RULE_WEIGHT_PT, abs=0.1)
    assert line.baseline + descent + 1.0 <= rule.y <= line.baseline + 0.6 * size, (
        line.text,
        rule.y - line.baseline,
    )


@pytest.mark.parametrize("name", DOCS)
def test_motto_rule_exactly_as_long_as_the_motto(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    motto = doc.pdf.find("Độc lập - Tự do - Hạnh phúc", 0, *_columns(doc)[1])
    rule = _rule_under(doc, motto)
    assert rule.length == pytest.approx(motto.width, abs=TOL)
    assert rule.centre == pytest.approx(motto.centre, abs=TOL)
    _sits_below(rule, motto)


@pytest.mark.parametrize("name", DOCS)
def test_issuer_rule_a_third_to_a_half(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    column = _columns(doc)[0]
    lines = [_find(doc, p, column) for p in doc.layout.by_role("issuing-body")]
    rule = _rule_under(doc, lines[-1])
    widest = max(ln.width for ln in lines)
    assert rule.length / widest in rules.SHORT_RULE_RATIO
    assert rule.centre == pytest.approx(sum(column) / 2, abs=TOL)
    _sits_below(rule, lines[-1])


@pytest.mark.parametrize("name", DOCS)
def test_type_name_summary_and_rule(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    frame, size = doc.frame, doc.notice.page.body_size
    type_name = doc.pdf.find("THÔNG BÁO", 0)
    assert type_name.fonts == {FONTS[True, False]} and type_name.sizes == {size}
    assert type_name.centre == pytest.approx(frame.centre, abs=TOL)
    summary = [
        ln
        for ln in doc.pdf.lines(0)
        if type_name.baseline < ln.baseline < type_name.baseline + 4 * size
        and ln.fonts == {FONTS[True, False]}
    ]
    assert " ".join(ln.text for ln in summary) == " ".join(doc.notice.summary.split())
    for line in summary:
        assert line.sizes == {size} and line.centre == pytest.approx(frame.centre, abs=TOL)
    rule = _rule_under(doc, summary[-1])
    assert rule.length / max(ln.width for ln in summary) in rules.SHORT_RULE_RATIO
    assert rule.centre == pytest.approx(frame.centre, abs=TOL)
    _sits_below(rule, summary[-1])
