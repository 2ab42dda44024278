"""Pasted text -> body items (no Qt): what "Paste as items" and a multi-line paste do.

Text copied from Word comes one paragraph a line; text copied from a PDF comes one
printed line a line, so wrapped lines are joined first (``join_wrapped_lines``). Each
paragraph is tidied (NFC, control characters, double spaces) and its typed marker, if
any, becomes the item's kind: "I." a section, "1." a clause, "a)" a point, "-", "+" or
"•" a bullet; the marker itself is dropped, since numbering is automatic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ucd_desktop.model.notice import BodyItem, ItemKind
from ucd_desktop.text.clean import clean_field, join_wrapped_lines, tidy
from ucd_desktop.text.numbering import parse_roman, parse_vn_letter

__all__ = ["PastedItem", "parse_pasted", "to_body_items"]

_MARKER = re.compile(
    r"^(?:(?P<bullet>[-+•*\u2013\u2014])"
    r"|(?P<roman>[IVXLC]+)\."
    r"|(?P<clause>\d{1,3})[.)]"
    r"|(?P<point>[a-zđ])\))\s+(?P<rest>\S.*)$"
)
#: A clause shorter than this and not ending a sentence is a heading ("1. Về giao thông").
_TITLE_MAX = 160


@dataclass(frozen=True)
class PastedItem:
    kind: ItemKind
    title: str = ""
    text: str = ""


def _item(paragraph: str) -> PastedItem:
    m = _MARKER.match(paragraph)
    if m is None:
        return PastedItem(ItemKind.PARAGRAPH, text=paragraph)
    rest = m.group("rest").strip()
    if m.group("bullet"):
        return PastedItem(ItemKind.BULLET, text=rest)
    if m.group("roman") and parse_roman(m.group("roman")):
        return PastedItem(ItemKind.SECTION, title=rest)
    if m.group("clause"):
        if len(rest) <= _TITLE_MAX and (rest.endswith(":") or rest[-1] not in ".;!?"):
            return PastedItem(ItemKind.CLAUSE, title=rest.rstrip())
        return PastedItem(ItemKind.CLAUSE, text=rest)
    if m.group("point") and parse_vn_letter(m.group("point")):
        return PastedItem(ItemKind.POINT, text=rest)
    return PastedItem(ItemKind.PARAGRAPH, text=paragraph)


def parse_pasted(text: str) -> list[PastedItem]:
    """The items a pasted block of text makes, in order (empty for blank text)."""
    lines = clean_field(text).split("\n")
    return [_item(tidy(p)) for p in join_wrapped_lines(lines) if tidy(p)]


def to_body_items(items: list[PastedItem]) -> list[BodyItem]:
    return [BodyItem(kind=i.kind, title=i.title, text=i.text) for i in items]
