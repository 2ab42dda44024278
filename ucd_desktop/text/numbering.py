"""Numbering of parts (I, II), points (a, b, đ) and document numbers (01, 12)."""

from __future__ import annotations

import re

__all__ = [
    "VN_LETTERS",
    "number_text",
    "parse_roman",
    "parse_vn_letter",
    "roman",
    "vn_letter",
]

# Points in Vietnamese legal texts follow the Vietnamese alphabet, which has no
# f, j, w, z and puts đ after d: a) b) c) d) đ) e) ...
VN_LETTERS = "abcdđeghiklmnopqrstuvxy"
_BASE = len(VN_LETTERS)

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
# Only canonical numerals: "IIII" or "IC" are refused rather than guessed at.
_ROMAN_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUE = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman(n: int) -> str:
    """Return *n* (1..3999) in upper-case Roman numerals: 4 -> "IV"."""
    if not 1 <= n <= 3999:
        raise ValueError(f"Roman numerals cover 1..3999, not {n}")
    parts: list[str] = []
    for value, symbol in _ROMAN:
        count, n = divmod(n, value)
        parts.append(symbol * count)
    return "".join(parts)


def parse_roman(s: str) -> int | None:
    """Return the value of a canonical Roman numeral (any case), or None."""
    s = s.strip().upper()
    if not s or not _ROMAN_RE.fullmatch(s):
        return None
    total = 0
    for i, ch in enumerate(s):
        value = _ROMAN_VALUE[ch]
        following = _ROMAN_VALUE[s[i + 1]] if i + 1 < len(s) else 0
        total += -value if value < following else value
    return total


def vn_letter(n: int) -> str:
    """Return the point letter for *n*: 1 -> "a", 5 -> "đ", 23 -> "y", 24 -> "aa".

    Past "y" the letters continue like spreadsheet columns (bijective base 23):
    "aa", "ab", ..., "ay", "ba", ...; no legal text needs that many points, but the
    function stays total so a long list never crashes the preview.
    """
    if n < 1:
        raise ValueError(f"point letters start at 1, not {n}")
    letters: list[str] = []
    while n > 0:
        n, digit = divmod(n - 1, _BASE)
        letters.append(VN_LETTERS[digit])
    return "".join(reversed(letters))


def parse_vn_letter(s: str) -> int | None:
    """Inverse of vn_letter (any case, surrounding spaces ignored); None if not one."""
    s = s.strip().lower()
    if not s:
        return None
    n = 0
    for ch in s:
        index = VN_LETTERS.find(ch)
        if index < 0:
            return None
        n = n * _BASE + index + 1
    return n


def number_text(n: int) -> str:
    """Return a document number as written: "01".."09", then "10", "123"."""
    if n < 1:
        raise ValueError(f"document numbers start at 1, not {n}")
    return f"{n:02d}"
