"""Suggested file names for exports: number, date and summary, safe on Windows.

"05/TB-UBND" of 5 March 2026 about "Kết luận của …" becomes
``05-TB-UBND 2026-03-05 Kết luận của ….docx``. Vietnamese letters are kept (NTFS and
every current file system store Unicode); what Windows forbids is replaced: ``< > : " /
\\ | ? *``, control characters, a trailing dot or space, and the reserved device names
(CON, PRN, AUX, NUL, COM1-9, LPT1-9) whatever their extension.
"""

from __future__ import annotations

import re

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.inline import plain_text
from ucd_desktop.model.notice import Notice
from ucd_desktop.text.clean import clean_field
from ucd_desktop.text.numbering import number_text

__all__ = ["MAX_NAME", "safe_filename", "suggested_draft_name", "suggested_export_name"]

#: Characters of a whole name, extension included: room left for a deep folder
#: under Windows' 260-character path limit.
MAX_NAME = 120
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
        cut = name[:max_length]
        space = cut.rfind(" ")
        name = cut[:space] if space > max_length // 2 else cut
    name = name.rstrip(" .")
    name = name.lstrip(" ")
    if not name:
        name = fallback or _("notice")
    if _RESERVED.match(name.split(".", 1)[0].strip()):
        name = f"_{name}"
    return name


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


def suggested_export_name(notice: Notice, extension: str = ".docx") -> str:
    """The file name offered when exporting ``notice``."""
    return _stem(notice, MAX_NAME - len(extension)) + extension


def suggested_draft_name(notice: Notice, extension: str = ".ucd") -> str:
    """The file name offered when saving a draft for the first time."""
    return _stem(notice, MAX_NAME - len(extension)) + extension
