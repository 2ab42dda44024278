"""Cleaning of user-typed and pasted text, and keys for comparing it.

Everything here is pure and idempotent, so it can run on every keystroke and on
values loaded back from disk without drifting.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "FORBIDDEN",
    "clean_field",
    "compare_key",
    "fold_lookalikes",
    "join_wrapped_lines",
    "nfc",
    "split_paragraphs",
    "tidy",
    "xml_safe",
]

# Noncharacters U+xFFFE and U+xFFFF in planes 1-16 (plane 0 is spelt out below).
_PLANE_NONCHARS = "".join(chr(p << 16 | 0xFFFE) + chr(p << 16 | 0xFFFF) for p in range(1, 17))

# What XML 1.0 refuses (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF) plus
# the other noncharacters, which Word and LibreOffice reject or silently drop.
FORBIDDEN: re.Pattern[str] = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff" + _PLANE_NONCHARS + "]"
)

# clean_field drops, in one pass: every C0/C1 control but "\n" (tab and the line
# separators are rewritten before this runs), DEL, the XML-forbidden code points, and
# invisible characters that make two identical-looking strings differ: ZWSP, word
# joiner and invisible operators, BOM/ZWNBSP, Mongolian vowel separator, and bidi
# marks/embeddings/isolates (junk from copy-paste in Vietnamese text). ZWNJ/ZWJ
# (U+200C/D) are kept because emoji sequences need them; soft hyphen is kept because
# it is a real hyphenation hint (and is "ư" in TCVN3 text awaiting decoding).
_DROP_RE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff" + _PLANE_NONCHARS + "]"
)
# "\n" is in the class so that single-line mode turns it into a space too.
_LINE_BREAK_RE = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")

# Spaces other than " " and NBSP that PDFs and web pages paste in.
_EXOTIC_SPACES = str.maketrans(
    dict.fromkeys(
        "\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
        "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
        " ",
    )
)
_SPACE_RUN_RE = re.compile("[ \u00a0]{2,}")
# Vietnamese typography puts no space before these (unlike French) nor after "(".
_SPACE_BEFORE_PUNCT_RE = re.compile("[ \u00a0]+(?=[,;:.)!?])")
_SPACE_AFTER_PAREN_RE = re.compile("(?<=\\()[ \u00a0]+")


def nfc(s: str) -> str:
    """Return *s* in Unicode NFC (precomposed Vietnamese letters)."""
    return unicodedata.normalize("NFC", s)


def xml_safe(s: str) -> str:
    """Remove the code points XML 1.0 forbids and the Unicode noncharacters."""
    return FORBIDDEN.sub("", s)


def clean_field(s: str, *, multiline: bool = True) -> str:
    """Normalise one field value at the model boundary; never touches ordinary spaces."""
    s = _LINE_BREAK_RE.sub("\n" if multiline else " ", s)
    s = _DROP_RE.sub("", s.replace("\t", " "))
    # NFC last: a dropped invisible character may have separated a letter from its
    # combining mark, and composing afterwards keeps the function idempotent.
    return nfc(s)


def tidy(s: str) -> str:
    """Clean one paragraph of pasted text: single spaces, no stray space around punctuation."""
    s = clean_field(s, multiline=False).translate(_EXOTIC_SPACES)
    s = _SPACE_RUN_RE.sub(" ", s).strip()
    s = _SPACE_BEFORE_PUNCT_RE.sub("", s)
    return _SPACE_AFTER_PAREN_RE.sub("", s)


def split_paragraphs(s: str) -> list[str]:
    """Split pasted text into tidied, non-empty paragraphs (one per line)."""
    paragraphs = (tidy(line) for line in clean_field(s).split("\n"))
    return [p for p in paragraphs if p]


# "- ", "+ ", "• ", "1. ", "1.2. ", "2) ", "a) ", "đ) ", "I. ", "IV) ".
_LIST_MARKER_RE = re.compile(
    r"(?:[-+•*\u2013\u2014]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[IVXLCDM]+[.)])\s", re.IGNORECASE
)
_SENTENCE_END = ".:;!?"
_CLOSERS = "\"'”’»)]"
# A line that stops mid-phrase where a number may follow ("ngày", "số", "1.234,").
_MID_PHRASE_END = ",/-(\u2013"


def _ends_sentence(line: str) -> bool:
    # 'đúng quy định.)' and 'Hà Nội."' still end a sentence behind their closers.
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _continues(prev: str, nxt: str) -> bool:
    if _ends_sentence(prev) or _LIST_MARKER_RE.match(nxt):
        return False
    first = nxt[0]
    if first.islower():
        return True
    # A digit only continues a phrase that was cut mid-way (a date or a number).
    last = prev[-1]
    return first.isdigit() and (last.islower() or last.isdigit() or last in _MID_PHRASE_END)


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Rejoin PDF-extracted lines into paragraphs; a blank line always ends one."""
    paragraphs: list[str] = []
    # The paragraph being joined, as tidied pieces: tidying the whole paragraph again for
    # every line made a text of short lines quadratic (40,000 characters: 107 s).
    pieces: list[str] = []
    tail = ""  # the paragraph's last characters, all that _continues looks at
    for raw in lines:
        line = tidy(raw)
        if not line:
            if pieces:
                paragraphs.append("".join(pieces))
            pieces, tail = [], ""
        elif pieces and _continues(tail, line):
            piece = _glue(tail, line) + line
            pieces.append(piece)
            tail = (tail + piece)[-_TAIL:]
        else:
            if pieces:
                paragraphs.append("".join(pieces))
            pieces, tail = [line], line[-_TAIL:]
    if pieces:
        paragraphs.append("".join(pieces))
    return paragraphs


_TAIL = 1000
_NO_SPACE_BEFORE = frozenset(",;:.)!?")


def _glue(before: str, after: str) -> str:
    """What ``tidy(before + " " + after)`` puts between two tidied texts: a space, except
    before closing punctuation and after "(" (the rules of _SPACE_*_RE)."""
    return "" if after[0] in _NO_SPACE_BEFORE or before.endswith("(") else " "


_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "\u0110",  # Icelandic Eth -> Vietnamese Đ
        "\u00f0": "\u0111",  # eth -> đ
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00a0": " ",
        "\u202f": " ",
    }
)

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
# Old-style placement puts the tone on the second vowel of an open "oa", "oe", "uy"
# ("hoà", "hoè", "thuỷ"); the current rule puts it on the first ("hòa", "hòe", "thủy").
# Only when the syllable ends right there: "hoàng", "khuyến" are the same in both styles.
# "uy" after "q" is left alone: in "quý" the "u" belongs to the onset "qu".
_OLD_TONE_RE = re.compile(
    r"(?:(?<![qQ])([uU])([ýỳỷỹỵÝỲỶỸỴ])|([oO])([áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]))(?![^\W\d_])"
)


def _move_tone(m: re.Match[str]) -> str:
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    decomposed = unicodedata.normalize("NFD", second)
    base = "".join(c for c in decomposed if c not in _TONES)
    tone = "".join(c for c in decomposed if c in _TONES)
    return nfc(first + tone) + nfc(base)


def fold_lookalikes(s: str) -> str:
    """Fold characters that look alike, and old tone placement, for comparing (not display)."""
    return _OLD_TONE_RE.sub(_move_tone, nfc(s).translate(_LOOKALIKES))


_WHITESPACE_RE = re.compile(r"\s+")


def compare_key(s: str) -> str:
    """Return the key under which two strings a reader would call equal compare equal."""
    folded = fold_lookalikes(clean_field(s, multiline=False)).casefold()
    return _WHITESPACE_RE.sub(" ", folded).strip()
