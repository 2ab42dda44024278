"""The preview draws what prints: its lines are the lines pdftotext reads from the PDF.

The preview paints the paginator's text items; LibreOffice prints the exported .docx;
poppler's pdftotext (an independent reader, not the harness's pdfplumber) reads the
words of the PDF with their boxes. On every page, the lines, read left to right at each
baseline, are the same text at the same height: emphasis with the punctuation after it,
clause titles with their mark, the header of long-named offices.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

from tests.render import samples
from tests.render.harness import convert
from tests.render.test_offices import office_notice, offices
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.metrics import metrics
from ucd_desktop.layout.paginate import Page, paginate
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice, TitleEnd
from ucd_desktop.storage.atomic import atomic_write_bytes

pytestmark = pytest.mark.render

#: Offices with long names (indices into tests/data/offices.toml), shown side by side
#: in docs/screenshots/.
LONG_NAMED = (2, 32, 68)
#: LibreOffice rounds line heights to its own units (see test_paginate_render).
BASELINE_TOL = 1.6


def emphasis_notice() -> Notice:
    notice = samples.one_page_notice()
    notice.body = [
        BodyItem(
            ItemKind.CLAUSE,
            title="Về công tác chỉ đạo, điều hành",
            text="Giao các sở, ngành và địa phương khẩn trương triển khai thực hiện, "
            "hoàn thành **trước ngày 15/01/2027**. Các đơn vị báo cáo *kết quả*, "
            "***khó khăn***; đề xuất giải pháp.",
        ),
        BodyItem(
            ItemKind.CLAUSE,
            title="Về tài chính",
            text="Sở Tài chính bố trí kinh phí.",
            title_end=TitleEnd.STOP,
        ),
        BodyItem(
            ItemKind.POINT,
            title="Về đất đai",
            text="Sở Nông nghiệp và Môi trường **rà soát**.",
            title_end=TitleEnd.PARAGRAPH,
        ),
    ]
    return notice


def documents() -> dict[str, Notice]:
    out = {
        "example": samples.example_notice(),
        "one-page": samples.one_page_notice(),
        "nasty": samples.nasty_notice(),
        "emphasis": emphasis_notice(),
    }
    table = offices()
    for index in LONG_NAMED:
        out[f"office-{index:03d}"] = office_notice(table[index])
    return out


@dataclass
class Compared:
    name: str
    pages: list[Page]
    pdf: Path


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Compared]]:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is not installed", pytrace=False)
    folder = tmp_path_factory.mktemp("preview-lines")
    made = {}
    for name, notice in documents().items():
        layout = build_layout(notice)
        path = folder / f"{name}.docx"
        atomic_write_bytes(path, render_docx(layout, now=samples.NOW))
        made[name] = (path, paginate(layout))
    pdfs = convert([p for p, _pages in made.values()], folder, folder / "lo-profile")
    yield {name: Compared(name, pages, pdfs[path]) for name, (path, pages) in made.items()}


@dataclass(frozen=True)
class PrintedLine:
    """A line as pdftotext reads it: its words, box and baseline."""

    baseline: float
    x0: float
    x1: float
    text: str


def _join(pieces: list[tuple[float, float, str]]) -> str:
    """Pieces (x0, x1, text) left to right; more than 1 pt apart, a space between."""
    pieces = sorted(pieces)
    if not pieces:
        return ""
    text = pieces[0][2]
    for (_a, end, _t), (x, _b, more) in pairwise(pieces):
        text += (" " if x - end > 1.0 else "") + more
    return unicodedata.normalize("NFC", " ".join(text.split()))


def pdftotext_lines(pdf: Path) -> list[list[PrintedLine]]:
    """Each page's lines as pdftotext -bbox-layout reads them (baselines from the word
    boxes: Liberation Serif's ascent is 0.805 of its box)."""
    done = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    m = metrics()
    share = m.ascent / (m.ascent + m.descent)
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in ET.fromstring(done.stdout).iterfind(".//x:page", ns):
        lines = []
        for line in page.iterfind(".//x:line", ns):
            words = [
                (float(w.get("xMin", 0)), float(w.get("xMax", 0)), w.text or "")
                for w in line.iterfind("x:word", ns)
            ]
            y0, y1 = float(line.get("yMin", 0)), float(line.get("yMax", 0))
            x0, x1 = float(line.get("xMin", 0)), float(line.get("xMax", 0))
            lines.append(PrintedLine(y0 + share * (y1 - y0), x0, x1, _join(words)))
        pages.append(lines)
    return pages


def compare_page(page: Page, printed: list[PrintedLine]) -> list[str]:
    """Differences between what the preview paints on ``page`` and ``printed``.

    The preview's text items and the printed lines are grouped where they share a
    baseline and overlap across the page (pdftotext splits a line at a wide blank, such
    as the clerk's room in "Số:        /TB-UBND"); in each group both must read the same.
    """
    Node = tuple[float, float, float, str, bool]  # baseline, x0, x1, text, printed
    nodes: list[Node] = [
        (t.y, t.x, t.x + t.width, t.text, False) for t in page.texts if t.text.strip()
    ]
    nodes += [(ln.baseline, ln.x0, ln.x1, ln.text, True) for ln in printed]
    parent = list(range(len(nodes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(nodes):
        for j in range(i):
            b = nodes[j]
            same_line = abs(a[0] - b[0]) <= BASELINE_TOL
            if same_line and a[4] != b[4] and a[1] < b[2] + 1 and b[1] < a[2] + 1:
                parent[root(i)] = root(j)
    groups: dict[int, list[Node]] = {}
    for i, node in enumerate(nodes):
        groups.setdefault(root(i), []).append(node)
    problems = []
    for group in groups.values():
        ours = _join([(n[1], n[2], n[3]) for n in group if not n[4]])
        theirs = _join([(n[1], n[2], n[3]) for n in group if n[4]])
        if ours != theirs:
            problems.append(f"printed {theirs!r}, preview {ours!r}")
    return problems


@pytest.mark.parametrize("name", list(documents()))
def test_preview_lines_equal_the_lines_pdftotext_reads(
    compared: dict[str, Compared], name: str
) -> None:
    doc = compared[name]
    printed = pdftotext_lines(doc.pdf)
    assert len(doc.pages) == len(printed), f"{name}: pages"
    for page, lines in zip(doc.pages, printed, strict=True):
        assert not compare_page(page, lines), (name, page.number, compare_page(page, lines))


def test_emphasis_keeps_its_punctuation_and_titles_their_mark(
    compared: dict[str, Compared],
) -> None:
    printed = pdftotext_lines(compared["emphasis"].pdf)
    texts = " ".join(line.text for page in printed for line in page)
    assert "15/01/2027. Các" in texts
    assert "1. Về công tác chỉ đạo, điều hành: Giao" in texts
    assert "2. Về tài chính. Sở Tài chính" in texts
