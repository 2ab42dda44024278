"""Whole imports of the test notices: what each must give, and that export then check is clean."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.data.notices.texts import (
    DEPARTMENT_POINTS,
    LONG_PARAGRAPHS,
    MINISTRY_BODY,
    OFFICE_TASKS,
    PROVINCE_ASSESSMENT,
    PROVINCE_TASKS,
)
from tests.reading.conftest import NOTICES, SEED, kept_share
from ucd_desktop.checking import check_docx
from ucd_desktop.export.docx_writer import export_docx
from ucd_desktop.model.notice import ItemKind, Urgency
from ucd_desktop.model.problems import Severity
from ucd_desktop.model.validate import validate
from ucd_desktop.reading import ReadError, import_notice, import_text
from ucd_desktop.reading.assemble import MAX_BYTES
from ucd_desktop.reading.docx_doc import DocxDocument

BODY_TEXTS = {
    "provincial-committee.docx": PROVINCE_ASSESSMENT + PROVINCE_TASKS + LONG_PARAGRAPHS,
    "provincial-office.docx": OFFICE_TASKS,
    "department-libreoffice.docx": DEPARTMENT_POINTS,
    "ministry-office.docx": MINISTRY_BODY,
    "ministry-office.pdf": MINISTRY_BODY,
}
ALL = [
    "provincial-committee.docx",
    "provincial-office.docx",
    "department-libreoffice.docx",
    "ministry-office.docx",
    "ministry-office.pdf",
    "district-tcvn3.docx",
    "two-column-pdf.txt",
]


@pytest.mark.parametrize("name", ALL)
def test_import_export_check_is_clean(name: str, tmp_path: Path) -> None:
    """Every notice becomes a draft without errors whose export passes every check."""
    result = import_notice(NOTICES / name)
    errors = [p for p in validate(result.draft.notice) if p.severity is Severity.ERROR]
    assert errors == []
    out = tmp_path / "fixed.docx"
    export_docx(result.draft.notice, out)
    report = check_docx(out)
    assert report.ok, [str(f) for f in report.findings]
    if name in BODY_TEXTS:
        doc = DocxDocument(out.read_bytes())
        exported = "\n".join(p.text for p in doc.paragraphs)
        assert kept_share(BODY_TEXTS[name], exported) >= 0.98


@pytest.mark.parametrize("name", [n for n in ALL if n.endswith(".docx")])
def test_originals_are_not_clean(name: str) -> None:
    """Each hand-made or LibreOffice-made original departs from the Decree somewhere."""
    assert not check_docx(NOTICES / name).ok


def test_provincial_committee() -> None:
    result = import_notice(NOTICES / "provincial-committee.docx")
    n = result.draft.notice
    assert n.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]
    assert (n.number, n.symbol, n.place, n.day, n.month, n.year) == (
        "05",
        "TB-UBND",
        "Lào Cai",
        5,
        3,
        2024,
    )
    assert n.summary == (
        "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân vốn "
        "đầu tư công năm 2024"
    )
    kinds = [it.kind for it in n.body]
    assert kinds.count(ItemKind.SECTION) == 3
    assert kinds.count(ItemKind.CLAUSE) == len(PROVINCE_TASKS)
    assert kinds.count(ItemKind.BULLET) == len(LONG_PARAGRAPHS)
    assert n.body[0].title == "ĐÁNH GIÁ CHUNG"
    assert not any(it.text.startswith(("1.", "-", "I.")) for it in n.body)
    assert n.closing.endswith("biết, thực hiện.")
    assert n.signature.authority == ["TM. ỦY BAN NHÂN DÂN"]
    assert (n.signature.position, n.signature.name) == ("CHỦ TỊCH", "Hoàng Văn Minh")
    assert [r.text for r in n.recipients][:2] == ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh"]
    assert n.archive.unit == "TH"
    fields = {note.field for note in result.notes}
    # En-dashes in the motto, a recipient without ";", a number without its zero: put
    # right and reported.
    assert {"motto", "recipients", "number", "summary", "national_title"} <= fields


def test_provincial_office_blank_number_and_day() -> None:
    n = import_notice(NOTICES / "provincial-office.docx").draft.notice
    assert n.governing_body == ["UBND TỈNH LÀO CAI"]
    assert n.issuing_body == ["VĂN PHÒNG"]
    assert (n.number, n.symbol, n.day, n.month, n.year) == ("", "TB-VP", None, 12, 2023)
    # Word's automatic numbering: List Number -> clauses, List Bullet -> bullets.
    assert [it.kind for it in n.body] == [ItemKind.CLAUSE] * 3 + [ItemKind.BULLET] * 2
    assert [it.text for it in n.body[:3]] == OFFICE_TASKS
    assert n.signature.authority == [] and n.signature.position == "CHÁNH VĂN PHÒNG"
    assert (n.archive.unit, n.archive.copies, n.archive.initials) == ("TH", 2, "NTL")


def test_department_made_by_libreoffice() -> None:
    n = import_notice(NOTICES / "department-libreoffice.docx").draft.notice
    assert (n.governing_body, n.issuing_body) == (["UBND THÀNH PHỐ HÀ NỘI"], ["SỞ CÔNG THƯƠNG"])
    assert n.urgency is Urgency.KHAN
    points = [it for it in n.body if it.kind is ItemKind.POINT]
    assert [p.text for p in points] == DEPARTMENT_POINTS
    tables = [it.table for it in n.body if it.table is not None]
    assert len(tables) == 1 and tables[0].rows[0] == ["Đơn vị", "Nhiệm vụ", "Thời hạn"]
    assert n.body[0].title == "Phòng Quản lý thương mại"


@pytest.mark.parametrize("name", ["ministry-office.docx", "ministry-office.pdf"])
def test_ministry_office_docx_and_pdf_agree(name: str) -> None:
    n = import_notice(NOTICES / name).draft.notice
    assert (n.governing_body, n.issuing_body) == (["BỘ TÀI CHÍNH"], ["VĂN PHÒNG"])
    assert (n.number, n.symbol, n.place, n.day, n.month, n.year) == (
        "45",
        "TB-VP",
        "Hà Nội",
        15,
        4,
        2024,
    )
    assert n.signature.authority == ["TL. BỘ TRƯỞNG", "KT. CHÁNH VĂN PHÒNG"]
    assert n.signature.name == "Phạm Thu Hà"
    assert n.opening == MINISTRY_BODY[0]
    assert n.lead_in == MINISTRY_BODY[1]
    assert [it.text for it in n.body] == MINISTRY_BODY[2:]


def test_tcvn3_fonts_are_decoded() -> None:
    result = import_notice(NOTICES / "district-tcvn3.docx")
    n = result.draft.notice
    assert n.issuing_body == ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG KHƯƠNG"]
    assert n.place == "Mường Khương"
    assert n.summary == "Kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Bản Lầu"
    assert n.signature.name == "Vàng Seo Phủ"
    assert any("TCVN3" in note.message for note in result.notes)


def test_two_column_pdf_text() -> None:
    result = import_notice(NOTICES / "two-column-pdf.txt")
    n = result.draft.notice
    assert n.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"]
    assert (n.number, n.place, n.day, n.month, n.year) == ("18", "Đồng Tháp", 9, 1, 2024)
    assert n.summary.endswith("tại buổi làm việc với Sở Nông nghiệp và Phát triển nông thôn")
    assert n.signature.authority == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    assert (n.signature.position, n.signature.name) == ("PHÓ CHỦ TỊCH", "Đoàn Tấn Bửu")
    assert [r.text for r in n.recipients] == [
        "TT. Tỉnh ủy",
        "TT. HĐND tỉnh",
        "Sở Nông nghiệp và PTNT",
    ]
    assert [it.kind for it in n.body].count(ItemKind.POINT) == 3
    assert result.draft.notes == ""  # nothing left over


def test_seed_markdown_matches_the_example(example_path: Path) -> None:
    from ucd_desktop.storage.drafts import load_draft

    expected = load_draft(example_path).notice
    n = import_text(SEED.read_text(encoding="utf-8")).draft.notice
    for field in ("summary", "opening", "lead_in", "closing", "place", "month", "year"):
        assert getattr(n, field) == getattr(expected, field), field
    assert [(i.kind, i.title, i.text) for i in n.body] == [
        (i.kind, i.title, i.text) for i in expected.body
    ]
    assert n.signature == expected.signature
    assert n.issuing_body == expected.issuing_body


def test_unreadable_input_gives_clear_messages(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"Không tìm thấy|not found"):
        import_notice(tmp_path / "missing.docx")
    with pytest.raises(ReadError):
        import_notice(tmp_path)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReadError):
        import_notice(broken)
    other = tmp_path / "notice.xlsx"
    other.write_bytes(b"\x00\x01")
    with pytest.raises(ReadError):
        import_notice(other)
    nodoc = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(nodoc, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ReadError):
        import_notice(nodoc)
    with pytest.raises(ReadError):
        import_text("   \n ")


def test_too_large_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    big.write_text("THÔNG BÁO\n" * 20, encoding="utf-8")
    monkeypatch.setattr("ucd_desktop.reading.assemble.MAX_BYTES", 10)
    with pytest.raises(ReadError):
        import_notice(big)
    assert MAX_BYTES > 10


def test_legacy_text_file_in_tcvn3(tmp_path: Path) -> None:
    from ucd_desktop.text.legacy import encode_tcvn3

    lines = [
        encode_tcvn3("Số: 12/TB-UBND"),
        encode_tcvn3("Thanh Hóa, ngày 05 tháng 3 năm 2024"),
        encode_tcvn3("thông báo", uppercase_font=True),
        encode_tcvn3("Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về phòng chống lụt bão"),
        encode_tcvn3("Ngày 01/3/2024, Chủ tịch UBND tỉnh chủ trì cuộc họp về lụt bão."),
    ]
    text = "\n".join(lines)
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode("latin-1"))
    result = import_notice(path)
    n = result.draft.notice
    assert n.summary.endswith("phòng chống lụt bão")
    assert (n.place, n.day, n.month, n.year) == ("Thanh Hóa", 5, 3, 2024)


@pytest.mark.parametrize("name", ALL)
def test_every_note_names_a_field_the_window_can_focus(name: str) -> None:
    from ucd_desktop.model.paths import get_text

    result = import_notice(NOTICES / name)
    for note in result.notes:
        assert note.message and note.severity in (Severity.INFO, Severity.WARNING)
        if note.field not in ("", "day", "month", "year"):
            get_text(result.draft.notice, note.field)  # raises FieldError for a bad path
