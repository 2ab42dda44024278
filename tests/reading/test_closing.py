"""Recipients and signature, whether in columns, one after the other, or merged."""

from __future__ import annotations

from ucd_desktop.reading.closing import read_closing, split_closing_line
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.lines import Column, Line


def test_merged_lines_are_cut() -> None:
    left, right = split_closing_line(Line("- TT. HĐND tỉnh (b/c); KT. CHỦ TỊCH"))
    assert (left.text, left.column) == ("- TT. HĐND tỉnh (b/c);", Column.LEFT)
    assert (right.text, right.column) == ("KT. CHỦ TỊCH", Column.RIGHT)
    left, right = split_closing_line(Line("- Lưu: VT, NC. Đoàn Tấn Bửu"))
    assert right.text == "Đoàn Tấn Bửu"
    assert split_closing_line(Line("- CT, các PCT. UBND tỉnh")) == [
        Line("- CT, các PCT. UBND tỉnh")
    ]


def test_recipients_archive_and_signature() -> None:
    ctx = Context()
    lines = [
        Line("Nơi nhận:"),
        Line("- Thường trực Tỉnh ủy (b/c);"),
        Line("- UBND các huyện, thành phố,"),
        Line("thị xã;"),
        Line("- Sở Tài chính"),
        Line("- Lưu: VT, NN (2)NXT."),
        Line("TL. CHỦ TỊCH"),
        Line("KT. CHÁNH VĂN PHÒNG"),
        Line("PHÓ CHÁNH VĂN PHÒNG"),
        Line("(Đã ký)"),
        Line("TS. NGUYỄN VĂN AN"),
    ]
    read_closing(lines, ctx)
    n = ctx.notice
    assert [(r.text, r.note) for r in n.recipients] == [
        ("Thường trực Tỉnh ủy", "b/c"),
        ("UBND các huyện, thành phố, thị xã", ""),
        ("Sở Tài chính", ""),
    ]
    assert (n.archive.unit, n.archive.copies, n.archive.initials) == ("NN", 2, "NXT")
    assert n.signature.authority == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]
    assert n.signature.position == "PHÓ CHÁNH VĂN PHÒNG"
    assert n.signature.name == "Nguyễn Văn An"
    fields = [note.field for note in ctx.notes.items]
    assert fields.count("signature.name") == 3  # "(Đã ký)", the title, the capitals
    assert "recipients" in fields  # "- Sở Tài chính" lacked its ";"
