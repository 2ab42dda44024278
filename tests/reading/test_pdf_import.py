"""PDFs whose text cannot be trusted: decoded, read by OCR, or refused, never silently."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from tests.reading.conftest import NOTICES, kept_share
from tests.reading.pdf_corpus import LIBERATION, scan_pdf, strip_to_unicode, word_like_copy
from ucd_desktop.layout.build import build_layout
from ucd_desktop.model.notice import Notice
from ucd_desktop.model.validate import validate
from ucd_desktop.reading import ReadError, import_notice, pdf_fonts
from ucd_desktop.reading.pdf_import import OcrCancelled

TESSERACT = shutil.which("tesseract")
needs_tesseract = pytest.mark.skipif(TESSERACT is None, reason="Tesseract is not installed")


def _paragraphs(notice: Notice) -> list[str]:
    return [notice.summary, notice.opening, *(i.text for i in notice.body), notice.closing]


def _same(notice: Notice) -> tuple[Notice, list[tuple[str, str, str]]]:
    """The notice with the body items' random ids taken out."""
    body = [(item.kind.value, item.title, item.text) for item in notice.body]
    return replace(notice, body=[]), body


@pytest.mark.skipif(not LIBERATION.is_file(), reason="needs Liberation Serif")
def test_a_signed_copy_without_unicode_maps_imports_as_the_original(tmp_path: Path) -> None:
    stripped = tmp_path / "signed.pdf"
    stripped.write_bytes(strip_to_unicode((NOTICES / "ministry-office.pdf").read_bytes()))
    result = import_notice(stripped)
    original = import_notice(NOTICES / "ministry-office.pdf")
    assert _same(result.draft.notice) == _same(original.draft.notice)
    assert result.source == "pdf"
    report = [n.message for n in result.notes]
    assert any("LiberationSerif-Bold" in m for m in report)
    layout = build_layout(result.draft.notice)
    text = " ".join(p.text for p in layout.paragraphs())
    assert kept_share(_paragraphs(original.draft.notice), text) >= 0.98
    assert not [p for p in validate(result.draft.notice) if p.severity.value == "error"]


@pytest.mark.skipif(not LIBERATION.is_file(), reason="needs Liberation Serif")
def test_a_word_like_signed_copy_imports_as_the_original(tmp_path: Path) -> None:
    """Every word drawn again as Word draws it: CID fonts named Times New Roman, codes
    that are glyph ids, no ToUnicode map ("&Ӝ1* HÕA" in a reader)."""
    copy = tmp_path / "word.pdf"
    copy.write_bytes(word_like_copy((NOTICES / "ministry-office.pdf").read_bytes()))
    result = import_notice(copy)
    original = import_notice(NOTICES / "ministry-office.pdf")
    assert _same(result.draft.notice) == _same(original.draft.notice)
    assert any("TimesNewRomanPS-BoldMT" in n.message for n in result.notes)
    # the draft exports into a .docx that `check` finds no Decree-30 error in
    from ucd_desktop.checking import check_docx_bytes
    from ucd_desktop.export.docx_writer import render_docx

    report = check_docx_bytes(render_docx(build_layout(result.draft.notice)))
    assert not [f for f in report.findings if f.severity.value == "error"]


def test_an_untrustworthy_pdf_without_ocr_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_fonts, "_font_files", lambda: ())
    pdf_fonts._reference.cache_clear()
    stripped = tmp_path / "signed.pdf"
    stripped.write_bytes(strip_to_unicode((NOTICES / "ministry-office.pdf").read_bytes()))
    try:
        with pytest.raises(ReadError, match="Tesseract"):
            import_notice(stripped, tesseract=str(tmp_path / "no-such-tesseract"))
    finally:
        pdf_fonts._reference.cache_clear()


def test_a_scan_without_tesseract_says_what_to_install(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf(NOTICES / "ministry-office.pdf", tmp_path, dpi=50))
    with pytest.raises(ReadError, match="tesseract-ocr-vie"):
        import_notice(scan, tesseract=str(tmp_path / "missing"))


@needs_tesseract
@pytest.mark.slow
def test_a_scan_is_read_by_ocr_and_flagged(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf(NOTICES / "ministry-office.pdf", tmp_path))
    pages: list[tuple[int, int]] = []
    result = import_notice(scan, progress=lambda done, total: pages.append((done, total)) or True)
    assert pages == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert result.source == "ocr"
    notice = result.draft.notice
    original = import_notice(NOTICES / "ministry-office.pdf").draft.notice
    # the columns and blocks are found as in the text PDF
    assert notice.symbol == original.symbol and notice.number == original.number
    assert notice.place == original.place
    assert notice.signature.name == original.signature.name
    assert len(notice.body) == len(original.body)
    assert kept_share(_paragraphs(original), " ".join(_paragraphs(notice))) >= 0.8
    warnings = [n.message for n in result.notes if n.severity.value == "warning"]
    assert any("OCR" in m and "3" in m for m in warnings)


@needs_tesseract
def test_ocr_can_be_cancelled(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf(NOTICES / "ministry-office.pdf", tmp_path, dpi=100))
    with pytest.raises(OcrCancelled):
        import_notice(scan, progress=lambda done, total: False)


@needs_tesseract
@pytest.mark.parametrize("kind", ["jpeg", "png"])
def test_a_scan_saved_as_a_picture_is_read_by_ocr(tmp_path: Path, kind: str) -> None:
    import subprocess

    flag = "-jpeg" if kind == "jpeg" else "-png"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "200",
            "-gray",
            "-f",
            "1",
            "-l",
            "1",
            flag,
            "-singlefile",
            str(NOTICES / "ministry-office.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
        timeout=120,
    )
    picture = next(tmp_path.glob("page.*"))
    result = import_notice(picture)
    notice = result.draft.notice
    assert result.source == "ocr"
    assert (notice.number, notice.symbol, notice.place) == ("45", "TB-VP", "Hà Nội")
    assert (notice.day, notice.month, notice.year) == (15, 4, 2024)
    assert "BỘ TÀI CHÍNH" in notice.governing_body + notice.issuing_body
    assert notice.summary.startswith("Kết luận của Thứ trưởng Trần Văn Hùng")
    assert any("OCR" in n.message for n in result.notes if n.severity.value == "warning")


def test_a_picture_without_tesseract_says_what_to_install(tmp_path: Path) -> None:
    picture = tmp_path / "scan.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with pytest.raises(ReadError, match="tesseract-ocr-vie"):
        import_notice(picture, tesseract=str(tmp_path / "missing"))


def test_a_scanned_page_among_text_pages_is_named(tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(NOTICES / "ministry-office.pdf"))
    scanned = scan_pdf(NOTICES / "provincial-office.pdf", tmp_path, dpi=40)
    writer.append(PdfReader(io.BytesIO(scanned)), pages=[0])
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as handle:
        writer.write(handle)
    result = import_notice(mixed)
    warnings = [n.message for n in result.notes if n.severity.value == "warning"]
    assert any("4" in m and "PDF" in m for m in warnings), warnings


def test_a_pdf_in_another_language_is_read_from_its_text_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A standard font names its letters: English text is what the PDF says. It is read
    from the text layer (OCR would read the same letters, minutes later), never silently."""
    from benchmarks.hostile_inputs import pages_pdf
    from ucd_desktop.reading import ocr

    def no_ocr(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("OCR was run on a text layer that names its letters")

    monkeypatch.setattr(ocr, "ocr_pages", no_ocr)
    pdf = tmp_path / "english.pdf"
    pdf.write_bytes(pages_pdf(3))
    result = import_notice(pdf)
    from ucd_desktop.storage.drafts import draft_to_json

    assert "the office reports by June" in draft_to_json(result.draft)
    warned = [n.message for n in result.notes if n.severity.value == "warning"]
    assert any("Vietnamese" in m or "tiếng Việt" in m for m in warned), warned
