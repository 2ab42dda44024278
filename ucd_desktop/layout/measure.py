"""Measured paragraphs and table rows: the sizes ``layout.paginate`` stacks on pages.

A ``MeasuredPara`` is a paragraph broken into lines at a known x and width; a
``MeasuredRow`` stacks each cell's paragraphs into units (one a line) with their offsets
from the top of the row, so a row can be placed whole or, when taller than a page, cut
between lines. Qt-free; lengths in points.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ucd_desktop.decree.numbers import RULE_WEIGHT_PT
from ucd_desktop.layout.blocks import Para, TableBlock, VAlign
from ucd_desktop.layout.linebreak import Line, break_lines
from ucd_desktop.layout.metrics import metrics

__all__ = [
    "BOX_SPACE",
    "BOX_WEIGHT",
    "GRID_WEIGHT",
    "CellUnit",
    "MeasuredCell",
    "MeasuredPara",
    "MeasuredRow",
    "MeasuredTable",
    "measure_para",
]

_EPS = 0.01
#: Grid lines of body tables (the writer's w:sz="4": half a point). Each row's top line
#: takes room above its text, and the table's bottom line below the last row.
GRID_WEIGHT = 0.5
#: Urgency and secrecy marks: a 1 pt box 2 pt away from the text (as the writer sets).
BOX_WEIGHT = 1.0
BOX_SPACE = 2.0
#: What the .docx writer puts in a cell without paragraphs (Word needs one).
_EMPTY_CELL_SIZE = 2.0


@dataclass(slots=True)
class MeasuredPara:
    para: Para
    lines: tuple[Line, ...]
    #: Left edge and width of the box the paragraph is set in (indents inside it).
    x: float
    width: float
    line_h: float
    #: From the top of a line to its baseline.
    ascent: float
    #: Border room above the first line and below the last.
    top: float
    bottom: float
    #: The single-spaced part of a line (gap, ascent, descent). Word lets the extra of
    #: 1.15 or 1.5 spacing under the last line on a page hang into the bottom margin.
    band: float

    @property
    def keep_next(self) -> bool:
        return self.para.keep_next

    def height(self, a: int, b: int) -> float:
        """Height of lines [a, b) with the border room that goes with them."""
        h = (b - a) * self.line_h
        if a == 0:
            h += self.top
        if b == len(self.lines):
            h += self.bottom
        return h

    def block_height(self) -> float:
        return self.para.space_before + self.height(0, len(self.lines)) + self.para.space_after

    def fitting(self, a: int, room: float) -> int:
        """How many lines from ``a`` on fit in ``room`` points."""
        n = len(self.lines) - a
        room -= self.top if a == 0 else 0.0
        if room + _EPS < self.band:
            return 0
        k = min(n, 1 + int((room - self.band + _EPS) // self.line_h))
        if k == n and self.bottom and (k - 1) * self.line_h + self.band + self.bottom > room + _EPS:
            k -= 1
        return k


@lru_cache(maxsize=256)
def _vertical(size: float, spacing: float) -> tuple[float, float, float]:
    """(line height, top of line to baseline, single-spaced band) at ``size``."""
    m = metrics()
    ascent = (m.line_gap + m.ascent) * size / m.units_per_em
    return m.line_height(size, spacing), ascent, m.line_height(size)


def measure_para(p: Para, x: float, width: float, page_text: str = "") -> MeasuredPara:
    """``p`` broken into lines in a box ``width`` points wide whose left edge is at ``x``."""
    lines = break_lines(
        p.runs,
        p.size,
        p.align,
        width,
        first_indent=p.first_indent,
        left_indent=p.left_indent,
        right_indent=p.right_indent,
        page_text=page_text,
    )
    top = bottom = 0.0
    if p.box:
        top = bottom = BOX_WEIGHT + BOX_SPACE
    elif p.border_top:
        top = RULE_WEIGHT_PT
    line_h, ascent, band = _vertical(p.size, p.line_spacing)
    return MeasuredPara(p, lines, x, width, line_h, ascent, top, bottom, band)


@dataclass(frozen=True, slots=True)
class CellUnit:
    """Line ``index`` of ``para``; ``top``/``bottom`` from the top of the cell content."""

    top: float
    bottom: float
    para: MeasuredPara
    index: int


@dataclass(slots=True)
class MeasuredCell:
    x: float
    width: float
    units: list[CellUnit]
    height: float
    v_align: VAlign


def _cell(paras: list[Para], x: float, width: float, v_align: VAlign, edge: float) -> MeasuredCell:
    units: list[CellUnit] = []
    y, after = edge, 0.0
    for n, p in enumerate(paras or [Para([], _EMPTY_CELL_SIZE)]):
        mp = measure_para(p, x, width)
        y += p.space_before if n == 0 else max(after, p.space_before)
        for i in range(len(mp.lines)):
            h = mp.height(i, i + 1)
            units.append(CellUnit(y, y + h, mp, i))
            y += h
        after = p.space_after
    return MeasuredCell(x, width, units, y + after, v_align)


@dataclass(slots=True)
class MeasuredRow:
    cells: list[MeasuredCell]
    height: float
    cant_split: bool
    header: bool

    def shift(self, cell: MeasuredCell) -> float:
        return self.height - cell.height if cell.v_align is VAlign.BOTTOM else 0.0

    @property
    def lead(self) -> float:
        """From the top of the row to its first line (grid line, space before): a part
        of the row continued on a new page starts this far below its top too, as
        LibreOffice sets it."""
        return min((c.units[0].top for c in self.cells if c.units), default=0.0)

    def cut(self, offset: float, room: float) -> float:
        """Where to end the part of the row from ``offset`` that fits in ``room``: the top
        of the first line, in any cell, that does not fit (the row height if all fit)."""
        limit = offset + room + _EPS
        cut = self.height
        for cell in self.cells:
            shift = self.shift(cell)
            for unit in cell.units:
                if unit.top + shift >= offset - _EPS and unit.bottom + shift > limit:
                    cut = min(cut, unit.top + shift)
                    break
        return cut


@dataclass(slots=True)
class MeasuredTable:
    table: TableBlock
    x: float
    rows: list[MeasuredRow]

    @property
    def keep_next(self) -> bool:
        return False

    @classmethod
    def build(cls, table: TableBlock, x: float) -> MeasuredTable:
        pad = table.cell_padding
        edge = GRID_WEIGHT if table.borders else 0.0
        rows: list[MeasuredRow] = []
        for row in table.rows:
            cells: list[MeasuredCell] = []
            cx = x
            for cell, width in zip(row.cells, table.widths, strict=False):
                cells.append(_cell(cell.paras, cx + pad, width - 2 * pad, cell.v_align, edge))
                cx += width
            height = max((c.height for c in cells), default=0.0)
            rows.append(MeasuredRow(cells, height, row.cant_split, row.header))
        return cls(table, x, rows)

    def headers(self) -> list[MeasuredRow]:
        """The heading rows at the start of the table, repeated on each new page."""
        out: list[MeasuredRow] = []
        for row in self.rows:
            if not row.header:
                break
            out.append(row)
        return out

    @property
    def edge(self) -> float:
        """Width of the grid lines (0 for a table without borders)."""
        return GRID_WEIGHT if self.table.borders else 0.0

    def header_height(self) -> float:
        return sum(r.height for r in self.headers())

    def units_between(
        self, row: MeasuredRow, start: float, end: float
    ) -> list[tuple[MeasuredPara, int, int, float]]:
        """(para, first line, end line, top from ``start``) of each paragraph part of
        ``row`` whose lines begin in [start, end)."""
        out: list[tuple[MeasuredPara, int, int, float]] = []
        for cell in row.cells:
            shift = row.shift(cell)
            for unit in cell.units:
                top = unit.top + shift
                if not start - _EPS <= top < end - _EPS:
                    continue
                last = out[-1] if out else None
                if last is not None and last[0] is unit.para and last[2] == unit.index:
                    out[-1] = (last[0], last[1], unit.index + 1, last[3])
                else:
                    out.append((unit.para, unit.index, unit.index + 1, top - start))
        return out

    def grid(self) -> list[float]:
        """x of every vertical grid line, left to right."""
        xs = [self.x]
        for width in self.table.widths:
            xs.append(xs[-1] + width)
        return xs
