"""The three rules: under the issuing body and the summary (1/3 to 1/2 of the text above
them) and under the motto (as long as the motto). A rule is a drawn line, a paragraph
border (its length is the paragraph's width less its indents) or, wrongly, typed dashes."""

from __future__ import annotations

from ucd_desktop.checking.elements import para_size
from ucd_desktop.checking.findings import Findings
from ucd_desktop.checking.page import text_width_pt
from ucd_desktop.decree import Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.i18n import N_
from ucd_desktop.layout.metrics import text_width, wrap_text
from ucd_desktop.model.problems import Severity
from ucd_desktop.reading.docx_doc import DocxDocument, ParaInfo
from ucd_desktop.reading.docx_read import has_border, para_text
from ucd_desktop.reading.docx_styles import q, wval
from ucd_desktop.reading.lines import is_typed_rule
from ucd_desktop.reading.walls import to_float

__all__ = ["MOTTO_RULE_TOLERANCE", "check_rules", "text_width_pt"]

#: How far the motto's rule may differ from the motto's own length (share of it).
MOTTO_RULE_TOLERANCE = 0.08
_RATIO_SLACK = 0.02


def _rule_length(
    para: ParaInfo, container: float, owner: Role = Role.ISSUING_BODY
) -> tuple[float, bool] | None:
    """(length in pt, typed as characters) of the rule in ``para``, None if it has none.

    Typed dashes without a size of their own are measured at ``owner``'s size.
    """
    if para.drawn_lines:
        return max(para.drawn_lines), False
    if has_border(para, "top") or has_border(para, "bottom"):
        # Word draws the border from indent to indent of the text area: the cell's width
        # less its margins (108 twips a side unless set), pushed out by the space and
        # width of a left or right border when there is one.
        cell = para.cell_text_twips
        width = cell / 20 if cell is not None else container
        left = to_float(para.attr("w:ind", "left") or para.attr("w:ind", "start")) / 20
        right = to_float(para.attr("w:ind", "right") or para.attr("w:ind", "end")) / 20
        return max(width - left - right + _side_borders(para), 0.0), False
    text = para_text(para).strip()
    if text and is_typed_rule(text):
        return text_width(text, _size(para, owner)), True
    return None


def _side_borders(para: ParaInfo) -> float:
    """Points a left and a right border add to a top or bottom one (space + width)."""
    borders = para.prop("w:pBdr")
    extra = 0.0
    for edge in ("left", "right"):
        el = borders.find(q(f"w:{edge}")) if borders is not None else None
        if el is not None and (wval(el) or "nil") not in ("nil", "none"):
            extra += to_float(wval(el, "space")) + to_float(wval(el, "sz")) / 8
    return extra


def _size(para: ParaInfo, role: Role) -> float:
    """The size of ``para``'s text, or the Decree's for ``role`` when it has none."""
    return para_size(para) or element(role).default_size


def _widest(paras: list[ParaInfo], width: float, owner: Role) -> float:
    widest = 0.0
    for para in paras:
        size = _size(para, owner)
        bold = all(r.fmt.bold for r in para.runs if r.text.strip())
        for line in para_text(para).split("\n"):
            for piece in wrap_text(line.strip(), size, width, bold=bold):
                widest = max(widest, text_width(piece, size, bold=bold))
    return widest


def _find_rule(
    doc: DocxDocument, roles: dict[int, Role], role: Role, owner: Role
) -> ParaInfo | None:
    for para in doc.paragraphs:
        if roles.get(para.index) == role:
            return para
    owners = [p for p in doc.paragraphs if roles.get(p.index) == owner]
    for para in reversed(owners):
        if para.drawn_lines or has_border(para, "bottom"):
            return para
    return None


def check_rules(doc: DocxDocument, roles: dict[int, Role], out: Findings) -> None:
    page_width = text_width_pt(doc)
    for rule_role, owner in (
        (Role.RULE_ISSUER, Role.ISSUING_BODY),
        (Role.RULE_MOTTO, Role.MOTTO),
        (Role.RULE_SUMMARY, Role.SUMMARY),
    ):
        owners = [p for p in doc.paragraphs if roles.get(p.index) == owner]
        if not owners:
            continue  # the missing element itself is reported elsewhere
        container = (owners[0].cell_text_twips or page_width * 20) / 20
        rule = _find_rule(doc, roles, rule_role, owner)
        measured = _rule_length(rule, container, owner) if rule is not None else None
        if measured is None:
            out.add(
                rule_role,
                N_("The rule is missing; the Decree draws a solid line here."),
                "—",
                N_("a solid line"),
            )
            continue
        length, typed = measured
        if typed:
            out.add(
                rule_role,
                N_("The rule is typed as characters; the Decree asks for a drawn line."),
                N_("dashes or underscores"),
                N_("a solid line"),
                paragraph=rule.index if rule else -1,
            )
        mm = rules.pt_to_mm(length)
        if owner is Role.MOTTO:
            size = _size(owners[0], owner)
            motto = text_width(para_text(owners[0]).strip(), size, bold=True)
            if motto and abs(length - motto) > MOTTO_RULE_TOLERANCE * motto:
                out.add(
                    rule_role,
                    N_(
                        "The rule is {found} long; the Decree asks for it as long as the motto "
                        "({expected})."
                    ),
                    f"{mm:.1f} mm",
                    f"{rules.pt_to_mm(motto):.1f} mm",
                    paragraph=rule.index if rule else -1,
                )
            continue
        text = _widest(owners, container, owner)
        if not text:
            continue
        ratio = length / text
        low, high = rules.SHORT_RULE_RATIO.low, rules.SHORT_RULE_RATIO.high
        if not low - _RATIO_SLACK <= ratio <= high + _RATIO_SLACK:
            out.add(
                rule_role,
                N_(
                    "The rule is {found} long, {share:.0%} of the text above it; the Decree asks "
                    "for {expected}."
                ),
                f"{mm:.1f} mm",
                f"{rules.pt_to_mm(text * low):.1f}–{rules.pt_to_mm(text * high):.1f} mm",
                severity=Severity.ERROR,
                paragraph=rule.index if rule else -1,
                share=ratio,
            )
