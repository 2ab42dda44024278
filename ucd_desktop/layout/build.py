"""Notice -> DocumentLayout: the single pipeline behind the .docx, the preview and the tests."""

from __future__ import annotations

from dataclasses import replace

from ucd_desktop.decree import Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout.appendix import appendix_blocks
from ucd_desktop.layout.blocks import Align, Block, DocumentLayout, PageGeometry, Para, Run
from ucd_desktop.layout.body import body_blocks
from ucd_desktop.layout.closing import footer_paras, signature_table
from ucd_desktop.layout.header import choose_header, header_table, title_block
from ucd_desktop.model.notice import Notice, PageSetup

__all__ = ["build_layout", "page_geometry"]

#: Word's own limit for the space before or after a paragraph (pt); a larger value
#: (1e308 in a hand-edited draft) would not even convert to twips.
MAX_SPACING_PT = 1584.0


def page_geometry(page: PageSetup) -> PageGeometry:
    """Margins as set, but never outside the Decree's ranges."""
    r = rules.MARGIN_RANGES
    return PageGeometry(
        margin_top_mm=r["top"].clamp(page.margin_top_mm),
        margin_bottom_mm=r["bottom"].clamp(page.margin_bottom_mm),
        margin_left_mm=r["left"].clamp(page.margin_left_mm),
        margin_right_mm=r["right"].clamp(page.margin_right_mm),
        header_distance_mm=rules.HEADER_DISTANCE_MM,
        footer_distance_mm=rules.FOOTER_DISTANCE_MM,
    )


def _clamped_setup(page: PageSetup) -> PageSetup:
    return PageSetup(
        margin_top_mm=page.margin_top_mm,
        margin_bottom_mm=page.margin_bottom_mm,
        margin_left_mm=page.margin_left_mm,
        margin_right_mm=page.margin_right_mm,
        body_size=element(Role.BODY).size.clamp(page.body_size),
        line_spacing=rules.LINE_SPACING.clamp(page.line_spacing),
        first_line_indent_cm=min(
            rules.FIRST_LINE_INDENTS_CM, key=lambda v: abs(v - page.first_line_indent_cm)
        ),
        paragraph_spacing_pt=min(
            max(page.paragraph_spacing_pt, rules.MIN_PARAGRAPH_SPACING_PT), MAX_SPACING_PT
        ),
        signature_space_pt=rules.SIGNATURE_SPACE_PT.clamp(page.signature_space_pt),
    )


def build_layout(notice: Notice) -> DocumentLayout:
    """Lay ``notice`` out by Decree 30. Out-of-range settings are brought into range."""
    geometry = page_geometry(notice.page)
    setup = _clamped_setup(notice.page)
    if setup != notice.page:
        notice = _with_page(notice, setup)
    width = geometry.text_width
    size = setup.body_size
    sizes = choose_header(notice, width)
    blocks: list[Block] = [header_table(notice, sizes), *title_block(notice, width, size)]
    blocks += body_blocks(notice, width)
    blocks.append(signature_table(notice, sizes.left_width, sizes.right_width, size))
    blocks += appendix_blocks(notice, width)
    number = element(Role.PAGE_NUMBER)
    page_number = Para(
        [Run("", page_field=True)],
        number.default_size,
        number.align or Align.CENTER,
        role=Role.PAGE_NUMBER,
    )
    return DocumentLayout(
        page=geometry,
        blocks=blocks,
        page_number=page_number,
        first_page_footer=footer_paras(notice),
        title=" ".join(notice.summary.split()),
        author=" ".join(" ".join(notice.issuing_body).split()),
    )


def _with_page(notice: Notice, page: PageSetup) -> Notice:
    return replace(notice, page=page)
