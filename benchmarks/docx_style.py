"""Decree 30 formatting with python-docx's public API, for the two alternatives measured.

Both the docxtpl template (text holding Jinja tags) and the direct python-docx build
(text holding the notice) are made with these helpers, so the two carry the same styles,
page set-up, header table, rules, body paragraphs and signature table as the app's own
export. Only what python-docx has no public API for is written as XML elements: paragraph
borders (the rules under the motto, the issuing body and the summary), rows that may not
split, cell margins and the PAGE field.

Widths and rule lengths are those of the app's layout of the example notice (twips), as a
designer would measure them once when drawing the template in Word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

__all__ = [
    "BODY",
    "HEADER_WIDTHS",
    "HEADING",
    "RULE_INDENTS",
    "Fmt",
    "RunSpec",
    "add_layout_table",
    "fill",
    "rule",
    "setup_document",
]

FONT = "Times New Roman"
#: Header and signature tables: left and right column, twips (9354 = the text width).
HEADER_WIDTHS = (3703, 5651)
#: Left and right indents of each short rule, twips.
RULE_INDENTS = {"issuing": 1362, "motto": 1112, "summary": 2836}

#: (text, bold, italic)
RunSpec = tuple[str, bool, bool]


class Container(Protocol):
    """What paragraphs are added to: the document, a table cell, a header or footer."""

    @property
    def paragraphs(self) -> list[Paragraph]: ...

    def add_paragraph(self) -> Paragraph: ...


@dataclass(frozen=True)
class Fmt:
    size: float = 14.0
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT
    first_indent: float = 0.0  # points
    before: float = 0.0
    after: float = 0.0
    line: float = 1.0
    keep_next: bool = False


BODY = Fmt(14.0, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=36.0, before=6.0, line=1.15)
#: A section heading ("I. ...") is a body paragraph kept with the next one.
HEADING = replace(BODY, keep_next=True)


def _fonts(rpr_parent: Any) -> None:
    """All four font slots and the Vietnamese language on a style's run properties."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    lang.set(qn("w:eastAsia"), "vi-VN")
    rpr.append(lang)


def setup_document(doc: DocumentObject, *, footer_lines: Sequence[str] = ()) -> None:
    """Normal style, A4 with the Decree's margins, page numbers from page 2 on."""
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    _fonts(normal.element)
    pf = normal.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.0
    # Saved in Word's current format, as a template drawn in Word today would be
    # (python-docx's default document says Word 2010, mode 14).
    for setting in doc.settings.element.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Twips(11906), Twips(16838)  # A4
    # 20 / 20 / 30 / 15 mm, rounded up to whole twips so that they stay inside the Decree's
    # ranges (Mm(15) would be 850 twips: 14.99 mm, which a checker rightly reports).
    section.top_margin, section.bottom_margin = Twips(1134), Twips(1134)
    section.left_margin, section.right_margin = Twips(1701), Twips(851)
    section.header_distance, section.footer_distance = Mm(10), Mm(8)
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    number._p.append(field)
    first_footer = section.first_page_footer
    fill(first_footer, [Fmt(11.0)] * len(footer_lines), [[(t, False, False)] for t in footer_lines])


def _format(p: Paragraph, runs: Sequence[RunSpec], fmt: Fmt) -> Paragraph:
    pf = p.paragraph_format
    pf.alignment = fmt.align
    pf.space_before, pf.space_after = Pt(fmt.before), Pt(fmt.after)
    # An empty paragraph (a rule, the tail) is as high as its mark: give it an exact height,
    # python-docx having no API for the mark's own size.
    pf.line_spacing = fmt.line if runs else Pt(fmt.size * 1.15)
    if fmt.first_indent:
        pf.first_line_indent = Pt(fmt.first_indent)
    if fmt.keep_next:
        pf.keep_with_next = True
    for text, bold, italic in runs:
        run = p.add_run(text)
        run.font.size = Pt(fmt.size)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
    return p


def fill(
    container: Container,
    fmts: Sequence[Fmt],
    paras: Sequence[Sequence[RunSpec]],
) -> list[Paragraph]:
    """Add one paragraph per entry; a table cell's (or a header's) first, empty paragraph
    is used for the first entry, as typing into it in Word would."""
    out: list[Paragraph] = []
    existing: list[Paragraph] = list(container.paragraphs)
    reuse = (
        not isinstance(container, DocumentObject)
        and len(existing) == 1
        and not existing[0].text
        and not existing[0].runs
    )
    for i, (fmt, runs) in enumerate(zip(fmts, paras, strict=True)):
        p = existing[0] if i == 0 and reuse else container.add_paragraph()
        out.append(_format(p, runs, fmt))
    return out


def rule(container: Container, indent_twips: int, before: float, after: float = 0.0) -> Paragraph:
    """A short solid line: an empty 2 pt paragraph with a top border, indented both sides."""
    (p,) = fill(container, [Fmt(2.0, WD_ALIGN_PARAGRAPH.CENTER, before=before, after=after)], [[]])
    pf = p.paragraph_format
    pf.left_indent = pf.right_indent = Twips(indent_twips)
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "0"), ("color", "000000")):
        top.set(qn(f"w:{key}"), value)
    borders.append(top)
    ppr = p._p.get_or_add_pPr()
    # pBdr must come before w:spacing in w:pPr (Word repairs files out of schema order).
    spacing = ppr.find(qn("w:spacing"))
    if spacing is not None:
        spacing.addprevious(borders)
    else:
        ppr.append(borders)
    return p


def add_layout_table(doc: DocumentObject, rows: int) -> Table:
    """A borderless two-column table with fixed widths, no cell padding, rows kept whole."""
    table: Table = doc.add_table(rows=rows, cols=2)
    table.autofit = False
    for col, width in zip(table.columns, HEADER_WIDTHS, strict=True):
        col.width = Twips(width)
        for cell in col.cells:
            cell.width = Twips(width)
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        m = OxmlElement(f"w:{edge}")
        m.set(qn("w:w"), "0")
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    look = tbl_pr.find(qn("w:tblLook"))  # w:tblCellMar goes before it, in schema order
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return table


def bottom_aligned(cells: Sequence[_Cell]) -> None:
    for cell in cells:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
