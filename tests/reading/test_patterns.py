"""The fixed parts of a notice recognised by their wording, look-alikes folded."""

from __future__ import annotations

from ucd_desktop.reading.patterns import (
    find_date,
    find_motto,
    find_national_title,
    is_recipients_heading,
    is_type_name,
    parse_number,
)


def test_national_title_with_old_tones_and_eth() -> None:
    assert find_national_title("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM") == (0, 34)
    assert find_national_title("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")[0] == 16  # type: ignore[index]
    assert find_motto("Ðộc lập – Tự do – Hạnh phúc") is not None
    assert find_motto("Độc lập") is None


def test_number_forms() -> None:
    parts = parse_number("Số: 5/TB - UBND Long An, ngày 05 tháng 3 năm 2026")
    assert parts is not None
    assert (parts.number, parts.symbol, parts.typed_symbol) == ("5", "TB-UBND", "TB - UBND")
    assert parts.rest.startswith("Long An")
    blank = parse_number("Số:        /TB-VP")
    assert blank is not None and blank.number == "" and blank.symbol == "TB-VP"
    assert parse_number("Sở Tài chính") is None


def test_dates_with_blanks_and_places() -> None:
    d = find_date("Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026")
    assert d is not None and (d.place, d.day, d.month, d.year) == (
        "Thành phố Hồ Chí Minh",
        5,
        2,
        2026,
    )
    blank = find_date("Long An, ngày      tháng 6 năm 2022")
    assert blank is not None and (blank.day, blank.month) == (None, 6)
    dots = find_date("Hà Nội, ngày ... tháng ... năm 2024")
    assert dots is not None and (dots.day, dots.month, dots.year) == (None, None, 2024)
    assert find_date("không có ngày tháng") is None


def test_type_name_and_recipients() -> None:
    assert is_type_name("THÔNG BÁO") and is_type_name("T H Ô N G  B Á O")
    assert not is_type_name("THÔNG BÁO KẾT LUẬN")
    assert is_recipients_heading("Nơi nhận:") and is_recipients_heading("***Nơi nhận***")


def test_a_blank_day_may_be_dashes_as_ocr_reads_it() -> None:
    from ucd_desktop.reading.patterns import find_date

    found = find_date("Long An, ngày — tháng 6 năm 2022")
    assert found is not None
    assert (found.place, found.day, found.month, found.year) == ("Long An", None, 6, 2022)
    dashes = find_date("Long An, ngày --- tháng --- năm 2022")
    assert dashes is not None and (dashes.day, dashes.month) == (None, None)
