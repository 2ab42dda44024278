"""Tests for ucd_desktop.layout.closing: recipients, signature block and page-1 footer."""

from __future__ import annotations

import pytest

from tests.render.samples import example_notice, nasty_notice
from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout.blocks import Align
from ucd_desktop.layout.closing import footer_paras, signature_table
from ucd_desktop.layout.metrics import metrics
from ucd_desktop.model.notice import Recipient


def test_recipients_column() -> None:
    table = signature_table(example_notice(), 180, 287, 14)
    left = table.rows[0].cells[0].paras
    heading, *recipients, archive = left
    assert heading.text == "Nơi nhận:" and heading.size == 12
    assert heading.runs[0].bold and heading.runs[0].italic
    assert [p.text for p in recipients] == [
        "- TT.TU (b/c);",
        "- TT. HĐND tỉnh (b/c);",
        "- CT, các PCT. UBND tỉnh;",
        "- Các sở, ngành tỉnh;",
        "- Công an tỉnh;",
        "- CVP, các PCVP;",
        "- UBND các huyện, thành phố, thị xã;",
        "- Phòng VHXXH+KTTC;",
    ]
    assert all(p.size == 11 and not p.runs[0].bold for p in recipients)
    assert archive.text == "- Lưu: VT, HT." and archive.size == 11


def test_signature_column() -> None:
    table = signature_table(example_notice(), 180, 287, 14)
    right = table.rows[0].cells[1].paras
    assert [(p.role, p.text) for p in right] == [
        ("authority", "TM. ỦY BAN NHÂN DÂN"),
        ("authority", "KT. CHỦ TỊCH"),
        ("position", "PHÓ CHỦ TỊCH"),
        ("signer-name", "Nguyễn Minh Lâm"),
    ]
    assert all(p.runs[0].bold and p.size == 14 and p.align is Align.CENTER for p in right)
    assert right[-1].space_before in rules.SIGNATURE_SPACE_PT


def test_block_is_one_unsplittable_borderless_row() -> None:
    table = signature_table(example_notice(), 180, 287, 13)
    assert len(table.rows) == 1 and table.rows[0].cant_split
    assert not table.borders and table.widths == [180, 287] and table.role == "signature"


@pytest.mark.parametrize("size", [13.0, 14.0])
def test_recipients_heading_level_with_the_first_authority_line(size: float) -> None:
    table = signature_table(example_notice(), 180, 287, size)
    heading = table.rows[0].cells[0].paras[0]
    first = table.rows[0].cells[1].paras[0]
    m = metrics(bold=True)
    heading_baseline = heading.space_before + m.ascent_pt(heading.size)
    first_baseline = first.space_before + m.ascent_pt(first.size)
    assert heading_baseline == pytest.approx(first_baseline)


def test_newlines_make_lines_of_their_own() -> None:
    notice = nasty_notice()
    table = signature_table(notice, 180, 250, 13)
    left, right = (c.paras for c in table.rows[0].cells)
    assert [p.text for p in left[-3:-1]] == ["- Lưu trữ tỉnh;", "- Trung tâm Tin học (để biết);"]
    names = [p for p in right if p.role == "signer-name"]
    assert [p.text for p in names] == ["Phạm Thị", "Thu Hà"]
    assert names[0].space_before == 84 and names[1].space_before == 0
    notice.recipients = [Recipient("  "), Recipient("Sở Y tế")]
    left = signature_table(notice, 180, 250, 13).rows[0].cells[0].paras
    assert [p.text for p in left[1:-1]] == ["- Sở Y tế;"]


def test_signature_space_is_kept_in_range() -> None:
    notice = example_notice()
    notice.page.signature_space_pt = 300
    right = signature_table(notice, 180, 287, 14).rows[0].cells[1].paras
    assert right[-1].space_before == rules.SIGNATURE_SPACE_PT.high


def test_footer_on_page_one() -> None:
    paras = footer_paras(nasty_notice())
    assert [p.text for p in paras] == [
        "Địa chỉ: 61 Nguyễn Huệ, Phường 1, Tân An, Long An",
        "Điện thoại: 0272 3826 XXX; e-mail: vanphong@longan.gov.vn",
    ]
    assert paras[0].border_top and not paras[1].border_top
    assert all(11 <= p.size <= 12 for p in paras)
    assert footer_paras(example_notice()) == []
