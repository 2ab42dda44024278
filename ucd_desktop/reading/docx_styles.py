"""Effective formatting in a .docx: document defaults, style chains, direct formatting.

Word resolves a run's look from the document defaults, the paragraph style and the
styles it is based on, the character style, then the run's own properties. Both the
importer (bold lines, legacy fonts) and the checker (sizes, fonts in all four slots)
need the result, so it is computed here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

from ucd_desktop.reading.walls import to_float, to_int

__all__ = ["Numbering", "RunFormat", "Styles", "W", "q", "read_xml", "wval"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_OFF = ("0", "false", "off", "none")
FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")

Element = Any  # lxml elements are untyped


def q(tag: str) -> str:
    """``w:tag`` in Clark notation."""
    prefix, _, local = tag.partition(":")
    ns = {"w": W, "a": A, "r": R}[prefix]
    return f"{{{ns}}}{local}"


def wval(el: Element | None, attr: str = "val") -> str | None:
    if el is None:
        return None
    value = el.get(q(f"w:{attr}"))
    return None if value is None else str(value)


def read_xml(data: bytes | None) -> Element | None:
    if not data:
        return None
    if b"<!ENTITY" in data[:4096]:
        # Word never declares entities; refusing them rules out "billion laughs" files.
        raise ValueError("XML entity declarations are not accepted")
    return ElementTree.fromstring(data)


@dataclass
class RunFormat:
    bold: bool = False
    italic: bool = False
    caps: bool = False
    size: float | None = None
    #: Font of each slot (ascii, hAnsi, eastAsia, cs) after theme fonts are resolved.
    fonts: dict[str, str] = field(default_factory=dict)
    #: Slots that name a theme font rather than a font.
    theme_slots: set[str] = field(default_factory=set)
    lang: str = ""

    def copy(self) -> RunFormat:
        return RunFormat(
            self.bold,
            self.italic,
            self.caps,
            self.size,
            dict(self.fonts),
            set(self.theme_slots),
            self.lang,
        )


def _toggle(rpr: Element, tag: str) -> bool | None:
    el = rpr.find(q(f"w:{tag}"))
    if el is None:
        return None
    return (wval(el) or "1").lower() not in _OFF


def apply_rpr(fmt: RunFormat, rpr: Element | None, theme: dict[str, str]) -> None:
    """Lay the properties of ``rpr`` over ``fmt``."""
    if rpr is None:
        return
    for tag, attr in (("b", "bold"), ("i", "italic"), ("caps", "caps")):
        value = _toggle(rpr, tag)
        if value is not None:
            setattr(fmt, attr, value)
    sz = wval(rpr.find(q("w:sz")))
    if sz and sz.replace(".", "").isdigit():
        fmt.size = to_float(sz, low=0, high=3276) / 2
    fonts = rpr.find(q("w:rFonts"))
    if fonts is not None:
        for slot in FONT_SLOTS:
            theme_name = wval(fonts, f"{slot}Theme")
            name = wval(fonts, slot)
            if theme_name:
                fmt.theme_slots.add(slot)
                fmt.fonts[slot] = theme.get(theme_name, theme_name)
            elif name:
                fmt.theme_slots.discard(slot)
                fmt.fonts[slot] = name
    lang = wval(rpr.find(q("w:lang")))
    if lang:
        fmt.lang = lang


def theme_fonts(theme: Element | None) -> dict[str, str]:
    """minorHAnsi etc. -> the typeface the theme names for it."""
    out: dict[str, str] = {}
    if theme is None:
        return out
    for kind in ("major", "minor"):
        font = theme.find(f".//{{{A}}}{kind}Font")
        if font is None:
            continue
        latin = font.find(f"{{{A}}}latin")
        ea = font.find(f"{{{A}}}ea")
        cs = font.find(f"{{{A}}}cs")
        latin_face = latin.get("typeface", "") if latin is not None else ""
        out[f"{kind}HAnsi"] = out[f"{kind}Ascii"] = latin_face
        out[f"{kind}EastAsia"] = (ea.get("typeface", "") if ea is not None else "") or latin_face
        out[f"{kind}Bidi"] = (cs.get("typeface", "") if cs is not None else "") or latin_face
    return out


class Styles:
    """Styles and defaults of one document."""

    def __init__(self, styles: Element | None, theme: Element | None) -> None:
        self.theme = theme_fonts(theme)
        self.by_id: dict[str, Element] = {}
        self.default_para: str | None = None
        self.default_table: str | None = None
        self.default_rpr: Element | None = None
        self.default_ppr: Element | None = None
        if styles is None:
            return
        defaults = styles.find(q("w:docDefaults"))
        if defaults is not None:
            self.default_rpr = defaults.find(f"{q('w:rPrDefault')}/{q('w:rPr')}")
            self.default_ppr = defaults.find(f"{q('w:pPrDefault')}/{q('w:pPr')}")
        for style in styles.findall(q("w:style")):
            sid = wval(style, "styleId")
            if sid:
                self.by_id[sid] = style
                if wval(style, "type") == "paragraph" and (wval(style, "default") or "") in (
                    "1",
                    "true",
                ):
                    self.default_para = sid
                if wval(style, "type") == "table" and (wval(style, "default") or "") in (
                    "1",
                    "true",
                ):
                    self.default_table = sid

    def chain(self, style_id: str | None) -> list[Element]:
        """The style and those it is based on, outermost (base) first."""
        out: list[Element] = []
        seen: set[str] = set()
        # Word itself follows about 10 levels; a chain of thousands (a crafted file) would
        # be walked again for every paragraph.
        while style_id and style_id in self.by_id and style_id not in seen and len(out) < 32:
            seen.add(style_id)
            style = self.by_id[style_id]
            out.append(style)
            style_id = wval(style.find(q("w:basedOn")))
        return list(reversed(out))

    def cell_margins(self, tblpr: Element | None, tcpr: Element | None) -> tuple[int, int]:
        """The (left, right) margins of a table cell in twips, as Word lays them out: the
        cell's own, else the table's, else its table style's (and the styles it is based
        on), else Word's 108 twips (0.19 cm) a side of the "Normal Table" style."""
        found: dict[str, int] = {}
        style = wval(tblpr.find(q("w:tblStyle"))) if tblpr is not None else None
        chain = self.chain(style or self.default_table)
        sources = [
            tcpr.find(q("w:tcMar")) if tcpr is not None else None,
            tblpr.find(q("w:tblCellMar")) if tblpr is not None else None,
            *(s.find(f"{q('w:tblPr')}/{q('w:tblCellMar')}") for s in reversed(chain)),
        ]
        for side, names in (("left", ("w:left", "w:start")), ("right", ("w:right", "w:end"))):
            for source in sources:
                if source is None or side in found:
                    continue
                for name in names:
                    el = source.find(q(name))
                    value = wval(el, "w")
                    dxa = el is not None and wval(el, "type") in ("dxa", None)
                    if dxa and value and value.lstrip("-").isdigit():
                        found[side] = int(value)
                        break
        return found.get("left", 108), found.get("right", 108)

    def para_style(self, ppr: Element | None) -> str | None:
        sid = wval(ppr.find(q("w:pStyle"))) if ppr is not None else None
        return sid or self.default_para

    def base_run_format(self, para_style: str | None) -> RunFormat:
        fmt = RunFormat()
        apply_rpr(fmt, self.default_rpr, self.theme)
        for style in self.chain(para_style):
            apply_rpr(fmt, style.find(q("w:rPr")), self.theme)
        return fmt

    def run_format(self, base: RunFormat, rpr: Element | None) -> RunFormat:
        fmt = base.copy()
        if rpr is not None:
            rstyle = wval(rpr.find(q("w:rStyle")))
            for style in self.chain(rstyle):
                apply_rpr(fmt, style.find(q("w:rPr")), self.theme)
        apply_rpr(fmt, rpr, self.theme)
        return fmt

    def para_props(self, ppr: Element | None) -> list[Element]:
        """The pPr elements that apply to a paragraph, weakest first."""
        out = [self.default_ppr] if self.default_ppr is not None else []
        for style in self.chain(self.para_style(ppr)):
            style_ppr = style.find(q("w:pPr"))
            if style_ppr is not None:
                out.append(style_ppr)
        if ppr is not None:
            out.append(ppr)
        return out


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str
    start: int


class Numbering:
    """Word's list definitions: numId and level -> number format and label text."""

    def __init__(self, numbering: Element | None) -> None:
        self.levels: dict[str, dict[int, Level]] = {}
        if numbering is None:
            return
        abstract: dict[str, dict[int, Level]] = {}
        for an in numbering.findall(q("w:abstractNum")):
            levels: dict[int, Level] = {}
            for lvl in an.findall(q("w:lvl")):
                ilvl = to_int(wval(lvl, "ilvl"), low=0, high=8)
                start = wval(lvl.find(q("w:start")))
                levels[ilvl] = Level(
                    wval(lvl.find(q("w:numFmt"))) or "decimal",
                    wval(lvl.find(q("w:lvlText"))) or "",
                    to_int(start, 1, low=0, high=32767),
                )
            abstract[wval(an, "abstractNumId") or ""] = levels
        for num in numbering.findall(q("w:num")):
            ref = wval(num.find(q("w:abstractNumId"))) or ""
            self.levels[wval(num, "numId") or ""] = abstract.get(ref, {})

    def level(self, num_id: str, ilvl: int) -> Level | None:
        return self.levels.get(num_id, {}).get(ilvl)
