"""check_docx: an export of ucd-desktop is clean; each fault a clerk makes is found."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.checking.conftest import Spoil
from ucd_desktop.checking import CheckReport, check_docx, check_docx_bytes
from ucd_desktop.model.problems import Severity
from ucd_desktop.reading import ReadError

DOC = "word/document.xml"


def keys(report: CheckReport) -> set[str]:
    return {f.key for f in report.findings}


def test_export_is_clean(clean_docx: bytes) -> None:
    report = check_docx_bytes(clean_docx)
    assert report.ok, [str(f) for f in report.findings]
    assert report.recognised > 30


def test_plain_python_docx_is_not(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("Kết luận của Giám đốc Sở tại cuộc họp giao ban")
    document.add_paragraph("Nội dung kết luận.")
    path = tmp_path / "plain.docx"
    document.save(path)
    report = check_docx(path)
    assert not report.ok
    assert {"page", "fonts", "language", "word", "national-title", "motto"} <= keys(report)
    for finding in report.findings:
        assert finding.element and finding.message and finding.expected


@pytest.mark.parametrize(
    ("part", "pattern", "replacement", "key"),
    [
        (DOC, "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc", "motto"),
        (DOC, "CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI", "national-title"),
        (DOC, "Số: 05/", "Số: 5/", "number"),
        (DOC, "ngày 07 tháng 6", "ngày 7 tháng 06", "place-date"),
        (DOC, r"\(b/c\);", "(b/c)", "recipient"),
        (DOC, r"- Lưu: VT, HT\.", "- Lưu: VT, HT", "archive"),
        (DOC, "Nguyễn Minh Lâm</w:t>", "NGUYỄN MINH LÂM</w:t>", "signer-name"),
        (DOC, r"UBND tỉnh\./\.", "UBND tỉnh.", "body"),
        (DOC, '<w:jc w:val="both"/>', '<w:jc w:val="left"/>', "body"),
        (DOC, 'w:firstLine="720"', 'w:firstLine="200"', "body"),
        (DOC, 'w:line="276" w:lineRule="auto"', 'w:line="360" w:lineRule="exact"', "body"),
        (DOC, r'<w:pgSz w:w="11906"', '<w:pgSz w:w="12240"', "page"),
        (DOC, r'w:left="1701"', 'w:left="1134"', "page"),
        (DOC, "<w:titlePg/>", "", "page-number"),
        (DOC, r"<w:pBdr><w:top [^>]*/></w:pBdr>", "", "rule-issuer"),
        ("word/settings.xml", 'w:val="15"/>', 'w:val="14"/>', "word"),
        ("word/settings.xml", "<w:compat>", '<w:updateFields w:val="true"/><w:compat>', "word"),
        ("word/styles.xml", 'w:val="vi-VN"', 'w:val="en-US"', "language"),
        ("word/styles.xml", 'w:cs="Times New Roman"', 'w:cs="Arial"', "fonts"),
    ],
)
def test_each_fault_is_found(
    spoil: Spoil, part: str, pattern: str, replacement: str, key: str
) -> None:
    report = check_docx_bytes(spoil(part, pattern, replacement))
    assert key in keys(report), [str(f) for f in report.findings]


def test_sizes_of_elements(spoil: Spoil) -> None:
    """The "Lưu" line in 13 pt instead of 11, and the Quốc hiệu not bold."""
    report = check_docx_bytes(
        spoil(
            DOC,
            r'<w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr><w:t xml:space="preserve">- Lưu',
            '<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">- Lưu',
        )
    )
    found = [f for f in report.findings if f.key == "archive"]
    assert found and found[0].found == "13" and found[0].expected == "11"


def test_rule_length(spoil: Spoil) -> None:
    """The rule under the motto shortened to a stub."""
    report = check_docx_bytes(
        spoil(DOC, r'w:left="1092" w:right="1092"', 'w:left="2500" w:right="2500"')
    )
    assert "rule-motto" in keys(report)


def test_summary_in_capitals(spoil: Spoil) -> None:
    summary = (
        "Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm tại Hội nghị sơ kết đánh giá kết "
        "quả thực hiện Quy chế về mối quan hệ công tác giữa UBND tỉnh và Liên đoàn Lao động "
        "tỉnh năm 2021"
    )
    report = check_docx_bytes(spoil(DOC, summary, summary.upper()))
    assert "summary" in keys(report)


def test_findings_are_in_vietnamese_by_default(spoil: Spoil) -> None:
    report = check_docx_bytes(spoil("word/settings.xml", 'w:val="15"/>', 'w:val="14"/>'))
    finding = next(f for f in report.findings if f.key == "word")
    assert finding.severity is Severity.WARNING
    assert "tương thích" in finding.message


def test_unreadable_files(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(ReadError):
        check_docx(path)
    with pytest.raises(ReadError):
        check_docx(tmp_path / "missing.docx")


def test_word_s_own_one_and_a_half_centimetres_is_not_reported(spoil: Spoil) -> None:
    """Word stores 1.5 cm as 850 twips (14.99 mm): within half a twip of 15 mm, Word's
    precision, so it is the Decree's 15 mm."""
    report = check_docx_bytes(spoil(DOC, 'w:right="851"', 'w:right="850"'))
    assert not [f for f in report.findings if f.key == "page"]


def test_a_margin_really_outside_is_found_with_a_decimal_comma(spoil: Spoil) -> None:
    report = check_docx_bytes(spoil(DOC, 'w:right="851"', 'w:right="840"'))
    margin = next(f for f in report.findings if f.key == "page")
    assert margin.found == "14,82 mm"
