"""Decree 30/2020/NĐ-CP as numbers: the one source for the writer, preview and checker.

Restated from Appendix I of the Decree (form and layout of administrative documents)
for a "Thông báo" (sample form 1.4). Sizes are in points, lengths in millimetres unless
a name says otherwise. "Practice" marks what the Decree leaves open and real offices do.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "A4_HEIGHT_MM",
    "A4_WIDTH_MM",
    "FONT_NAME",
    "MARGIN_RANGES",
    "SIZES",
    "Range",
    "mm_to_pt",
    "mm_to_twips_inward",
    "pt_to_mm",
]

FONT_NAME = "Times New Roman"
LANGUAGE = "vi-VN"

A4_WIDTH_MM = 210.0
A4_HEIGHT_MM = 297.0
MM_PER_PT = 25.4 / 72.0
TWIPS_PER_MM = 1440.0 / 25.4


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


#: Legal margin ranges (mm). Practice default: 20 / 20 / 30 / 15.
MARGIN_RANGES = {
    "top": Range(20, 25),
    "bottom": Range(20, 25),
    "left": Range(30, 35),
    "right": Range(15, 20),
}

#: Legal size ranges of each element (pt).
SIZES = {
    "governing_body": Range(12, 13),
    "issuing_body": Range(12, 13),
    "number": Range(13, 13),
    "national_title": Range(12, 13),
    "motto": Range(13, 14),
    "place_date": Range(13, 14),
    "mark": Range(13, 14),
    "type_name": Range(13, 14),
    "summary": Range(13, 14),
    "body": Range(13, 14),
    "recipients_heading": Range(12, 12),
    "recipients": Range(11, 11),
    "authority": Range(13, 14),
    "signer_name": Range(13, 14),
    "page_number": Range(13, 14),
    "footer": Range(11, 12),
    # Appendices: "Phụ lục I" 14 pt bold, its title 13-14 pt bold capitals; the
    # "(Kèm theo …)" line in italics at the size of the text.
    "appendix_heading": Range(14, 14),
    "appendix_title": Range(13, 14),
    "appendix_reference": Range(13, 14),
}

#: Body line spacing, a multiple of single (never an exact height, which clips stacked
#: diacritics). The default of 1.15 (model.notice.PageSetup) is a deliberate choice:
#: single spacing of Times New Roman is 1.15 em, and at 1.0 the tallest Vietnamese
#: capital (Ễ, 0.905 em) comes within 0.4 pt of a "g" descender (0.216 em) on the line
#: above at 14 pt; at 1.15 the gap is 2.8 pt, the 18.5 pt line pitch of Word-made
#: notices ("Multiple 1.15", or "Exactly 18 pt"), and a notice still fits its usual
#: page count.
LINE_SPACING = Range(1.0, 1.5)
FIRST_LINE_INDENTS_CM = (1.0, 1.27)
MIN_PARAGRAPH_SPACING_PT = 6.0
SIGNATURE_SPACE_PT = Range(60, 90)
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
