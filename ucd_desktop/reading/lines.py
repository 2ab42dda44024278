"""The common shape every source is read into: lines of text with what is known of them.

A .docx gives paragraphs with their formatting, a PDF gives positioned words, pasted text
gives bare lines. Each reader turns its source into ``Line`` objects so that one
recogniser (``reading.recognise``) finds the parts of the notice in all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from ucd_desktop.model.inline import plain_text
from ucd_desktop.text.clean import tidy

__all__ = ["Column", "Line", "is_typed_rule", "split_line"]


class Column(StrEnum):
    FULL = ""
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Line:
    """One paragraph (or one line of a column) of the source."""

    text: str
    #: True/False when the source says so, None when it cannot tell (plain text).
    bold: bool | None = None
    italic: bool | None = None
    centred: bool | None = None
    #: Which column of a two-column block the line sits in (header, signature block).
    column: Column = Column.FULL
    #: A drawn line, a border or a typed run of dashes standing for a rule (text is "").
    rule: bool = False
    #: The rule was typed as characters (dashes, underscores) rather than drawn.
    typed_rule: bool = False
    #: The kind of automatic numbering Word put before the paragraph ("section", "clause",
    #: "point", "bullet"), or "" for none.
    auto_number: str = ""
    #: The leading part of the text that is bold (a clause title before its text).
    bold_prefix: str = ""
    #: The index of the source paragraph (.docx), so the checker can find its formatting.
    ref: int = -1
    #: Font size in points when known.
    size: float | None = None
    #: A table of the body (rows of cell texts) instead of text.
    table: tuple[tuple[str, ...], ...] | None = None
    #: The text with the model's emphasis marks for bold or italic words inside it
    #: ("Giao **Sở Tài chính** chủ trì"); None when the source has none or cannot tell.
    marked: str | None = None

    def with_text(self, text: str) -> Line:
        return replace(self, text=text, marked=None)

    def emphasis(self) -> str | None:
        """``marked`` when it still matches ``text`` (a recogniser may have changed the
        text and not the marks), else None."""
        if self.marked is None or plain_text(self.marked) != self.text:
            return None
        return self.marked


# A line made only of rule characters: "-----", "______", "———", "* * *" is not one.
_RULE_RE = re.compile(r"^[\s]*([-_–—=─━.·]\s*){3,}$")


def is_typed_rule(text: str) -> bool:
    """True for a line of dashes or underscores that stood for a drawn rule."""
    stripped = text.strip()
    if not _RULE_RE.match(stripped):
        return False
    # "..." alone is an ellipsis, not a rule.
    return any(c in "-_–—=─━" for c in stripped)


# Two columns typed side by side: separated by a tab or by three or more spaces.
_GAP_RE = re.compile(r"\t+|[ \u00a0]{3,}")


# The clerk's blanks are wide gaps too, but inside one element: "Số:      /TB-UBND",
# "ngày      tháng 6", "tháng      năm 2022". They must not be read as two columns.
_BLANK_RE = re.compile(r"(?i)(số\s*:|ngày|tháng)[ \u00a0]{3,}(?=/|tháng|năm)")


def split_line(text: str) -> list[str]:
    """The pieces of a line whose columns were separated by tabs or wide gaps."""
    text = _BLANK_RE.sub(r"\1 ", text)
    pieces = [tidy(p) for p in _GAP_RE.split(text)]
    return [p for p in pieces if p]
