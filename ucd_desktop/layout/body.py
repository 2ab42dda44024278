"""The body: opening, lead-in, numbered items, tables and the closing.

Every item is its own justified paragraph with a first-line indent (a manual line break
inside a justified paragraph would stretch that line across the page); a newline typed
inside a field starts a new paragraph. The last paragraph ends with "./.".
"""

from __future__ import annotations

from ucd_desktop.decree import Case, Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.decree.numbers import MARGIN_RANGES
from ucd_desktop.layout.blocks import Align, Block, Cell, Para, Row, Run, TableBlock
from ucd_desktop.layout.linebreak import break_lines
from ucd_desktop.layout.metrics import metrics, text_width
from ucd_desktop.layout.punctuation import with_final_mark
from ucd_desktop.model.inline import parse_inline, plain_text
from ucd_desktop.model.notice import (
    TITLE_MARKS,
    BodyItem,
    ItemKind,
    Notice,
    PageSetup,
    Table,
    TitleEnd,
)
from ucd_desktop.model.numbering import item_labels
from ucd_desktop.model.paths import item_path

__all__ = ["body_blocks", "column_widths", "item_blocks", "table_text_size", "title_mark"]

#: A title ending in one of these gets no ":" or "." added.
TITLE_PUNCTUATION = TITLE_MARKS

TABLE_CELL_PADDING = 4.0


def table_text_size() -> float:
    return element(Role.TABLE_CELL).default_size


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def _runs(text: str, *, bold: bool = False) -> list[Run]:
    return [Run(s.text, s.bold or bold, s.italic) for s in parse_inline(text)]


def _merged(runs: list[Run]) -> list[Run]:
    """``runs`` with neighbours of the same style joined (fewer, longer runs in the file)."""
    out: list[Run] = []
    for run in runs:
        if not run.text and not run.page_field:
            continue
        last = out[-1] if out else None
        if last and (last.bold, last.italic, last.page_field) == (run.bold, run.italic, False):
            out[-1] = Run(last.text + run.text, run.bold, run.italic)
        else:
            out.append(run)
    return out


class _Body:
    def __init__(self, page: PageSetup, text_width: float) -> None:
        self.size = page.body_size
        self.indent = rules.mm_to_pt(page.first_line_indent_cm * 10)
        self.spacing = page.paragraph_spacing_pt
        self.line = page.line_spacing
        self.text_width = text_width
        # The tallest a row may be and still be kept on one page (the margins as set,
        # the page-number header from page 2 on).
        margins = MARGIN_RANGES["top"].clamp(page.margin_top_mm) + MARGIN_RANGES["bottom"].clamp(
            page.margin_bottom_mm
        )
        self.row_room = rules.mm_to_pt(rules.A4_HEIGHT_MM - margins) - PAGE_HEAD_ROOM
        self.blocks: list[Block] = []

    def para(self, runs: list[Run], role: Role, source: str, *, keep_next: bool = False) -> Para:
        spec = element(role)
        if spec.bold or spec.italic:  # the Decree's weight over the drafter's emphasis
            bold, italic = bool(spec.bold), bool(spec.italic)
            runs = _merged([Run(r.text, r.bold or bold, r.italic or italic) for r in runs])
        p = Para(
            runs,
            spec.size.clamp(self.size),
            spec.align or Align.JUSTIFY,
            first_indent=self.indent,
            space_before=self.spacing,
            line_spacing=self.line,
            keep_next=keep_next,
            role=role,
            source=source,
        )
        self.blocks.append(p)
        return p

    def text(self, text: str, role: Role, source: str) -> None:
        for chunk in _paragraphs(text):
            self.para(_runs(chunk), role, source)

    def item(self, item: BodyItem, label: str) -> None:
        source = item_path(item)
        kind = item.kind
        if kind is ItemKind.TABLE:
            if item.table is not None:
                self.add_table(item.table, source)
            return
        chunks = _paragraphs(item.text)
        # A title is one heading: lines typed into it are joined, not split.
        title = " ".join(_paragraphs(item.title))
        if kind is ItemKind.SECTION:
            if element(Role.SECTION).case is Case.UPPER:
                title = title.upper()
            heading = [Run(f"{label} " if title else label), *_runs(title)]
            self.para(_merged(heading), Role.SECTION, item_path(item, "title"), keep_next=True)
            for chunk in chunks:
                self.para(_runs(chunk), Role.BODY, source)
            return
        bold_label = bool(title) and kind is not ItemKind.BULLET
        first: list[Run] = [Run(f"{label} ", bold=bold_label)] if label else []
        role = Role(kind.value)
        if title:
            # Every kind prints its title, bold (a clause made into a bullet keeps the
            # title it had): text the drafter typed never silently disappears.
            first += _runs(title, bold=True)
            if chunks and item.title_end is TitleEnd.PARAGRAPH:
                self.para(_merged(first), role, source, keep_next=True)
                for chunk in chunks:
                    self.para(_runs(chunk), Role.BODY, source)
                return
            if chunks:
                # Never "Về công tác chỉ đạo Giao các sở…": a mark between them.
                first.append(Run(title_mark(item, chunks[0]), bold=True))
                first.append(Run(" "))
        if not chunks:
            if first:
                self.para(_merged(first), role, source, keep_next=bool(title))
            return
        self.para(_merged(first + _runs(chunks[0])), role, source)
        for chunk in chunks[1:]:
            self.para(_runs(chunk), Role.BODY, source)

    def add_table(self, table: Table, source: str) -> None:
        if self.blocks and isinstance(self.blocks[-1], TableBlock):
            # Two tables in a row would merge into one in Word; keep them apart.
            self.blocks.append(Para([], 2.0, space_before=self.spacing, role=Role.SPACER))
        elif self.blocks and isinstance(self.blocks[-1], Para):
            # The paragraph introducing a table never stays behind at the foot of a page.
            self.blocks[-1].keep_next = True
        self.blocks.append(self.table(table, source))

    def table(self, table: Table, source: str) -> TableBlock:
        columns = max(table.columns, 1)
        weights = (list(table.widths) + [1.0] * columns)[:columns]
        widths = column_widths(weights, _longest_words(table, columns), self.text_width)
        rows: list[Row] = []
        for r, cells in enumerate(table.rows):
            heading = r < table.header_rows
            row_cells = []
            for c in range(columns):
                text = cells[c] if c < len(cells) else ""
                paras = [
                    Para(
                        _runs(chunk, bold=heading),
                        table_text_size(),
                        Align.CENTER if heading else Align.LEFT,
                        space_before=2.0,
                        space_after=2.0,
                        role=Role.TABLE_CELL,
                        source=source,
                    )
                    for chunk in (_paragraphs(text) or [""])
                ]
                row_cells.append(Cell(paras, widths[c]))
            # A row taller than a page could not print if it could not split: only
            # heading rows and rows that fit on a page are kept whole.
            short = _row_height(row_cells) <= self.row_room
            rows.append(Row(row_cells, cant_split=heading or short, header=heading))
        return TableBlock(
            widths, rows, borders=True, role=Role.BODY_TABLE, cell_padding=TABLE_CELL_PADDING
        )


#: Room kept for the page number above the text of pages 2 on, and for the row's grid
#: lines (pt): a row this much shorter than the text height still fits on a page.
PAGE_HEAD_ROOM = 24.0


def _row_height(cells: list[Cell]) -> float:
    """The height of the row's tallest cell: its lines, its paragraphs' spacing."""
    tallest = 0.0
    for c in cells:
        inner = max(c.width - 2 * TABLE_CELL_PADDING, 1.0)
        height = sum(
            _line_count(p, inner) * metrics().line_height(p.size, p.line_spacing)
            + p.space_before
            + p.space_after
            for p in c.paras
        )
        tallest = max(tallest, height)
    return tallest


def title_mark(item: BodyItem, text: str) -> str:
    """What is printed after ``item``'s title when ``text`` follows it on the same line:
    its ``title_end`` (":" or "."), or nothing when the title already ends in punctuation
    or the text starts with some."""
    title = plain_text(item.title).rstrip()
    if item.title_end is TitleEnd.PARAGRAPH or not title or not text.strip():
        return ""
    marks = tuple(TITLE_PUNCTUATION)
    if title.endswith(marks) or plain_text(text).lstrip().startswith(marks):
        return ""
    return item.title_end.value


def _longest_words(table: Table, columns: int) -> list[float]:
    """The widest word of each column, as laid out (heading rows in bold)."""
    out = [0.0] * columns
    for r, cells in enumerate(table.rows):
        for c, text in enumerate(cells[:columns]):
            for span in parse_inline(text):
                bold = span.bold or r < table.header_rows
                for word in span.text.split():
                    w = text_width(word, table_text_size(), bold=bold, italic=span.italic)
                    out[c] = max(out[c], w)
    return out


def column_widths(weights: list[float], words: list[float], total: float) -> list[float]:
    """Widths adding up to ``total``, in proportion to ``weights`` (non-positive counts
    as 1), but each at least as wide as its longest word plus the cell padding, so
    "STT" does not break into "ST" / "T". If even that cannot be done, the columns
    share the width in proportion to their longest words."""
    weights = [w if w > 0 else 1.0 for w in weights]
    # As shares of the largest: a weight of 1e305 (a hand-edited draft) must not
    # overflow the arithmetic below to infinity.
    top = max(weights, default=1.0)
    weights = [w / top for w in weights]
    mins = [w + 2 * TABLE_CELL_PADDING + 1.0 for w in words]
    if sum(mins) > total:
        return [total * m / sum(mins) for m in mins]
    fixed: dict[int, float] = {}
    widths: dict[int, float] = {}
    # Each round pins the columns that came out too narrow; at least one column stays
    # free, since the minimums add up to less than the total.
    for _round in weights:
        free = [i for i in range(len(weights)) if i not in fixed]
        room = total - sum(fixed.values())
        share = sum(weights[i] for i in free)
        widths = {i: room * weights[i] / share for i in free}
        short = {i: mins[i] for i, w in widths.items() if w < mins[i] - 1e-9}
        if not short:
            break
        fixed.update(short)
    return [fixed.get(i, widths.get(i, 0.0)) for i in range(len(weights))]


def item_blocks(items: list[BodyItem], page: PageSetup, text_width: float) -> list[Block]:
    """Numbered items laid out exactly as in the body (an appendix's content)."""
    body = _Body(page, text_width)
    for item, label in zip(items, item_labels(items), strict=True):
        body.item(item, label)
    return body.blocks


def body_blocks(notice: Notice, text_width: float) -> list[Block]:
    """The body paragraphs and tables, the last paragraph ending "./." and kept with the
    signature block that follows it."""
    body = _Body(notice.page, text_width)
    body.text(notice.opening, Role.OPENING, "opening")
    body.text(notice.lead_in, Role.LEAD_IN, "lead_in")
    for item, label in zip(notice.body, item_labels(notice.body), strict=True):
        body.item(item, label)
    body.text(notice.closing, Role.CLOSING, "closing")
    last = next((b for b in reversed(body.blocks) if isinstance(b, Para)), None)
    if last is None or body.blocks[-1] is not last:
        # The body is empty or ends in a table: the final mark needs a paragraph.
        last = body.para([Run("")], Role.CLOSING, "closing")
    _finish(last)
    _keep_two_lines(body.blocks, text_width)
    return body.blocks


#: The signature block never starts a page with less of the notice above it.
LINES_WITH_SIGNATURE = 2


def _line_count(p: Para, width: float) -> int:
    return len(
        break_lines(
            p.runs,
            p.size,
            p.align,
            width,
            first_indent=p.first_indent,
            left_indent=p.left_indent,
            right_indent=p.right_indent,
        )
    )


def _keep_two_lines(blocks: list[Block], width: float) -> None:
    """Keep at least ``LINES_WITH_SIGNATURE`` lines of text with the signature block.

    The last paragraph is kept with the block (keep-with-next takes its last line, and
    widow control one more when it breaks). A paragraph of one line is not enough: the
    paragraphs before it are kept with it too, until they hold two lines together.
    """
    lines = 0
    for block in reversed(blocks):
        if not isinstance(block, Para) or block.role is Role.SPACER:
            return
        block.keep_next = True
        lines += _line_count(block, width)
        if lines >= LINES_WITH_SIGNATURE:
            return


def _finish(last: Para) -> None:
    """Put "./." at the end of ``last`` and keep it with the signature block."""
    runs = [r for r in last.runs if r.text]
    if runs:
        end = runs[-1]
        marked = with_final_mark(end.text)
        if marked.endswith("./."):
            runs[-1] = Run(marked, end.bold, end.italic)
        else:
            runs.append(Run("./."))
    else:
        runs = [Run("./.")]
    last.runs = runs
    last.keep_next = True
