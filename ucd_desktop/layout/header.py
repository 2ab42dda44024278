"""The top of the notice: the two-column header, the type name, the summary and rules.

Sizes are chosen inside the Decree's ranges by measuring: the Quốc hiệu, the motto and
the place and date must each stay on one line in the right column, and the two columns
add up to the text width.
"""

from __future__ import annotations

from dataclasses import dataclass

from ucd_desktop.layout import rules
from ucd_desktop.layout.blocks import Align, Cell, Para, Row, Run, TableBlock, VAlign
from ucd_desktop.layout.metrics import text_width, wrap_text
from ucd_desktop.layout.punctuation import number_line
from ucd_desktop.model.notice import MOTTO, NATIONAL_TITLE, TYPE_NAME, Notice
from ucd_desktop.text.dates import place_date

__all__ = ["HeaderSizes", "choose_header", "header_table", "title_block"]

_SLACK = rules.mm_to_pt(rules.HEADER_SLACK_MM)
#: A rule paragraph is an empty paragraph this small, drawn as its top border.
RULE_PARA_SIZE = 2.0
#: Air between a line of text and the rule under it (pt).
RULE_GAP = 2.0
SUMMARY_RULE_GAP = 4.0


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
    return place_date(notice.place, notice.day, notice.month, notice.year)


def choose_header(notice: Notice, text_width_pt: float) -> HeaderSizes:
    """Column widths and sizes: the largest legal sizes that keep each line whole."""
    date = date_text(notice)
    number = number_line(notice.number, notice.symbol)
    left_min = max(text_width(number, 13) + _SLACK, text_width_pt * 0.3)
    right_max = text_width_pt - left_min
    chosen = None
    # Preferred first: motto 14, Quốc hiệu 13, date 14; then step down inside the ranges.
    for qh, motto, dsize in ((13, 14, 14), (13, 14, 13), (12, 13, 13)):
        need = max(
            text_width(NATIONAL_TITLE, qh, bold=True),
            text_width(MOTTO, motto, bold=True),
            text_width(date, dsize, italic=True),
        )
        chosen = (qh, motto, dsize, need)
        if need + 2 * _SLACK <= right_max:
            break
    assert chosen is not None
    qh, motto, dsize, need = chosen
    right = min(max(need + 2 * _SLACK, text_width_pt * rules.HEADER_RIGHT_MIN_SHARE), right_max)
    left = text_width_pt - right
    lines = notice.issuing_body or [""]
    issuing = 13.0 if all(text_width(ln, 13, bold=True) <= left for ln in lines) else 12.0
    governing = 13.0
    if any(text_width(ln, 13) > left for ln in notice.governing_body):
        governing = 12.0
    return HeaderSizes(governing, issuing, 13.0, qh, motto, dsize, left, right)


def _line(text: str, size: float, role: str, source: str = "", **style: bool) -> Para:
    return Para([Run(text, **style)], size, Align.CENTER, role=role, source=source)


def rule_para(length: float, container: float, role: str, gap: float = RULE_GAP) -> Para:
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


def _wrapped_width(lines: list[str], size: float, width: float, *, bold: bool) -> float:
    widest = 0.0
    for line in lines:
        for piece in wrap_text(line, size, width, bold=bold):
            widest = max(widest, text_width(piece, size, bold=bold))
    return widest


def header_table(notice: Notice, sizes: HeaderSizes) -> TableBlock:
    left: list[Para] = [
        _line(ln, sizes.governing, "governing-body", "governing_body")
        for ln in notice.governing_body
    ]
    left += [
        _line(ln, sizes.issuing, "issuing-body", "issuing_body", bold=True)
        for ln in notice.issuing_body
    ]
    issuer_width = _wrapped_width(notice.issuing_body, sizes.issuing, sizes.left_width, bold=True)
    left.append(rule_para(issuer_width * rules.SHORT_RULE_TARGET, sizes.left_width, "rule-issuer"))

    right = [
        _line(NATIONAL_TITLE, sizes.national_title, "national-title", bold=True),
        _line(MOTTO, sizes.motto, "motto", bold=True),
        rule_para(text_width(MOTTO, sizes.motto, bold=True), sizes.right_width, "rule-motto"),
    ]
    rows = [
        Row([Cell(left, sizes.left_width), Cell(right, sizes.right_width)]),
        Row(
            [
                Cell(
                    [
                        _line(
                            number_line(notice.number, notice.symbol),
                            sizes.number,
                            "number",
                            "number",
                        )
                    ],
                    sizes.left_width,
                    VAlign.BOTTOM,
                ),
                Cell(
                    [
                        _line(
                            date_text(notice), sizes.place_date, "place-date", "place", italic=True
                        )
                    ],
                    sizes.right_width,
                    VAlign.BOTTOM,
                ),
            ]
        ),
    ]
    marks = [m for m in (notice.urgency.value, notice.secrecy.value) if m]
    if notice.draft_mark:
        marks.append("DỰ THẢO")
    if marks:
        mark_paras = [
            Para([Run(m, bold=True)], 13.0, Align.CENTER, space_before=6.0, box=True, role="mark")
            for m in marks
        ]
        rows.append(Row([Cell(mark_paras, sizes.left_width), Cell([], sizes.right_width)]))
    return TableBlock([sizes.left_width, sizes.right_width], rows, role="header")


def title_block(notice: Notice, text_width_pt: float, size: float) -> list[Para]:
    """ "THÔNG BÁO", the summary under it, and the rule under the summary."""
    out = [
        Para(
            [Run(TYPE_NAME, bold=True)],
            size,
            Align.CENTER,
            space_before=rules.SPACE_BEFORE_TYPE_NAME_PT,
            keep_next=True,
            role="type-name",
        )
    ]
    lines = [ln.strip() for ln in notice.summary.split("\n") if ln.strip()] or [""]
    out += [
        Para(
            [Run(ln, bold=True)],
            size,
            Align.CENTER,
            keep_next=True,
            role="summary",
            source="summary",
        )
        for ln in lines
    ]
    widest = _wrapped_width(lines, size, text_width_pt, bold=True)
    rule = rule_para(
        widest * rules.SHORT_RULE_TARGET, text_width_pt, "rule-summary", SUMMARY_RULE_GAP
    )
    rule.space_after = rules.SPACE_AFTER_SUMMARY_RULE_PT
    out.append(rule)
    return out
