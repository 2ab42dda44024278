"""Tests for ucd_desktop.export.ooxml: runs, paragraphs and tables as schema-ordered XML."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.export.parts import NS, NS_DECL_WRAP, W
from ucd_desktop.export.ooxml import para_xml, run_xml, table_xml
from ucd_desktop.layout.blocks import Align, Cell, Para, Row, Run, TableBlock, VAlign

# Children of w:pPr, w:rPr and w:tblPr in ECMA-376 order (the ones the writer uses).
PPR_ORDER = ["keepNext", "keepLines", "pBdr", "spacing", "ind", "jc", "rPr"]
RPR_ORDER = ["b", "bCs", "i", "iCs", "sz", "szCs"]
TBLPR_ORDER = ["tblW", "tblInd", "tblBorders", "tblLayout", "tblCellMar", "tblLook"]


def _parse(fragment: str) -> etree._Element:
    return etree.fromstring(NS_DECL_WRAP.format(fragment))[0]


def _names(element: etree._Element) -> list[str]:
    return [etree.QName(child).localname for child in element]


def _in_order(names: list[str], order: list[str]) -> bool:
    ranks = [order.index(n) for n in names]
    return ranks == sorted(ranks)


def test_page_field_written_in_full() -> None:
    runs = _parse(f"<w:p>{run_xml(Run('', page_field=True), 14)}</w:p>")
    kinds = []
    for r in runs.findall("w:r", NS):
        assert r.find("w:rPr/w:sz", NS).get(f"{W}val") == "28"
        child = r[1]
        name = etree.QName(child).localname
        kinds.append(child.get(f"{W}fldCharType") if name == "fldChar" else name)
    assert kinds == ["begin", "instrText", "separate", "t", "end"]
    assert runs.find(".//w:instrText", NS).text.strip() == "PAGE"
    assert runs.find(".//w:t", NS).text.isdigit()


def test_run_text_is_escaped_cleaned_and_never_broken() -> None:
    r = _parse(run_xml(Run("A & <B>\x01\x0b\n\tC", bold=True, italic=True), 13.5))
    assert r.find("w:t", NS).text == "A & <B>  C"
    assert r.find("w:t", NS).get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert r.find("w:br", NS) is None and r.find("w:tab", NS) is None
    assert _names(r.find("w:rPr", NS)) == RPR_ORDER
    assert r.find("w:rPr/w:sz", NS).get(f"{W}val") == "27"


def test_paragraph_properties_in_schema_order() -> None:
    p = Para(
        [Run("x")],
        14,
        Align.JUSTIFY,
        first_indent=36,
        left_indent=5,
        space_before=6,
        line_spacing=1.15,
        keep_next=True,
        keep_lines=True,
        border_top=True,
    )
    ppr = _parse(para_xml(p)).find("w:pPr", NS)
    assert _in_order(_names(ppr), PPR_ORDER) and _names(ppr) == PPR_ORDER
    spacing = ppr.find("w:spacing", NS)
    assert spacing.get(f"{W}before") == "120" and spacing.get(f"{W}after") == "0"
    assert spacing.get(f"{W}line") == "276" and spacing.get(f"{W}lineRule") == "auto"
    ind = ppr.find("w:ind", NS)
    assert (ind.get(f"{W}firstLine"), ind.get(f"{W}left")) == ("720", "100")
    assert ppr.find("w:jc", NS).get(f"{W}val") == "both"
    top = ppr.find("w:pBdr/w:top", NS)
    assert top.get(f"{W}val") == "single" and top.get(f"{W}sz") == "6"


def test_box_has_four_edges_in_order() -> None:
    ppr = _parse(para_xml(Para([Run("MẬT", bold=True)], 13, box=True))).find("w:pPr", NS)
    assert _names(ppr.find("w:pBdr", NS)) == ["top", "left", "bottom", "right"]


def test_empty_runs_are_left_out() -> None:
    p = _parse(para_xml(Para([Run(""), Run("a")], 12)))
    assert len(p.findall("w:r", NS)) == 1


def _table(borders: bool) -> TableBlock:
    cells = [Cell([Para([Run("a")], 13)], 100.0), Cell([], 200.0, VAlign.BOTTOM)]
    return TableBlock(
        [100.0, 200.0],
        [Row(cells, cant_split=True, header=True), Row([Cell([], 100.0), Cell([], 200.0)])],
        borders=borders,
        cell_padding=4 if borders else 0,
    )


def test_layout_table_is_fixed_borderless_and_sized_twice() -> None:
    tbl = _parse(table_xml(_table(False), 6001))
    tblpr = tbl.find("w:tblPr", NS)
    assert _names(tblpr) == TBLPR_ORDER
    assert tblpr.find("w:tblLayout", NS).get(f"{W}type") == "fixed"
    edges = tblpr.find("w:tblBorders", NS)
    assert _names(edges) == ["top", "left", "bottom", "right", "insideH", "insideV"]
    assert {e.get(f"{W}val") for e in edges} == {"nil"}
    grid = [int(g.get(f"{W}w")) for g in tbl.findall("w:tblGrid/w:gridCol", NS)]
    assert grid == [2000, 4001] and sum(grid) == 6001  # the last column absorbs rounding
    assert tblpr.find("w:tblW", NS).get(f"{W}w") == "6001"
    for row in tbl.findall("w:tr", NS):
        widths = [int(tc.find("w:tcPr/w:tcW", NS).get(f"{W}w")) for tc in row.findall("w:tc", NS)]
        assert widths == grid
        for tc in row.findall("w:tc", NS):
            assert {e.get(f"{W}val") for e in tc.find("w:tcPr/w:tcBorders", NS)} == {"nil"}
            assert tc.findall("w:p", NS), "every cell ends with a paragraph"
    first = tbl.find("w:tr", NS)
    assert _names(first.find("w:trPr", NS)) == ["cantSplit", "tblHeader"]
    assert first.findall("w:tc", NS)[1].find("w:tcPr/w:vAlign", NS).get(f"{W}val") == "bottom"
    margins = tblpr.find("w:tblCellMar", NS)
    assert {m.get(f"{W}w") for m in margins} == {"0"}


def test_body_table_has_a_single_line_grid_and_padding() -> None:
    tbl = _parse(table_xml(_table(True), 6001))
    edges = tbl.find("w:tblPr/w:tblBorders", NS)
    assert {e.get(f"{W}val") for e in edges} == {"single"}
    assert tbl.find(".//w:tcBorders", NS) is None
    assert tbl.find("w:tblPr/w:tblCellMar/w:left", NS).get(f"{W}w") == "80"


@pytest.mark.parametrize("borders", [False, True])
def test_tbllook_hex_value_agrees_with_its_attributes(borders: bool) -> None:
    look = _parse(table_xml(_table(borders), 6001)).find("w:tblPr/w:tblLook", NS)
    bits = {"firstRow": 0x20, "lastRow": 0x40, "firstColumn": 0x80, "lastColumn": 0x100}
    bits |= {"noHBand": 0x200, "noVBand": 0x400}
    expected = sum(bit for name, bit in bits.items() if look.get(f"{W}{name}") == "1")
    assert int(look.get(f"{W}val"), 16) == expected
