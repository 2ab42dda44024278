"""Tables in a PDF's text layer, found from the rules drawn between their rows.

A table printed from Word or LibreOffice draws a horizontal line above each row and
one under the last; the text of each row starts just under its line, its cells side by
side. The first row (the headings) gives the columns: a piece of text belongs to the
column whose heading ends before it starts (headings are centred in their cells, so
each one ends before the text of the next column begins). A cell's wrapped lines join.
A heading row repeated at the top of a page is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ucd_desktop.text.clean import tidy

__all__ = ["Grid", "find_tables"]

Grid = tuple[tuple[str, ...], ...]
#: The text of a row starts this close under the line drawn above it (pt); a paragraph
#: after a table or a rule sits lower (its spacing before).
_UNDER_RULE = 6.0
_EPS = 2.0


class _Seg(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def x0(self) -> float: ...

    @property
    def x1(self) -> float: ...

    @property
    def spans(self) -> Sequence[tuple[float, float]]: ...


class _Row(Protocol):
    @property
    def top(self) -> float: ...

    @property
    def rule(self) -> bool: ...

    @property
    def segs(self) -> Sequence[_Seg]: ...


def _pieces(seg: _Seg, heads: Sequence[_Seg]) -> list[tuple[int, str]]:
    """``seg`` as (column, text) pieces. Two cells' texts closer than a wide gap come as
    one piece of text: it is cut at the widest gap between its words before the next
    heading starts, when it runs on past that heading's start."""
    column = sum(1 for h in heads if h.x1 < seg.x0 + 0.5)
    words = seg.text.split(" ")
    spans = list(seg.spans)
    out: list[tuple[int, str]] = []
    while (
        column + 1 < len(heads)
        and len(spans) == len(words)
        and spans[-1][0] > heads[column + 1].x0 - 0.5
    ):
        limit = heads[column + 1].x0 + 0.5
        cuts = [i for i in range(1, len(words)) if spans[i][0] <= limit]
        if not cuts:
            break
        cut = max(cuts, key=lambda i: spans[i][0] - spans[i - 1][1])
        out.append((column, " ".join(words[:cut])))
        words, spans = words[cut:], spans[cut:]
        column = sum(1 for h in heads if h.x1 < spans[0][0] + 0.5)
    out.append((column, " ".join(words)))
    return out


def _cells(group: Sequence[_Row], heads: Sequence[_Seg]) -> tuple[str, ...] | None:
    """The cell texts of one table row, or None when its text does not fit the columns."""
    cells: list[list[str]] = [[] for _h in heads]
    for row in group:
        for seg in row.segs:
            for column, text in _pieces(seg, heads):
                if column >= len(cells):
                    return None
                cells[column].append(text)
    return tuple(tidy(" ".join(parts)) for parts in cells)


def _table_at(rows: Sequence[_Row], start: int) -> tuple[int, Grid] | None:
    """The table whose top line is ``rows[start]``: (index after its bottom line, grid)."""
    top = rows[start]
    if start + 1 >= len(rows) or rows[start + 1].rule:
        return None
    heads = rows[start + 1].segs
    left, right = top.segs[0].x0 - _EPS, top.segs[0].x1 + _EPS
    if len(heads) < 2 or rows[start + 1].top - top.top > _UNDER_RULE:
        return None
    grid: list[tuple[str, ...]] = []
    end, j = start, start
    while j < len(rows) and rows[j].rule:
        k = j + 1
        while k < len(rows) and not rows[k].rule:
            k += 1
        group = rows[j + 1 : k]
        if k >= len(rows):
            break  # no line under it: text after the table
        if not group:
            j = k  # two lines at one height (borders drawn per cell)
            continue
        inside = all(left <= s.x0 and s.x1 <= right for r in group for s in r.segs)
        cells = _cells(group, heads) if inside else None
        if cells is None or group[0].top - rows[j].top > _UNDER_RULE:
            break
        if not (grid and cells == grid[0]):  # a heading row repeated on a new page
            grid.append(cells)
        end = j = k
    if len(grid) < 2:
        return None
    return end + 1, tuple(grid)


def find_tables(rows: Sequence[_Row]) -> list[tuple[int, int, Grid]]:
    """Each table in ``rows``: (first row, row after the last, cell texts by row)."""
    found: list[tuple[int, int, Grid]] = []
    i = 0
    while i < len(rows):
        if rows[i].rule and rows[i].segs:
            table = _table_at(rows, i)
            if table is not None:
                found.append((i, table[0], table[1]))
                i = table[0]
                continue
        i += 1
    return found
