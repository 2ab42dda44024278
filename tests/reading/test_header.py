"""The header: merged two-column lines, governing and issuing body, marks, fixes reported."""

from __future__ import annotations

from ucd_desktop.reading.context import Context
from ucd_desktop.reading.header import read_header, split_merged
from ucd_desktop.reading.lines import Column, Line


def test_split_merged() -> None:
    left, right = split_merged(Line("UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    assert (left.text, right.text) == ("UBND TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert right.column is Column.RIGHT
    left, right = split_merged(Line("Số: 7/TB-VP Hà Nội, ngày 05 tháng 02 năm 2026"))
    assert left.text == "Số: 7/TB-VP"


def test_header_read_with_fixes() -> None:
    ctx = Context()
    read_header(
        [
            Line("UBND TỈNH LÀO CAI", bold=False),
            Line("VĂN PHÒNG", bold=True),
            Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True),
            Line("Độc lập – Tự do – Hạnh phúc", bold=True),
            Line("Số: 7/TB - VP"),
            Line("Lào Cai, ngày 5 tháng 03 năm 2024"),
            Line("HỎA TỐC", bold=True),
        ],
        ctx,
    )
    n = ctx.notice
    assert (n.governing_body, n.issuing_body) == (["UBND TỈNH LÀO CAI"], ["VĂN PHÒNG"])
    assert (n.number, n.symbol, n.place, n.day, n.month) == ("07", "TB-VP", "Lào Cai", 5, 3)
    assert n.urgency.value == "HỎA TỐC"
    fields = {note.field for note in ctx.notes.items}
    assert {"motto", "number", "symbol", "day"} <= fields


def test_impossible_date_is_left_blank() -> None:
    ctx = Context()
    read_header([Line("Hà Nội, ngày 31 tháng 02 năm 2024")], ctx)
    assert (ctx.notice.day, ctx.notice.month, ctx.notice.year) == (None, None, 2024)
    assert ctx.notes.items[0].severity.value == "warning"
