"""Suggested file names for exports: number, date and summary, safe on Windows.

"05/TB-UBND" of 5 March 2026 about "Kết luận của …" becomes
``05-TB-UBND 2026-03-05 Kết luận của ….docx``. Vietnamese letters are kept (NTFS and
every current file system store Unicode); what Windows forbids is replaced: ``< > : " /
\\ | ? *``, control characters, a trailing dot or space, and the reserved device names
(CON, PRN, AUX, NUL, COM1-9, LPT1-9) whatever their extension.
"""

from __future__ import annotations

import re
from pathlib import Path

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.inline import plain_text
from ucd_desktop.model.notice import Notice
from ucd_desktop.text.clean import clean_field
from ucd_desktop.text.numbering import number_text

__all__ = ["MAX_NAME", "MAX_PATH", "safe_filename", "suggested_draft_name", "suggested_export_name"]

#: Characters of a whole name, extension included: room left for a deep folder
#: under Windows' 260-character path limit.
MAX_NAME = 120
#: Windows' classic limit on a whole path (MAX_PATH, 260 with the final NUL).
MAX_PATH = 259
#: A stem is never cut shorter than this, whatever the folder (the dialog can still
#: shorten the folder).
MIN_STEM = 24
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)


def safe_filename(text: str, *, max_length: int = MAX_NAME, fallback: str = "") -> str:
    """``text`` as a file name stem any Windows or Linux folder accepts."""
    name = clean_field(text, multiline=False)
    name = _FORBIDDEN.sub("-", name)
    name = _SPACES.sub(" ", name).strip()
    name = re.sub(r"-{2,}", "-", name)
    if len(name) > max_length:
        name = _cut(name, max_length)
    name = name.rstrip(" .")
    name = name.lstrip(" ")
    if not name:
        name = fallback or _("notice")
    if _RESERVED.match(name.split(".", 1)[0].strip()):
        name = f"_{name}"
    return name


def _cut(name: str, max_length: int) -> str:
    """``name`` cut to ``max_length`` where a phrase ends, not inside a word.

    A Vietnamese word is often two syllables ("Chương trình"), so a space alone is a poor
    place to stop ("… thực hiện Chương"). Preferred, in order: after a comma, semicolon
    or dash; before a word that starts a new phrase ("của", "về", "tại"…); at a space,
    leaving out short words that only lead into what was cut.
    """
    room = name[: max_length + 1]  # the character just past the limit may be a space
    # A boundary is taken only if it keeps most of the room: a name that says which
    # meeting beats a shorter one that ends more neatly.
    stops = [room.rfind(mark) for mark in (", ", "; ", ": ", " - ", " – ")]
    best = max(stops)
    if best > max_length * 0.6:
        return name[:best]
    starts = [m.start() for m in _PHRASE_START.finditer(room) if m.start() > max_length * 0.75]
    if starts:
        return name[: starts[-1]]
    space = room.rfind(" ")
    if space <= max_length // 2:
        return name[:max_length]
    words = name[:space].split(" ")
    while len(words) > 1 and words[-1].casefold() in _LEADING_WORDS:
        words.pop()
    return " ".join(words)


#: Words that start a new phrase in a notice's summary: a good place to cut before.
_PHRASE_WORDS = (
    "của",
    "về",
    "tại",
    "trong",
    "và",
    "với",
    "cho",
    "theo",
    "đối với",
    "nhằm",
    "để",
    "trên",
    "giai đoạn",
)
_PHRASE_START = re.compile(r" (?=(?:" + "|".join(_PHRASE_WORDS) + r")(?: |$))", re.IGNORECASE)
#: Short words that only lead into the next one: never the last word of a cut name.
_LEADING_WORDS = frozenset({*_PHRASE_WORDS, "các", "những", "một", "việc", "số", "năm", "thực"})


def _number_part(notice: Notice) -> str:
    number = notice.number.strip()
    symbol = notice.symbol.strip()
    if number.isdigit() and int(number) > 0:
        number = number_text(int(number))
    if number:
        return f"{number}/{symbol}" if symbol else number
    return _("Draft") + (f" {symbol}" if symbol else "")


def _date_part(notice: Notice) -> str:
    day, month, year = notice.day, notice.month, notice.year
    if year is None or not 1 <= year <= 9999:
        return ""
    if month is None or not 1 <= month <= 12:
        return f"{year:04d}"
    if day is None or not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _stem(notice: Notice, max_length: int) -> str:
    head = " ".join(p for p in (_number_part(notice), _date_part(notice)) if p)
    head = safe_filename(head, max_length=max_length)
    summary = plain_text(" ".join(notice.summary.split()))
    room = max_length - len(head) - 1
    if summary and room >= 10:
        return f"{head} {safe_filename(summary, max_length=room, fallback='')}".rstrip(" .")
    return head


def _room(extension: str, folder: Path | None) -> int:
    """Characters the stem may have: MAX_NAME, and the whole path under Windows' 259."""
    room = MAX_NAME - len(extension)
    if folder is not None:
        room = min(room, MAX_PATH - len(str(folder)) - 1 - len(extension))
    return max(room, MIN_STEM)


def suggested_export_name(
    notice: Notice, extension: str = ".docx", folder: Path | None = None
) -> str:
    """The file name offered when exporting ``notice`` (into ``folder``, if known)."""
    return _stem(notice, _room(extension, folder)) + extension


def suggested_draft_name(
    notice: Notice, extension: str = ".ucd", folder: Path | None = None
) -> str:
    """The file name offered when saving a draft for the first time."""
    return _stem(notice, _room(extension, folder)) + extension
