"""What a paginated page holds: positioned text, rules, boxes and paragraph areas.

Qt-free output of ``layout.paginate``. Lengths are in points from the page's top-left
corner; a text item's ``y`` is its baseline. A page makes its items on first use, so a
preview that paints two pages of fifty pays for two.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import pairwise

from ucd_desktop.decree.elements import Role
from ucd_desktop.decree.numbers import RULE_WEIGHT_PT
from ucd_desktop.layout.measure import (
    BOX_SPACE,
    BOX_WEIGHT,
    MeasuredPara,
    MeasuredRow,
    MeasuredTable,
)

__all__ = ["Area", "BoxItem", "Page", "RuleItem", "TextItem", "emit_para", "emit_row"]


@dataclass(frozen=True, slots=True)
class TextItem:
    """Text in one style; ``source`` is the field path it came from ("" for none)."""

    x: float
    y: float
    text: str
    size: float
    bold: bool
    italic: bool
    source: str
    width: float


@dataclass(frozen=True, slots=True)
class RuleItem:
    x1: float
    y1: float
    x2: float
    y2: float
    weight: float


@dataclass(frozen=True, slots=True)
class BoxItem:
    x: float
    y: float
    width: float
    height: float
    weight: float


@dataclass(frozen=True, slots=True)
class Area:
    """Where one paragraph (or its part on this page) sits: for highlights and clicks."""

    x: float
    y: float
    width: float
    height: float
    source: str
    role: Role | None

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


class Page:
    """Page ``number`` (from 1), ``width`` x ``height`` points."""

    __slots__ = ("_areas", "_boxes", "_jobs", "_rules", "_texts", "height", "number", "width")

    def __init__(self, number: int, width: float, height: float) -> None:
        self.number = number
        self.width = width
        self.height = height
        self._jobs: list[Callable[[Page], None]] = []
        self._texts: list[TextItem] = []
        self._rules: list[RuleItem] = []
        self._boxes: list[BoxItem] = []
        self._areas: list[Area] = []

    def __repr__(self) -> str:
        return f"Page({self.number})"

    def add_job(self, job: Callable[[Page], None]) -> None:
        """Have ``job`` draw onto this page when its items are first asked for."""
        self._jobs.append(job)

    @property
    def made(self) -> bool:
        """Whether the items have been made (a page never looked at has not)."""
        return not self._jobs

    def _ready(self) -> None:
        while self._jobs:
            jobs, self._jobs = self._jobs, []
            for job in jobs:
                job(self)

    @property
    def texts(self) -> list[TextItem]:
        self._ready()
        return self._texts

    @property
    def rules(self) -> list[RuleItem]:
        self._ready()
        return self._rules

    @property
    def boxes(self) -> list[BoxItem]:
        self._ready()
        return self._boxes

    @property
    def areas(self) -> list[Area]:
        self._ready()
        return self._areas

    @property
    def items(self) -> list[TextItem | RuleItem | BoxItem]:
        return [*self.texts, *self.rules, *self.boxes]

    def line_texts(self) -> list[tuple[float, str]]:
        """(baseline, text) of each line on the page, top to bottom, left to right; pieces
        more than half a point apart are joined with a space."""
        rows: dict[float, list[TextItem]] = {}
        for t in self.texts:
            rows.setdefault(round(t.y, 1), []).append(t)
        out = []
        for y in sorted(rows):
            items = sorted(rows[y], key=lambda t: t.x)
            text = items[0].text
            for prev, item in pairwise(items):
                text += (" " if item.x - (prev.x + prev.width) > 0.5 else "") + item.text
            out.append((y, text))
        return out


def emit_para(page: Page, mp: MeasuredPara, a: int, b: int, y: float) -> None:
    """Lines [a, b) of ``mp`` on ``page``, the box of line ``a`` starting at ``y``."""
    p = mp.para
    x_left = mp.x + p.left_indent
    x_right = mp.x + mp.width - p.right_indent
    top = y
    if a == 0 and p.border_top and not p.box:
        mid = y + RULE_WEIGHT_PT / 2
        page._rules.append(RuleItem(x_left, mid, x_right, mid, RULE_WEIGHT_PT))
    if a == 0:
        y += mp.top
    texts = page._texts
    sz, src, x0 = p.size, p.source, mp.x
    for i in range(a, b):
        base = y + mp.ascent
        for pc in mp.lines[i].pieces:
            texts.append(TextItem(x0 + pc.x, base, pc.text, sz, pc.bold, pc.italic, src, pc.width))
        y += mp.line_h
    if b == len(mp.lines):
        y += mp.bottom
    if p.box:  # drawn around the text box, outside the indents, as Word does
        out = BOX_SPACE + BOX_WEIGHT / 2
        width, height = x_right - x_left + 2 * out, y - top - BOX_WEIGHT
        page._boxes.append(BoxItem(x_left - out, top + BOX_WEIGHT / 2, width, height, BOX_WEIGHT))
    if p.source or p.role:
        page._areas.append(Area(x_left, top, x_right - x_left, y - top, p.source, p.role))


def emit_row(
    page: Page, mt: MeasuredTable, row: MeasuredRow, y: float, start: float, end: float
) -> None:
    """The part [start, end) of ``row`` on ``page``, its top at ``y``; grid lines too."""
    lead = row.lead if start > 0 else 0.0  # a continued part: room above its first line
    for mp, a, b, top in mt.units_between(row, start, end):
        emit_para(page, mp, a, b, y + lead + top)
    w = mt.edge
    if w:
        # Lines centred on the cell edges, half a line right of the table's x (as Word
        # and LibreOffice draw a table indented 0).
        xs = mt.grid()
        bottom, half = y + lead + end - start, w / 2
        rules = page._rules
        rules.append(RuleItem(xs[0], y, xs[-1] + w, y, w))
        rules.append(RuleItem(xs[0], bottom, xs[-1] + w, bottom, w))
        rules.extend(RuleItem(x + half, y - half, x + half, bottom + half, w) for x in xs)


def para_job(mp: MeasuredPara, a: int, b: int, y: float) -> Callable[[Page], None]:
    return partial(_para_job, mp, a, b, y)


def _para_job(mp: MeasuredPara, a: int, b: int, y: float, page: Page) -> None:
    emit_para(page, mp, a, b, y)


def row_job(
    mt: MeasuredTable, row: MeasuredRow, y: float, start: float, end: float
) -> Callable[[Page], None]:
    return partial(_row_job, mt, row, y, start, end)


def _row_job(
    mt: MeasuredTable, row: MeasuredRow, y: float, start: float, end: float, page: Page
) -> None:
    emit_row(page, mt, row, y, start, end)
