"""Vietnamese text in the legacy 8-bit font encodings TCVN3 (ABC) and VNI.

Old Word files and PDFs often hold Vietnamese typed in fonts such as ".VnTime"
(TCVN3) or "VNI-Times" (VNI): the file stores Latin-1 characters and only the font
makes them look Vietnamese, so "Céng hßa" is really "Cộng hòa".

TCVN3 has one byte per precomposed letter. Its ordinary fonts (".VnTime") hold the 67
lowercase letters with marks plus the bare capitals Ă Â Đ Ê Ô Ơ Ư; capitals that carry a
tone mark exist only in the uppercase fonts (".VnTimeH"), which draw the same codes as
capitals. The table is the widely published one used by UniKey-era converters.

VNI writes a base letter followed by Latin-1 characters standing for the marks
("Vieät" = "Việt"); ơ, ư, đ, ỵ and the tone-marked i are single characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal

__all__ = [
    "decode_tcvn3",
    "decode_vni",
    "detect_legacy",
    "encode_tcvn3",
    "encode_vni",
    "vietnamese_letters",
]

_GRAVE, _ACUTE, _TILDE, _HOOK, _DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
_TONES = (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT)
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"


def vietnamese_letters() -> list[str]:
    """Return the 134 Vietnamese letters with marks: 67 lowercase, then 67 capitals."""
    lower = ["đ"]
    for base in "aăâeêioôơuưy":
        if base not in "aeiouy":
            lower.append(base)
        lower.extend(unicodedata.normalize("NFC", base + tone) for tone in _TONES)
    return lower + [c.upper() for c in lower]


# ---------------------------------------------------------------- TCVN3 (ABC)
# Each row: letters (bare form first where it has a code, then grave, acute, hook
# above, tilde, dot below) and their codes in the same order.
_TCVN3_ROWS = (
    ("àáảãạ", b"\xb5\xb8\xb6\xb7\xb9"),
    ("ăằắẳẵặ", b"\xa8\xbb\xbe\xbc\xbd\xc6"),
    ("âầấẩẫậ", b"\xa9\xc7\xca\xc8\xc9\xcb"),
    ("đ", b"\xae"),
    ("èéẻẽẹ", b"\xcc\xd0\xce\xcf\xd1"),
    ("êềếểễệ", b"\xaa\xd2\xd5\xd3\xd4\xd6"),
    ("ìíỉĩị", b"\xd7\xdd\xd8\xdc\xde"),
    ("òóỏõọ", b"\xdf\xe3\xe1\xe2\xe4"),
    ("ôồốổỗộ", b"\xab\xe5\xe8\xe6\xe7\xe9"),
    ("ơờớởỡợ", b"\xac\xea\xed\xeb\xec\xee"),
    ("ùúủũụ", b"\xef\xf3\xf1\xf2\xf4"),
    ("ưừứửữự", b"\xad\xf5\xf8\xf6\xf7\xf9"),
    ("ỳýỷỹỵ", b"\xfa\xfd\xfb\xfc\xfe"),
    ("ĂÂĐÊÔƠƯ", b"\xa1\xa2\xa7\xa3\xa4\xa5\xa6"),
)
_TCVN3_ENCODE = {
    letter: chr(code)
    for letters, codes in _TCVN3_ROWS
    for letter, code in zip(letters, codes, strict=True)
}
_TCVN3_DECODE = str.maketrans({code: letter for letter, code in _TCVN3_ENCODE.items()})


def decode_tcvn3(s: str, *, uppercase_font: bool = False) -> str:
    """Decode TCVN3 text; *uppercase_font* for runs in ".VnTimeH"-style fonts (all capitals)."""
    text = s.translate(_TCVN3_DECODE)
    return unicodedata.normalize("NFC", text.upper() if uppercase_font else text)


def encode_tcvn3(s: str, *, uppercase_font: bool = False) -> str:
    """Encode Unicode text to TCVN3 (for tests and round trips).

    Capitals with tone marks only exist in the uppercase fonts: encode such text with
    uppercase_font=True (it is then written with the lowercase codes, as typists did).
    Raises ValueError for a character the encoding cannot hold.
    """
    text = unicodedata.normalize("NFC", s)
    if uppercase_font:
        text = text.lower()
    out: list[str] = []
    for ch in text:
        code = _TCVN3_ENCODE.get(ch)
        if code is None and ch >= "\x80":
            hint = " (capitals with marks need uppercase_font=True)" if ch.isupper() else ""
            raise ValueError(f"{ch!r} cannot be written in TCVN3{hint}")
        out.append(ch if code is None else code)
    return "".join(out)


# ---------------------------------------------------------------- VNI
_VNI_TONE = {_ACUTE: "ù", _GRAVE: "ø", _HOOK: "û", _TILDE: "õ", _DOT: "ï"}
_VNI_CIRCUMFLEX = {"": "â", _ACUTE: "á", _GRAVE: "à", _HOOK: "å", _TILDE: "ã", _DOT: "ä"}
_VNI_BREVE = {"": "ê", _ACUTE: "é", _GRAVE: "è", _HOOK: "ú", _TILDE: "ü", _DOT: "ë"}
_VNI_I = {_ACUTE: "í", _GRAVE: "ì", _HOOK: "æ", _TILDE: "ó", _DOT: "ò"}


def _vni_lower(letter: str) -> str:
    if letter == "đ":
        return "ñ"
    decomposed = unicodedata.normalize("NFD", letter)
    base, marks = decomposed[0], decomposed[1:]
    tone = "".join(m for m in marks if m in _TONES)
    if base == "i":
        return _VNI_I[tone]
    if base == "y" and tone == _DOT:
        return "î"  # VNI has a separate glyph: the dot would hit y's descender
    if _HORN in marks:
        return {"o": "ô", "u": "ö"}[base] + _VNI_TONE.get(tone, "")
    if _CIRCUMFLEX in marks:
        return base + _VNI_CIRCUMFLEX[tone]
    if _BREVE in marks:
        return base + _VNI_BREVE[tone]
    return base + _VNI_TONE[tone]


# VNI capitals are the lowercase sequences with every character upper-cased:
# "Ấ" is "AÁ", "Ơ" is "Ô", "Đ" is "Ñ".
_VNI_ENCODE = {
    letter: (_vni_lower(letter.lower()).upper() if letter.isupper() else _vni_lower(letter))
    for letter in vietnamese_letters()
}


def _build_vni_decode() -> dict[str, str]:
    table: dict[str, str] = {}
    for letter, code in _VNI_ENCODE.items():
        if len(code) == 2:
            # Real files mix mark cases ("Aù" for "Á"); the base letter sets the case.
            table[code[0] + code[1].swapcase()] = letter
        if code != letter:
            table[code] = letter
    table["yï"] = table["yÏ"] = "ỵ"  # some typists used the ordinary dot on y
    table["YÏ"] = table["Yï"] = "Ỵ"
    return table


_VNI_DECODE = _build_vni_decode()
# Longest first, so "ôù" (ớ) wins over "ô" (ơ) followed by a stray "ù".
_VNI_RE = re.compile("|".join(sorted(map(re.escape, _VNI_DECODE), key=len, reverse=True)))


def decode_vni(s: str) -> str:
    """Decode VNI text to Unicode."""
    return unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: _VNI_DECODE[m.group()], s))


def encode_vni(s: str) -> str:
    """Encode Unicode text to VNI (for tests); ValueError for a character VNI cannot hold."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", s):
        code = _VNI_ENCODE.get(ch)
        if code is None and ch >= "\x80":
            raise ValueError(f"{ch!r} cannot be written in VNI")
        out.append(ch if code is None else code)
    return "".join(out)


# ---------------------------------------------------------------- detection
# A Vietnamese syllable, tone marks removed: onset, nucleus, final. Nuclei ending in
# a glide (and ia, ua, ưa) never take a final; iê, uô, ươ, ă, â always do.
_FINAL = "(?:ch|ng|nh|[cmnpt])"
_SYLLABLE_RE = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:"
    "(?:oai|oao|oay|oeo|iêu|yêu|uây|uôi|uya|uyu|ươi|ươu"
    "|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)"
    f"|(?:uyê|iê|yê|uô|ươ|uâ|oă|[ăâ])(?P<closed>{_FINAL})"
    f"|(?:oa|oe|oo|uê|uy|uơ|[aeêioôơuưy])(?P<free>{_FINAL})?"
    ")"
)
# Syllables closed by a stop take only the acute or the dot below ("các", "bạn").
_STOPS = frozenset({"c", "ch", "p", "t"})
# Words, counting the TCVN3 codes that are not letters ("x·" is one word, "xã").
_WORD_RE = re.compile("(?:[^\\W\\d_]|[" + re.escape("".join(_TCVN3_ENCODE.values())) + "])+")


@functools.lru_cache(maxsize=65536)  # a notice repeats its few thousand syllables
def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    bare = "".join(c for c in decomposed if c not in _TONES)
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) > 1:
        return False
    m = _SYLLABLE_RE.fullmatch(unicodedata.normalize("NFC", bare))
    if m is None:
        return False
    final = m.group("closed") or m.group("free")
    return not (final in _STOPS and tones and tones[0] not in (_ACUTE, _DOT))


_VIETNAMESE_ONLY = frozenset(c for c in vietnamese_letters() if c > "\xff")


def _profile(text: str) -> tuple[int, int, int, int]:
    """Return (words, Vietnamese syllables, broken non-ASCII words, Vietnamese-only letters).

    All-capital ASCII words of two letters or more (UBND, TNHH) are acronyms, not
    syllables, and are left out of the counts.
    """
    words = [w for w in _WORD_RE.findall(text) if not (w.isascii() and w.isupper() and len(w) > 1)]
    valid = [_is_syllable(w) for w in words]
    broken = sum(1 for w, ok in zip(words, valid, strict=True) if not ok and not w.isascii())
    only = sum(1 for c in text if c in _VIETNAMESE_ONLY)
    return len(words), sum(valid), broken, only


def detect_legacy(s: str) -> Literal["tcvn3", "vni"] | None:
    """Guess whether *s* is Vietnamese in TCVN3 or VNI; None when it looks like neither.

    A candidate wins when decoding repairs non-ASCII words that are not Vietnamese
    syllables into ones that are, leaves fewer broken than it repaired, adds letters
    only Vietnamese uses (ư, ạ, ế...) or repairs at least two words, and the result
    reads as Vietnamese (most words are syllables). Unicode Vietnamese has nothing to
    repair, and accented English, French or German words do not decode into
    syllables. A single short word can still fool it: the signal is statistical.
    """
    text = unicodedata.normalize("NFC", s)
    _, _, broken_before, only_before = _profile(text)
    if broken_before == 0:
        return None
    best: Literal["tcvn3", "vni"] | None = None
    best_rank = (0, 0)
    candidates: tuple[tuple[Literal["tcvn3", "vni"], str], ...] = (
        ("tcvn3", decode_tcvn3(text)),
        ("vni", decode_vni(text)),
    )
    for name, decoded in candidates:
        words, valid, broken_after, only_after = _profile(decoded)
        fixed = broken_before - broken_after
        # Between two decodings that repair as much, the one that leaves less broken wins.
        rank = (fixed, -broken_after)
        if (
            fixed > 0
            and rank > best_rank
            and broken_after < fixed
            and (only_after > only_before or fixed >= 2)
            and valid >= 0.6 * words
        ):
            best, best_rank = name, rank
    return best
