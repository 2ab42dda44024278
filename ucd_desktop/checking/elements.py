"""Size, weight, slant, alignment, indent and spacing of each recognised element.

Expectations come from the Decree's element table (``decree.ELEMENTS``), the one the
layout builds from. Departures are
grouped by element and property ("9 recipient lines are 12 pt"), so a document typed
in the wrong size everywhere gives a few clear lines, not hundreds.
"""

from __future__ import annotations

from ucd_desktop.checking.findings import Findings
from ucd_desktop.checking.page import text_width_pt
from ucd_desktop.decree import BODY_ROLES, ELEMENTS, Align, ElementSpec, Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.layout.metrics import wrap_text
from ucd_desktop.reading.docx_doc import DocxDocument, ParaInfo
from ucd_desktop.reading.docx_styles import wval
from ucd_desktop.reading.walls import to_int

__all__ = ["BODY_ROLES", "check_elements", "para_size"]

_ALIGN: dict[str, str] = {
    Align.CENTER: N_("centred"),
    Align.JUSTIFY: N_("justified"),
    Align.LEFT: N_("left"),
    Align.RIGHT: N_("right"),
}


def _text_runs(para: ParaInfo) -> list[tuple[str, float | None, bool, bool]]:
    return [(r.text, r.fmt.size, r.fmt.bold, r.fmt.italic) for r in para.runs if r.text.strip()]


def para_size(para: ParaInfo) -> float | None:
    sizes = [s for _t, s, _b, _i in _text_runs(para) if s]
    return max(set(sizes), key=sizes.count) if sizes else None


class _Tally:
    """Departures grouped by (role, property, found)."""

    def __init__(self) -> None:
        self.groups: dict[tuple[str, str, str], tuple[int, int, str, str]] = {}

    def add(self, role: str, prop: str, found: str, expected: str, para: ParaInfo) -> None:
        key = (role, prop, found)
        count, first, _f, _e = self.groups.get(key, (0, para.index, found, expected))
        self.groups[key] = (count + 1, first, found, expected)


_MESSAGES = {
    "size": N_("{count} paragraph(s) in {found} pt; the Decree asks for {expected} pt."),
    "bold": N_("{count} paragraph(s) are {found}; the Decree asks for {expected}."),
    "italic": N_("{count} paragraph(s) are {found}; the Decree asks for {expected}."),
    "align": N_("{count} paragraph(s) are {found}; the Decree asks for them {expected}."),
    "indent": N_(
        "{count} paragraph(s) have a first-line indent of {found}; the Decree asks for {expected}."
    ),
    "spacing": N_(
        "{count} paragraph(s) have {found} before them; the Decree asks for at least {expected}."
    ),
    "line": N_("{count} paragraph(s) have line spacing {found}; the Decree asks for {expected}."),
}


def _weight(value: bool, kind: str) -> str:
    if kind == "bold":
        return N_("bold") if value else N_("not bold")
    return N_("italic") if value else N_("upright")


def _one_line(para: ParaInfo, width: float) -> bool:
    """A paragraph that fits on one line looks the same justified or not."""
    size = para_size(para) or element(Role.BODY).default_size
    cell = para.cell_text_twips
    room = (cell / 20 if cell is not None else width) - 36.0
    return len(wrap_text(para.text.strip(), size, room)) <= 1


def _check_style(para: ParaInfo, role: str, spec: ElementSpec, tally: _Tally, width: float) -> None:
    runs = _text_runs(para)
    if not runs:
        return
    rng = spec.size
    sizes = {s for _t, s, _b, _i in runs if s is not None}
    bad = sorted(s for s in sizes if s not in rng)
    if bad or not sizes:
        found = "/".join(f"{s:g}" for s in bad) if bad else "?"
        expected = f"{rng.low:g}" if rng.low == rng.high else f"{rng.low:g}–{rng.high:g}"
        tally.add(role, "size", found, expected, para)
    for kind, want in (("bold", spec.bold), ("italic", spec.italic)):
        if want is None:
            continue
        values = [b if kind == "bold" else i for _t, _s, b, i in runs]
        if want and not all(values):
            tally.add(role, kind, _weight(False, kind), _weight(True, kind), para)
        elif not want and any(values):
            tally.add(role, kind, _weight(True, kind), _weight(False, kind), para)
    if spec.align:
        align = wval(para.prop("w:jc")) or "left"
        align = {"start": "left", "end": "right", "distribute": "both"}.get(align, align)
        if align != spec.align and not (spec.align is Align.JUSTIFY and _one_line(para, width)):
            tally.add(role, "align", _ALIGN.get(align, align), _ALIGN[spec.align], para)


def _twips(para: ParaInfo, tag: str, name: str) -> int | None:
    value = para.attr(tag, name)
    try:
        return to_int(value) if value is not None else None
    except ValueError:
        return None


def _check_body(para: ParaInfo, previous_after: int, tally: _Tally, role: str) -> int:
    """Indent, spacing and line spacing of a body paragraph; returns its space after."""
    first = _twips(para, "w:ind", "firstLine") or 0
    hanging = _twips(para, "w:ind", "hanging") or 0
    cm = (first - hanging) / rules.TWIPS_PER_MM / 10
    if all(abs(cm - v) > 0.03 for v in rules.FIRST_LINE_INDENTS_CM):
        expected = " / ".join(f"{v:g} cm" for v in rules.FIRST_LINE_INDENTS_CM)
        tally.add(Role.BODY, "indent", f"{cm:.2f} cm", expected, para)
    before = _twips(para, "w:spacing", "before") or 0
    after = _twips(para, "w:spacing", "after") or 0
    if (
        role != Role.OPENING
        and (before + previous_after) / 20 < rules.MIN_PARAGRAPH_SPACING_PT - 0.01
    ):
        found = f"{(before + previous_after) / 20:g} pt"
        tally.add(Role.BODY, "spacing", found, f"{rules.MIN_PARAGRAPH_SPACING_PT:g} pt", para)
    rule = para.attr("w:spacing", "lineRule") or "auto"
    line = _twips(para, "w:spacing", "line")
    low, high = rules.LINE_SPACING.low, rules.LINE_SPACING.high
    expected = f"{low:g}–{high:g}"
    if rule == "exact" and line is not None:
        tally.add(Role.BODY, "line", f"{line / 20:g} pt (exact)", expected, para)
    elif rule == "auto" and line is not None and (line / 240) not in rules.LINE_SPACING:
        tally.add(Role.BODY, "line", f"{line / 240:.2f}", expected, para)
    return after


def check_elements(
    doc: DocxDocument, roles: dict[int, Role], out: Findings, mixed: set[int] | None = None
) -> None:
    """Style of each paragraph with a role; ``mixed`` paragraphs (several elements typed
    side by side, reported on their own) are left out."""
    tally = _Tally()
    previous_after = 0
    width = text_width_pt(doc)
    for para in doc.paragraphs:
        role = roles.get(para.index)
        if role is None or (mixed and para.index in mixed):
            continue
        spec = ELEMENTS.get(role)
        if spec is None:
            continue
        key = role if role not in BODY_ROLES or role == Role.SECTION else Role.BODY
        _check_style(para, key, spec, tally, width)
        if role in BODY_ROLES and para.text.strip():
            previous_after = _check_body(para, previous_after, tally, role)
    for (name, prop, _found), (count, first, found, expected) in tally.groups.items():
        out.add(name, _MESSAGES[prop], _(found), _(expected), paragraph=first, count=count)
