"""A "Times New Roman" without Vietnamese letters, like Liberation Serif 1.07.

Debian machines with both fonts-liberation (1.07) and fonts-liberation2 resolve the
bold and bold italic Liberation Serif to the old files, which lack "ơ", "ư", "ạ"...
Registering this decoy under the name the preview tries first reproduces that machine
on any machine: the bundled Liberation Serif 2 with every Vietnamese letter taken out
of its character map (and no glyph names to rebuild one from).
"""

from __future__ import annotations

import struct
from itertools import pairwise

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase

from ucd_desktop.gui.preview.fonts import BUNDLED_FILES, assemble, renamed_font, sfnt_tables
from ucd_desktop.resources import resource_path

#: What the old Liberation Serif lacks (among others): the horned and dotted letters.
MISSING = "ƠƯơư" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))


def _format4_map(sub: bytes) -> dict[int, int]:
    seg_count = struct.unpack(">H", sub[6:8])[0] // 2
    at = 14
    ends = struct.unpack(f">{seg_count}H", sub[at : at + 2 * seg_count])
    at += 2 * seg_count + 2
    starts = struct.unpack(f">{seg_count}H", sub[at : at + 2 * seg_count])
    at += 2 * seg_count
    deltas = struct.unpack(f">{seg_count}h", sub[at : at + 2 * seg_count])
    at += 2 * seg_count
    range_at = at
    offsets = struct.unpack(f">{seg_count}H", sub[at : at + 2 * seg_count])
    out: dict[int, int] = {}
    for i in range(seg_count):
        for code in range(starts[i], ends[i] + 1):
            if code == 0xFFFF:
                continue
            if offsets[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                where = range_at + 2 * i + offsets[i] + 2 * (code - starts[i])
                glyph = struct.unpack(">H", sub[where : where + 2])[0]
                glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
            if glyph:
                out[code] = glyph
    return out


def _format4(mapping: dict[int, int]) -> bytes:
    runs: list[list[int]] = []  # [start, end, delta]
    for code in sorted(mapping):
        delta = (mapping[code] - code) & 0xFFFF
        if runs and runs[-1][1] == code - 1 and runs[-1][2] == delta:
            runs[-1][1] = code
        else:
            runs.append([code, code, delta])
    runs.append([0xFFFF, 0xFFFF, 1])
    n = len(runs)
    power = 1 << (n.bit_length() - 1)
    header = struct.pack(
        ">HHHHHHH", 4, 16 + 8 * n, 0, 2 * n, 2 * power, power.bit_length() - 1, 2 * n - 2 * power
    )
    body = struct.pack(f">{n}H", *(r[1] for r in runs)) + b"\0\0"
    body += struct.pack(f">{n}H", *(r[0] for r in runs))
    body += struct.pack(f">{n}H", *(r[2] for r in runs))
    body += b"\0\0" * n
    return header + body


def decoy_font(data: bytes, family: str) -> bytes:
    version, tables = sfnt_tables(renamed_font(data, family))
    cmap = tables[b"cmap"]
    count = struct.unpack(">H", cmap[2:4])[0]
    records = [struct.unpack(">HHI", cmap[4 + 8 * i : 12 + 8 * i]) for i in range(count)]
    offset = next(off for pid, eid, off in records if (pid, eid) == (3, 1))
    mapping = _format4_map(cmap[offset:])
    for letter in MISSING:
        mapping.pop(ord(letter), None)
    sub = _format4(mapping)
    tables[b"cmap"] = struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub
    post = tables[b"post"]
    tables[b"post"] = struct.pack(">I", 0x00030000) + post[4:32]  # no glyph names
    assert all(b > a for a, b in pairwise(sorted(mapping)))
    return assemble(version, tables)


_REGISTERED: set[str] = set()


def register_decoy(family: str) -> None:
    """Register the four styles of the decoy under ``family`` with Qt (once a process)."""
    if family in _REGISTERED:
        return
    for name in BUNDLED_FILES:
        data = decoy_font(resource_path("fonts", name).read_bytes(), family)
        assert QFontDatabase.addApplicationFontFromData(QByteArray(data)) >= 0
    _REGISTERED.add(family)
