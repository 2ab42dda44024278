"""The header of every real office in tests/data/offices.toml, rendered and measured.

All the notices are converted by one LibreOffice call. For each: the left column prints
exactly the lines the layout chose (LibreOffice wraps nothing more) and no line is one
word the drafter did not type alone; the Quốc hiệu, the motto and the place and date are
whole lines; the columns' text stays 3 mm apart; "Số:" sits on the date's baseline; the
issuing body's rule sits under its last line, 1/3 to 1/2 of its widest line, and the
motto's rule is as long as the motto.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.render import samples
from tests.render.harness import Frame, Line, Pdf, Rule, convert
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout import rules
from ucd_desktop.layout.blocks import DocumentLayout, TableBlock
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.header import date_text
from ucd_desktop.layout.header_fit import GAP_MM
from ucd_desktop.layout.punctuation import number_line
from ucd_desktop.model.notice import MOTTO, NATIONAL_TITLE, Notice
from ucd_desktop.storage.atomic import atomic_write_bytes

pytestmark = pytest.mark.render

OFFICES_FILE = samples.REPO / "tests" / "data" / "offices.toml"
TOL = 0.3


def offices() -> list[dict[str, Any]]:
    with OFFICES_FILE.open("rb") as f:
        return list(tomllib.load(f)["office"])


def office_notice(office: dict[str, Any]) -> Notice:
    """A one-page notice from ``office``, dated with the longest day and month."""
    notice = samples.one_page_notice()
    notice.governing_body = list(office["governing"])
    notice.issuing_body = list(office["issuing"])
    notice.place = office["place"]
    notice.symbol = office["symbol"]
    notice.number, notice.day, notice.month, notice.year = "128", 28, 12, 2026
    return notice


@dataclass
class Office:
    index: int
    notice: Notice
    layout: DocumentLayout
    pdf: Pdf

    @property
    def columns(self) -> tuple[tuple[float, float], tuple[float, float]]:
        header = self.layout.blocks[0]
        assert isinstance(header, TableBlock)
        frame = Frame.of(self.layout)
        mid = frame.text_left + header.widths[0]
        return (frame.text_left, mid), (mid, frame.text_right)


@pytest.fixture(scope="module")
def rendered_offices(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Office]]:
    folder = tmp_path_factory.mktemp("offices")
    made: list[tuple[Notice, DocumentLayout, Path]] = []
    for index, office in enumerate(offices()):
        notice = office_notice(office)
        layout = build_layout(notice)
        path = folder / f"office-{index:03d}.docx"
        atomic_write_bytes(path, render_docx(layout, now=samples.NOW))
        made.append((notice, layout, path))
    pdfs = convert([m[2] for m in made], folder, folder / "lo-profile")
    yield [
        Office(i, notice, layout, Pdf.read(pdfs[path]))
        for i, (notice, layout, path) in enumerate(made)
    ]


def test_the_corpus_is_large_and_real() -> None:
    found = offices()
    assert len(found) >= 60
    places = {o["place"] for o in found}
    assert {"Thành phố Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế"} <= places
    names = {" ".join(o["issuing"]) for o in found}
    for name in (
        "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ",
    ):
        assert name in names


def _left_lines(doc: Office, number: Line) -> list[Line]:
    left = doc.columns[0]
    return [ln for ln in doc.pdf.lines(0, *left) if ln.baseline < number.baseline - 1]


def _check(doc: Office) -> None:
    pdf, (left, right) = doc.pdf, doc.columns
    label = " / ".join(doc.notice.governing_body + doc.notice.issuing_body)
    number = pdf.find(number_line(doc.notice.number, doc.notice.symbol), 0, *left)
    date = pdf.find(date_text(doc.notice), 0, *right)  # whole: the date never wraps
    title = pdf.find(NATIONAL_TITLE, 0, *right)
    motto = pdf.find(MOTTO, 0, *right)
    assert number.baseline == pytest.approx(date.baseline, abs=TOL), label

    printed = _left_lines(doc, number)
    governing = [p.text for p in doc.layout.by_role("governing-body")]
    issuing = [p.text for p in doc.layout.by_role("issuing-body")]
    assert [ln.text for ln in printed] == governing + issuing, label
    typed = {ln.strip() for ln in doc.notice.governing_body + doc.notice.issuing_body}
    for line in printed:
        assert len(line.text.split()) > 1 or line.text in typed, (label, line.text)

    gap = rules.mm_to_pt(GAP_MM) - TOL
    for line in printed:
        if line.baseline <= motto.baseline + 2:  # beside the Quốc hiệu and the motto
            assert min(title.x0, motto.x0) - line.x1 >= gap, (label, line.text)
    assert date.x0 - number.x1 >= gap, label

    issuer_lines = printed[len(governing) :]
    rule = _rule_under(pdf, issuer_lines[-1])
    widest = max(ln.width for ln in issuer_lines)
    assert rule.length / widest in rules.SHORT_RULE_RATIO, label
    assert rule.centre == pytest.approx(sum(left) / 2, abs=0.5), label
    motto_rule = _rule_under(pdf, motto)
    assert motto_rule.length == pytest.approx(motto.width, abs=0.5), label


def _rule_under(pdf: Pdf, line: Line) -> Rule:
    """The rule just under ``line`` (above the next line of text)."""
    below = [
        r
        for r in pdf.rules[line.page]
        if line.baseline < r.y < line.baseline + max(line.sizes)
        and line.x0 - 1 <= r.centre <= line.x1 + 1
    ]
    assert below, f"no rule right under {line.text!r}"
    return below[0]


def test_every_office_header_renders_as_laid_out(rendered_offices: list[Office]) -> None:
    failures = []
    for doc in rendered_offices:
        try:
            _check(doc)
        except AssertionError as e:
            failures.append(f"{doc.index}: {e}")
    assert not failures, "\n".join(failures)


def test_long_names_break_where_a_clerk_would(rendered_offices: list[Office]) -> None:
    by_name = {" ".join(d.notice.issuing_body): d for d in rendered_offices}

    def printed(name: str) -> list[str]:
        doc = by_name[name]
        line = number_line(doc.notice.number, doc.notice.symbol)
        number = doc.pdf.find(line, 0, *doc.columns[0])
        lines = [ln.text for ln in _left_lines(doc, number)]
        return lines[len(doc.layout.by_role("governing-body")) :]

    assert printed("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH") == ["SỞ VĂN HÓA,", "THỂ THAO VÀ DU LỊCH"]
    assert printed("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") in (
        ["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"],
        ["SỞ LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI"],
    )
    vp = printed("VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ")
    assert "ĐOÀN ĐẠI BIỂU QUỐC HỘI" in vp and not any(ln.endswith("ĐẠI BIỂU") for ln in vp)
