"""Tables found in a PDF's rows from the lines drawn between them (reading.pdf_tables)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ucd_desktop.reading.pdf_tables import find_tables


@dataclass
class Seg:
    text: str
    x0: float
    x1: float
    spans: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class Row:
    top: float
    segs: list[Seg]
    rule: bool = False


def rule(top: float) -> Row:
    return Row(top, [Seg("", 85.0, 553.0)], rule=True)


def words(x0: float, *texts: str, width: float = 30.0, gap: float = 3.5) -> Seg:
    """A piece of text whose words are ``width`` wide, ``gap`` apart (or as given)."""
    spans, x = [], x0
    for _text in texts:
        spans.append((x, x + width))
        x += width + gap
    return Seg(" ".join(texts), x0, spans[-1][1], spans)


HEADS = [Seg("STT", 94.0, 118.0), Seg("Nhiệm vụ", 203.0, 257.0), Seg("Thời hạn", 486.0, 537.0)]


def _table() -> list[Row]:
    return [
        Row(100.0, [Seg("Các đơn vị báo cáo.", 121.0, 300.0)]),
        rule(154.0),
        Row(155.5, HEADS),
        rule(174.0),
        Row(175.0, [Seg("1", 89.0, 96.0), Seg("Hoàn thành bồi thường,", 131.0, 305.0)]),
        Row(190.0, [Seg("tái định cư", 131.0, 190.0), Seg("30/8/2026", 475.0, 527.0)]),
        rule(208.0),
        Row(209.5, [Seg("2", 89.0, 96.0), Seg("Thẩm định", 131.0, 200.0)]),
        rule(243.0),
        Row(260.0, [Seg("Đoạn văn sau bảng.", 121.0, 400.0)]),
    ]


def test_rows_and_wrapped_cells() -> None:
    ((start, end, grid),) = find_tables(_table())
    assert (start, end) == (1, 9)
    assert grid == (
        ("STT", "Nhiệm vụ", "Thời hạn"),
        ("1", "Hoàn thành bồi thường, tái định cư", "30/8/2026"),
        ("2", "Thẩm định", ""),
    )


def test_two_cells_read_as_one_piece_are_cut_at_the_widest_gap() -> None:
    rows = _table()
    # "Thẩm định" and "15/7" closer together than a wide gap: one piece of text.
    merged = words(131.0, "Thẩm", "định", width=30.0)
    late = (merged.spans[-1][1] + 9.0, merged.spans[-1][1] + 39.0)
    last = (486.0, 520.0)
    merged = Seg("Thẩm định xây 15/7", 131.0, 520.0, [*merged.spans, late, last])
    rows[7] = Row(209.5, [Seg("2", 89.0, 96.0), merged])
    grid = find_tables(rows)[0][2]
    assert grid[2] == ("2", "Thẩm định xây", "15/7")


def test_a_heading_row_repeated_on_the_next_page_is_dropped() -> None:
    rows = _table()
    rows[8:8] = [Row(40.0, HEADS), rule(58.0), Row(59.0, [Seg("3", 89.0, 96.0)]), rule(80.0)]
    rows.insert(8, rule(39.0))
    grid = find_tables(rows)[0][2]
    assert [r[0] for r in grid] == ["STT", "1", "2", "3"]


def test_a_rule_followed_by_a_paragraph_is_no_table() -> None:
    rows = [
        Row(90.0, [Seg("KẾT LUẬN", 250.0, 340.0)]),
        rule(110.0),
        Row(124.0, [Seg("Ngày 02/02/2026, tại trụ sở", 121.0, 552.0)]),
        Row(140.0, [Seg("cơ quan,", 85.0, 200.0), Seg("chủ trì", 300.0, 360.0)]),
        rule(160.0),
    ]
    assert find_tables(rows) == []
    # Text too far under the line (a paragraph's spacing) is not a row either.
    rows[2] = Row(124.0, HEADS)
    assert find_tables(rows) == []


def test_a_table_with_no_line_under_it_is_no_table() -> None:
    rows = _table()[:6]
    assert find_tables(rows) == []
