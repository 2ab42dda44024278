"""The laid-out notice: paragraphs, runs and tables with every size and position decided.

``layout.build`` makes one ``DocumentLayout`` from a notice; the .docx writer, the live
preview and the tests all read it, so what the user sees and what Word prints cannot
drift apart. All lengths are in points unless a name says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ucd_desktop.decree.elements import Align, Role, element
from ucd_desktop.decree.numbers import (
    A4_HEIGHT_MM,
    A4_WIDTH_MM,
    FOOTER_DISTANCE_MM,
    HEADER_DISTANCE_MM,
    LANGUAGE,
    mm_to_pt,
)

__all__ = [
    "Align",
    "Block",
    "Cell",
    "DocumentLayout",
    "PageGeometry",
    "Para",
    "Row",
    "Run",
    "TableBlock",
    "VAlign",
    "styled",
]


class VAlign(StrEnum):
    TOP = "top"
    BOTTOM = "bottom"


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    #: A PAGE field instead of text (page numbers).
    page_field: bool = False


def styled(text: str, role: Role) -> Run:
    """``text`` in the weight and slant the Decree gives ``role`` (plain where the
    drafter's own emphasis decides)."""
    spec = element(role)
    return Run(text, bold=bool(spec.bold), italic=bool(spec.italic))


@dataclass
class Para:
    runs: list[Run]
    size: float
    align: Align = Align.LEFT
    first_indent: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    #: Multiple of single line spacing.
    line_spacing: float = 1.0
    keep_next: bool = False
    keep_lines: bool = False
    #: The paragraph starts a new page (each appendix does).
    page_break_before: bool = False
    #: A solid line along the top of the paragraph, from left to right indent.
    border_top: bool = False
    #: A single-line box around the text (urgency and secrecy marks).
    box: bool = False
    #: What the paragraph is, for tests, the checker and the preview.
    role: Role | None = None
    #: The field path the text came from, so the preview can focus that field.
    source: str = ""

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def is_rule(self) -> bool:
        return self.role is not None and self.role.is_rule


@dataclass
class Cell:
    paras: list[Para]
    width: float
    v_align: VAlign = VAlign.TOP


@dataclass
class Row:
    cells: list[Cell]
    #: Word must not break the row across pages.
    cant_split: bool = True
    #: A heading row, repeated at the top of each page.
    header: bool = False


@dataclass
class TableBlock:
    widths: list[float]
    rows: list[Row]
    #: Visible grid (body tables) or none at all (layout tables).
    borders: bool = False
    role: Role | None = None
    #: Cell padding left and right, in points.
    cell_padding: float = 0.0


Block = Para | TableBlock


@dataclass(frozen=True)
class PageGeometry:
    margin_top_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    margin_right_mm: float
    width_mm: float = A4_WIDTH_MM
    height_mm: float = A4_HEIGHT_MM
    header_distance_mm: float = HEADER_DISTANCE_MM
    footer_distance_mm: float = FOOTER_DISTANCE_MM

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.margin_left_mm - self.margin_right_mm

    @property
    def text_width(self) -> float:
        return mm_to_pt(self.text_width_mm)

    @property
    def text_height(self) -> float:
        return mm_to_pt(self.height_mm - self.margin_top_mm - self.margin_bottom_mm)


@dataclass
class DocumentLayout:
    page: PageGeometry
    blocks: list[Block]
    #: The page-number paragraph, shown in the header from page 2 on.
    page_number: Para
    #: Contact lines at the foot of page 1 (may be empty).
    first_page_footer: list[Para] = field(default_factory=list)
    title: str = ""
    author: str = ""
    language: str = LANGUAGE

    def paragraphs(self) -> list[Para]:
        """Every paragraph in reading order, table cells included."""
        out: list[Para] = []
        for block in self.blocks:
            if isinstance(block, Para):
                out.append(block)
            else:
                for row in block.rows:
                    for cell in row.cells:
                        out.extend(cell.paras)
        return out

    def by_role(self, role: Role) -> list[Para]:
        return [p for p in self.paragraphs() if p.role == role]
