"""Render .docx files with LibreOffice and measure the PDFs it makes.

One ``soffice`` call converts every file of a test session (LibreOffice starts slowly),
with a private profile so it never touches the user's. Without LibreOffice the render
tests fail, unless UCD_SKIP_RENDER=1 says to skip them on purpose.

Measurements come from pdfplumber: every glyph with its font, size, pen position and
advance; glyphs on one baseline (inside an optional column) form a line. Lengths are in
points from the top-left corner of the page, like the layout's.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pytest

from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout.blocks import DocumentLayout, Para
from ucd_desktop.layout.metrics import metrics

SKIP_ENV = "UCD_SKIP_RENDER"
TIMEOUT_S = 600


def soffice() -> str:
    """The LibreOffice program; fails the test (or skips it, if asked) when missing."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"LibreOffice not installed and {SKIP_ENV}=1")
    pytest.fail(
        "LibreOffice (soffice) is not installed, so the render tests cannot run. Install "
        f"libreoffice-writer (and fonts-liberation2), or set {SKIP_ENV}=1 to skip them.",
        pytrace=False,
    )


def convert(files: list[Path], outdir: Path, profile: Path) -> dict[Path, Path]:
    """Convert ``files`` to PDF in ``outdir`` with one soffice call; docx path -> pdf path."""
    command = [
        soffice(),
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    out = {f: outdir / f"{f.stem}.pdf" for f in files}
    missing = [f.name for f, pdf in out.items() if not pdf.exists()]
    if missing:
        pytest.fail(
            f"soffice did not convert {missing} (exit {done.returncode}): {done.stderr[-2000:]}",
            pytrace=False,
        )
    return out


def base_font(name: str) -> str:
    """ "BAAAAA+LiberationSerif-Bold" -> "LiberationSerif-Bold"."""
    return name.split("+", 1)[-1]


#: The font each style must print in (Liberation Serif stands in for Times New Roman).
FONTS = {
    (False, False): "LiberationSerif",
    (True, False): "LiberationSerif-Bold",
    (False, True): "LiberationSerif-Italic",
    (True, True): "LiberationSerif-BoldItalic",
}


@dataclass(frozen=True)
class Glyph:
    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    font: str


@dataclass
class Line:
    """Glyphs on one baseline of one page, left to right."""

    page: int
    baseline: float
    glyphs: list[Glyph]

    @property
    def inked(self) -> list[Glyph]:
        return [g for g in self.glyphs if not g.text.isspace()]

    @property
    def text(self) -> str:
        """The glyphs' text, spaces collapsed; a wide gap (between table cells or
        header columns) counts as a space."""
        out: list[str] = []
        previous: Glyph | None = None
        for g in self.glyphs:
            if previous is not None and g.x0 - previous.x1 > 0.15 * g.size:
                out.append(" ")
            out.append(g.text)
            previous = g
        return " ".join("".join(out).split())

    @property
    def x0(self) -> float:
        return self.inked[0].x0

    @property
    def x1(self) -> float:
        return self.inked[-1].x1

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def fonts(self) -> set[str]:
        return {g.font for g in self.inked}

    @property
    def sizes(self) -> set[float]:
        return {round(g.size, 2) for g in self.inked}

    def glyphs_of(self, text: str) -> list[Glyph]:
        """The inked glyphs of the first occurrence of ``text`` (no spaces) in the line."""
        joined = "".join(g.text for g in self.inked)
        start = joined.find(text.replace(" ", ""))
        assert start >= 0, f"{text!r} not in {self.text!r}"
        return self.inked[start : start + len(text.replace(" ", ""))]


@dataclass(frozen=True)
class Rule:
    page: int
    x0: float
    x1: float
    y: float
    weight: float

    @property
    def length(self) -> float:
        return self.x1 - self.x0

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Pdf:
    """A rendered PDF, measured."""

    path: Path
    width: float
    height: float
    glyphs: list[list[Glyph]]
    rules: list[list[Rule]]
    _lines: dict[tuple[int, float, float], list[Line]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Pdf:
        glyphs: list[list[Glyph]] = []
        found: list[list[Rule]] = []
        with pdfplumber.open(path) as pdf:
            first = pdf.pages[0]
            width, height = float(first.width), float(first.height)
            for number, page in enumerate(pdf.pages):
                h = float(page.height)
                glyphs.append(
                    [
                        Glyph(
                            unicodedata.normalize("NFC", c["text"]),
                            float(c["x0"]),
                            float(c["x1"]),
                            h - float(c["matrix"][5]),
                            float(c["size"]),
                            base_font(c["fontname"]),
                        )
                        for c in page.chars
                    ]
                )
                found.append(_rules(number, page.lines + page.rects))
        return cls(path, width, height, glyphs, found)

    @property
    def page_count(self) -> int:
        return len(self.glyphs)

    def lines(self, page: int, x_min: float = -math.inf, x_max: float = math.inf) -> list[Line]:
        """The lines of ``page`` made of glyphs that start inside [x_min, x_max)."""
        key = (page, x_min, x_max)
        if key not in self._lines:
            rows: list[Line] = []
            inside = [g for g in self.glyphs[page] if x_min - 0.01 <= g.x0 < x_max - 0.01]
            for g in sorted(inside, key=lambda g: (g.baseline, g.x0)):
                if rows and abs(rows[-1].baseline - g.baseline) < 0.3:
                    rows[-1].glyphs.append(g)
                else:
                    rows.append(Line(page, g.baseline, [g]))
            for row in rows:
                row.glyphs.sort(key=lambda g: g.x0)
            self._lines[key] = [r for r in rows if r.inked]
        return self._lines[key]

    def all_lines(self) -> Iterator[Line]:
        for page in range(self.page_count):
            yield from self.lines(page)

    def find(
        self,
        text: str,
        page: int | None = None,
        x_min: float = -math.inf,
        x_max: float = math.inf,
    ) -> Line:
        """The first line whose text is ``text`` (spaces collapsed)."""
        wanted = " ".join(text.split())
        pages = range(self.page_count) if page is None else [page]
        for p in pages:
            for line in self.lines(p, x_min, x_max):
                if line.text == wanted:
                    return line
        near = [ln.text for p in pages for ln in self.lines(p, x_min, x_max)][:60]
        raise AssertionError(f"no line {wanted!r} in {self.path.name}; lines: {near}")


def find_wrapped(
    pdf: Pdf, text: str, page: int, x_min: float = -math.inf, x_max: float = math.inf
) -> list[Line]:
    """The consecutive lines of ``page`` (inside the column) that together print ``text``."""
    wanted = " ".join(text.split())
    lines = pdf.lines(page, x_min, x_max)
    for i, line in enumerate(lines):
        got, found = line.text, [line]
        while wanted.startswith(got) and got != wanted and i + len(found) < len(lines):
            got = f"{got} {lines[i + len(found)].text}"
            found.append(lines[i + len(found)])
        if got == wanted:
            return found
    raise AssertionError(f"no lines {wanted!r} on page {page + 1} of {pdf.path.name}")


def _rules(page: int, objects: Iterable[dict[str, object]]) -> list[Rule]:
    """Horizontal strokes (paragraph borders), once each: LibreOffice may draw twice."""
    seen: dict[tuple[float, float, float], Rule] = {}
    for o in objects:
        x0, x1 = float(o["x0"]), float(o["x1"])  # type: ignore[arg-type]
        top, bottom = float(o["top"]), float(o["bottom"])  # type: ignore[arg-type]
        if bottom - top > 1.5 or x1 - x0 < 3:
            continue
        weight = float(o.get("linewidth") or (bottom - top) or 0)  # type: ignore[arg-type]
        y = (top + bottom) / 2
        seen.setdefault((round(x0, 1), round(x1, 1), round(y, 1)), Rule(page, x0, x1, y, weight))
    return sorted(seen.values(), key=lambda r: (r.y, r.x0))


@dataclass(frozen=True)
class Frame:
    """Where the text may go on a page, from the margins the writer wrote (in twips)."""

    top: float
    right: float
    bottom: float
    left: float
    width: float
    height: float

    @classmethod
    def of(cls, layout: DocumentLayout) -> Frame:
        g = layout.page

        def pt(mm: float, side: str) -> float:
            r = rules.MARGIN_RANGES[side]
            return rules.mm_to_twips_inward(mm, low=r.low, high=r.high) / 20

        return cls(
            pt(g.margin_top_mm, "top"),
            pt(g.margin_right_mm, "right"),
            pt(g.margin_bottom_mm, "bottom"),
            pt(g.margin_left_mm, "left"),
            11906 / 20,
            16838 / 20,
        )

    @property
    def text_left(self) -> float:
        return self.left

    @property
    def text_right(self) -> float:
        return self.width - self.right

    @property
    def centre(self) -> float:
        return (self.text_left + self.text_right) / 2


def _norm(text: str) -> str:
    return " ".join(text.split())


def flow_lines(pdf: Pdf, frame: Frame) -> list[Line]:
    """Every line inside the text frame (no page numbers, no page-1 footer), in order."""
    low = frame.height - frame.bottom
    return [ln for ln in pdf.all_lines() if frame.top <= ln.baseline <= low]


def paragraph_lines(pdf: Pdf, frame: Frame, paras: list[Para]) -> list[list[Line]]:
    """The printed lines of each of ``paras`` (flowing text, in reading order).

    Walks the lines of the text frame once: a paragraph starts at the first line that
    begins its text, and takes the following lines while their text continues it (a
    line broken after a hyphen joins without a space), across pages.
    """
    flow = flow_lines(pdf, frame)
    out: list[list[Line]] = []
    at = 0
    for para in paras:
        want = _norm(para.text)
        found: list[Line] = []
        while at < len(flow) and not found:
            line = flow[at]
            at += 1
            if line.text and want.startswith(line.text):
                found, got = [line], line.text
                while got != want and at < len(flow):
                    nxt = flow[at].text
                    joined = [got + " " + nxt, got + nxt]
                    match = next((j for j in joined if want.startswith(j)), None)
                    if match is None:
                        break
                    found.append(flow[at])
                    got = match
                    at += 1
                if got != want:
                    at -= len(found) - 1
                    found = []
        assert found, f"paragraph not found in {pdf.path.name}: {want[:80]!r}"
        out.append(found)
    return out


def italic_correction(line: Line) -> float:
    """How far LibreOffice shifts a centred line that ends in italic to the left.

    Writer adds an "italic correction" of 1/12 of the font height after the last
    italic portion of a line and centres the line with it (Word does not), so such a
    line's ink sits half of that left of the centre.
    """
    last = line.inked[-1]
    return last.size / 12 / 2 if "Italic" in last.font else 0.0


def single_line_height(size: float) -> float:
    """Single line spacing of Times New Roman (and Liberation Serif) at ``size``."""
    return metrics().line_height(size)
