"""The top of the notice: the two-column header, the type name, the summary and rules.

Sizes are chosen inside the Decree's ranges by measuring: the Quốc hiệu, the motto and
the place and date must each stay on one line in the right column, the lines of the
left column should too, and the two columns add up to the text width.
"""

from __future__ import annotations

from dataclasses import dataclass

from ucd_desktop.decree import Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout import header_fit
from ucd_desktop.layout.blocks import Align, Cell, Para, Row, TableBlock, VAlign, styled
from ucd_desktop.layout.metrics import text_width, wrap_text
from ucd_desktop.layout.punctuation import number_line, printed_lines
from ucd_desktop.model.notice import MOTTO, NATIONAL_TITLE, TYPE_NAME, Notice
from ucd_desktop.text.dates import place_date

__all__ = ["HeaderSizes", "choose_header", "date_text", "header_table", "title_block"]

#: The left column keeps at least this share of the text width, whatever the right needs.
MIN_LEFT_SHARE = header_fit.MIN_LEFT_SHARE
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
    return tuple(sizes for sizes, _cost in header_fit.right_options())


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
    #: The governing and issuing bodies as printed, one entry a line: the drafter's
    #: lines, a line too long for the column broken where a clerk would break it.
    governing_lines: tuple[str, ...] = ()
    issuing_lines: tuple[str, ...] = ()
    #: The drafter's lines that had to be broken, and how.
    breaks: tuple[header_fit.LineBreak, ...] = ()


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


def _marks(notice: Notice) -> list[str]:
    marks = [m for m in (notice.urgency.value, notice.secrecy.value) if m]
    if notice.draft_mark:
        marks.append("DỰ THẢO")
    return marks


def choose_header(notice: Notice, text_width_pt: float) -> HeaderSizes:
    """Column widths, sizes and the lines of the left column (see ``header_fit``).

    The right column's lines never wrap and keep at least 3 pt of air; the columns' text
    stays 3 mm apart; a governing or issuing body line that cannot fit is broken at a
    natural phrase boundary; sizes step down within the Decree's range only where that
    is the better choice.
    """
    mark_size = element(Role.MARK).default_size
    marks = [_width(m, mark_size, Role.MARK) + 2 * MARK_PADDING for m in _marks(notice)]
    fit = header_fit.fit_columns(
        printed_lines(notice.governing_body),
        printed_lines(notice.issuing_body),
        number_line(notice.number, notice.symbol),
        date_text(notice),
        text_width_pt,
        marks,
    )
    return HeaderSizes(
        fit.governing,
        fit.issuing,
        element(Role.NUMBER).default_size,
        fit.national_title,
        fit.motto,
        fit.place_date,
        fit.left_width,
        fit.right_width,
        fit.governing_lines,
        fit.issuing_lines,
        fit.breaks,
    )


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
    governing = sizes.governing_lines or tuple(printed_lines(notice.governing_body))
    issuing = sizes.issuing_lines or tuple(printed_lines(notice.issuing_body))
    left: list[Para] = [
        _line(ln, sizes.governing, Role.GOVERNING_BODY, "governing_body") for ln in governing
    ]
    left += [_line(ln, sizes.issuing, Role.ISSUING_BODY, "issuing_body") for ln in issuing]
    # The rule sits under the last line of the issuing body, 1/3 to 1/2 of its widest line.
    issuer_bold = bool(element(Role.ISSUING_BODY).bold)
    issuer_width = wrapped_width(list(issuing), sizes.issuing, sizes.left_width, bold=issuer_bold)
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
    marks = _marks(notice)
    if marks:
        mark_paras: list[Para] = []
        for m in marks:
            if mark_paras:
                # Word draws adjacent paragraphs with the same borders as one box: a
                # paragraph without borders keeps each mark in its own box.
                mark_paras.append(Para([], RULE_PARA_SIZE, role=Role.SPACER))
            mark_paras.append(mark_para(m, sizes.left_width))
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
