"""Tests for ucd_desktop.layout.body: paragraphs, numbering, emphasis, tables, "./."."""

from __future__ import annotations

import itertools

import pytest

from tests.render.samples import example_notice, nasty_notice
from ucd_desktop.decree.numbers import mm_to_pt
from ucd_desktop.layout.blocks import Align, Para, TableBlock
from ucd_desktop.layout.body import TABLE_CELL_PADDING, body_blocks, column_widths
from ucd_desktop.layout.metrics import text_width
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice, PageSetup, Table, TitleEnd

WIDTH = 467.7


def _paras(notice: Notice) -> list[Para]:
    return [b for b in body_blocks(notice, WIDTH) if isinstance(b, Para)]


def _notice(*items: BodyItem, closing: str = "Đề nghị thực hiện.") -> Notice:
    return Notice(opening="Mở đầu.", lead_in="Kết luận như sau:", body=list(items), closing=closing)


def test_numbering_labels_in_output() -> None:
    notice = _notice(
        BodyItem(ItemKind.SECTION, title="Đánh giá chung"),
        BodyItem(ItemKind.CLAUSE, title="Sở Công Thương"),
        *[BodyItem(ItemKind.POINT, text=f"Việc {i}.") for i in range(6)],
        BodyItem(ItemKind.BULLET, text="Gạch đầu dòng."),
        BodyItem(ItemKind.SECTION, title="Nhiệm vụ"),
        BodyItem(ItemKind.CLAUSE, text="Khoản không tên."),
    )
    texts = [p.text for p in _paras(notice)]
    assert texts[2:] == [
        "I. ĐÁNH GIÁ CHUNG",
        "1. Sở Công Thương",
        "a) Việc 0.",
        "b) Việc 1.",
        "c) Việc 2.",
        "d) Việc 3.",
        "đ) Việc 4.",
        "e) Việc 5.",
        "- Gạch đầu dòng.",
        "II. NHIỆM VỤ",
        "1. Khoản không tên.",
        "Đề nghị thực hiện./.",
    ]


def test_section_and_clause_titles_are_bold_text_is_not() -> None:
    notice = _notice(
        BodyItem(ItemKind.SECTION, title="đánh giá *chung*"),
        BodyItem(ItemKind.CLAUSE, title="Sở Xây dựng", text="Chủ trì thực hiện."),
    )
    paras = _paras(notice)
    section, clause = paras[2], paras[3]
    assert section.role == "section" and section.keep_next
    assert section.text == "I. ĐÁNH GIÁ CHUNG"
    assert all(r.bold for r in section.runs)
    assert [(r.text, r.bold) for r in clause.runs] == [
        ("1. Sở Xây dựng:", True),
        (" Chủ trì thực hiện.", False),
    ]


def test_inline_bold_and_italic_runs() -> None:
    notice = _notice(BodyItem(text="A **đậm** và *nghiêng* và ***cả hai*** \\*sao\\*."))
    runs = _paras(notice)[2].runs
    assert [(r.text, r.bold, r.italic) for r in runs] == [
        ("A ", False, False),
        ("đậm", True, False),
        (" và ", False, False),
        ("nghiêng", False, True),
        (" và ", False, False),
        ("cả hai", True, True),
        (" *sao*.", False, False),
    ]


def test_body_paragraph_format() -> None:
    notice = example_notice()
    for p in _paras(notice):
        assert p.align is Align.JUSTIFY
        assert p.first_indent == pytest.approx(mm_to_pt(12.7))
        assert p.space_before >= 6 and p.line_spacing == pytest.approx(1.15)
        assert p.size == 14


def test_page_settings_reach_the_body() -> None:
    notice = example_notice()
    notice.page = PageSetup(
        body_size=13, line_spacing=1.5, first_line_indent_cm=1.0, paragraph_spacing_pt=9
    )
    for p in _paras(notice):
        assert (p.size, p.line_spacing, p.space_before) == (13, 1.5, 9)
        assert p.first_indent == pytest.approx(mm_to_pt(10))


def test_a_newline_starts_a_new_paragraph() -> None:
    notice = _notice(BodyItem(ItemKind.BULLET, text="Dòng một;\nDòng hai.\n\n"))
    notice.opening = "Ngày 1.\r\nNgày 2."
    paras = _paras(notice)
    texts = [p.text for p in paras]
    assert texts[:2] == ["Ngày 1.", "Ngày 2."]
    assert texts[3:5] == ["- Dòng một;", "Dòng hai."]
    for p in _paras(nasty_notice()):
        assert all("\n" not in r.text and "\r" not in r.text for r in p.runs)


@pytest.mark.parametrize(
    ("closing", "last"),
    [
        ("Đề nghị thực hiện.", "Đề nghị thực hiện./."),
        ("Đề nghị thực hiện./.", "Đề nghị thực hiện./."),
        ("Đề nghị thực hiện", "Đề nghị thực hiện./."),
        ("Đề nghị **thực hiện**", "Đề nghị thực hiện./."),
    ],
)
def test_final_mark_once(closing: str, last: str) -> None:
    paras = _paras(_notice(BodyItem(text="Nội dung."), closing=closing))
    assert paras[-1].text == last and paras[-1].keep_next
    assert sum(p.text.count("./.") for p in paras) == 1


def test_final_mark_goes_to_the_last_body_item_without_closing() -> None:
    paras = _paras(_notice(BodyItem(ItemKind.BULLET, text="Việc cuối;"), closing=""))
    assert paras[-1].text == "- Việc cuối./."


def test_body_ending_in_a_table_gets_a_mark_paragraph() -> None:
    blocks = body_blocks(_notice(BodyItem(ItemKind.TABLE, table=Table()), closing=""), WIDTH)
    assert isinstance(blocks[-2], TableBlock)
    assert isinstance(blocks[-1], Para) and blocks[-1].text == "./."


def test_tables_fit_the_text_width() -> None:
    blocks = body_blocks(nasty_notice(), WIDTH)
    tables = [b for b in blocks if isinstance(b, TableBlock)]
    assert len(tables) == 3
    for t in tables:
        assert sum(t.widths) == pytest.approx(WIDTH)
        assert t.borders and t.role == "body-table"
        for row in t.rows:
            assert [c.width for c in row.cells] == t.widths
            # Heading rows and rows that fit on a page only: a taller row must split.
            assert row.cant_split
    heading = tables[0].rows[0]
    assert heading.header and all(p.runs[0].bold for c in heading.cells for p in c.paras)
    assert all(p.align is Align.CENTER for c in heading.cells for p in c.paras)
    body_row = tables[0].rows[3]
    assert not body_row.header
    assert [p.text for p in body_row.cells[1].paras] == ["UBND huyện", "Bến Lức"]


def test_adjacent_tables_are_kept_apart() -> None:
    blocks = body_blocks(nasty_notice(), WIDTH)
    for before, after in itertools.pairwise(blocks):
        assert not (isinstance(before, TableBlock) and isinstance(after, TableBlock))
    spacers = [b for b in blocks if isinstance(b, Para) and b.role == "spacer"]
    assert len(spacers) == 1 and not spacers[0].runs


def test_column_widths_respect_weights_and_longest_words() -> None:
    assert column_widths([1, 3], [10, 10], 400) == pytest.approx([100, 300])
    assert column_widths([0, -1], [10, 10], 400) == pytest.approx([200, 200])
    stt = text_width("STT", 13, bold=True)
    widths = column_widths([0.2, 4, 4], [stt, 50, 50], 400)
    assert widths[0] == pytest.approx(stt + 2 * TABLE_CELL_PADDING + 1)
    assert widths[1] == pytest.approx(widths[2]) and sum(widths) == pytest.approx(400)
    crowded = column_widths([1, 1], [300, 100], 200)
    pad = 2 * TABLE_CELL_PADDING + 1
    assert sum(crowded) == pytest.approx(200)
    assert crowded[0] / crowded[1] == pytest.approx((300 + pad) / (100 + pad))


@pytest.mark.parametrize(
    ("title", "end", "text", "expected"),
    [
        ("Về công tác chỉ đạo", TitleEnd.COLON, "Giao các sở.", "1. Về công tác chỉ đạo:"),
        ("Về công tác chỉ đạo", TitleEnd.STOP, "Giao các sở.", "1. Về công tác chỉ đạo."),
        ("Về công tác chỉ đạo:", TitleEnd.STOP, "giao các sở.", "1. Về công tác chỉ đạo:"),
        ("**Về tài chính.**", TitleEnd.COLON, "Giao các sở.", "1. Về tài chính."),
        ("Về công tác chỉ đạo", TitleEnd.COLON, ": giao các sở.", "1. Về công tác chỉ đạo"),
    ],
)
def test_a_clause_title_never_runs_into_its_text(
    title: str, end: TitleEnd, text: str, expected: str
) -> None:
    notice = Notice(body=[BodyItem(ItemKind.CLAUSE, title=title, text=text, title_end=end)])
    (clause,) = [p for p in body_blocks(notice, 450) if p.role == "clause"]
    bold = "".join(r.text for r in clause.runs if r.bold)
    assert bold == expected
    assert clause.text == f"{expected} {text}./.".replace("../.", "./.")


def test_a_clause_title_as_its_own_paragraph() -> None:
    item = BodyItem(
        ItemKind.CLAUSE, "Sở Xây dựng", "Chủ trì.\nBáo cáo.", title_end=TitleEnd.PARAGRAPH
    )
    notice = Notice(body=[item], closing="Xong.")
    paras = [p for p in body_blocks(notice, 450) if isinstance(p, Para)]
    assert [(p.role, p.text) for p in paras[:3]] == [
        ("clause", "1. Sở Xây dựng"),
        ("body", "Chủ trì."),
        ("body", "Báo cáo."),
    ]
    assert paras[0].keep_next and all(r.bold for r in paras[0].runs)


def test_long_rows_may_split_and_a_table_keeps_its_introduction() -> None:
    long_cell = " ".join(["Rà soát, tháo gỡ khó khăn, vướng mắc trong triển khai."] * 150)
    table = Table(
        [["Đơn vị", "Nhiệm vụ"], ["Sở Tài chính", "Bố trí vốn"], ["Sở Xây dựng", long_cell]]
    )
    notice = Notice(
        lead_in="Các đơn vị thực hiện như sau:",
        body=[BodyItem(ItemKind.TABLE, table=table)],
        closing="Xong.",
    )
    blocks = body_blocks(notice, WIDTH)
    lead_in = next(b for b in blocks if isinstance(b, Para) and b.role == "lead-in")
    grid = next(b for b in blocks if isinstance(b, TableBlock))
    assert lead_in.keep_next
    assert [r.cant_split for r in grid.rows] == [True, True, False]
