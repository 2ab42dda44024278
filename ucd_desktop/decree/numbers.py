"""Decree 30/2020/NĐ-CP as numbers: the one source for the writer, preview and checker.

Restated from Appendix I of the Decree (form and layout of administrative documents)
for a "Thông báo" (sample form 1.4). Sizes are in points, lengths in millimetres unless
a name says otherwise. "Practice" marks what the Decree leaves open and real offices do.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "A4_HEIGHT_MM",
    "A4_HEIGHT_PT",
    "A4_HEIGHT_TWIPS",
    "A4_WIDTH_MM",
    "A4_WIDTH_PT",
    "A4_WIDTH_TWIPS",
    "BODY_SIZE_DEFAULT",
    "FIRST_LINE_INDENTS_CM",
    "FIRST_LINE_INDENT_DEFAULT_CM",
    "FONT_NAME",
    "FOOTER_DISTANCE_MM",
    "HEADER_DISTANCE_MM",
    "HEADER_RIGHT_MIN_SHARE",
    "HEADER_SLACK_MM",
    "LANGUAGE",
    "LINE_SPACING",
    "LINE_SPACING_DEFAULT",
    "MARGIN_DEFAULTS",
    "MARGIN_RANGES",
    "MIN_PARAGRAPH_SPACING_PT",
    "MM_PER_PT",
    "PARAGRAPH_SPACING_DEFAULT_PT",
    "RULE_WEIGHT_PT",
    "SHORT_RULE_RATIO",
    "SHORT_RULE_TARGET",
    "SIGNATURE_SPACE_DEFAULT_PT",
    "SIGNATURE_SPACE_PT",
    "SINGLE_LINE_EM",
    "SPACE_AFTER_SUMMARY_RULE_PT",
    "SPACE_BEFORE_NUMBER_ROW_PT",
    "SPACE_BEFORE_TYPE_NAME_PT",
    "TWIPS_PER_MM",
    "Range",
    "mm_to_pt",
    "mm_to_twips_inward",
    "pt_to_half_points",
    "pt_to_mm",
    "pt_to_twips",
]

FONT_NAME = "Times New Roman"
LANGUAGE = "vi-VN"

A4_WIDTH_MM = 210.0
A4_HEIGHT_MM = 297.0
MM_PER_PT = 25.4 / 72.0
TWIPS_PER_MM = 1440.0 / 25.4
#: A4 in points (595.28 x 841.89) and in twips (11906 x 16838), as Word writes it.
A4_WIDTH_PT = A4_WIDTH_MM / MM_PER_PT
A4_HEIGHT_PT = A4_HEIGHT_MM / MM_PER_PT
A4_WIDTH_TWIPS = round(A4_WIDTH_MM * TWIPS_PER_MM)
A4_HEIGHT_TWIPS = round(A4_HEIGHT_MM * TWIPS_PER_MM)


@dataclass(frozen=True)
class Range:
    low: float
    high: float

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int | float) and self.low - 1e-9 <= value <= self.high + 1e-9

    def clamp(self, value: float) -> float:
        """``value`` brought inside the range (NaN counts as the low end)."""
        if value != value:
            return self.low
        return min(max(value, self.low), self.high)


#: Legal margin ranges (mm). The sizes of each element are in ``decree.elements``.
MARGIN_RANGES = {
    "top": Range(20, 25),
    "bottom": Range(20, 25),
    "left": Range(30, 35),
    "right": Range(15, 20),
}
#: Practice: the margins a new notice starts with (mm), the low end of each range
#: (the most text on the page).
MARGIN_DEFAULTS = {side: float(rng.low) for side, rng in MARGIN_RANGES.items()}

#: Body line spacing, a multiple of single (never an exact height, which clips stacked
#: diacritics). The default of 1.15 (model.notice.PageSetup) is a deliberate choice:
#: single spacing of Times New Roman is 1.15 em, and at 1.0 the tallest Vietnamese
#: capital (Ễ, 0.905 em) comes within 0.4 pt of a "g" descender (0.216 em) on the line
#: above at 14 pt; at 1.15 the gap is 2.8 pt, the 18.5 pt line pitch of Word-made
#: notices ("Multiple 1.15", or "Exactly 18 pt"), and a notice still fits its usual
#: page count.
LINE_SPACING = Range(1.0, 1.5)
#: Single line spacing of Times New Roman, in em.
SINGLE_LINE_EM = 1.15
FIRST_LINE_INDENTS_CM = (1.0, 1.27)
MIN_PARAGRAPH_SPACING_PT = 6.0
SIGNATURE_SPACE_PT = Range(60, 90)
#: What a new notice starts with: body size (pt), line spacing, first-line indent (cm),
#: space between paragraphs (pt) and room to sign and stamp (pt).
BODY_SIZE_DEFAULT = 14.0
LINE_SPACING_DEFAULT = 1.15
FIRST_LINE_INDENT_DEFAULT_CM = 1.27
PARAGRAPH_SPACING_DEFAULT_PT = MIN_PARAGRAPH_SPACING_PT
SIGNATURE_SPACE_DEFAULT_PT = 72.0
#: The rules under the issuing body and the summary: this share of the text above.
SHORT_RULE_RATIO = Range(1 / 3, 1 / 2)
#: Where inside that range we draw them.
SHORT_RULE_TARGET = 0.4
#: Thickness of the three rules (pt).
RULE_WEIGHT_PT = 0.75

#: Practice: header columns leave this much air on each side of their longest line (mm).
#: Our widths are Times New Roman's own advances and Word does not kern, so 1 mm is
#: plenty, and it lets "THÀNH PHỐ HỒ CHÍ MINH" stay on one line at 13 pt.
HEADER_SLACK_MM = 1.0
#: Practice: the right header column is never narrower than this share of the text width.
HEADER_RIGHT_MIN_SHARE = 0.6
#: Practice: space under the header table and under the summary rule (pt).
SPACE_BEFORE_TYPE_NAME_PT = 18.0
SPACE_AFTER_SUMMARY_RULE_PT = 6.0
#: Practice: air between the rules of the header and the "Số" / place and date row (pt).
SPACE_BEFORE_NUMBER_ROW_PT = 6.0
#: Distance of the page-number header from the top edge of the page (mm).
HEADER_DISTANCE_MM = 10.0
FOOTER_DISTANCE_MM = 8.0


def mm_to_pt(mm: float) -> float:
    return mm / MM_PER_PT


def pt_to_mm(pt: float) -> float:
    return pt * MM_PER_PT


def mm_to_twips_inward(mm: float, *, low: float | None = None, high: float | None = None) -> int:
    """Twips for ``mm``, rounded so the result stays inside [low, high].

    15 mm is 850.39 twips: rounding to nearest gives 850 (14.99 mm, outside the legal
    range), so a value at the low end rounds up and one at the high end rounds down.
    """
    exact = mm * TWIPS_PER_MM
    value = round(exact)
    if low is not None and value / TWIPS_PER_MM < low - 1e-9:
        value += 1
    if high is not None and value / TWIPS_PER_MM > high + 1e-9:
        value -= 1
    return value


def pt_to_twips(pt: float) -> int:
    return round(pt * 20)


def pt_to_half_points(pt: float) -> int:
    return round(pt * 2)
