"""Measured paragraphs and rows: heights, what fits, where a tall row is cut."""

from __future__ import annotations

import pytest

from ucd_desktop.decree.numbers import RULE_WEIGHT_PT
from ucd_desktop.layout.blocks import Align, Cell, Para, Row, Run, TableBlock, VAlign
from ucd_desktop.layout.measure import GRID_WEIGHT, MeasuredTable, measure_para
from ucd_desktop.layout.metrics import metrics

M = metrics()
TEXT = " ".join(["chính sách người lao động"] * 40)


def test_heights_and_what_fits() -> None:
    mp = measure_para(Para([Run(TEXT)], 14, Align.JUSTIFY, line_spacing=1.5), 0, 300)
    n = len(mp.lines)
    assert n > 5
    assert mp.line_h == pytest.approx(M.line_height(14) * 1.5)
    assert mp.height(0, n) == pytest.approx(n * mp.line_h)
    # The last line needs only its single-spaced band.
    room = 2 * mp.line_h + mp.band
    assert mp.fitting(0, room) == 3
    assert mp.fitting(0, room - 0.1) == 2
    assert mp.fitting(0, mp.band - 0.1) == 0
    assert mp.fitting(n - 2, 1000) == 2


def test_borders_take_room() -> None:
    rule = measure_para(Para([], 2.0, border_top=True, space_before=4), 0, 100)
    assert rule.height(0, 1) == pytest.approx(RULE_WEIGHT_PT + M.line_height(2))
    assert rule.block_height() == pytest.approx(4 + RULE_WEIGHT_PT + M.line_height(2))
    boxed = measure_para(Para([Run("KHẨN")], 13, box=True), 0, 100)
    assert boxed.height(0, 1) == pytest.approx(M.line_height(13) + 2 * (1 + 2))
    assert boxed.fitting(0, M.line_height(13) + 5) == 0  # the box must fit too


def table() -> MeasuredTable:
    tall = [Para([Run(TEXT)], 13, space_before=2, space_after=2) for _ in range(3)]
    short = [Para([Run("Sở Tài chính")], 13, space_before=2, space_after=2)]
    rows = [
        Row([Cell([Para([Run("A")], 13)], 100), Cell([Para([Run("B")], 13)], 300)], header=True),
        Row([Cell(short, 100, VAlign.BOTTOM), Cell(tall, 300)]),
    ]
    return MeasuredTable.build(TableBlock([100, 300], rows, borders=True, cell_padding=4), 50)


def test_rows_stack_cells_with_their_spacing_and_grid_lines() -> None:
    mt = table()
    head, row = mt.rows
    assert mt.headers() == [head]
    assert mt.header_height() == pytest.approx(GRID_WEIGHT + M.line_height(13))
    tall = row.cells[1]
    first = tall.units[0]
    assert first.top == pytest.approx(GRID_WEIGHT + 2)  # grid line, then space before
    assert tall.height == pytest.approx(row.height)
    assert row.shift(row.cells[0]) == pytest.approx(row.height - row.cells[0].height)
    assert mt.grid() == [50, 150, 450]
    assert row.cells[0].x == 54 and row.cells[0].width == 92  # padding inside the cell


def test_a_tall_row_is_cut_between_lines() -> None:
    mt = table()
    row = mt.rows[1]
    cut = row.cut(0, row.height / 2)
    assert 0 < cut < row.height / 2 + 0.01
    before = mt.units_between(row, 0, cut)
    after = mt.units_between(row, cut, row.height)
    lines_before = sum(b - a for _mp, a, b, _top in before)
    lines_after = sum(b - a for _mp, a, b, _top in after)
    total = sum(len(u.para.lines) for c in row.cells for u in c.units if u.index == 0)
    assert lines_before + lines_after == total  # each line once
    assert all(top >= -0.01 for *_rest, top in after)
