"""DocumentLayout -> A4 pages of positioned text, rules and boxes, as Word would print them.

Qt-free: the live preview paints these pages, tests measure them. All lengths are in
points from the top-left corner of the page; a text item's ``y`` is its baseline.

Word's page-making modelled here (checked line by line against LibreOffice renderings of
the .docx, see tools/preview_png.py):

- a line is ``FontMetrics.line_height(size, spacing)`` tall; its baseline sits the font's
  line gap plus ascent below the line's top (extra spacing goes under the text), and the
  last line on a page only needs its single-spaced part to fit;
- the space between two paragraphs is the larger of the first one's space after and the
  second one's space before; at the top of pages 2+ the space before is dropped, and a
  space after never pushes anything to the next page;
- widow/orphan control (Word's Normal style): never one line of a paragraph alone at the
  foot or the head of a page; keep-lines and keep-with-next paragraphs never split;
- keep-with-next: when a block has to start a new page, the chain of keep-with-next
  paragraphs just before it goes along (unless the chain starts at the top of a page);
- table rows are stacked at fixed column widths, each under its top grid line; a
  cant-split row that does not fit goes to the next page (and is cut between lines there
  if taller than a page); heading rows repeat on each page the table continues on and
  never stay alone at the foot of a page;
- a page-break-before paragraph starts a new page unless it already heads one;
- page 2 on carry the page number in the header; page 1 the footer, whose top can push
  the body's foot up.

Breaking paragraphs into lines is ``layout.linebreak``; sizes of paragraphs and rows are
``layout.measure``; the items of a page are made lazily (``layout.pageitems``).
"""

from __future__ import annotations

from ucd_desktop.decree.numbers import mm_to_pt
from ucd_desktop.layout.blocks import DocumentLayout, Para, TableBlock
from ucd_desktop.layout.measure import MeasuredPara, MeasuredRow, MeasuredTable, measure_para
from ucd_desktop.layout.pageitems import (
    Area,
    BoxItem,
    Page,
    RuleItem,
    TextItem,
    para_job,
    row_job,
)

__all__ = ["Area", "BoxItem", "Page", "RuleItem", "TextItem", "paginate"]

#: The writer puts this tiny paragraph between two tables and after a final table.
TAIL_SIZE = 2.0
_EPS = 0.01
_State = tuple[int, int, int, float, float, bool]


class _Flow:
    """Places measured blocks on pages; records slices, emits items at the end."""

    def __init__(self, layout: DocumentLayout) -> None:
        g = layout.page
        self.layout = layout
        self.width, self.height = mm_to_pt(g.width_mm), mm_to_pt(g.height_mm)
        self.left = mm_to_pt(g.margin_left_mm)
        self.text_width = g.text_width
        head = measure_para(layout.page_number, self.left, self.text_width, "2")
        self.head_y = mm_to_pt(g.header_distance_mm)
        self.top = max(mm_to_pt(g.margin_top_mm), self.head_y + head.height(0, len(head.lines)))
        self.bottom = self.height - mm_to_pt(g.margin_bottom_mm)
        self.footer = [
            measure_para(p, self.left, self.text_width) for p in layout.first_page_footer
        ]
        foot_h = sum(f.block_height() for f in self.footer)
        self.foot_y = self.height - mm_to_pt(g.footer_distance_mm) - foot_h
        self.first_bottom = min(self.bottom, self.foot_y)
        self.slices: list[tuple[int, MeasuredPara, int, int, float]] = []
        self.rows: list[tuple[int, MeasuredTable, MeasuredRow, float, float, float]] = []
        self.page, self.y, self.after, self.fresh = 0, self.top, 0.0, True

    # -- state ---------------------------------------------------------------------
    def state(self) -> _State:
        return (len(self.slices), len(self.rows), self.page, self.y, self.after, self.fresh)

    def restore(self, s: _State) -> None:
        del self.slices[s[0] :], self.rows[s[1] :]
        self.page, self.y, self.after, self.fresh = s[2], s[3], s[4], s[5]

    def floor(self) -> float:
        return self.first_bottom if self.page == 0 else self.bottom

    def new_page(self) -> None:
        self.page += 1
        self.y, self.after, self.fresh = self.top, 0.0, True

    # -- paragraphs ------------------------------------------------------------------
    def place_para(self, mp: MeasuredPara) -> bool:
        """Place ``mp``; True when its first line had to go to a new page."""
        p, n = mp.para, len(mp.lines)
        if p.page_break_before and not self.fresh:
            self.new_page()
        gap = 0.0 if self.fresh and self.page > 0 else max(self.after, p.space_before)
        moved, a = False, 0
        while True:
            y = self.y + gap
            k = mp.fitting(a, self.floor() - y)
            if k < n - a and not self.fresh:
                together = p.keep_lines or p.keep_next
                if a == 0 and together and mp.height(0, n) <= self.bottom - self.top:
                    k = 0
                if n - a - k == 1:  # widow: take one more line along
                    k -= 1
                if a == 0 and n >= 2 and k < 2:  # orphan: move the whole paragraph
                    k = 0
            elif k < n - a:  # at the head of a page: place something, widows permitting
                k = max(k - 1 if n - a - k == 1 and k > 2 else k, 1)
            if k > 0:
                self.slices.append((self.page, mp, a, a + k, y))
                self.y, self.fresh, a = y + mp.height(a, a + k), False, a + k
            elif a == 0:
                moved = True
            if a >= n:
                self.after = p.space_after
                return moved
            self.new_page()
            gap = 0.0

    # -- tables ----------------------------------------------------------------------
    def place_headers(self, mt: MeasuredTable) -> None:
        for head in mt.headers():
            self.rows.append((self.page, mt, head, self.y, 0.0, head.height))
            self.y, self.fresh = self.y + head.height, False

    def place_row(self, mt: MeasuredTable, row: MeasuredRow) -> None:
        """Place ``row`` from here, cutting it between lines where a page ends."""
        offset = 0.0
        while True:
            lead = row.lead if offset > 0 else 0.0  # a continued part starts lower
            room = self.floor() - self.y - lead
            end = row.height
            if end - offset > room + _EPS:
                end = row.cut(offset, room)
                if end <= offset + _EPS:
                    if not self.fresh:  # not even one line fits: start on the next page
                        self.new_page()
                        if not row.header:
                            self.place_headers(mt)
                        continue
                    end = min(row.height, offset + max(room, 1.0))
            self.rows.append((self.page, mt, row, self.y, offset, end))
            self.y, self.fresh = self.y + lead + end - offset, False
            if end >= row.height - _EPS:
                return
            self.new_page()
            if not row.header:
                self.place_headers(mt)
            offset = end

    def place_table(self, mt: MeasuredTable) -> bool:
        """Place ``mt``; True when its first row had to go to a new page."""
        if not (self.fresh and self.page > 0):
            self.y += self.after
        moved = False
        start, heads = self.state(), len(mt.headers())
        for index, row in enumerate(mt.rows):
            room = self.floor() - self.y
            # A cant-split row that does not fit goes to the next page (and is cut there
            # only if taller than a page); another row is cut here.
            if row.height > room + _EPS and not self.fresh and row.cant_split:
                first = index == 0
                if index == heads and heads and self.page == start[2] and not start[5]:
                    self.restore(start)  # heading rows never stay alone at a page foot
                    first = True
                moved = moved or first
                self.new_page()
                if not row.header:
                    self.place_headers(mt)
            self.place_row(mt, row)
        self.y += mt.edge  # the bottom line of the last row
        self.after = 0.0
        return moved

    # -- the document ------------------------------------------------------------------
    def run(self, blocks: list[MeasuredPara | MeasuredTable]) -> None:
        starts: list[_State] = []
        i = 0
        while i < len(blocks):
            state = self.state()
            del starts[i:]
            starts.append(state)
            block = blocks[i]
            moved = (
                self.place_para(block)
                if isinstance(block, MeasuredPara)
                else self.place_table(block)
            )
            if moved and not state[5]:
                s = i
                while s > 0 and blocks[s - 1].keep_next and starts[s - 1][2] == state[2]:
                    s -= 1
                if s < i and not starts[s][5]:  # move the keep-with-next chain along
                    self.restore(starts[s])
                    self.new_page()
                    i = s
                    continue
            i += 1

    # -- output ------------------------------------------------------------------------
    def pages(self) -> list[Page]:
        count = 1 + max([s[0] for s in self.slices] + [r[0] for r in self.rows], default=0)
        pages = [Page(n + 1, self.width, self.height) for n in range(count)]
        for page_index, mp, a, b, y in self.slices:
            pages[page_index].add_job(para_job(mp, a, b, y))
        for page_index, mt, row, y, start, end in self.rows:
            pages[page_index].add_job(row_job(mt, row, y, start, end))
        y = self.foot_y
        for f in self.footer:
            pages[0].add_job(para_job(f, 0, len(f.lines), y + f.para.space_before))
            y += f.block_height()
        number = self.layout.page_number
        for page in pages[1:]:
            head = measure_para(number, self.left, self.text_width, str(page.number))
            page.add_job(para_job(head, 0, len(head.lines), self.head_y))
        return pages


def _measure(layout: DocumentLayout, left: float) -> list[MeasuredPara | MeasuredTable]:
    width = layout.page.text_width
    out: list[MeasuredPara | MeasuredTable] = []
    tail = Para([], TAIL_SIZE)
    for block in layout.blocks:
        if isinstance(block, TableBlock):
            if out and isinstance(out[-1], MeasuredTable):
                out.append(measure_para(tail, left, width))
            out.append(MeasuredTable.build(block, left))
        else:
            out.append(measure_para(block, left, width))
    if out and isinstance(out[-1], MeasuredTable):
        out.append(measure_para(tail, left, width))
    return out


def paginate(layout: DocumentLayout) -> list[Page]:
    """The pages Word would print for ``layout``; at least one. Cheap: a page's items are
    made when first asked for."""
    flow = _Flow(layout)
    flow.run(_measure(layout, flow.left))
    return flow.pages()
