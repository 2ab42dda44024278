"""Whole-document checks: paper and margins, fonts in all four slots, proofing language,
page numbers, and the Word settings a clerk is blamed for (compatibility mode, the
"update fields" prompt)."""

from __future__ import annotations

from collections import Counter

from ucd_desktop.checking.findings import Findings
from ucd_desktop.decree import Align, Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.problems import Severity
from ucd_desktop.reading.docx_doc import DocxDocument, ParaInfo
from ucd_desktop.reading.docx_styles import FONT_SLOTS, q, wval
from ucd_desktop.reading.walls import to_float, to_int

__all__ = [
    "check_fonts",
    "check_page",
    "check_page_numbers",
    "check_word_settings",
    "text_width_pt",
]

_A4_TWIPS = (rules.A4_WIDTH_TWIPS, rules.A4_HEIGHT_TWIPS)
_WORD_URI = "http://schemas.microsoft.com/office/word"


def _mm(twips: str | None) -> float | None:
    if twips is None or not twips.lstrip("-").isdigit():
        return None
    return to_int(twips) / rules.TWIPS_PER_MM


#: Word stores lengths in whole twips and rounds what the user typed: 1.5 cm is 850
#: twips (14.99 mm). A length is within a range when it is at Word's precision.
_HALF_TWIP_MM = 0.5 / rules.TWIPS_PER_MM


def _within(mm: float, rng: rules.Range) -> bool:
    return rng.low - _HALF_TWIP_MM <= mm <= rng.high + _HALF_TWIP_MM


def check_page(doc: DocxDocument, out: Findings) -> None:
    sect = doc.section
    size = sect.find(q("w:pgSz")) if sect is not None else None
    w, h = wval(size, "w"), wval(size, "h")
    if size is None or not (w and h and w.isdigit() and h.isdigit()):
        out.add(
            "page",
            N_(
                "The page size is not set (Word uses its default, often Letter); the Decree asks "
                "for {expected}."
            ),
            "?",
            "A4 210 × 297 mm",
        )
    else:
        width, height = to_int(w), to_int(h)
        if abs(width - _A4_TWIPS[0]) > 20 or abs(height - _A4_TWIPS[1]) > 20:
            found = f"{width / rules.TWIPS_PER_MM:.0f} × {height / rules.TWIPS_PER_MM:.0f} mm"
            out.add(
                "page",
                N_("The paper is {found}; the Decree asks for {expected}."),
                found,
                "A4 210 × 297 mm",
            )
    margins = sect.find(q("w:pgMar")) if sect is not None else None
    for side, label in (
        ("top", N_("top")),
        ("bottom", N_("bottom")),
        ("left", N_("left-hand")),
        ("right", N_("right-hand")),
    ):
        value = _mm(wval(margins, side))
        rng = rules.MARGIN_RANGES[side]
        if value is None:
            out.add(
                "page",
                N_("The {side} margin is not set; the Decree asks for {expected}."),
                "?",
                f"{rng.low:g}–{rng.high:g} mm",
                side=_(label),
            )
        elif not _within(abs(value), rng):
            out.add(
                "page",
                N_("The {side} margin is {found}; the Decree asks for {expected}."),
                f"{abs(value):.2f} mm",
                f"{rng.low:g}–{rng.high:g} mm",
                side=_(label),
            )


def check_word_settings(doc: DocxDocument, out: Findings) -> None:
    settings = doc.settings
    mode = None
    if settings is not None:
        for setting in settings.iter(q("w:compatSetting")):
            if wval(setting, "name") == "compatibilityMode" and wval(setting, "uri") == _WORD_URI:
                mode = wval(setting)
        update = settings.find(q("w:updateFields"))
        if update is not None and (wval(update) or "true") not in ("0", "false", "off"):
            out.add(
                "word",
                N_(
                    "The document asks Word to update its fields on opening, so Word shows a "
                    "prompt; the setting should be off."
                ),
                "updateFields",
                "—",
            )
    if mode is None or not mode.isdigit() or to_int(mode) < 15:
        out.add(
            "word",
            N_(
                "Word opens the document in compatibility mode (mode {found}); it should be saved "
                "in the current format ({expected})."
            ),
            mode or "—",
            "15",
            severity=Severity.WARNING,
        )


def _text_paras(doc: DocxDocument) -> list[ParaInfo]:
    return [p for p in doc.paragraphs if p.text.strip()]


def check_fonts(doc: DocxDocument, out: Findings) -> None:
    """Every slot of every run in Times New Roman, and Vietnamese proofing."""
    wrong: Counter[tuple[str, str]] = Counter()
    langs: Counter[str] = Counter()
    for para in _text_paras(doc):
        for run in para.runs:
            if not run.text.strip():
                continue
            for slot in FONT_SLOTS:
                font = run.fmt.fonts.get(slot, "")
                if font != rules.FONT_NAME:
                    wrong[(slot, font)] += 1
            if run.fmt.lang != rules.LANGUAGE:
                langs[run.fmt.lang] += 1
    for (slot, font), count in sorted(wrong.items()):
        out.add(
            "fonts",
            N_(
                "{count} run(s) use “{found}” in the {slot} font slot; every slot must be "
                "{expected}."
            ),
            font or "—",
            rules.FONT_NAME,
            count=count,
            slot=slot,
        )
    for lang, count in sorted(langs.items()):
        out.add(
            "language",
            N_(
                "{count} run(s) are proofed as “{found}”; Word underlines Vietnamese words unless "
                "the language is {expected}."
            ),
            lang or "—",
            rules.LANGUAGE,
            severity=Severity.WARNING,
            count=count,
        )


def _has_page_field(doc: DocxDocument, part: str) -> bool:
    root = doc.xml_part(part)
    if root is None:
        return False
    codes = " ".join((t.text or "") for t in root.iter(q("w:instrText")))
    codes += " ".join(str(f.get(q("w:instr"), "")) for f in root.iter(q("w:fldSimple")))
    return "PAGE" in codes.upper().split()


def check_page_numbers(doc: DocxDocument, out: Findings) -> None:
    """Page numbers in the header from page 2 on, none on page 1, 13-14 pt, centred."""
    sect = doc.section
    headers: dict[str, str] = {}
    if sect is not None:
        for ref in sect.findall(q("w:headerReference")):
            rid = ref.get(
                "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", ""
            )
            part = doc.part_by_id(str(rid))
            if part:
                headers[wval(ref, "type") or "default"] = part
    title_page = sect is not None and sect.find(q("w:titlePg")) is not None
    default = headers.get("default")
    if default is None or not _has_page_field(doc, default):
        if estimated_pages(doc) < 1.0:
            out.add(
                Role.PAGE_NUMBER,
                N_(
                    "There are no page numbers; the notice seems to fit on one page, but if "
                    "it runs over, the Decree asks for them from page 2 on."
                ),
                "—",
                "PAGE",
                severity=Severity.WARNING,
            )
            return
        out.add(
            Role.PAGE_NUMBER,
            N_(
                "There are no page numbers; the Decree asks for them at the top, centred, from "
                "page 2 on."
            ),
            "—",
            "PAGE",
        )
        return
    first = headers.get("first")
    if not title_page or (first is not None and _has_page_field(doc, first)):
        out.add(
            Role.PAGE_NUMBER,
            N_("A page number is printed on page 1; the Decree shows them from page 2 on."),
            "1",
            "2…",
        )
    paras = [p for p in doc.story_paragraphs(default) if p.runs]
    for para in paras:
        sizes = {r.fmt.size for r in para.runs if r.fmt.size}
        size_range = element(Role.PAGE_NUMBER).size
        if sizes and not all(s in size_range for s in sizes):
            out.add(
                Role.PAGE_NUMBER,
                N_("Page numbers are {found} pt; the Decree asks for {expected} pt."),
                "/".join(f"{s:g}" for s in sorted(sizes)),
                f"{size_range.low:g}–{size_range.high:g}",
            )
        align = element(Role.PAGE_NUMBER).align
        if align and (wval(para.prop("w:jc")) or Align.LEFT) != align:
            out.add(
                Role.PAGE_NUMBER,
                N_("Page numbers are not centred."),
                wval(para.prop("w:jc")) or Align.LEFT,
                align,
            )


def estimated_pages(doc: DocxDocument) -> float:
    """Pages the body would take, from the measured width of its text (no rendering).

    Paragraphs in table cells count once per row (the tallest cell), which is enough to
    tell a one-page notice from a longer one.
    """
    from ucd_desktop.layout.metrics import wrap_text

    width = text_width_pt(doc)
    sect = doc.section
    size = sect.find(q("w:pgSz")) if sect is not None else None
    margins = sect.find(q("w:pgMar")) if sect is not None else None
    height = to_float(wval(size, "h"), rules.A4_HEIGHT_TWIPS, low=0, high=1e6) / 20
    top_default = rules.MARGIN_DEFAULTS["top"] * rules.TWIPS_PER_MM
    bottom_default = rules.MARGIN_DEFAULTS["bottom"] * rules.TWIPS_PER_MM
    top = to_float(wval(margins, "top"), top_default, low=-1e6, high=1e6)
    bottom = to_float(wval(margins, "bottom"), bottom_default, low=-1e6, high=1e6)
    usable = height - (top + bottom) / 20
    total = 0.0
    cells: dict[tuple[int, int], dict[int, float]] = {}
    for para in doc.paragraphs:
        body = rules.BODY_SIZE_DEFAULT
        font = max((r.fmt.size or body for r in para.runs), default=para.base.size or body)
        cell = para.cell_text_twips
        room = cell / 20 if cell is not None else width
        lines = sum(
            len(wrap_text(part, font, max(room - 20, 40))) for part in para.text.split("\n")
        )
        line_rule = para.attr("w:spacing", "lineRule") or "auto"
        line = to_float(para.attr("w:spacing", "line"), 240, low=0, high=1e5)
        factor = line / 240 if line_rule == "auto" else 1.0
        spacing = (
            to_float(para.attr("w:spacing", "before"), low=0, high=1e5)
            + to_float(para.attr("w:spacing", "after"), low=0, high=1e5)
        ) / 20
        tall = lines * font * rules.SINGLE_LINE_EM * factor + spacing
        if para.cell is None:
            total += tall
        else:
            row = cells.setdefault(para.cell[:2], {})
            row[para.cell[2]] = row.get(para.cell[2], 0.0) + tall
    total += sum(max(row.values()) for row in cells.values())
    return total / max(usable, 1.0)


def text_width_pt(doc: DocxDocument) -> float:
    """The width between the margins, in points (A4 and the usual margins by default)."""
    sect = doc.section
    size = sect.find(q("w:pgSz")) if sect is not None else None
    margins = sect.find(q("w:pgMar")) if sect is not None else None

    def twips(el: object, name: str, default: float) -> float:
        value = wval(el, name)
        return to_float(value, default) if value and value.lstrip("-").isdigit() else default

    width = twips(size, "w", rules.A4_WIDTH_MM * rules.TWIPS_PER_MM)
    left = twips(margins, "left", rules.MARGIN_DEFAULTS["left"] * rules.TWIPS_PER_MM)
    right = twips(margins, "right", rules.MARGIN_DEFAULTS["right"] * rules.TWIPS_PER_MM)
    return (width - abs(left) - abs(right)) / 20
