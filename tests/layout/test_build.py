"""Tests for ucd_desktop.layout.build: the whole notice as one DocumentLayout."""

from __future__ import annotations

import pytest

from tests.render.samples import example_notice, long_notice, nasty_notice, one_page_notice
from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout.blocks import Para, TableBlock
from ucd_desktop.layout.build import MAX_SPACING_PT, build_layout, page_geometry
from ucd_desktop.model.notice import Notice, PageSetup

#: The Decree's size range (pt) of each role that prints text, restated from Appendix I.
ROLE_SIZES = {
    "governing-body": (12, 13),
    "issuing-body": (12, 13),
    "number": (13, 13),
    "national-title": (12, 13),
    "motto": (13, 14),
    "place-date": (13, 14),
    "mark": (13, 14),
    "type-name": (13, 14),
    "summary": (13, 14),
    "opening": (13, 14),
    "lead-in": (13, 14),
    "section": (13, 14),
    "clause": (13, 14),
    "point": (13, 14),
    "bullet": (13, 14),
    "paragraph": (13, 14),
    "body": (13, 14),
    "closing": (13, 14),
    "recipients-heading": (12, 12),
    "recipient": (11, 11),
    "archive": (11, 11),
    "authority": (13, 14),
    "position": (13, 14),
    "signer-name": (13, 14),
    "page-number": (13, 14),
    "footer": (11, 12),
}


@pytest.mark.parametrize("make", [example_notice, one_page_notice, nasty_notice, long_notice])
def test_every_size_is_inside_the_decrees_range(make: type[Notice]) -> None:
    layout = build_layout(make())
    paras = [*layout.paragraphs(), layout.page_number, *layout.first_page_footer]
    for p in paras:
        if p.is_rule or p.role in ("table-cell", "spacer"):
            continue
        low, high = ROLE_SIZES[p.role]
        assert low <= p.size <= high, (p.role, p.size)


def test_block_order_of_the_example() -> None:
    layout = build_layout(example_notice())
    header, *middle, signature = layout.blocks
    assert isinstance(header, TableBlock) and header.role == "header"
    assert isinstance(signature, TableBlock) and signature.role == "signature"
    roles = [b.role for b in middle]
    assert roles[:4] == ["type-name", "summary", "rule-summary", "opening"]
    assert roles[-1] == "closing"
    last = middle[-1]
    assert isinstance(last, Para) and last.keep_next and last.text.endswith("UBND tỉnh./.")


def test_document_properties() -> None:
    layout = build_layout(example_notice())
    assert layout.title.startswith("Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm")
    assert "\n" not in layout.title and "  " not in layout.title
    assert layout.author == "ỦY BAN NHÂN DÂN TỈNH LONG AN"
    assert layout.language == "vi-VN"
    assert layout.page_number.runs[0].page_field and layout.page_number.align.value == "center"


def test_default_page_is_20_20_30_15() -> None:
    g = build_layout(Notice()).page
    assert (g.margin_top_mm, g.margin_bottom_mm, g.margin_left_mm, g.margin_right_mm) == (
        20,
        20,
        30,
        15,
    )
    assert (g.width_mm, g.height_mm) == (210, 297)
    assert g.text_width_mm == 165


def test_margins_outside_the_ranges_are_brought_inside() -> None:
    g = page_geometry(
        PageSetup(margin_top_mm=5, margin_bottom_mm=40, margin_left_mm=10, margin_right_mm=50)
    )
    assert (g.margin_top_mm, g.margin_bottom_mm, g.margin_left_mm, g.margin_right_mm) == (
        20,
        25,
        30,
        20,
    )


def test_out_of_range_type_settings_are_brought_inside() -> None:
    notice = example_notice()
    notice.page = PageSetup(
        body_size=20,
        line_spacing=3,
        first_line_indent_cm=2,
        paragraph_spacing_pt=0,
        signature_space_pt=10,
    )
    layout = build_layout(notice)
    body = layout.by_role("opening")[0]
    assert (body.size, body.line_spacing, body.space_before) == (14, 1.5, 6)
    assert body.first_indent == pytest.approx(rules.mm_to_pt(12.7))
    assert layout.by_role("signer-name")[0].space_before == 60
    assert notice.page.body_size == 20  # the notice itself is left as it was


def test_absurd_numbers_from_a_draft_file_still_lay_out() -> None:
    notice = example_notice()
    notice.page = PageSetup(1e300, -1e300, 1e300, 0, 1e300, 1e300, 1e300, 1e300, 1e300)
    layout = build_layout(notice)
    body = layout.by_role("opening")[0]
    assert body.space_before == MAX_SPACING_PT  # Word's largest
    assert (body.size, body.line_spacing) == (14, 1.5)
    g = layout.page
    assert (g.margin_top_mm, g.margin_bottom_mm, g.margin_left_mm) == (25, 20, 35)


def test_header_columns_equal_signature_columns_and_the_text_width() -> None:
    layout = build_layout(nasty_notice())
    header, signature = layout.blocks[0], layout.blocks[-1]
    assert isinstance(header, TableBlock) and isinstance(signature, TableBlock)
    assert sum(header.widths) == pytest.approx(layout.page.text_width)
    assert signature.widths == header.widths


def test_long_notice_lays_out() -> None:
    layout = build_layout(long_notice())
    assert len(layout.paragraphs()) > 250
    assert sum(p.text.count("./.") for p in layout.paragraphs()) == 1
