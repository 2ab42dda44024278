"""The walls around reading: how much of a file is read, and numbers read without trust.

A notice is a few pages. A file far larger than any notice is refused early, in words,
instead of being read for minutes into gigabytes: the limits below are generous for a
real notice (the longest seen has about 300 paragraphs and 2 tables) and small enough
that any accepted file imports or is checked in seconds.

Numbers in a document's XML are whatever the program that wrote it put there
(``w:w="abc"``, "1e999", 5,000 digits): ``to_int`` and ``to_float`` read the number a
value starts with, within bounds, and fall back to a default otherwise.
"""

from __future__ import annotations

import logging
import math
import re
import zipfile
from typing import BinaryIO

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.reading.result import ReadError

__all__ = [
    "MAX_CELLS",
    "MAX_CHARACTERS",
    "MAX_PAGES",
    "MAX_PARAGRAPHS",
    "MAX_PDF_CHARACTERS",
    "MAX_STDIN_BYTES",
    "MAX_XML_BYTES",
    "Budget",
    "check_zip",
    "read_limited",
    "to_float",
    "to_int",
]

_log = logging.getLogger(__name__)

#: Paragraphs of a document (body, cells, text boxes, headers and footers).
MAX_PARAGRAPHS = 20_000
#: Table cells of a document, all tables together.
MAX_CELLS = 20_000
#: Characters of text in a document or a pasted text.
MAX_CHARACTERS = 1_000_000
#: Pages of a PDF.
MAX_PAGES = 40
#: Characters of a PDF's text layer (reading a PDF's text costs about 7 µs a character).
MAX_PDF_CHARACTERS = 250_000
#: Text read from standard input, as for a file.
MAX_STDIN_BYTES = 8 * 1024 * 1024
#: One XML part of a .docx, unpacked (a notice's document.xml is 20-300 KB).
MAX_XML_BYTES = 16 * 1024 * 1024
#: All parts of a .docx together, unpacked.
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
#: Parts in a .docx (a notice has about 15).
MAX_PARTS = 2_000
#: Unpacked / packed: text XML packs about 10:1, a zip bomb 1000:1.
MAX_RATIO = 200

_NUMBER = re.compile(r"\s*([+-]?)(\d{1,15})(?:\.(\d{0,15}))?")


def to_int(value: object, default: int = 0, *, low: int = -(10**9), high: int = 10**9) -> int:
    """The integer ``value`` (text from a file) starts with, kept within ``low``..``high``;
    ``default`` when it does not start with one ("abc", "", None)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return max(low, min(high, value))
    m = _NUMBER.match(str(value)) if value is not None else None
    if m is None:
        return default
    number = int(m.group(2)) * (-1 if m.group(1) == "-" else 1)
    return max(low, min(high, number))


def to_float(value: object, default: float = 0.0, *, low: float = -1e9, high: float = 1e9) -> float:
    """Like ``to_int`` for decimals ("12.5"); never inf or nan."""
    m = _NUMBER.match(str(value)) if value is not None else None
    if m is None:
        return default
    number = float(f"{m.group(1)}{m.group(2)}.{m.group(3) or 0}")
    if not math.isfinite(number):
        return default
    return max(low, min(high, number))


class Budget:
    """Counts what a document holds while it is read and stops past the limits."""

    def __init__(self, name: str = "") -> None:
        self.name = name
        self.paragraphs = 0
        self.cells = 0
        self.characters = 0

    def paragraph(self) -> None:
        self.paragraphs += 1
        if self.paragraphs > MAX_PARAGRAPHS:
            raise ReadError(
                _(
                    "{name} has more than {n} paragraphs: it is not a notice "
                    "(a notice has a few hundred)."
                ).format(name=self.name or _("The document"), n=grouped(MAX_PARAGRAPHS))
            )

    def cell(self, count: int = 1) -> None:
        self.cells += count
        if self.cells > MAX_CELLS:
            raise ReadError(
                _("{name} has more than {n} table cells: it is not a notice.").format(
                    name=self.name or _("The document"), n=grouped(MAX_CELLS)
                )
            )

    def text(self, count: int) -> None:
        self.characters += count
        if self.characters > MAX_CHARACTERS:
            raise ReadError(too_much_text(self.name))


def too_much_text(name: str = "", limit: int = MAX_CHARACTERS) -> str:
    return _("{name}: more than {n} characters of text, far too long for a notice.").format(
        name=name or _("The text"), n=grouped(limit)
    )


def grouped(n: int) -> str:
    """1.234.567: thousands grouped the Vietnamese way (the messages are Vietnamese)."""
    return f"{n:,}".replace(",", ".")


def read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    """At most ``limit`` bytes of ``stream`` (standard input); ReadError past that, after
    reading no more than ``limit`` + 1 bytes (``< /dev/zero`` ends quickly)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ReadError(
            _("{name} holds more than {size} MB: too much for a notice.").format(
                name=name, size=limit // (1024 * 1024)
            )
        )
    return data


def check_zip(archive: zipfile.ZipFile, name: str = "") -> None:
    """Refuse a zip whose parts unpack to far more than a notice (a zip bomb), before
    any of them is unpacked: the sizes are read from the archive's directory, and
    ``zipfile`` stops reading a part at the size given there."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise ReadError(
            _("{name} holds {n} parts: it is not a Word document of a notice.").format(
                name=name, n=len(infos)
            )
        )
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    bomb = any(
        i.file_size > 4 * 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
        for i in infos
    )
    if total > MAX_UNPACKED_BYTES or bomb:
        _log.info("zip refused: %d parts, %d bytes unpacked from %d", len(infos), total, packed)
        raise ReadError(
            _(
                "{name} unpacks to {size} MB from {packed} MB: far more than a notice "
                "(a damaged or deliberately inflated file)."
            ).format(name=name, size=total // (1024 * 1024), packed=f"{packed / 2**20:.1f}")
        )
