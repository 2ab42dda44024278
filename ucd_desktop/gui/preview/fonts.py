"""The preview's typeface: Times New Roman when it is installed and whole, else the
bundled Liberation Serif 2 (metric-compatible, SIL Open Font License, in resources/fonts).

A family is never chosen by its name alone. Debian installs the old Liberation Serif
1.07 (no Vietnamese letters) with many packages, beside fonts-liberation2, under the same
family name; Qt may pick either, and the old one makes every "ế" come from a fallback
font of other widths, so lines run past the margin. So the family Qt actually resolves
must have every letter of Vietnamese, in all four styles. The bundled files are loaded
under a name of their own (``BUNDLED_FAMILY``: the family name in their name table is
changed in memory), so no installed font can shadow them.
"""

from __future__ import annotations

import struct
from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from ucd_desktop.decree.numbers import FONT_NAME
from ucd_desktop.resources import resource_path

__all__ = [
    "BUNDLED_FAMILY",
    "BUNDLED_FILES",
    "VIETNAMESE_LETTERS",
    "covers",
    "load_bundled",
    "preview_family",
    "renamed_font",
]

BUNDLED_FAMILY = "UCD Preview Serif"
BUNDLED_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
#: Every letter Vietnamese adds to ASCII, both cases, and the quotes and dashes of notices.
VIETNAMESE_LETTERS = (
    "ĂÂĐÊÔƠƯăâđêôơưÀÁÃÈÉÌÍÒÓÕÙÚÝàáãèéìíòóõùúýĨĩŨũ"
    + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
    + "“”‘’–…"
)
_STYLES = ((False, False), (True, False), (False, True), (True, True))
#: Name ids holding the family: family, full name, PostScript name, typographic family.
_FAMILY_IDS = (1, 4, 6, 16)


def covers(family: str, text: str = VIETNAMESE_LETTERS) -> bool:
    """Whether the font Qt resolves for ``family`` is that family and has every
    character of ``text``, in regular, bold, italic and bold italic."""
    for bold, italic in _STYLES:
        font = QFont(family)
        font.setBold(bold)
        font.setItalic(italic)
        raw = QRawFont.fromFont(font)
        if not raw.isValid() or raw.familyName() != family:
            return False
        if not all(raw.supportsCharacter(ord(c)) for c in text):
            return False
    return True


def renamed_font(data: bytes, family: str) -> bytes:
    """The TrueType font ``data`` with ``family`` as its family name (name ids 1, 4, 6
    and 16; the style words of the full and PostScript names are kept)."""
    version, tables = sfnt_tables(data)
    tables[b"name"] = _renamed_name_table(tables[b"name"], family)
    return assemble(version, tables)


def sfnt_tables(data: bytes) -> tuple[int, dict[bytes, bytes]]:
    """The sfnt version and the tables of a TrueType font, by tag."""
    version, count = struct.unpack(">IH", data[:6])
    records = [struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i]) for i in range(count)]
    return version, {tag: data[off : off + length] for tag, _sum, off, length in records}


def assemble(version: int, tables: dict[bytes, bytes]) -> bytes:
    """A TrueType font made of ``tables`` (4-byte aligned, with fresh checksums)."""
    count = len(tables)
    head = struct.pack(">IHHHH", version, count, *_search_params(count))
    offset = 12 + 16 * count
    directory, body = [], []
    for tag in sorted(tables):
        blob = tables[tag]
        padded = blob + b"\0" * (-len(blob) % 4)
        directory.append(struct.pack(">4sIII", tag, _checksum(padded), offset, len(blob)))
        body.append(padded)
        offset += len(padded)
    return head + b"".join(directory) + b"".join(body)


def _search_params(count: int) -> tuple[int, int, int]:
    power = 1
    while power * 2 <= count:
        power *= 2
    entry_selector = power.bit_length() - 1
    return power * 16, entry_selector, count * 16 - power * 16


def _checksum(blob: bytes) -> int:
    return int(sum(struct.unpack(f">{len(blob) // 4}I", blob))) & 0xFFFFFFFF


def _renamed_name_table(table: bytes, family: str) -> bytes:
    _format, count, storage = struct.unpack(">HHH", table[:6])
    out_records, strings = [], b""
    for i in range(count):
        pid, eid, lid, nid, length, off = struct.unpack(">HHHHHH", table[6 + 12 * i : 18 + 12 * i])
        raw = table[storage + off : storage + off + length]
        if nid in _FAMILY_IDS:
            codec = "utf-16-be" if pid in (0, 3) else "latin-1"
            old = raw.decode(codec, errors="replace")
            new = _rename(old, nid, family)
            raw = new.encode(codec, errors="replace")
        out_records.append(struct.pack(">HHHHHH", pid, eid, lid, nid, len(raw), len(strings)))
        strings += raw
    header = struct.pack(">HHH", 0, count, 6 + 12 * count)
    return header + b"".join(out_records) + strings


def _rename(old: str, name_id: int, family: str) -> str:
    if name_id in (1, 16):
        return family
    if name_id == 6:  # PostScript: no spaces, "Family-Style"
        style = old.split("-", 1)[1] if "-" in old else ""
        ps = family.replace(" ", "")
        return f"{ps}-{style}" if style else ps
    words = old.split()
    style = " ".join(w for w in words if w in ("Bold", "Italic", "Regular"))
    return f"{family} {style}".strip()


@cache
def load_bundled() -> str:
    """Register the bundled fonts with Qt under ``BUNDLED_FAMILY``; that name, or "" if
    they could not be loaded."""
    loaded = False
    for name in BUNDLED_FILES:
        path = resource_path("fonts", name)
        try:
            data = renamed_font(path.read_bytes(), BUNDLED_FAMILY)
        except (OSError, struct.error, KeyError):
            continue
        if QFontDatabase.addApplicationFontFromData(QByteArray(data)) >= 0:
            loaded = True
    return BUNDLED_FAMILY if loaded else ""


def preview_family(candidates: tuple[str, ...] = (FONT_NAME,)) -> str:
    """The family to paint with: the first of ``candidates`` (Times New Roman) that is
    installed and has every Vietnamese letter, else the bundled serif."""
    installed = set(QFontDatabase.families())
    for family in candidates:
        if family in installed and covers(family):
            return family
    bundled = load_bundled()
    if bundled and covers(bundled):
        return bundled
    for family in ("Liberation Serif", "Tinos"):
        if family in installed and covers(family):
            return family
    return bundled or FONT_NAME
