"""PDF text layers: columns by position, bold from fonts, lists, clear errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.data.notices.texts import MINISTRY_BODY, OFFICE_TASKS
from tests.reading.conftest import NOTICES
from ucd_desktop.model.notice import ItemKind
from ucd_desktop.reading import ReadError, import_notice
from ucd_desktop.reading.lines import Column
from ucd_desktop.reading.pdf_read import pdf_lines


def test_columns_and_bold_from_positions() -> None:
    lines, encoding = pdf_lines((NOTICES / "ministry-office.pdf").read_bytes())
    assert encoding is None
    heading = next(ln for ln in lines if ln.text == "Nơi nhận:")
    assert heading.column is Column.LEFT and heading.bold
    authority = next(ln for ln in lines if ln.text == "TL. BỘ TRƯỞNG")
    assert authority.column is Column.RIGHT
    summary = next(ln for ln in lines if ln.text.startswith("Kết luận của Thứ trưởng"))
    assert summary.bold and summary.column is Column.FULL


def test_header_lines_and_rules_from_positions() -> None:
    lines, _encoding = pdf_lines((NOTICES / "ministry-office.pdf").read_bytes())
    texts = [ln.text for ln in lines]
    # Above "THÔNG BÁO" a row of the page is one line (the recogniser cuts it by wording);
    # the rows follow the page from top to bottom.
    assert texts[:3] == ["BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "VĂN PHÒNG"]
    assert lines[2].bold and not lines[0].bold
    assert texts.index("THÔNG BÁO") < texts.index(MINISTRY_BODY[0])
    # The rule under the summary, and the body joined into its paragraphs.
    assert any(ln.rule for ln in lines[: texts.index(MINISTRY_BODY[0])])
    for paragraph in MINISTRY_BODY:  # the typed numbers stay on the lines
        assert any(text.endswith(paragraph) for text in texts), paragraph


def test_automatic_numbering_and_symbol_bullets() -> None:
    """LibreOffice draws list numbers in a smaller font and Word's bullet from Symbol;
    wrapped lines under a hanging indent belong to their item."""
    notice = import_notice(NOTICES / "provincial-office.pdf").draft.notice
    assert [it.kind for it in notice.body] == [ItemKind.CLAUSE] * 3 + [ItemKind.BULLET] * 2
    assert [it.text for it in notice.body] == [
        *OFFICE_TASKS,
        "Các phòng chủ động bố trí cán bộ trực Tết.",
        "Bảo đảm an toàn cơ quan.",
    ]


def test_damaged_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    with pytest.raises(ReadError, match="bị hỏng hoặc không phải tệp PDF"):
        import_notice(bad)


def test_pdf_without_text(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    empty = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with empty.open("wb") as handle:
        writer.write(handle)
    # with Tesseract the blank page is read by OCR and found empty; without it, the
    # message says what to install
    with pytest.raises(ReadError, match=r"scan\.pdf"):
        import_notice(empty)


def _protected(user_password: str, algorithm: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(NOTICES / "ministry-office.pdf"))
    writer.encrypt(user_password=user_password, owner_password="chủ-sở-hữu", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_that_needs_a_password_is_refused_clearly(tmp_path: Path) -> None:
    locked = tmp_path / "mật.pdf"
    locked.write_bytes(_protected("mat-khau", "RC4-128"))
    with pytest.raises(ReadError, match=r"mật\.pdf được bảo vệ bằng mật khẩu"):
        import_notice(locked)


def test_a_pdf_protected_only_against_editing_is_read() -> None:
    """AES-256 with an empty user password (owner restrictions only), common for notices
    published by offices: read without any cryptography package in the app."""
    pytest.importorskip("cryptography", reason="pypdf needs it to write an AES test file")
    plain, _encoding = pdf_lines((NOTICES / "ministry-office.pdf").read_bytes())
    protected, _encoding = pdf_lines(_protected("", "AES-256"))
    assert protected == plain
