"""PDF fonts without a Unicode map, decoded through their own programs."""

from __future__ import annotations

import pytest

from tests.reading.conftest import NOTICES
from tests.reading.pdf_corpus import LIBERATION, strip_to_unicode, word_like_pdf
from ucd_desktop.reading import pdf_fonts
from ucd_desktop.reading.pdf_fonts import repair_text_layer
from ucd_desktop.reading.pdf_read import pdf_lines
from ucd_desktop.text.syllables import vietnamese_share

pytestmark = pytest.mark.skipif(not LIBERATION.is_file(), reason="needs Liberation Serif")

LINES = [
    (60.0, 60.0, "UBND TỈNH LÀO CAI"),
    (320.0, 60.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    (60.0, 200.0, "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các huyện, thị xã."),
]


def _texts(data: bytes) -> list[str]:
    return [line.text for line in pdf_lines(data)[0]]


def test_a_libreoffice_pdf_without_unicode_maps_reads_as_the_original() -> None:
    original = (NOTICES / "ministry-office.pdf").read_bytes()
    stripped = strip_to_unicode(original)
    assert vietnamese_share(" ".join(_texts(stripped))) < 0.5  # glyph numbers
    fixed, repairs = repair_text_layer(stripped)
    assert _texts(fixed) == _texts(original)
    assert {r.name for r in repairs} >= {"LiberationSerif", "LiberationSerif-Bold"}
    assert all(r.methods == {"outlines"} and r.unknown == 0 for r in repairs)


def test_word_like_cid_fonts_decode_through_the_subset_cmap() -> None:
    # Identity-H codes are glyph ids; "Times New Roman" is not installed: the cmap decides
    data = word_like_pdf(LINES)
    assert "TỈNH" not in " ".join(_texts(data))
    fixed, repairs = repair_text_layer(data)
    assert " ".join(_texts(fixed)) == " ".join(t for _x, _y, t in LINES)
    assert repairs[0].name == "TimesNewRomanPSMT"
    assert repairs[0].methods == {"cmap"}


def test_glyph_names_in_differences_decode() -> None:
    fixed, repairs = repair_text_layer(word_like_pdf(LINES, simple=True))
    assert " ".join(_texts(fixed)) == " ".join(t for _x, _y, t in LINES)
    assert "names" in repairs[0].methods


def test_without_the_installed_font_codes_stay_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_fonts, "_font_files", lambda: ())
    pdf_fonts._reference.cache_clear()
    try:
        stripped = strip_to_unicode((NOTICES / "ministry-office.pdf").read_bytes())
        fixed, repairs = repair_text_layer(stripped)
    finally:
        pdf_fonts._reference.cache_clear()
    assert all(r.decoded == 0 and r.unknown > 0 for r in repairs)
    assert vietnamese_share(" ".join(_texts(fixed))) == 0.0


def test_pdfs_with_unicode_maps_are_left_alone() -> None:
    original = (NOTICES / "ministry-office.pdf").read_bytes()
    assert repair_text_layer(original) == (original, [])
    assert repair_text_layer(b"%PDF-1.4 garbage") == (b"%PDF-1.4 garbage", [])
