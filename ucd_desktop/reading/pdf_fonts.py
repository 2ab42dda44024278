"""Fonts of a PDF that carry no Unicode map, decoded through their own font programs.

A signed copy printed to PDF by Word or LibreOffice often embeds font subsets without a
ToUnicode map: the text layer then holds glyph numbers, and a reader shows "7ӌ1+ LÀO
CAI" for "TỈNH LÀO CAI". The glyphs themselves are in the PDF, so each font's codes are
decoded through its embedded program (read with fontTools):

1. ``outlines``: the glyph's outline and advance are compared with the same font
   installed on this computer (Times New Roman, Liberation Serif...): an identical
   outline is the same character. This is the only way for LibreOffice's subsets, whose
   cmap maps codes to glyphs, not Unicode to glyphs.
2. ``cmap``: the subset's Unicode cmap, inverted (glyph -> code point), as Word keeps it.
3. ``names``: glyph names ("uni1EC7", "ecircumflex") from the font or the PDF's
   /Differences, read as the Adobe Glyph List reads them.

Each decoded font gets a ToUnicode map written into a copy of the PDF, so that PDFium
(``pdf_words``) then reads the text, spaces and all, as if the PDF had been made right.
Whether the result is Vietnamese is measured afterwards (``text.syllables``).
"""

from __future__ import annotations

import io
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["FontRepair", "fonts_in_doubt", "repair_text_layer"]

#: A notice has a handful of fonts; more is not a notice (and would only cost time).
_MAX_FONTS = 64
_MAX_FORM_DEPTH = 4
#: A font program larger than this is not a notice's subset (and would only fill memory).
_MAX_PROGRAM = 16 * 1024 * 1024
_REPLACEMENT = 0xFFFD
# Vietnamese letters win over look-alikes with the same outline (Đ over the Eth Ð).
_PREFERRED = {0x0110, 0x0111}
# fontTools warns about the odd dates and tables of subsets; they are read all the same.
logging.getLogger("fontTools").setLevel(logging.ERROR)


@dataclass
class FontRepair:
    """What was done for one font: its name, how many codes were decoded and how."""

    name: str
    decoded: int = 0
    unknown: int = 0
    methods: set[str] = field(default_factory=set)


def _font_dirs() -> list[Path]:
    home = Path.home()
    dirs = [home / ".fonts", home / ".local" / "share" / "fonts"]
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.insert(0, Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library/Fonts"]
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    return dirs


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _base_name(name: str) -> str:
    """ "BAAAAA+LiberationSerif-Bold" -> "liberationserifbold"."""
    return _norm(re.sub(r"^/?[A-Z]{6}\+", "", name))


def _display_name(name: str) -> str:
    return re.sub(r"^[A-Z]{6}\+", "", name.lstrip("/"))[:60]


@lru_cache(maxsize=1)
def _font_files() -> tuple[Path, ...]:
    found: list[Path] = []
    for folder in _font_dirs():
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            found += [Path(root, f) for f in files if f.lower().endswith((".ttf", ".otf"))]
            if len(found) > 5000:
                break
    return tuple(found)


def _ps_name(font: Any) -> set[str]:
    names: set[str] = set()
    for record in font["name"].names:
        if record.nameID in (4, 6):
            try:
                names.add(_norm(record.toUnicode()))
            except UnicodeDecodeError:
                continue
    return names


def _outline(glyphs: Any, name: str) -> str | None:
    """The glyph's outline, composites decomposed, as comparable text."""
    from fontTools.pens.recordingPen import DecomposingRecordingPen

    try:
        pen = DecomposingRecordingPen(glyphs)
        glyphs[name].draw(pen)
    except Exception:  # a broken glyph decodes as unknown, it does not stop the import
        return None
    return repr(pen.value)


def _width(font: Any, name: str) -> int:
    metrics = font["hmtx"].metrics if "hmtx" in font else {}
    return int(metrics[name][0]) if name in metrics else -1


class _Reference:
    """An installed font: which code point draws a given outline at a given advance.
    Outlines are drawn only for the glyphs of that advance, once each."""

    def __init__(self, path: Path) -> None:
        from fontTools.ttLib import TTFont

        self.font = TTFont(str(path), lazy=True, fontNumber=0)
        self.glyphs = self.font.getGlyphSet()
        self.by_width: dict[int, list[tuple[int, str]]] = {}
        for code, glyph in sorted((self.font.getBestCmap() or {}).items()):
            if code < 0x2200:
                self.by_width.setdefault(_width(self.font, glyph), []).append((code, glyph))
        for candidates in self.by_width.values():
            # Vietnamese letters first where outlines are shared (Đ before the Eth Ð)
            candidates.sort(key=lambda item: (item[0] not in _PREFERRED, item[0]))
        self.outlines: dict[str, str | None] = {}

    def code(self, outline: str, width: int) -> int | None:
        for code, glyph in self.by_width.get(width, []):
            if glyph not in self.outlines:
                self.outlines[glyph] = _outline(self.glyphs, glyph)
            if self.outlines[glyph] == outline:
                return code
        return None


@lru_cache(maxsize=16)
def _reference(base: str) -> tuple[_Reference, ...]:
    """Every installed font whose name is ``base`` (several versions of a font may be
    installed: each is tried)."""
    from fontTools.ttLib import TTFont

    if len(base) < 4:
        return ()
    found: list[_Reference] = []
    for path in _font_files():
        if _norm(path.stem)[:5] != base[:5]:
            continue
        try:
            if base in _ps_name(TTFont(str(path), lazy=True, fontNumber=0)):
                found.append(_Reference(path))
        except Exception:  # an unreadable font file is skipped
            continue
    return tuple(found)


def _agl(name: str) -> int | None:
    from fontTools.agl import toUnicode

    if not name or name == ".notdef" or re.fullmatch(r"glyph\d+|g\d+|cid\d+", name):
        return None
    text = toUnicode(name)
    if len(text) != 1 or 0xE000 <= ord(text) <= 0xF8FF:
        return None
    return ord(text)


class _Program:
    """An embedded TrueType/OpenType program, glyph -> code point by every means."""

    def __init__(self, data: bytes, base: str) -> None:
        from fontTools.ttLib import TTFont

        self.font = TTFont(io.BytesIO(data), lazy=True)
        self.order: list[str] = self.font.getGlyphOrder()
        self.unicode: dict[str, int] = {}
        for table in self.font["cmap"].tables if "cmap" in self.font else []:
            if table.isUnicode() and not (table.platformID == 3 and table.platEncID == 0):
                for code, glyph in table.cmap.items():
                    if not 0xE000 <= code <= 0xF8FF:
                        self.unicode.setdefault(glyph, code)
        self.outline: dict[str, int] = {}
        references = _reference(base)
        if references:
            glyphs = self.font.getGlyphSet()
            drawn = {
                g: (_outline(glyphs, g), _width(self.font, g))
                for g in self.order[1:]
                if _width(self.font, g) != 0 or g in self.unicode
            }
            for reference in references:
                found = {
                    g: reference.code(outline, width)
                    for g, (outline, width) in drawn.items()
                    if outline is not None
                }
                matched = {g: c for g, c in found.items() if c is not None}
                if len(matched) > len(self.outline):
                    self.outline = matched
                if len(matched) == len(drawn):
                    break

    def empty(self, glyph: str) -> bool:
        """A slot a subset kept empty to keep the glyph ids (no advance, not mapped)."""
        known = glyph in self.unicode or glyph in self.outline
        return not known and "hmtx" in self.font and self.font["hmtx"][glyph][0] == 0

    def code_glyphs(self) -> dict[int, str]:
        """Code -> glyph for a simple font, from its (3,0) or (1,0) cmap."""
        out: dict[int, str] = {}
        for table in self.font["cmap"].tables if "cmap" in self.font else []:
            if (table.platformID, table.platEncID) in ((3, 0), (1, 0)):
                for code, glyph in table.cmap.items():
                    out.setdefault(code & 0xFF if code >= 0xF000 else code, glyph)
        return {c: g for c, g in out.items() if c < 256}

    def decode(self, glyph: str, repair: FontRepair) -> int:
        for method, value in (
            ("outlines", self.outline.get(glyph)),
            ("cmap", self.unicode.get(glyph)),
            ("names", _agl(glyph)),
        ):
            if value is not None:
                repair.methods.add(method)
                repair.decoded += 1
                return value
        repair.unknown += 1
        return _REPLACEMENT


def _program(descriptor: Any, base: str) -> _Program | None:
    if descriptor is None:
        return None
    descriptor = descriptor.get_object()
    for key in ("/FontFile2", "/FontFile3"):
        stream = descriptor.get(key)
        if stream is None:
            continue
        stream = stream.get_object()
        if key == "/FontFile3" and stream.get("/Subtype") != "/OpenType":
            return None  # bare CFF: not decoded here (OCR is the fallback)
        try:
            data = stream.get_data()
            return _Program(data, base) if len(data) <= _MAX_PROGRAM else None
        except Exception:
            return None
    return None


def _cmap_stream(mapping: dict[int, int], width: int) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<{'00' * width}> <{'FF' * width}>",
        "endcodespacerange",
    ]
    items = sorted(mapping.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for code, point in chunk:
            unit = chr(point).encode("utf-16-be").hex().upper()
            lines.append(f"<{code:0{2 * width}X}> <{unit}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _simple(font: Any, repair: FontRepair) -> dict[int, int]:
    base = _base_name(str(font.get("/BaseFont", "")))
    program = _program(font.get("/FontDescriptor"), base)
    mapping: dict[int, int] = {}
    encoding = font.get("/Encoding")
    encoding = encoding.get_object() if encoding is not None else None
    if isinstance(encoding, dict) and "/Differences" in encoding:
        code = 0
        for item in encoding["/Differences"]:
            if isinstance(item, int):
                code = int(item)
                continue
            name = str(item).lstrip("/")
            point = program.outline.get(name) if program else None
            point = point or _agl(name) or (program.unicode.get(name) if program else None)
            if point is not None:
                mapping[code] = point
                repair.methods.add("names")
                repair.decoded += 1
            code += 1
    if program is not None:
        for code, glyph in program.code_glyphs().items():
            if code not in mapping and glyph != ".notdef":
                mapping[code] = program.decode(glyph, repair)
    return mapping


def _composite(font: Any, repair: FontRepair) -> dict[int, int]:
    if str(font.get("/Encoding", "")) not in ("/Identity-H", "/Identity-V"):
        return {}  # a named CMap: PDFium knows those
    descendant = font["/DescendantFonts"][0].get_object()
    base = _base_name(str(descendant.get("/BaseFont", font.get("/BaseFont", ""))))
    program = _program(descendant.get("/FontDescriptor"), base)
    if program is None:
        return {}
    to_gid = descendant.get("/CIDToGIDMap")
    cids: dict[int, int] = {}
    if to_gid is not None and not isinstance(to_gid.get_object(), str):
        table = to_gid.get_object().get_data()[: 2 * 65536]
        for cid in range(min(len(table) // 2, 65536)):
            gid = int.from_bytes(table[2 * cid : 2 * cid + 2], "big")
            if gid:
                cids[cid] = gid
    else:
        cids = {gid: gid for gid in range(1, len(program.order))}
    mapping: dict[int, int] = {}
    for cid, gid in cids.items():
        if gid < len(program.order) and not program.empty(program.order[gid]):
            mapping[cid] = program.decode(program.order[gid], repair)
    return mapping


def _fonts(resources: Any, depth: int, seen: set[int], out: list[Any]) -> None:
    """The font dictionaries of ``resources`` and of the forms it draws (not twice)."""
    if resources is None or depth > _MAX_FORM_DEPTH:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    for ref in fonts.get_object().values() if fonts is not None else []:
        key = getattr(ref, "idnum", None) or id(ref)
        if key not in seen and len(out) < _MAX_FONTS:
            seen.add(key)
            out.append(ref.get_object())
    forms = resources.get("/XObject")
    for ref in forms.get_object().values() if forms is not None else []:
        form = ref.get_object()
        key = getattr(ref, "idnum", None) or id(ref)
        if form.get("/Subtype") == "/Form" and key not in seen:
            seen.add(key)
            _fonts(form.get("/Resources"), depth + 1, seen, out)


def repair_text_layer(data: bytes) -> tuple[bytes, list[FontRepair]]:
    """``data`` with a ToUnicode map added to each font that lacks one and could be
    decoded, and what was done per font. The PDF comes back unchanged when no font
    needed it (or the PDF cannot be read here: PDFium then says what is wrong)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return data, []
        writer = PdfWriter(clone_from=reader)
        fonts: list[Any] = []
        seen: set[int] = set()
        for page in writer.pages:
            _fonts(page.get("/Resources"), 0, seen, fonts)
        repairs: list[FontRepair] = []
        for font in fonts:
            if "/ToUnicode" in font:
                continue
            repair = FontRepair(_display_name(str(font.get("/BaseFont", ""))))
            subtype = font.get("/Subtype")
            if subtype == "/Type0":
                mapping, width = _composite(font, repair), 2
            elif subtype in ("/TrueType", "/Type1"):
                mapping, width = _simple(font, repair), 1
            else:
                continue
            if not mapping:
                continue
            stream = DecodedStreamObject()
            stream.set_data(_cmap_stream(mapping, width))
            font[NameObject("/ToUnicode")] = writer._add_object(stream)
            repairs.append(repair)
        if not repairs:
            return data, []
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue(), repairs
    except Exception:  # pypdf cannot read it: leave it to PDFium and its messages
        return data, []


def fonts_in_doubt(data: bytes) -> bool:
    """Whether a font of the PDF has no Unicode map and codes of its own: composite (codes
    are glyph numbers, Word's case) or with an embedded program (a subset, LibreOffice's
    case). A standard font with its standard encoding names its letters by itself."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return True
        fonts: list[Any] = []
        seen: set[int] = set()
        for page in reader.pages:
            _fonts(page.get("/Resources"), 0, seen, fonts)
    except Exception:  # pypdf cannot read it: nothing says the text is right
        return True
    for font in fonts:
        if "/ToUnicode" in font:
            continue
        if font.get("/Subtype") == "/Type0":
            return True
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            return True
    return False
