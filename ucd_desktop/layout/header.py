"""The top of the notice: the two-column header, the type name, the summary and rules.

Sizes are chosen inside the Decree's ranges by measuring: the Quốc hiệu, the motto and
the place and date must each stay on one line in the right column, the lines of the
left column should too, and the two columns add up to the text width.
"""

from __future__ import annotations

from dataclasses import dataclass

from ucd_desktop.decree import ElementSpec, Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout.blocks import Align, Cell, Para, Row, TableBlock, VAlign, styled
from ucd_desktop.layout.metrics import text_width, wrap_text
from ucd_desktop.layout.punctuation import number_line, printed_lines
from ucd_desktop.model.notice import MOTTO, NATIONAL_TITLE, TYPE_NAME, Notice
from ucd_desktop.text.dates import place_date

__all__ = ["HeaderSizes", "choose_header", "date_text", "header_table", "title_block"]

_SLACK = rules.mm_to_pt(rules.HEADER_SLACK_MM)
#: The least air on each side of a header line (pt), used only when the usual air
#: would make a line wrap.
MIN_SLACK = 0.5
#: The left column keeps at least this share of the text width, whatever the right needs.
MIN_LEFT_SHARE = 1 / 3
#: A rule paragraph is an empty paragraph this small, drawn as its top border.
RULE_PARA_SIZE = 2.0
#: Air between a line of text and the rule under it (pt): the rule sits a little
#: below the descenders, as the drawn lines of real notices do.
RULE_GAP = 2.0
SUMMARY_RULE_GAP = 4.0
#: Mark boxes (KHẨN, MẬT, DỰ THẢO): room between the text and the box (pt).
MARK_PADDING = 4.0


def right_sizes() -> tuple[tuple[float, float, float], ...]:
    """Right column (Quốc hiệu, motto, place and date) sizes, preferred first: all at
    the top of their ranges, then a smaller date, then everything at the bottom."""
    qh, motto, date = (element(r).size for r in (Role.NATIONAL_TITLE, Role.MOTTO, Role.PLACE_DATE))
    return (
        (qh.high, motto.high, date.high),
        (qh.high, motto.high, date.low),
        (
            qh.low,
            motto.low,
            date.low,
        ),
    )


@dataclass(frozen=True)
class HeaderSizes:
    governing: float
    issuing: float
    number: float
    national_title: float
    motto: float
    place_date: float
    left_width: float
    right_width: float


def date_text(notice: Notice) -> str:
    """ "Long An, ngày 05 tháng 3 năm 2026"; a part that cannot be written (a day
    without a month, 31 February...) is left blank, as for the clerk: validation
    reports it, and the preview and the file are still made."""
    day, month, year = notice.day, notice.month, notice.year
    if year is not None and year < 1:
        year = None
    for d, m in ((day, month), (None, month), (None, None)):
        try:
            return place_date(notice.place, d, m, year)
        except ValueError:
            continue
    return place_date(notice.place, None, None, None)


def _width(text: str, size: float, role: Role) -> float:
    spec = element(role)
    return text_width(text, size, bold=bool(spec.bold), italic=bool(spec.italic))


def _widest(lines: list[str], size: float, spec: ElementSpec) -> float:
    bold, italic = bool(spec.bold), bool(spec.italic)
    return max((text_width(ln, size, bold=bold, italic=italic) for ln in lines), default=0.0)


@dataclass(frozen=True)
class _Columns:
    """What each column of a notice's header needs, measured once."""

    governing: list[str]
    issuing: list[str]
    number: float
    date: str
    width: float

    def right_need(self, sizes: tuple[float, float, float], slack: float) -> float:
        qh, motto, dsize = sizes
        widest = max(
            _width(NATIONAL_TITLE, qh, Role.NATIONAL_TITLE),
            _width(MOTTO, motto, Role.MOTTO),
            _width(self.date, dsize, Role.PLACE_DATE),
        )
        return widest + 2 * slack

    def left(self, room: float, slack: float) -> tuple[float, float, float]:
        """Governing and issuing sizes for a left column ``room`` wide, and its need."""
        g, i = element(Role.GOVERNING_BODY), element(Role.ISSUING_BODY)
        gov = (
            g.size.high
            if _widest(self.governing, g.size.high, g) + 2 * slack <= room
            else g.size.low
        )
        iss = (
            i.size.high if _widest(self.issuing, i.size.high, i) + 2 * slack <= room else i.size.low
        )
        need = max(_widest(self.governing, gov, g), _widest(self.issuing, iss, i))
        return gov, iss, max(need + 2 * slack, self.number + 2 * slack, self.width * 0.3)


def choose_header(notice: Notice, text_width_pt: float) -> HeaderSizes:
    """Column widths and sizes: the largest legal sizes that keep each line whole.

    The right column's lines never wrap; the left column's lines (governing and
    issuing body) should not either, so a smaller right-hand size is taken when it
    gives the left column the room it needs, and when even that is not enough the air
    around the lines shrinks to half a point. Only when nothing fits does the issuing
    body wrap (the Decree allows it over several lines).
    """
    number = text_width(
        number_line(notice.number, notice.symbol), element(Role.NUMBER).default_size
    )
    cols = _Columns(
        printed_lines(notice.governing_body),
        printed_lines(notice.issuing_body),
        number,
        date_text(notice),
        text_width_pt,
    )
    for slack in (_SLACK, MIN_SLACK):
        for sizes in right_sizes():
            need = cols.right_need(sizes, slack)
            gov, iss, left_need = cols.left(text_width_pt - need, slack)
            if need + left_need <= text_width_pt + 1e-6:
                share = text_width_pt * rules.HEADER_RIGHT_MIN_SHARE
                right = max(need, min(share, text_width_pt - left_need))
                return _sizes(gov, iss, sizes, text_width_pt - right, right)
    # The left column will wrap: give it all the room the narrowest right column spares,
    # but never less than MIN_LEFT_SHARE: a place too long for one line wraps the place
    # and date line instead of pushing the left column to nothing (or to a negative
    # width, a file Word must repair).
    sizes = min(right_sizes(), key=lambda s: cols.right_need(s, MIN_SLACK))
    right = min(cols.right_need(sizes, MIN_SLACK), text_width_pt * (1 - MIN_LEFT_SHARE))
    gov, iss, _need = cols.left(text_width_pt - right, MIN_SLACK)
    return _sizes(gov, iss, sizes, text_width_pt - right, right)


def _sizes(
    gov: float, iss: float, right_sizes: tuple[float, float, float], left: float, right: float
) -> HeaderSizes:
    qh, motto, dsize = right_sizes
    number = element(Role.NUMBER).default_size
    return HeaderSizes(gov, iss, number, qh, motto, dsize, left, right)


def _line(text: str, size: float, role: Role, source: str = "") -> Para:
    align = element(role).align or Align.CENTER
    return Para([styled(text, role)], size, align, role=role, source=source)


def rule_para(length: float, container: float, role: Role, gap: float = RULE_GAP) -> Para:
    """An empty paragraph whose top border is a centred line ``length`` long, ``gap``
    points below the text above it."""
    length = min(length, container)
    side = (container - length) / 2
    return Para(
        [],
        RULE_PARA_SIZE,
        Align.CENTER,
        left_indent=side,
        right_indent=side,
        space_before=gap,
        border_top=True,
        role=role,
    )


def wrapped_width(lines: list[str], size: float, width: float, *, bold: bool) -> float:
    """The longest line of ``lines`` once each is wrapped at ``width``."""
    widest = 0.0
    for line in lines:
        for piece in wrap_text(line, size, width, bold=bold):
            widest = max(widest, text_width(piece, size, bold=bold))
    return widest


def mark_para(text: str, column: float) -> Para:
    """An urgency, secrecy or draft mark in a single-line box that hugs the text.

    The paragraph is the text's width plus ``MARK_PADDING`` on each side (so a slightly
    wider rendering never wraps it); the box is drawn around that.
    """
    size = element(Role.MARK).default_size
    side = max((column - _width(text, size, Role.MARK)) / 2 - MARK_PADDING, 0.0)
    return Para(
        [styled(text, Role.MARK)],
        size,
        element(Role.MARK).align or Align.CENTER,
        left_indent=side,
        right_indent=side,
        space_before=8.0,
        box=True,
        role=Role.MARK,
    )


def header_table(notice: Notice, sizes: HeaderSizes) -> TableBlock:
    issuing = printed_lines(notice.issuing_body)
    left: list[Para] = [
        _line(ln, sizes.governing, Role.GOVERNING_BODY, "governing_body")
        for ln in printed_lines(notice.governing_body)
    ]
    left += [_line(ln, sizes.issuing, Role.ISSUING_BODY, "issuing_body") for ln in issuing]
    issuer_bold = bool(element(Role.ISSUING_BODY).bold)
    issuer_width = wrapped_width(issuing, sizes.issuing, sizes.left_width, bold=issuer_bold)
    left.append(
        rule_para(issuer_width * rules.SHORT_RULE_TARGET, sizes.left_width, Role.RULE_ISSUER)
    )

    motto_width = _width(MOTTO, sizes.motto, Role.MOTTO)
    right = [
        _line(NATIONAL_TITLE, sizes.national_title, Role.NATIONAL_TITLE),
        _line(MOTTO, sizes.motto, Role.MOTTO),
        rule_para(motto_width, sizes.right_width, Role.RULE_MOTTO),
    ]
    number = _line(number_line(notice.number, notice.symbol), sizes.number, Role.NUMBER, "number")
    date = _line(date_text(notice), sizes.place_date, Role.PLACE_DATE, "place")
    # "Số" and the date share a row, so they share a baseline.
    number.space_before = date.space_before = rules.SPACE_BEFORE_NUMBER_ROW_PT
    rows = [
        Row([Cell(left, sizes.left_width), Cell(right, sizes.right_width)]),
        Row(
            [
                Cell([number], sizes.left_width, VAlign.BOTTOM),
                Cell([date], sizes.right_width, VAlign.BOTTOM),
            ]
        ),
    ]
    marks = [m for m in (notice.urgency.value, notice.secrecy.value) if m]
    if notice.draft_mark:
        marks.append("DỰ THẢO")
    if marks:
        mark_paras = [mark_para(m, sizes.left_width) for m in marks]
        rows.append(Row([Cell(mark_paras, sizes.left_width), Cell([], sizes.right_width)]))
    return TableBlock([sizes.left_width, sizes.right_width], rows, role=Role.HEADER)


def title_block(notice: Notice, text_width_pt: float, size: float) -> list[Para]:
    """ "THÔNG BÁO", the summary under it, and the rule under the summary."""
    type_name, summary = element(Role.TYPE_NAME), element(Role.SUMMARY)
    out = [
        Para(
            [styled(TYPE_NAME, Role.TYPE_NAME)],
            type_name.size.clamp(size),
            type_name.align or Align.CENTER,
            space_before=rules.SPACE_BEFORE_TYPE_NAME_PT,
            keep_next=True,
            role=Role.TYPE_NAME,
        )
    ]
    lines = printed_lines(notice.summary) or [""]
    out += [
        Para(
            [styled(ln, Role.SUMMARY)],
            summary.size.clamp(size),
            summary.align or Align.CENTER,
            keep_next=True,
            role=Role.SUMMARY,
            source="summary",
        )
        for ln in lines
    ]
    widest = wrapped_width(lines, size, text_width_pt, bold=bool(summary.bold))
    rule = rule_para(
        widest * rules.SHORT_RULE_TARGET, text_width_pt, Role.RULE_SUMMARY, SUMMARY_RULE_GAP
    )
    rule.space_after = rules.SPACE_AFTER_SUMMARY_RULE_PT
    out.append(rule)
    return out
