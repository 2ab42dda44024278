"""Appendices after the signature block: read as appendices, never as recipients."""

from __future__ import annotations

from pathlib import Path

from tests.data.notices.appendix_texts import (
    TASKS_TABLE,
    TASKS_TITLE,
    TEXT_NOTICE,
    WORKS,
    WORKS_TITLE,
)
from tests.reading.conftest import NOTICES
from tests.render.appendix_samples import two_appendix_notice
from ucd_desktop.export.docx_writer import export_docx
from ucd_desktop.model.notice import ItemKind
from ucd_desktop.reading import import_notice, import_text
from ucd_desktop.reading.appendix import appendix_start, is_appendix_heading
from ucd_desktop.reading.lines import Line

HAND_MADE = NOTICES / "appendix-hand-made.docx"


def test_heading_forms() -> None:
    for text in (
        "Phụ lục I",
        "PHỤ LỤC II",
        "Phụ lục 01",
        "Phụ lục",
        "PHỤ LỤC",
        "Phụ lục số 2",
        "Phụ lục 01 (Kèm theo Thông báo số …/TB-UBND ngày … tháng … năm …)",
        "PHỤ LỤC KÈM THEO THÔNG BÁO SỐ 15/TB-UBND",
    ):
        assert is_appendix_heading(Line(text)), text
    for text in (
        "Phụ lục kèm theo gồm danh mục các dự án chậm giải ngân của năm trước",
        "- Phụ lục I;",
        "Các phụ lục",
    ):
        assert not is_appendix_heading(Line(text)), text


def test_a_page_number_before_the_heading_goes_with_the_appendix() -> None:
    lines = [Line("- Lưu: VT."), Line("Lê Văn A"), Line("3"), Line("Phụ lục I")]
    assert appendix_start(lines, 0) == 2
    assert appendix_start(lines[:2], 0) == 2


def test_our_own_export_reads_back(tmp_path: Path) -> None:
    original = two_appendix_notice()
    path = tmp_path / "two.docx"
    export_docx(original, path)
    notice = import_notice(path).draft.notice
    assert notice.recipients == original.recipients
    assert notice.signature == original.signature
    assert len(notice.appendices) == 2
    for got, want in zip(notice.appendices, original.appendices, strict=True):
        assert got.number == want.number == ""  # I and II are derived again
        assert got.title.casefold() == want.title.casefold()
        assert [it.kind for it in got.items] == [it.kind for it in want.items]
        # Section titles print in capitals and come back so (the layout capitalises).
        assert [(it.title.casefold(), it.text) for it in got.items] == [
            (it.title.casefold(), it.text) for it in want.items
        ]
    table = notice.appendices[1].items[1].table
    assert table is not None and table.rows == original.appendices[1].items[1].table.rows  # type: ignore[union-attr]


def test_hand_made_docx_in_another_style() -> None:
    result = import_notice(HAND_MADE)
    notice = result.draft.notice
    assert [r.text for r in notice.recipients] == ["TT. Tỉnh ủy", "Các sở, ngành tỉnh"]
    assert notice.archive.unit == "TH"
    assert notice.signature.name == "Trịnh Xuân Trường"
    assert [a.title for a in notice.appendices] == [WORKS_TITLE, TASKS_TITLE]
    assert [a.number for a in notice.appendices] == ["", ""]
    works = notice.appendices[0].items
    assert [it.kind for it in works][:4] == [
        ItemKind.SECTION,
        ItemKind.CLAUSE,
        ItemKind.POINT,
        ItemKind.POINT,
    ]
    assert works[0].title == "DỰ ÁN GIAO THÔNG"
    assert works[-1].text == WORKS[-1].removeprefix("- ")
    tasks = notice.appendices[1].items
    assert tasks[-1].kind is ItemKind.TABLE and tasks[-1].table is not None
    assert tasks[-1].table.rows == TASKS_TABLE
    assert not result.draft.notes  # nothing left over


def test_plain_text_with_the_heading_and_reference_on_one_line() -> None:
    notice = import_text(TEXT_NOTICE).draft.notice
    assert [r.text for r in notice.recipients] == [
        "TT. Tỉnh ủy",
        "Sở Giao thông vận tải",
        "UBND các huyện",
    ]
    assert notice.signature.name == "Nguyễn Trọng Hài"
    (appendix,) = notice.appendices
    assert appendix.number == "01"
    assert appendix.title == "DANH MỤC CÔNG TRÌNH CHẬM TIẾN ĐỘ"
    kinds = [it.kind for it in appendix.items]
    assert kinds.count(ItemKind.SECTION) == 2 and kinds.count(ItemKind.CLAUSE) == 2
    assert appendix.items[-1].text == "BTCT: Bê tông cốt thép."
    assert not any("Kèm theo" in r.text for r in notice.recipients)


def test_a_notice_without_appendix_is_unchanged() -> None:
    text = TEXT_NOTICE.split("Phụ lục 01")[0]
    notice = import_text(text).draft.notice
    assert notice.appendices == [] and len(notice.recipients) == 3


def test_top_lines_joined_by_a_copy_are_taken_apart() -> None:
    base = TEXT_NOTICE.split("Phụ lục 01")[0]
    for top in (
        "Phụ lục I DANH MỤC CÔNG TRÌNH (Kèm theo Thông báo số 15/TB-UBND ngày 12 tháng 3 năm 2024)",
        "PHỤ LỤC I (Kèm theo Thông báo số 15/TB-UBND ngày 12 tháng 3 năm 2024) DANH MỤC CÔNG TRÌNH",
        "Phụ lục I\n(Kèm theo Thông báo số 15/TB-UBND ngày 12\ntháng 3 năm 2024) DANH MỤC "
        "CÔNG TRÌNH",
    ):
        notice = import_text(base + top + "\n1. Đường Võ Nguyên Giáp kéo dài.\n").draft.notice
        (appendix,) = notice.appendices
        assert appendix.title == "DANH MỤC CÔNG TRÌNH", top
        assert [it.text for it in appendix.items] == ["Đường Võ Nguyên Giáp kéo dài."], top


def test_a_draft_without_signature_block_still_ends_at_its_appendix() -> None:
    head, appendix = TEXT_NOTICE.split("Nơi nhận:")[0], TEXT_NOTICE.split("\n\nPhụ lục 01")[1]
    notice = import_text(head + "\nPhụ lục 01" + appendix).draft.notice
    assert [it.kind for it in notice.body] == [ItemKind.CLAUSE, ItemKind.CLAUSE]
    assert notice.closing.startswith("Văn phòng UBND tỉnh thông báo")
    assert len(notice.appendices) == 1 and notice.appendices[0].number == "01"
    # Without a final "./." nothing is taken for an appendix that is not after it.
    plain = head.replace("./.", ".") + "\nPhụ lục 01" + appendix
    assert import_text(plain).draft.notice.appendices == []


def test_a_copy_that_joined_the_reference_and_the_content_keeps_both() -> None:
    base = TEXT_NOTICE.split("Phụ lục 01")[0]
    for top in (
        "Phụ lục I\nDANH MỤC CÔNG TRÌNH\n(Kèm theo Thông báo số 15/TB-UBND ngày 12 tháng 3 "
        "năm 2024) Các đơn vị báo cáo trước ngày 25 hằng tháng.\nSTT\n",
        "Phụ lục I\n(Kèm theo Thông báo số 15/TB-UBND ngày 12 tháng 3 năm 2024)\n"
        "DANH MỤC CÔNG TRÌNH\nSTT\n",
    ):
        notice = import_text(base + top + "Nhiệm vụ\n").draft.notice
        (appendix,) = notice.appendices
        assert appendix.title == "DANH MỤC CÔNG TRÌNH", top
        texts = [it.text for it in appendix.items]
        assert texts[-2:] == ["STT", "Nhiệm vụ"], top
        if "Các đơn vị" in top:
            assert texts[0] == "Các đơn vị báo cáo trước ngày 25 hằng tháng."
