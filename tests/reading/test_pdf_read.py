"""PDF text layers: columns by position, bold from fonts, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reading.conftest import NOTICES
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


def test_damaged_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    with pytest.raises(ReadError):
        import_notice(bad)


def test_pdf_without_text(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    empty = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with empty.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(ReadError, match="PDF"):
        import_notice(empty)
