"""Is a word a Vietnamese syllable? And how much of a text is Vietnamese?

A text layer decoded from a PDF's fonts, or read by OCR, can come out as letters in the
wrong places ("7ӌ1+ LÀO CAI", "Ð(CC ÿ"); a Vietnamese text is made of syllables of one
shape: an onset, a rhyme (an optional glide, a vowel nucleus, an optional final) and one
tone, with the rule that a syllable ending in a stop (c, ch, p, t) carries only the
acute or the dot below. ``vietnamese_share`` is the share of a text's words that are such
syllables; the importer refuses to use a text layer silently below ``TRUSTED_SHARE``.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["TRUSTED_SHARE", "is_syllable", "vietnamese_share"]

#: Below this share of valid syllables a text is not taken for Vietnamese without a word.
TRUSTED_SHARE = 0.85

_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_TONES = {_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT}

# fmt: off
_ONSETS = tuple(
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
        "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ]
)
# fmt: on
# Rhymes without their final: the nucleus with its glide ("oa", "uyê").
# fmt: off
_NUCLEI = set(
    [
        "a", "ă", "â", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư", "ia", "iê", "yê", "ua", "uô",
        "ưa", "ươ", "oa", "oă", "oe", "uâ", "uê", "uy", "uyê", "uya", "uơ", "oo",
    ]
)
# fmt: on
_FINALS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "i", "y", "o", "u", "")
_STOPS = {"c", "ch", "p", "t"}
# Nuclei that cannot take a final / that must take one.
_OPEN_ONLY = {"ia", "ua", "ưa", "uya", "uơ"}
_CLOSED_ONLY = {"ă", "â", "iê", "yê", "uô", "ươ", "oă", "uâ", "uyê"}
# Rhymes ending in a semivowel ("ai", "ao", "êu", "ươi"...): all of them.
_GLIDE_FINALS = {"i", "y", "o", "u"}
# fmt: off
_GLIDE_RHYMES = set(
    [
        "ai", "ay", "ây", "ao", "au", "âu", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu",
        "iêu", "yêu", "uôi", "ươi", "ươu", "oai", "oay", "oao", "oeo", "uây", "uyu", "uy",
    ]
)
# fmt: on


def _split_tone(word: str) -> tuple[str, str]:
    """The word without its tone mark (NFC), and the tone ("" for level)."""
    tone = ""
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", word):
        if char in _TONES:
            if tone:
                return "", "?"  # two tones
            tone = char
        else:
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def is_syllable(word: str) -> bool:
    """True when ``word`` (any case) is a well-formed Vietnamese syllable."""
    base, tone = _split_tone(word.lower())
    if not base or tone == "?":
        return False
    onset = next((o for o in _ONSETS if base.startswith(o) and len(base) > len(o)), "")
    if onset == "gi" and base[2:3] not in "aăâeêoôơuưy":
        onset = "g"  # "gìn", "gịt": g + i
    if onset == "qu" and base[2:3] not in "aăâeêiyoôơ":
        onset = "q"
    rhyme = base[len(onset) :]
    if onset == "q":
        return False
    for final in _FINALS:
        if not rhyme.endswith(final):
            continue
        nucleus = rhyme[: len(rhyme) - len(final)] if final else rhyme
        if nucleus not in _NUCLEI:
            continue
        if final and nucleus in _OPEN_ONLY:
            continue
        if not final and nucleus in _CLOSED_ONLY:
            continue
        if final in _GLIDE_FINALS and rhyme not in _GLIDE_RHYMES:
            continue
        if final in _STOPS and tone not in (_ACUTE, _DOT):
            continue
        return True
    return False


def _neutral(word: str) -> bool:
    """Abbreviations in capitals ("UBND", "HĐND", "COVID") and list letters count neither
    way."""
    if len(word) == 1:
        return True
    return len(word) <= 8 and all("A" <= c <= "Z" or c == "Đ" for c in word)


_MARKS = _TONES | {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn
_PUNCT = ".,;:!?()[]\"'“”‘’…/-–*%"


def _vietnamese_letter(char: str) -> bool:
    decomposed = unicodedata.normalize("NFD", char.lower())
    base, marks = decomposed[:1], decomposed[1:]
    return (("a" <= base <= "z") or base == "đ") and all(m in _MARKS for m in marks)


def vietnamese_share(text: str) -> float:
    """The share of the words of ``text`` that are Vietnamese syllables (1.0 for no words).

    A word with a letter from outside the Vietnamese alphabet or a character that is
    neither a letter, a digit nor common punctuation counts as not Vietnamese: that is how
    a badly decoded text layer looks. Words with digits ("30/2020/NĐ-CP") and
    abbreviations in capitals count neither way.
    """
    good = bad = 0
    for token in text.split():
        stripped = token.strip(_PUNCT)
        if not stripped:
            continue
        if any(
            (c.isalpha() and not _vietnamese_letter(c)) or not (c.isalnum() or c in _PUNCT)
            for c in stripped
        ):
            bad += 1
            continue
        if any(c.isdigit() for c in stripped):
            continue
        for part in re.split(r"[^\w]+", stripped):
            if not part:
                continue
            if is_syllable(part):
                good += 1
            elif not _neutral(part):
                bad += 1
    return 1.0 if good + bad == 0 else good / (good + bad)
