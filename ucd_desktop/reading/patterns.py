"""Recognising the fixed parts of a notice by their wording.

Matching runs on ``fold_lookalikes`` of the text (Ð for Đ, en-dashes, old tone placement
folded), which keeps the length of NFC text, so a match position is also a position in
the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ucd_desktop.model.notice import MOTTO, NATIONAL_TITLE
from ucd_desktop.text.clean import compare_key, fold_lookalikes

__all__ = [
    "AUTHORITY_RE",
    "DateParts",
    "NumberParts",
    "find_date",
    "find_motto",
    "find_national_title",
    "has_lower",
    "is_recipients_heading",
    "is_type_name",
    "is_upper_text",
    "parse_number",
]


def _flex(phrase: str) -> re.Pattern[str]:
    """A pattern for ``phrase`` that allows any spacing and any hyphen-like dash."""
    words = compare_key(phrase).split()
    parts = [r"\s*-\s*" if w == "-" else re.escape(w) for w in words]
    joined = ""
    for i, part in enumerate(parts):
        if i and not part.startswith(r"\s") and not parts[i - 1].startswith(r"\s"):
            joined += r"\s*"
        joined += part
    return re.compile(joined, re.IGNORECASE)


_NATIONAL = _flex(NATIONAL_TITLE)
_MOTTO = _flex(MOTTO)


def _fold(text: str) -> str:
    return fold_lookalikes(text)


def find_national_title(text: str) -> tuple[int, int] | None:
    m = _NATIONAL.search(_fold(text))
    return (m.start(), m.end()) if m else None


def find_motto(text: str) -> tuple[int, int] | None:
    m = _MOTTO.search(_fold(text))
    return (m.start(), m.end()) if m else None


def is_type_name(text: str) -> bool:
    return compare_key(text).replace(" ", "") == "thôngbáo"


_RECIPIENTS_RE = re.compile(r"^\W*nơi\s*nhận\s*:?", re.IGNORECASE)


def is_recipients_heading(text: str) -> bool:
    return bool(_RECIPIENTS_RE.match(_fold(text)))


#: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG", "TUQ. ...", "Q. GIÁM ĐỐC".
AUTHORITY_RE = re.compile(r"^(TM|KT|TL|TUQ|Q)\s*\.\s*(?=\S)", re.IGNORECASE)


def has_lower(text: str) -> bool:
    return any(c.islower() for c in text)


def is_upper_text(text: str) -> bool:
    """Capitals only, with at least two letters."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not has_lower(text)


@dataclass(frozen=True)
class NumberParts:
    number: str
    symbol: str
    #: What followed the symbol on the same line (the place and date of a merged line).
    rest: str
    #: The symbol as typed, before spaces were taken out of it.
    typed_symbol: str


_NUMBER_RE = re.compile(
    r"^\s*Số\s*:?\s*(?P<num>\d*)[\s.…_]*/\s*"
    r"(?P<sym>[A-ZĐa-zđ0-9]+(?:\s*-\s*[A-ZĐa-zđ0-9]+)*)",
    re.IGNORECASE,
)


def parse_number(text: str) -> NumberParts | None:
    """ "Số: 5/TB-UBND", "Số:      /TB-UBND", "Số 12/TB - VP" and what follows it."""
    folded = _fold(text)
    m = _NUMBER_RE.match(folded)
    if m is None:
        return None
    typed = text[m.start("sym") : m.end("sym")]
    symbol = re.sub(r"\s+", "", typed)
    return NumberParts(m.group("num"), symbol, text[m.end() :].strip(), typed)


@dataclass(frozen=True)
class DateParts:
    place: str
    day: int | None
    month: int | None
    year: int | None
    #: Where the date (with its place) starts in the text.
    start: int
    #: The day and month as typed, to tell whether their leading zeros were right.
    day_text: str
    month_text: str


_BLANK = r"[\s.…_\-–—]*"  # blanks the clerk fills in: spaces, dots, dashes (OCR reads "—")
_DATE_RE = re.compile(
    rf"ngày{_BLANK}(?P<d>\d{{1,2}})?{_BLANK}tháng{_BLANK}(?P<m>\d{{1,2}})?{_BLANK}"
    rf"năm{_BLANK}(?P<y>\d{{4}})?",
    re.IGNORECASE,
)
#: A place is a few capitalised words before the comma: "Long An", "Thành phố Hồ Chí Minh".
_PLACE_RE = re.compile(r"((?:[^\W\d_][\w.]*\s+){0,6}[^\W\d_][\w.]*)\s*,\s*$")


def find_date(text: str) -> DateParts | None:
    """The place and date in "Long An, ngày 05 tháng 3 năm 2026" (parts may be blank)."""
    folded = _fold(text)
    m = _DATE_RE.search(folded)
    if m is None:
        return None
    before = text[: m.start()]
    place = ""
    start = m.start()
    pm = _PLACE_RE.search(before)
    if pm and pm.group(1)[:1].isupper():
        place = pm.group(1).strip()
        start = pm.start(1)
    elif before.strip() and not before.strip().endswith(","):
        # "Hà Nội ngày 05 ..." without its comma.
        words = before.split()
        tail = [w for w in words[-4:] if w[:1].isupper()]
        if tail and words[-len(tail) :] == tail:
            place = " ".join(tail)
            start = text.rfind(tail[0], 0, m.start())
    return DateParts(
        place=place,
        day=int(m.group("d")) if m.group("d") else None,
        month=int(m.group("m")) if m.group("m") else None,
        year=int(m.group("y")) if m.group("y") else None,
        start=start,
        day_text=m.group("d") or "",
        month_text=m.group("m") or "",
    )
