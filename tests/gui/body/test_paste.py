"""Pasted text -> body items (no Qt)."""

from __future__ import annotations

from ucd_desktop.gui.body.paste import PastedItem, parse_pasted
from ucd_desktop.model.notice import ItemKind


def test_markers_become_kinds_and_are_dropped() -> None:
    text = (
        "I. ĐÁNH GIÁ CHUNG\n"
        "Năm 2021 là năm khó khăn.\n"
        "1. Đề nghị Liên đoàn Lao động tỉnh\n"
        "- Phối hợp hoàn chỉnh báo cáo.\n"
        "• Tập trung hỗ trợ nguồn lực.\n"
        "a) Điểm thứ nhất.\n"
        "đ) Điểm thứ năm.\n"
        "2. Các sở, ngành tỉnh phối hợp thực hiện tốt các nội dung sau:\n"
    )
    assert parse_pasted(text) == [
        PastedItem(ItemKind.SECTION, title="ĐÁNH GIÁ CHUNG"),
        PastedItem(ItemKind.PARAGRAPH, text="Năm 2021 là năm khó khăn."),
        PastedItem(ItemKind.CLAUSE, title="Đề nghị Liên đoàn Lao động tỉnh"),
        PastedItem(ItemKind.BULLET, text="Phối hợp hoàn chỉnh báo cáo."),
        PastedItem(ItemKind.BULLET, text="Tập trung hỗ trợ nguồn lực."),
        PastedItem(ItemKind.POINT, text="Điểm thứ nhất."),
        PastedItem(ItemKind.POINT, text="Điểm thứ năm."),
        PastedItem(
            ItemKind.CLAUSE, title="Các sở, ngành tỉnh phối hợp thực hiện tốt các nội dung sau:"
        ),
    ]


def test_a_long_clause_is_text_not_a_heading() -> None:
    long = "Giao Sở Xây dựng chủ trì, phối hợp các đơn vị liên quan rà soát. " * 3
    (item,) = parse_pasted("3. " + long)
    assert item.kind is ItemKind.CLAUSE and item.title == "" and item.text == long.strip()


def test_pdf_lines_are_joined_and_text_cleaned() -> None:
    text = (
        "Tăng cường công tác kiểm tra,  giám sát việc thực hiện các chế độ\r\n"
        "chính sách đối với công nhân\x0b lao động.\n"
        "\n"
        "Ke\u0302\u0301t lua\u0323\u0302n\u200b cuối."
    )
    items = parse_pasted(text)
    assert [i.text for i in items] == [
        "Tăng cường công tác kiểm tra, giám sát việc thực hiện các chế độ chính sách đối "
        "với công nhân lao động.",
        "Kết luận cuối.",
    ]
    assert all(i.kind is ItemKind.PARAGRAPH for i in items)


def test_blank_text_makes_nothing() -> None:
    assert parse_pasted(" \n\t\n") == []
