"""The paginator against LibreOffice: same pages, same lines, same baselines.

Several notices chosen to hit the hard cases (a table over three pages, the signature
block pushed to a new page with the last paragraph, 1.5 and 13 pt spacing, wide margins,
a page-1 footer, boxed marks, a word longer than a line, sections kept with their first
paragraph) are exported to .docx and converted by one soffice call; every page of the
PDF must hold the lines the paginator put there, in the same order.
"""

from __future__ import annotations

import copy
import random
import shutil
import subprocess
import unicodedata
from itertools import pairwise
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.paginate import Page, paginate
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice, Secrecy, Table, Urgency
from ucd_desktop.storage.drafts import load_draft

pytestmark = pytest.mark.render

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
Line = tuple[float, str]


def say(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n))


def notices() -> dict[str, Notice]:
    base = load_draft(EXAMPLE).notice
    rnd = random.Random(30)
    out = {"example": base}
    n = copy.deepcopy(base)
    rows = [["STT", "Đơn vị", "Nhiệm vụ", "Thời hạn"]]
    rows += [[str(i), f"Sở số {i}", say(rnd, 8 + i % 17), "30/6"] for i in range(1, 45)]
    n.body.insert(3, BodyItem(ItemKind.TABLE, table=Table(rows, [0.6, 2, 4, 1.2], 1)))
    out["table"] = n
    n = copy.deepcopy(base)  # a row taller than a page: it must split to print at all
    rows = [["Đơn vị", "Nhiệm vụ"], ["Sở Xây dựng", say(rnd, 1400)], ["Sở Y tế", say(rnd, 9)]]
    n.body.insert(3, BodyItem(ItemKind.TABLE, table=Table(rows, [1, 4], 1)))
    out["tall-row"] = n
    for k in range(3):  # the block after the body near the foot of a page
        n = copy.deepcopy(base)
        n.body += [BodyItem(ItemKind.BULLET, text=say(rnd, 14)) for _ in range(8 + 5 * k)]
        n.closing += " " + say(rnd, 20 * k)
        out[f"signature{k}"] = n
    n = copy.deepcopy(base)
    n.page.line_spacing, n.page.body_size = 1.5, 13
    n.page.margin_top_mm = n.page.margin_bottom_mm = 25
    n.page.margin_left_mm, n.page.margin_right_mm = 35, 20
    n.footer = "Địa chỉ: 61 Nguyễn Huệ, TP Tân An\nĐiện thoại: 0272 3826 000"
    n.urgency, n.secrecy = Urgency.KHAN, Secrecy.MAT
    out["spacing"] = n
    n = copy.deepcopy(base)
    n.body = []
    for s in range(3):
        n.body.append(BodyItem(ItemKind.SECTION, title=f"Nhiệm vụ phần {s + 1}"))
        for c in range(3):
            text = say(rnd, 20 + 25 * c) + " https://longan.gov.vn/" + "abcdefghij" * (c * 6)
            n.body.append(BodyItem(ItemKind.CLAUSE, title="Sở Công Thương", text=text))
    out["sections"] = n
    return out


def pdf_lines(pdf: Path) -> list[list[Line]]:
    pdfplumber = pytest.importorskip("pdfplumber")
    pages = []
    with pdfplumber.open(pdf) as doc:
        for pg in doc.pages:
            rows: dict[float, list[tuple[float, float, str]]] = {}
            for c in pg.chars:
                base = round(float(pg.height) - float(c["matrix"][5]), 1)
                rows.setdefault(base, []).append((float(c["x0"]), float(c["x1"]), c["text"]))
            pages.append(join(rows))
    return pages


def our_lines(page: Page) -> list[Line]:
    rows: dict[float, list[tuple[float, float, str]]] = {}
    for t in page.texts:
        rows.setdefault(round(t.y, 1), []).append((t.x, t.x + t.width, t.text))
    return join(rows)


def join(rows: dict[float, list[tuple[float, float, str]]]) -> list[Line]:
    """One line per baseline (baselines less than 0.6 pt apart are one: the number and
    the date sit on one line); pieces more than 1 pt apart are joined with a space."""
    clusters: list[tuple[float, list[tuple[float, float, str]]]] = []
    for y in sorted(rows):
        if clusters and y - clusters[-1][0] < 0.6:
            clusters[-1][1].extend(rows[y])
        else:
            clusters.append((y, list(rows[y])))
    out: list[Line] = []
    for y, pieces in clusters:
        pieces.sort()
        text = pieces[0][2]
        for (_a, end, _t), (x, _b, more) in pairwise(pieces):
            text += (" " if x - end > 1.0 else "") + more
        out.append((y, unicodedata.normalize("NFC", " ".join(text.split()))))
    return out


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[Page]]]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("paginate-render")
    made: dict[str, tuple[Path, list[Page]]] = {}
    files = []
    for name, notice in notices().items():
        layout = build_layout(notice)
        docx = folder / f"{name}.docx"
        docx.write_bytes(render_docx(layout))
        files.append(str(docx))
        made[name] = (folder / f"{name}.pdf", paginate(layout))
    profile = (folder / "profile").resolve().as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    command += ["--convert-to", "pdf", "--outdir", str(folder), *files]
    subprocess.run(command, check=True, capture_output=True, timeout=600)
    return made


@pytest.mark.parametrize(
    "name",
    [
        "example",
        "table",
        "tall-row",
        "signature0",
        "signature1",
        "signature2",
        "spacing",
        "sections",
    ],
)
def test_same_pages_lines_and_baselines(
    rendered: dict[str, tuple[Path, list[Page]]], name: str
) -> None:
    pdf, pages = rendered[name]
    theirs = pdf_lines(pdf)
    assert len(pages) == len(theirs), f"{name}: pages"
    for page, other in zip(pages, theirs, strict=True):
        mine = our_lines(page)
        assert [t for _y, t in mine] == [t for _y, t in other], f"{name}, page {page.number}"
        for (y, text), (y2, _t) in zip(mine, other, strict=True):
            # LibreOffice rounds line heights to its own units: 0.4 pt a page at 14 pt,
            # about 1.5 pt a page at 13 pt.
            assert y == pytest.approx(y2, abs=1.6), f"{name}, page {page.number}: {text}"
