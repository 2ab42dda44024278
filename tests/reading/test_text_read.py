"""Pasted text and Markdown: marks out, bold known, wrapped lines joined, columns split."""

from __future__ import annotations

from ucd_desktop.reading.lines import Column
from ucd_desktop.reading.text_read import text_lines


def test_markdown_marks_and_bold() -> None:
    lines = text_lines("## **THÔNG BÁO**\n\n#### **1. Đề nghị** các sở\n\nThường *nghiêng* thôi")
    assert [ln.text for ln in lines] == ["THÔNG BÁO", "1. Đề nghị các sở", "Thường nghiêng thôi"]
    assert lines[0].bold is True
    assert lines[1].bold is False and lines[1].bold_prefix == "1. Đề nghị"


def test_plain_text_bold_is_unknown_and_wrapped_lines_join() -> None:
    lines = text_lines(
        "Ngày 05/01/2024, Phó Chủ tịch làm việc với\nSở Nông nghiệp về\nkế hoạch năm."
    )
    assert lines[0].bold is None
    assert lines[-1].text.endswith("về kế hoạch năm.")


def test_rules_and_two_columns() -> None:
    lines = text_lines("___________\n-----\nNơi nhận:\t\tTM. ỦY BAN NHÂN DÂN")
    assert lines[0].rule and lines[0].typed_rule and lines[1].rule
    assert (lines[2].column, lines[3].column) == (Column.LEFT, Column.RIGHT)
    assert lines[3].text == "TM. ỦY BAN NHÂN DÂN"


def test_literal_asterisks_survive_import() -> None:
    from ucd_desktop.model.inline import plain_text
    from ucd_desktop.reading import import_text

    n = import_text(
        "THÔNG BÁO\nKết luận cuộc họp\n\nNgày 01/01/2024 họp về mức 5 * 3 = 15 đồng.\n"
    ).draft.notice
    assert "5 * 3" not in n.opening or plain_text(n.opening).count("*") == 1


def test_kinh_gui_becomes_the_addressee_block_never_the_opening() -> None:
    from tests.reading.conftest import NOTICES
    from ucd_desktop.model.validate import validate
    from ucd_desktop.reading import import_text

    result = import_text((NOTICES / "addressees.txt").read_text(encoding="utf-8"))
    notice = result.draft.notice
    assert notice.addressees == ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"]
    assert notice.opening.startswith("Ngày 2 tháng 5 năm 2024")
    assert "Kính gửi" not in notice.opening + notice.lead_in
    assert any(n.field == "addressees" for n in result.notes)
    assert "addressees-in-notice" in [p.code for p in validate(notice)]
    # the signer's name, alone at the bottom right, is the signature's, not a recipient
    assert notice.signature.name == "Nguyễn Văn An"
    assert [r.text for r in notice.recipients] == ["Như trên"]
