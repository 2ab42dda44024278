"""Appendices laid out by Decree 30: own pages, heading, title, "Kèm theo" line, content."""

from __future__ import annotations

from tests.render.appendix_samples import (
    blank_number_notice,
    tasks_appendix,
    two_appendix_notice,
    works_appendix,
)
from ucd_desktop.layout.appendix import reference_line, title_lines
from ucd_desktop.layout.blocks import Para, TableBlock
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.metrics import text_width
from ucd_desktop.layout.paginate import paginate
from ucd_desktop.model.notice import Appendix, Notice


def _texts(page: object) -> list[str]:
    return [it.text for it in page.items if hasattr(it, "text")]  # type: ignore[attr-defined]


def test_no_appendix_no_blocks() -> None:
    layout = build_layout(Notice(summary="Kết luận"))
    assert not [p for p in layout.paragraphs() if p.role.startswith("appendix")]
    assert not any(p.page_break_before for p in layout.paragraphs())


def test_two_appendices_are_roman_bold_14_on_new_pages() -> None:
    layout = build_layout(two_appendix_notice())
    headings = layout.by_role("appendix-heading")
    assert [h.text for h in headings] == ["Phụ lục I", "Phụ lục II"]
    for h in headings:
        assert h.page_break_before and h.size == 14.0 and h.runs[0].bold
        assert h.align.value == "center"
    titles = layout.by_role("appendix-title")
    # One paragraph a printed line, lines of even length: no "GỠ" alone on the second.
    assert [t.text for t in titles[:2]] == [
        "DANH MỤC CÔNG TRÌNH CHẬM",
        "TIẾN ĐỘ CẦN TẬP TRUNG THÁO GỠ",
    ]
    assert titles[2].text == "PHÂN CÔNG NHIỆM VỤ VÀ THỜI HẠN HOÀN THÀNH"
    assert all(t.runs[0].bold and not t.runs[0].italic for t in titles)
    refs = layout.by_role("appendix-reference")
    assert refs[0].text == "(Kèm theo Thông báo số 05/TB-UBND ngày 05 tháng 02 năm 2026)"
    assert all(r.runs[0].italic and not r.runs[0].bold and r.size == 14.0 for r in refs)
    # Heading, title and "Kèm theo" stay together with the first line of content.
    assert all(p.keep_next for p in headings + titles + refs)


def test_appendices_follow_the_signature_in_order() -> None:
    layout = build_layout(two_appendix_notice())
    roles = [b.role for b in layout.blocks]
    signature = roles.index("signature")
    first = roles.index("appendix-heading")
    assert first == signature + 1
    # The second appendix's table comes after its heading, the body's final mark before.
    second = [i for i, r in enumerate(roles) if r == "appendix-heading"][1]
    tables = [i for i, b in enumerate(layout.blocks) if isinstance(b, TableBlock)]
    assert any(t > second and layout.blocks[t].role == "body-table" for t in tables)
    paras = layout.paragraphs()
    finals = [i for i, p in enumerate(paras) if p.text.endswith("./.")]
    heading = [p.role for p in paras].index("appendix-heading")
    assert len(finals) == 1 and finals[0] < heading


def test_typed_number_kept_and_blank_number_and_date_left_for_the_clerk() -> None:
    notice = blank_number_notice()
    layout = build_layout(notice)
    assert [h.text for h in layout.by_role("appendix-heading")] == ["Phụ lục 01"]
    ref = layout.by_role("appendix-reference")[0].text
    assert ref.startswith("(Kèm theo Thông báo số        /TB-UBND ngày ")
    assert ref.endswith(" tháng 02 năm 2026)")
    assert "ngày      tháng" in ref


def test_title_lines_are_even_and_fit() -> None:
    width = build_layout(Notice()).page.text_width
    long = (
        "Danh mục các dự án chậm giải ngân vốn đầu tư công năm 2024 trên địa bàn tỉnh "
        "Lào Cai và các huyện, thị xã, thành phố trực thuộc"
    )
    lines = title_lines(long, width)
    assert len(lines) == 3 and " ".join(lines) == long.upper()
    widths = [text_width(ln, 14.0, bold=True) for ln in lines]
    assert max(widths) <= width and max(widths) - min(widths) < 0.25 * width
    # Lines the drafter typed stay lines; a short title stays one line.
    assert title_lines("Danh mục\ncông trình", width) == ["DANH MỤC", "CÔNG TRÌNH"]
    assert title_lines("  ", width) == []


def test_single_unnumbered_appendix_has_no_number() -> None:
    notice = Notice(summary="Kết luận", appendices=[works_appendix()])
    assert build_layout(notice).by_role("appendix-heading")[0].text == "Phụ lục"


def test_reference_line_survives_an_impossible_date() -> None:
    notice = Notice(number="7", symbol="TB-UBND", day=31, month=2, year=2026)
    assert reference_line(notice) == (
        "(Kèm theo Thông báo số 07/TB-UBND ngày      tháng 02 năm 2026)"
    )


def test_appendix_content_is_laid_out_as_the_body() -> None:
    layout = build_layout(two_appendix_notice())
    start = [p.role for p in layout.paragraphs()].index("appendix-heading")
    after = layout.paragraphs()[start:]
    sections = [p.text for p in after if p.role == "section"]
    assert sections == ["I. CÔNG TRÌNH GIAO THÔNG", "II. CHỮ VIẾT TẮT"]
    clauses = [p for p in after if p.role == "clause"]
    assert clauses[0].text.startswith("1. Tên công trình: Đường tỉnh 830")
    assert clauses[0].runs[0].bold and clauses[0].align.value == "both"
    assert [p.text[:2] for p in after if p.role == "point"] == ["a)", "b)"]
    # Items keep the field paths the editor and the preview use.
    assert all(p.source.startswith("body[") for p in after if p.role in ("clause", "bullet"))
    assert layout.by_role("appendix-title")[0].source == "appendices[0].title"


def test_each_appendix_starts_a_page_and_numbers_continue() -> None:
    notice = two_appendix_notice()
    pages = paginate(build_layout(notice))
    assert len(pages) == 3
    for number, heading in ((2, "Phụ lục I"), (3, "Phụ lục II")):
        page = pages[number - 1]
        texts = _texts(page)
        assert heading in texts
        assert str(number) in texts  # the page number in the header goes on counting
        body_top = min(it.y for it in page.items if getattr(it, "text", "") == heading)
        others = [it.y for it in page.items if getattr(it, "text", "") not in ("", str(number))]
        assert body_top <= min(others) + 0.01


def test_a_long_appendix_runs_over_pages_and_the_next_starts_fresh() -> None:
    notice = two_appendix_notice()
    long = tasks_appendix()
    assert long.items[1].table is not None
    long.items[1].table.rows += [["4", "Nhiệm vụ bổ sung " * 6, "Sở Nội vụ", "1/9/2026"]] * 40
    notice.appendices = [long, works_appendix(), Appendix(title="Phụ lục trống")]
    pages = paginate(build_layout(notice))
    starts = [page.number for page in pages for t in _texts(page) if t.startswith("Phụ lục ")]
    assert starts[0] == 2 and starts[1] > 3 and starts[2] == starts[1] + 1
    assert len(pages) == starts[2]


def test_an_empty_appendix_still_takes_its_own_page() -> None:
    notice = two_appendix_notice()
    notice.appendices[0].items = []
    layout = build_layout(notice)
    assert len(paginate(layout)) == 3
    heading = layout.by_role("appendix-heading")[1]
    assert isinstance(heading, Para) and heading.page_break_before
