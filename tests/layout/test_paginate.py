"""The paginator: vertical spacing, page breaks, Word's keep rules, tables, extremes.

Most tests lay out hand-made blocks, so they hold whatever sizes ``layout.build`` picks;
the ``render`` test at the end checks the paginator against LibreOffice's rendering of
exported notices, line by line.
"""

from __future__ import annotations

import itertools
import random

import pytest

from tests.conftest import EXAMPLE
from ucd_desktop.decree.numbers import mm_to_pt
from ucd_desktop.layout.blocks import Align, Block, Cell, DocumentLayout, Para, Row, Run, TableBlock
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.metrics import metrics
from ucd_desktop.layout.paginate import Page, TextItem, paginate
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice, Table
from ucd_desktop.storage.drafts import load_draft

WORDS = [
    "Tăng",
    "cường",
    "công",
    "tác",
    "kiểm",
    "tra",
    "giám",
    "sát",
    "việc",
    "thực",
    "hiện",
    "các",
    "chế",
    "độ",
    "chính",
    "sách",
    "đối",
    "với",
    "công",
    "nhân",
    "lao",
    "động",
    "ở",
    "các",
    "loại",
    "hình",
    "doanh",
    "nghiệp",
    "nâng",
    "cao",
    "hiệu",
    "quả",
    "tiếp",
    "nhận",
]
M = metrics()
TOP, BOTTOM = mm_to_pt(20), mm_to_pt(297 - 20)
LEFT, RIGHT = mm_to_pt(30), mm_to_pt(210 - 15)


def sentence(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n))


def single(size: float) -> float:
    return M.line_height(size)


def ascent(size: float) -> float:
    return (M.line_gap + M.ascent) * size / M.units_per_em


def para(text: str, source: str, **kw: object) -> Para:
    options: dict[str, object] = {"size": 14.0, "align": Align.JUSTIFY, "source": source}
    options.update(kw)
    return Para([Run(text)], role="p", **options)  # type: ignore[arg-type]


def layout_of(blocks: list[Block]) -> DocumentLayout:
    """Default margins (20/20/30/15 mm), no footer, only ``blocks``."""
    layout = build_layout(Notice())
    layout.blocks = blocks
    layout.first_page_footer = []
    return layout


def rows_of(pages: list[Page], source: str) -> list[tuple[int, float]]:
    """(page number, baseline) of each line of the paragraphs from ``source``."""
    return sorted({(p.number, t.y) for p in pages for t in p.texts if t.source == source})


def texts_of(pages: list[Page], source: str) -> list[TextItem]:
    return [t for p in pages for t in p.texts if t.source == source]


# -- vertical spacing ------------------------------------------------------------------


def test_first_line_and_line_pitch() -> None:
    rnd = random.Random(1)
    pages = paginate(layout_of([para(sentence(rnd, 60), "a", line_spacing=1.15)]))
    rows = rows_of(pages, "a")
    assert rows[0] == (1, pytest.approx(TOP + ascent(14)))
    pitches = {round(b[1] - a[1], 6) for a, b in itertools.pairwise(rows)}
    assert pitches == {round(single(14) * 1.15, 6)}


def test_spacing_between_paragraphs_is_the_larger_one() -> None:
    for after, before in ((6.0, 6.0), (12.0, 6.0), (0.0, 9.0), (4.0, 10.0)):
        a = para("một", "a", space_after=after, line_spacing=1.0)
        b = para("hai", "b", space_before=before)
        pages = paginate(layout_of([a, b]))
        gap = rows_of(pages, "b")[0][1] - rows_of(pages, "a")[0][1]
        assert gap == pytest.approx(single(14) + max(after, before))


def test_space_before_is_dropped_at_the_top_of_later_pages() -> None:
    rnd = random.Random(2)
    blocks: list[Block] = [
        para(sentence(rnd, 40), f"p{i}", space_before=18.0, line_spacing=1.5) for i in range(30)
    ]
    pages = paginate(layout_of(blocks))
    assert len(pages) > 2
    for page in pages[1:]:
        first = min(t.y for t in page.texts if t.source.startswith("p"))
        assert first == pytest.approx(TOP + ascent(14))
    # ...but not on page 1, where the document starts.
    assert rows_of(pages, "p0")[0][1] == pytest.approx(TOP + 18 + ascent(14))


def test_the_last_line_only_needs_its_single_spaced_part() -> None:
    # A spacing at which the last line's extra would cross the bottom margin: Word lets it.
    room = BOTTOM - TOP
    spacing = next(
        s / 100
        for s in range(115, 151)
        if int((room - single(14)) // (single(14) * s / 100)) + 1 > room // (single(14) * s / 100)
    )
    fits = int((room - single(14)) // (single(14) * spacing)) + 1
    rnd = random.Random(3)
    pages = paginate(layout_of([para(sentence(rnd, 900), "a", line_spacing=spacing)]))
    assert sum(1 for n, _ in rows_of(pages, "a") if n == 1) == fits


# -- page breaks and keep rules -----------------------------------------------------------


@pytest.mark.parametrize("filler", range(30, 36))
def test_widow_and_orphan_control(filler: int) -> None:
    rnd = random.Random(filler)
    for words in (20, 30, 45, 60, 75):
        blocks: list[Block] = [para("x", f"f{i}", line_spacing=1.15) for i in range(filler)]
        blocks.append(para(sentence(rnd, words), "p", space_before=6.0, line_spacing=1.15))
        pages = paginate(layout_of(blocks))
        per_page: dict[int, int] = {}
        for number, _y in rows_of(pages, "p"):
            per_page[number] = per_page.get(number, 0) + 1
        counts = list(per_page.values())
        if len(counts) > 1:
            assert counts[0] >= 2 and counts[-1] >= 2, (filler, words, counts)


def test_keep_lines_paragraph_moves_whole() -> None:
    rnd = random.Random(5)
    for filler in range(30, 40):
        blocks: list[Block] = [para("x", f"f{i}") for i in range(filler)]
        blocks.append(para(sentence(rnd, 70), "p", keep_lines=True))
        pages = paginate(layout_of(blocks))
        assert len({n for n, _ in rows_of(pages, "p")}) == 1


def test_keep_with_next_chain_moves_with_the_next_block() -> None:
    rnd = random.Random(6)
    moved = 0
    for filler in range(34, 46):
        blocks: list[Block] = [para("x", f"f{i}") for i in range(filler)]
        blocks += [
            para("I. HEADING", "h1", keep_next=True, align=Align.LEFT),
            para("1. Sub heading", "h2", keep_next=True, align=Align.LEFT),
            para(sentence(rnd, 45), "p"),
        ]
        pages = paginate(layout_of(blocks))
        first = rows_of(pages, "p")[0][0]
        assert rows_of(pages, "h1")[0][0] == rows_of(pages, "h2")[0][0] == first
        h1 = rows_of(pages, "h1")[0]
        if h1[0] == 2:
            assert h1[1] == pytest.approx(TOP + ascent(14))  # at the top of the new page
            # ...although there was room for it on page 1.
            last = max(y for n, y in rows_of(pages, "f" + str(filler - 1)) if n == 1)
            moved += last + single(14) * 2 < BOTTOM
    assert moved


def test_a_chain_longer_than_a_page_is_not_moved() -> None:
    blocks: list[Block] = [para("x", f"k{i}", keep_next=True) for i in range(80)]
    blocks.append(para("end", "end"))
    pages = paginate(layout_of(blocks))
    assert len(pages) == 2
    assert rows_of(pages, "k0")[0][0] == 1


# -- the notice's own blocks ---------------------------------------------------------------


def test_signature_block_stays_whole_with_the_last_paragraph() -> None:
    moved = 0
    rnd = random.Random(10)
    for n in range(45):  # the block after the body reaches every part of a page
        notice = load_draft(EXAMPLE).notice
        notice.body += [BodyItem(ItemKind.BULLET, text=sentence(rnd, 14)) for _ in range(n)]
        notice.closing += " " + sentence(rnd, n % 7 * 9)
        pages = paginate(build_layout(notice))
        sources = ("recipients", "signature.authority", "signature.name", "archive.unit")
        sig = {p.number for p in pages for t in p.texts if t.source in sources}
        assert len(sig) == 1, f"signature block over pages {sig} (n={n})"
        closing = {n for n, _ in rows_of(pages, "closing")}
        assert closing == sig, "the last paragraph stays whole, with the signature block"
        top = rows_of(pages, "closing")[0]
        moved += top[0] > 1 and top[1] == pytest.approx(TOP + ascent(14))
    assert moved  # some variants pushed paragraph and block to a new page together


def test_page_numbers_from_page_two_centred_in_the_header() -> None:
    notice = load_draft(EXAMPLE).notice
    notice.body = notice.body * 3
    pages = paginate(build_layout(notice))
    assert len(pages) >= 5
    assert not [t for t in pages[0].texts if t.y < TOP]
    for page in pages[1:]:
        head = [t for t in page.texts if t.y < TOP]
        assert [t.text for t in head] == [str(page.number)]
        assert head[0].x + head[0].width / 2 == pytest.approx((LEFT + RIGHT) / 2, abs=0.01)
        assert head[0].y == pytest.approx(mm_to_pt(10) + ascent(14))


def test_footer_on_page_one_only_and_it_raises_the_foot_of_the_body() -> None:
    notice = load_draft(EXAMPLE).notice
    plain = paginate(build_layout(notice))
    notice.footer = "\n".join(f"Dòng chân trang {i}" for i in range(6))
    footed = paginate(build_layout(notice))
    assert next(t.text for t in texts_of(footed, "footer")) == "Dòng chân trang 0"
    assert {p.number for p in footed for t in p.texts if t.source == "footer"} == {1}
    lowest_plain = max(t.y for t in plain[0].texts)
    lowest_body = max(t.y for t in footed[0].texts if t.source != "footer")
    top_footer = min(t.y for t in footed[0].texts if t.source == "footer")
    assert lowest_body < top_footer and lowest_body < lowest_plain
    assert max(t.y for t in texts_of(footed, "footer")) < footed[0].height - mm_to_pt(8)
    assert any(r.x2 - r.x1 == pytest.approx(RIGHT - LEFT) for r in footed[0].rules)


def test_rules_and_boxed_marks() -> None:
    notice = load_draft(EXAMPLE).notice
    notice.draft_mark = True
    page = paginate(build_layout(notice))[0]
    assert len(page.rules) == 3  # under the issuer, the motto and the summary
    motto = next(t for t in page.texts if t.text.startswith("Độc lập"))
    under = [r for r in page.rules if r.y1 > motto.y and abs(r.x1 - motto.x) < 0.01]
    assert under and under[0].x2 == pytest.approx(motto.x + motto.width)
    (box,) = page.boxes
    mark = next(t for t in page.texts if t.text == "DỰ THẢO")
    assert box.x < mark.x and box.x + box.width > mark.x + mark.width
    assert box.y < mark.y - ascent(mark.size) + 1 and box.y + box.height > mark.y


def test_areas_cover_their_paragraphs() -> None:
    pages = paginate(build_layout(load_draft(EXAMPLE).notice))
    for page in pages:
        for t in page.texts:
            if t.source:
                assert any(
                    a.source == t.source and a.contains(t.x + 0.5, t.y) for a in page.areas
                ), t


# -- tables ------------------------------------------------------------------------------


def grid(rows: list[list[str]], widths: list[float], heads: int = 1) -> TableBlock:
    total = sum(widths)
    ws = [(RIGHT - LEFT) * w / total for w in widths]
    out = []
    for r, cells in enumerate(rows):
        paras = [[Para([Run(c)], 13.0, source=f"r{r}c{i}")] for i, c in enumerate(cells)]
        out.append(Row([Cell(p, w) for p, w in zip(paras, ws, strict=True)], True, r < heads))
    return TableBlock(ws, out, borders=True, role="body-table", cell_padding=4.0)


def test_table_rows_never_split_and_headings_repeat() -> None:
    rnd = random.Random(8)
    rows = [["STT", "Nhiệm vụ"]] + [[str(i), sentence(rnd, 10 + i % 30)] for i in range(60)]
    pages = paginate(layout_of([grid(rows, [1, 6])]))
    assert len(pages) >= 3
    for page in pages:
        assert sum(1 for t in page.texts if t.text == "STT") == 1  # heading on every page
    for r in range(1, len(rows)):
        assert len({n for n, _ in rows_of(pages, f"r{r}c1")}) == 1
        assert rows_of(pages, f"r{r}c0")[0][0] == rows_of(pages, f"r{r}c1")[0][0]
    for page in pages:
        bottom = max(r.y2 for r in page.rules)
        assert bottom <= BOTTOM + 0.5


def test_heading_row_never_stays_alone_at_the_foot() -> None:
    rnd = random.Random(9)
    for filler in range(36, 44):
        blocks: list[Block] = [para("x", f"f{i}") for i in range(filler)]
        blocks.append(grid([["A", "B"], ["1", sentence(rnd, 40)]], [1, 4]))
        pages = paginate(layout_of(blocks))
        assert rows_of(pages, "r0c0")[0][0] == rows_of(pages, "r1c1")[0][0]


def test_a_row_taller_than_a_page_is_cut_between_lines() -> None:
    text = "\n".join(" ".join(WORDS) for _ in range(25))
    notice = Notice(body=[BodyItem(ItemKind.TABLE, table=Table([["A", "B"], ["x", text]]))])
    pages = paginate(build_layout(notice))
    assert len(pages) >= 2
    words = " ".join(t.text for p in pages for t in p.texts if t.source.startswith("body["))
    assert words.count("Tăng cường") == 25  # nothing lost, nothing twice
    for page in pages:
        assert all(t.y <= BOTTOM for t in page.texts)


def test_adjacent_tables_keep_the_writer_spacer() -> None:
    def table(text: str) -> TableBlock:
        return TableBlock([100.0], [Row([Cell([Para([Run(text)], 13.0, source=text)], 100.0)])])

    pages = paginate(layout_of([table("a"), table("b")]))
    gap = rows_of(pages, "b")[0][1] - rows_of(pages, "a")[0][1]
    assert gap == pytest.approx(single(13) + single(2))


# -- extremes ------------------------------------------------------------------------------


def test_empty_notice_makes_one_page() -> None:
    pages = paginate(build_layout(Notice()))
    assert len(pages) == 1
    assert any(t.text == "THÔNG BÁO" for t in pages[0].texts)
    assert any(t.text.endswith("./.") for t in pages[0].texts)
    assert len(paginate(layout_of([]))) == 1


def test_two_thousand_items() -> None:
    rnd = random.Random(7)
    notice = load_draft(EXAMPLE).notice
    notice.body = [BodyItem(ItemKind.BULLET, text=sentence(rnd, 5 + i % 40)) for i in range(2000)]
    pages = paginate(build_layout(notice))
    assert 100 < len(pages) < 400
    seen = [t.source for p in pages for t in p.texts if t.source.startswith("body[")]
    assert list(dict.fromkeys(seen)) == [f"body[{item.id}].text" for item in notice.body]
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))


def test_hundred_thousand_character_paragraph() -> None:
    text = sentence(random.Random(1), 30000)[:100_000].rstrip()
    pages = paginate(layout_of([para(text, "big", line_spacing=1.15)]))
    assert len(pages) > 30
    pieces = texts_of(pages, "big")
    assert " ".join(t.text for t in pieces).split() == text.split()
    assert all(t.x >= LEFT - 0.01 and t.x + t.width <= RIGHT + 0.01 for t in pieces)
    for page in pages:
        ends: dict[float, float] = {}
        for t in page.texts:
            if t.source == "big":
                ends[t.y] = max(ends.get(t.y, 0.0), t.x + t.width)
        if page is pages[-1]:
            del ends[max(ends)]  # the last line of the paragraph is not stretched
        assert all(e == pytest.approx(RIGHT, abs=0.01) for e in ends.values())  # justified
