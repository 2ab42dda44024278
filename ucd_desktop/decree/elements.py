"""The Decree's element table: what each element of a notice is, and how it looks.

``Role`` names every paragraph (and table) the layout makes and the reader recognises;
``ELEMENTS`` gives each text element its legal size range, the size the writer uses
when it does not measure, weight, slant, alignment and letter case (Decree 30,
Appendix I, sample form 1.4). The layout builds from it, the checker checks against
it: change an entry here and both follow. Always read it through ``element()`` at the
time of use, never copy an entry into a module constant.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ucd_desktop.decree.numbers import BODY_SIZE_DEFAULT, Range

__all__ = [
    "BODY_ROLES",
    "ELEMENTS",
    "Align",
    "Case",
    "ElementSpec",
    "Role",
    "element",
    "roles_with_case",
]


class Align(StrEnum):
    """Paragraph alignment, spelled as OOXML's ``w:jc`` values."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "both"


class Case(StrEnum):
    """The letter case an element is written in."""

    #: All capitals (the issuing body, "THÔNG BÁO", authority lines).
    UPPER = "upper"
    #: A sentence: not all capitals (the summary).
    SENTENCE = "sentence"
    #: A person's name: each word capitalised, not all capitals.
    NAME = "name"
    #: As typed (the body, recipients).
    AS_TYPED = "as-typed"


class Role(StrEnum):
    """What a paragraph or table of a notice is."""

    HEADER = "header"
    GOVERNING_BODY = "governing-body"
    ISSUING_BODY = "issuing-body"
    RULE_ISSUER = "rule-issuer"
    NATIONAL_TITLE = "national-title"
    MOTTO = "motto"
    RULE_MOTTO = "rule-motto"
    NUMBER = "number"
    PLACE_DATE = "place-date"
    MARK = "mark"
    TYPE_NAME = "type-name"
    SUMMARY = "summary"
    RULE_SUMMARY = "rule-summary"
    OPENING = "opening"
    LEAD_IN = "lead-in"
    BODY = "body"
    SECTION = "section"
    CLAUSE = "clause"
    POINT = "point"
    BULLET = "bullet"
    #: An unnumbered paragraph item of the body.
    PARAGRAPH = "paragraph"
    CLOSING = "closing"
    BODY_TABLE = "body-table"
    TABLE_CELL = "table-cell"
    SPACER = "spacer"
    SIGNATURE = "signature"
    RECIPIENTS_HEADING = "recipients-heading"
    RECIPIENT = "recipient"
    ARCHIVE = "archive"
    AUTHORITY = "authority"
    POSITION = "position"
    SIGNER_NAME = "signer-name"
    FOOTER = "footer"
    PAGE_NUMBER = "page-number"
    #: "Phụ lục I", the first line of an appendix (on a new page after the signature).
    APPENDIX_HEADING = "appendix-heading"
    #: The appendix's own title, in capitals.
    APPENDIX_TITLE = "appendix-title"
    #: "(Kèm theo Thông báo số …/TB-… ngày … tháng … năm …)" under the title.
    APPENDIX_REFERENCE = "appendix-reference"

    @property
    def is_rule(self) -> bool:
        """One of the three drawn rules (an empty paragraph with a border)."""
        return self.value.startswith("rule-")


#: The paragraphs of the body proper, in the order a notice has them.
BODY_ROLES = (
    Role.OPENING,
    Role.LEAD_IN,
    Role.BODY,
    Role.SECTION,
    Role.CLAUSE,
    Role.POINT,
    Role.BULLET,
    Role.PARAGRAPH,
    Role.CLOSING,
)


@dataclass(frozen=True)
class ElementSpec:
    """How one element looks. ``None`` for bold or italic: the drafter's own emphasis
    decides (the body); ``None`` alignment: not fixed by the Decree."""

    size: Range
    #: The size the writer uses unless it measures a better one inside ``size``.
    default_size: float
    bold: bool | None
    italic: bool | None
    align: Align | None
    case: Case = Case.AS_TYPED


def _spec(
    low: float,
    high: float,
    default: float,
    bold: bool | None,
    italic: bool | None,
    align: Align | None,
    case: Case = Case.AS_TYPED,
) -> ElementSpec:
    return ElementSpec(Range(low, high), float(default), bold, italic, align, case)


_BODY = _spec(13, 14, BODY_SIZE_DEFAULT, None, None, Align.JUSTIFY)

#: The one table of the Decree's elements (sizes in pt).
ELEMENTS: dict[Role, ElementSpec] = {
    Role.GOVERNING_BODY: _spec(12, 13, 13, False, False, Align.CENTER, Case.UPPER),
    Role.ISSUING_BODY: _spec(12, 13, 13, True, False, Align.CENTER, Case.UPPER),
    Role.NUMBER: _spec(13, 13, 13, False, False, Align.CENTER),
    Role.NATIONAL_TITLE: _spec(12, 13, 13, True, False, Align.CENTER, Case.UPPER),
    Role.MOTTO: _spec(13, 14, 14, True, False, Align.CENTER),
    Role.PLACE_DATE: _spec(13, 14, 14, False, True, Align.CENTER),
    Role.MARK: _spec(13, 14, 13, True, False, None, Case.UPPER),
    Role.TYPE_NAME: _spec(13, 14, 14, True, False, Align.CENTER, Case.UPPER),
    Role.SUMMARY: _spec(13, 14, 14, True, False, Align.CENTER, Case.SENTENCE),
    Role.OPENING: _BODY,
    Role.LEAD_IN: _BODY,
    Role.BODY: _BODY,
    Role.SECTION: _spec(13, 14, 14, True, False, Align.JUSTIFY, Case.UPPER),
    Role.CLAUSE: _BODY,
    Role.POINT: _BODY,
    Role.BULLET: _BODY,
    Role.PARAGRAPH: _BODY,
    Role.CLOSING: _BODY,
    Role.TABLE_CELL: _spec(13, 14, 13, None, None, None),
    Role.RECIPIENTS_HEADING: _spec(12, 12, 12, True, True, None),
    Role.RECIPIENT: _spec(11, 11, 11, False, False, None),
    Role.ARCHIVE: _spec(11, 11, 11, False, False, None),
    Role.AUTHORITY: _spec(13, 14, 14, True, False, Align.CENTER, Case.UPPER),
    Role.POSITION: _spec(13, 14, 14, True, False, Align.CENTER, Case.UPPER),
    Role.SIGNER_NAME: _spec(13, 14, 14, True, False, Align.CENTER, Case.NAME),
    Role.PAGE_NUMBER: _spec(13, 14, 14, False, False, Align.CENTER),
    Role.FOOTER: _spec(11, 12, 11, False, False, Align.LEFT),
    # Appendices: "Phụ lục" and its number 14 pt bold; the title 13-14 pt bold capitals;
    # the "(Kèm theo …)" line in italics at the size of the text.
    Role.APPENDIX_HEADING: _spec(14, 14, 14, True, False, Align.CENTER),
    Role.APPENDIX_TITLE: _spec(13, 14, 14, True, False, Align.CENTER, Case.UPPER),
    Role.APPENDIX_REFERENCE: _spec(13, 14, 14, False, True, Align.CENTER),
}


def element(role: Role) -> ElementSpec:
    """The spec of ``role`` (KeyError for a role with no text of its own, a rule)."""
    return ELEMENTS[role]


def roles_with_case(case: Case) -> list[Role]:
    return [role for role, spec in ELEMENTS.items() if spec.case is case]
