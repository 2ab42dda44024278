"""Tests for ucd_desktop.text.numbering."""

from __future__ import annotations

import pytest

from ucd_desktop.text.numbering import (
    VN_LETTERS,
    number_text,
    parse_roman,
    parse_vn_letter,
    roman,
    vn_letter,
)


def test_vn_letters() -> None:
    assert VN_LETTERS == "abcdđeghiklmnopqrstuvxy"
    assert len(VN_LETTERS) == 23
    assert not set("fjwz") & set(VN_LETTERS)


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "I"),
        (2, "II"),
        (4, "IV"),
        (9, "IX"),
        (12, "XII"),
        (14, "XIV"),
        (40, "XL"),
        (90, "XC"),
        (400, "CD"),
        (1994, "MCMXCIV"),
        (2026, "MMXXVI"),
        (3999, "MMMCMXCIX"),
    ],
)
def test_roman(n: int, text: str) -> None:
    assert roman(n) == text
    assert parse_roman(text) == n
    assert parse_roman(text.lower()) == n


@pytest.mark.parametrize("bad", [0, -1, 4000])
def test_roman_range(bad: int) -> None:
    with pytest.raises(ValueError):
        roman(bad)


def test_roman_round_trip_everywhere() -> None:
    assert all(parse_roman(roman(n)) == n for n in range(1, 4000))


@pytest.mark.parametrize("bad", ["", " ", "IIII", "IC", "VX", "MMMM", "ABC", "I I", "1"])
def test_parse_roman_refuses(bad: str) -> None:
    assert parse_roman(bad) is None


def test_parse_roman_strips() -> None:
    assert parse_roman(" XII ") == 12


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "a"),
        (4, "d"),
        (5, "đ"),
        (6, "e"),
        (7, "g"),
        (23, "y"),
        (24, "aa"),
        (25, "ab"),
        (46, "ay"),
        (47, "ba"),
        (23 * 24, "yy"),
        (23 * 24 + 1, "aaa"),
    ],
)
def test_vn_letter(n: int, text: str) -> None:
    assert vn_letter(n) == text
    assert parse_vn_letter(text) == n


def test_vn_letter_round_trip_and_order() -> None:
    letters = [vn_letter(n) for n in range(1, 2000)]
    assert len(set(letters)) == len(letters)
    assert all(parse_vn_letter(s) == n for n, s in enumerate(letters, start=1))
    assert letters[:23] == list(VN_LETTERS)


@pytest.mark.parametrize("bad", [0, -3])
def test_vn_letter_range(bad: int) -> None:
    with pytest.raises(ValueError):
        vn_letter(bad)


@pytest.mark.parametrize("bad", ["", "f", "j", "w", "z", "a)", "1", "d\u0323"])
def test_parse_vn_letter_refuses(bad: str) -> None:
    assert parse_vn_letter(bad) is None


def test_parse_vn_letter_case_and_spaces() -> None:
    assert parse_vn_letter(" Đ ") == 5
    assert parse_vn_letter("AB") == 25


@pytest.mark.parametrize(
    ("n", "text"), [(1, "01"), (9, "09"), (10, "10"), (99, "99"), (123, "123")]
)
def test_number_text(n: int, text: str) -> None:
    assert number_text(n) == text


@pytest.mark.parametrize("bad", [0, -1])
def test_number_text_range(bad: int) -> None:
    with pytest.raises(ValueError):
        number_text(bad)
