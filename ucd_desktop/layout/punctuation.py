"""Punctuation the Decree fixes, applied by the layout rather than typed by the user."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ucd_desktop.model.notice import Archive, Recipient

__all__ = [
    "FINAL_MARK",
    "archive_line",
    "document_number",
    "number_line",
    "printed_lines",
    "recipient_line",
    "with_final_mark",
]

FINAL_MARK = "./."
#: Room left for the clerk to write the number by hand.
NUMBER_BLANK = " " * 8
_TRAILING = re.compile(r"[\s.;:,]*(\./\.)?[\s.;:,]*$")
_LEADING_DASH = re.compile(r"^[\s\-–—+•*]+")


def printed_lines(texts: str | Iterable[str]) -> list[str]:
    """The non-blank lines of one field or of a list of lines, stripped.

    A newline typed inside a field starts a new paragraph: a manual line break would
    make Word stretch the line before it in a justified paragraph.
    """
    chunks = [texts] if isinstance(texts, str) else list(texts)
    return [line.strip() for chunk in chunks for line in chunk.split("\n") if line.strip()]


def with_final_mark(text: str) -> str:
    """``text`` ending in exactly one "./." (replacing a final ".", ";" or ",")."""
    stripped = _TRAILING.sub("", text)
    return stripped + FINAL_MARK if stripped else text


def document_number(number: str) -> str:
    """The number as printed: "05" for "5", "" when left blank for the clerk."""
    digits = number.strip()
    if digits.isdigit() and 0 < int(digits) < 10:
        return f"{int(digits):02d}"
    if digits.isdigit():
        return str(int(digits)) if int(digits) else digits
    return digits


def number_line(number: str, symbol: str) -> str:
    """ "Số: 05/TB-UBND", or "Số:        /TB-UBND" with room for the clerk."""
    printed = document_number(number)
    return f"Số: {printed}/{symbol.strip()}" if printed else f"Số:{NUMBER_BLANK}/{symbol.strip()}"


def recipient_line(recipient: Recipient) -> str:
    """ "- TT. HĐND tỉnh (b/c);" from the text and the note."""
    text = _LEADING_DASH.sub("", recipient.text).strip()
    text = re.sub(r"[\s;,.]+$", "", text) if not text.endswith("./.") else text
    note = recipient.note.strip().strip("()").strip()
    if note:
        text = f"{text} ({note})"
    return f"- {text};"


def archive_line(archive: Archive) -> str:
    """ "- Lưu: VT, HT." or, with copies and the drafter's initials, "- Lưu: VT, NN (2)NXT."."""
    unit = re.sub(r"[\s;,.]+$", "", archive.unit.strip())
    out = "- Lưu: VT"
    if unit:
        out += f", {unit}"
    if archive.copies:
        out += f" ({archive.copies})"
    initials = archive.initials.strip().rstrip(".")
    if initials:
        out += initials if archive.copies else f", {initials}"
    return out + "."
