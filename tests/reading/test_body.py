"""Body items: numbering understood (typed or automatic), titles, closing, final mark."""

from __future__ import annotations

from ucd_desktop.model.notice import ItemKind
from ucd_desktop.reading.body import read_body, strip_final_mark
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.lines import Line


def test_numbering_is_understood_and_renumbering_reported() -> None:
    ctx = Context()
    read_body(
        [
            Line("Ngày 01/3/2024, Giám đốc chủ trì cuộc họp."),
            Line("Giám đốc kết luận như sau:"),
            Line("I. ĐÁNH GIÁ CHUNG"),
            Line("1. Sở Tài chính", bold=True),
            Line("a) Rà soát dự toán;"),
            Line("đ) Báo cáo trước ngày 30/6;"),
            Line("- Theo dõi, đôn đốc."),
            Line("3. Sở Xây dựng chủ trì thẩm định hồ sơ dự án nhóm B trước ngày 15/4/2024."),
            Line("1.1. Nội dung con vẫn giữ số gõ tay."),
            Line("", table=(("Đơn vị", "Hạn"), ("Sở Tài chính", "30/6"))),
            Line("Trên đây là kết luận của Giám đốc./."),
        ],
        ctx,
    )
    n = ctx.notice
    assert n.opening.startswith("Ngày 01/3/2024") and n.lead_in.endswith("như sau:")
    kinds = [it.kind for it in n.body]
    assert kinds == [
        ItemKind.SECTION,
        ItemKind.CLAUSE,
        ItemKind.POINT,
        ItemKind.POINT,
        ItemKind.BULLET,
        ItemKind.CLAUSE,
        ItemKind.PARAGRAPH,
        ItemKind.TABLE,
    ]
    assert (n.body[1].title, n.body[1].text) == ("Sở Tài chính", "")
    assert n.body[5].text.startswith("Sở Xây dựng") and n.body[5].title == ""
    assert n.body[6].text.startswith("1.1.")
    assert n.body[7].table is not None and n.body[7].table.rows[1] == ["Sở Tài chính", "30/6"]
    assert n.closing == "Trên đây là kết luận của Giám đốc."
    warned = [note.message for note in ctx.notes.items]
    assert len(warned) == 2  # "đ)" is printed "b)", "3." is printed "2."


def test_strip_final_mark() -> None:
    assert strip_final_mark("biết, thực hiện./.") == "biết, thực hiện."
    assert strip_final_mark("thực hiện ./. ") == "thực hiện."
    assert strip_final_mark("không có") == "không có"
