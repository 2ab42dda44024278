"""Tests for ucd_desktop.text.clean."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ucd_desktop.text.clean import (
    FORBIDDEN,
    clean_field,
    compare_key,
    fold_lookalikes,
    join_wrapped_lines,
    nfc,
    split_paragraphs,
    tidy,
    xml_safe,
)

# Every code point class clean_field cares about, mixed with Vietnamese and ASCII.
_NASTY = st.lists(
    st.one_of(
        st.characters(codec=None),
        st.sampled_from(
            [
                *"\r\n\t\v\f\x85\u2028\u2029\u200b\u2060\ufeff\u00ad\u200c\u200d\u00a0 ",
                *["e\u0301", "o\u0302\u0301", "\ud800", "\ufffe", "\U0010ffff", "\x00", "\x9f"],
            ]
        ),
        st.sampled_from(["Cộng", "hòa", "Hoà", "thuỷ", "quý", " ", ".", "("]),
    ),
    max_size=40,
).map("".join)


def _xml_ok(ch: str) -> bool:
    """The XML 1.0 Char production plus 'no noncharacters', written independently."""
    cp = ord(ch)
    if cp in (0x9, 0xA, 0xD) or 0x20 <= cp <= 0xD7FF or 0xE000 <= cp <= 0xFFFD or cp >= 0x10000:
        return not (0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE)
    return False


def test_nfc_composes_vietnamese() -> None:
    assert nfc("Vie\u0323\u0302t") == "Việt"
    assert nfc("Việt") == "Việt"
    assert len(nfc("o\u0302\u0301")) == 1


@pytest.mark.parametrize(
    "ch",
    [
        "\x00",
        "\x08",
        "\x0b",
        "\x0c",
        "\x1f",
        "\ud800",
        "\udfff",
        "\ufffe",
        "\uffff",
        "\ufdd0",
        "\ufdef",
        "\U0001fffe",
        "\U0001ffff",
        "\U0010fffe",
        "\U0010ffff",
    ],
)
def test_xml_safe_removes_forbidden(ch: str) -> None:
    assert xml_safe(f"a{ch}b") == "ab"
    assert FORBIDDEN.search(ch)


@pytest.mark.parametrize("ch", ["\t", "\n", "\r", " ", "\x85", "\u00ad", "\ufffd", "\U0001f600"])
def test_xml_safe_keeps_allowed(ch: str) -> None:
    assert xml_safe(f"a{ch}b") == f"a{ch}b"


def test_xml_safe_agrees_with_the_xml_rule_on_every_code_point() -> None:
    everything = "".join(chr(cp) for cp in range(0x110000))
    expected = "".join(ch for ch in everything if _xml_ok(ch))
    assert xml_safe(everything) == expected


@pytest.mark.parametrize(
    ("raw", "multi", "single"),
    [
        ("a\r\nb", "a\nb", "a b"),
        ("a\rb", "a\nb", "a b"),
        ("a\nb", "a\nb", "a b"),
        ("a\vb\fc", "a\nb\nc", "a b c"),
        ("a\x85b\u2028c\u2029d", "a\nb\nc\nd", "a b c d"),
        ("a\r\n\r\nb", "a\n\nb", "a  b"),
    ],
)
def test_clean_field_line_separators(raw: str, multi: str, single: str) -> None:
    assert clean_field(raw) == multi
    assert clean_field(raw, multiline=False) == single


def test_clean_field_tab_and_controls() -> None:
    assert clean_field("a\tb") == "a b"
    assert clean_field("a\x00b\x07c\x1bd\x7fe\x80f\x9fg") == "abcdefg"


def test_clean_field_invisible_characters() -> None:
    assert clean_field("a\u200bb\u2060c\ufeffd") == "abcd"
    assert clean_field("\u202eabc\u202c") == "abc"
    # Kept: soft hyphen, and ZWJ/ZWNJ inside emoji sequences.
    assert clean_field("Hà\u00adNội") == "Hà\u00adNội"
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_field(family) == family
    assert clean_field("a\u200cb") == "a\u200cb"


def test_clean_field_keeps_spaces_the_user_typed() -> None:
    assert clean_field("abc ") == "abc "
    assert clean_field("  a  b  ") == "  a  b  "
    assert clean_field("a\u00a0\u00a0b") == "a\u00a0\u00a0b"


def test_clean_field_nfc_and_forbidden() -> None:
    assert clean_field("Vie\u0323\u0302t Nam") == "Việt Nam"
    assert clean_field("a\ud800b\uffffc") == "abc"
    # A dropped invisible character must not leave an uncomposed letter behind.
    assert clean_field("Vie\u200b\u0323\u0302t") == "Việt"


@settings(max_examples=300)
@given(_NASTY, st.booleans())
def test_clean_field_is_idempotent_and_clean(s: str, multiline: bool) -> None:
    once = clean_field(s, multiline=multiline)
    assert clean_field(once, multiline=multiline) == once
    assert unicodedata.is_normalized("NFC", once)
    assert all(_xml_ok(ch) for ch in once)
    assert "\r" not in once and "\t" not in once
    if not multiline:
        assert "\n" not in once


def test_clean_field_is_fast() -> None:
    text = ("Cộng hòa\u200b xã hội\r\n chủ nghĩa\x07 Việt Nam\t" * 3000)[:100_000]
    clean_field(text)  # warm up the regex caches
    start = time.perf_counter()
    result = clean_field(text)
    elapsed = time.perf_counter() - start
    assert "\u200b" not in result and "\r" not in result
    assert elapsed < 0.05, f"clean_field took {elapsed * 1000:.1f} ms on 100k characters"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Xin   chào  ", "Xin chào"),
        ("a \u00a0 \u00a0b", "a b"),
        ("a\u00a0b", "a\u00a0b"),  # a lone NBSP is deliberate (e.g. "Điều\u00a05")
        ("Hà Nội , ngày", "Hà Nội, ngày"),
        ("a ; b : c .", "a; b: c."),
        ("( ghi chú )", "(ghi chú)"),
        ("Sao vậy ?", "Sao vậy?"),
        ("dòng\nmột", "dòng một"),
        ("a\u2003\u2009b", "a b"),
        ("\u00a0 a \u00a0", "a"),
        ("", ""),
    ],
)
def test_tidy(raw: str, expected: str) -> None:
    assert tidy(raw) == expected


@given(_NASTY)
def test_tidy_is_idempotent(s: str) -> None:
    assert tidy(tidy(s)) == tidy(s)


def test_split_paragraphs() -> None:
    text = "  Đoạn  một .\r\n\r\n\u2029Đoạn\thai\n   \n\x00Đoạn ba"
    assert split_paragraphs(text) == ["Đoạn một.", "Đoạn hai", "Đoạn ba"]
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n \u200b \n") == []


def test_join_wrapped_lines_joins_lowercase_continuations() -> None:
    lines = [
        "Căn cứ Luật Tổ chức chính quyền",
        "địa phương ngày 19 tháng 6 năm 2015;",
        "Xét đề nghị",
    ]
    assert join_wrapped_lines(lines) == [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Xét đề nghị",
    ]


def test_join_wrapped_lines_dates_and_numbers() -> None:
    lines = ["theo Quyết định số", "123/QĐ-UBND ngày 05 tháng", "3 năm 2026 của Ủy ban"]
    assert join_wrapped_lines(lines) == [
        "theo Quyết định số 123/QĐ-UBND ngày 05 tháng 3 năm 2026 của Ủy ban"
    ]
    # A digit after a capitalised heading is not a continuation.
    assert join_wrapped_lines(["THÔNG BÁO", "2026"]) == ["THÔNG BÁO", "2026"]


@pytest.mark.parametrize("end", [".", ":", ";", "!", "?", "./."])
def test_join_wrapped_lines_stops_at_sentence_end(end: str) -> None:
    assert join_wrapped_lines([f"xong{end}", "tiếp theo"]) == [f"xong{end}", "tiếp theo"]


@pytest.mark.parametrize("marker", ["- ", "+ ", "1. ", "12. ", "2) ", "a) ", "đ) ", "I. ", "IV. "])
def test_join_wrapped_lines_never_joins_list_markers(marker: str) -> None:
    lines = ["các nội dung sau", f"{marker}giao Sở Tài chính", "chủ trì"]
    assert join_wrapped_lines(lines) == [
        "các nội dung sau",
        f"{marker}giao Sở Tài chính chủ trì",
    ]


def test_join_wrapped_lines_blank_lines_and_tidying() -> None:
    lines = ["  một  dòng ", "", "hai", "   ", "ba ,", "bốn"]
    assert join_wrapped_lines(lines) == ["một dòng", "hai", "ba, bốn"]
    assert join_wrapped_lines([]) == []
    assert join_wrapped_lines(["đúng quy định.)", "tiếp"]) == ["đúng quy định.)", "tiếp"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà", "hòa"),
        ("Hoà", "Hòa"),
        ("HOÀ", "HÒA"),
        ("hoá", "hóa"),
        ("hoả", "hỏa"),
        ("xoã", "xõa"),
        ("hoạ", "họa"),
        ("hoè", "hòe"),
        ("khoẻ", "khỏe"),
        ("thuỷ", "thủy"),
        ("luỹ", "lũy"),
        ("Uỷ ban", "Ủy ban"),
        ("UỶ BAN", "ỦY BAN"),
        ("tuỳ ý", "tùy ý"),
        ("nguỵ", "ngụy"),
        ("Cộng hoà, thuỷ lợi.", "Cộng hòa, thủy lợi."),
    ],
)
def test_fold_lookalikes_moves_old_tone_placement(old: str, new: str) -> None:
    assert fold_lookalikes(old) == new
    assert fold_lookalikes(new) == new


@pytest.mark.parametrize(
    "word", ["hoàng", "khuyến", "thuyền", "quý", "quỳnh", "Quý", "khuỷu", "ngoài", "hòa"]
)
def test_fold_lookalikes_leaves_closed_syllables_and_qu(word: str) -> None:
    assert fold_lookalikes(word) == word


def test_fold_lookalikes_characters() -> None:
    assert fold_lookalikes("\u00d0à Nẵng") == "Đà Nẵng"
    assert fold_lookalikes("\u00f0i") == "đi"
    assert fold_lookalikes("a\u2013b\u2014c\u2212d\u2010e\u2011f") == "a-b-c-d-e-f"
    assert fold_lookalikes("\u201cx\u201d \u2018y\u2019") == "\"x\" 'y'"
    assert fold_lookalikes("Điều\u00a05") == "Điều 5"
    assert fold_lookalikes("Vie\u0323\u0302t") == "Việt"


@given(_NASTY)
def test_fold_lookalikes_is_idempotent(s: str) -> None:
    once = fold_lookalikes(s)
    assert fold_lookalikes(once) == once


def test_compare_key() -> None:
    assert compare_key("  Ủy ban  nhân\tdân ") == compare_key("UỶ BAN NHÂN DÂN")
    assert compare_key("Hoà\u00a0Bình") == "hòa bình"
    assert compare_key("Số 12/TB\u2013UBND") == "số 12/tb-ubnd"
    assert compare_key("a\u200bb") == "ab"
    assert compare_key("Hòa") != compare_key("Hoa")
