"""Automatic numbering of body items: "I.", "1.", "a)", "-".

Labels are derived from the order of items, never stored, so moving, inserting or
deleting an item renumbers everything after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ucd_desktop.model.notice import BodyItem, ItemKind
from ucd_desktop.text.numbering import roman, vn_letter

__all__ = ["BULLET", "item_labels"]

BULLET = "-"


def item_labels(items: Sequence[BodyItem]) -> list[str]:
    """The label shown before each item ("" for paragraphs and tables)."""
    labels: list[str] = []
    section = clause = point = 0
    for item in items:
        if item.kind is ItemKind.SECTION:
            section += 1
            clause = point = 0
            labels.append(f"{roman(section)}.")
        elif item.kind is ItemKind.CLAUSE:
            clause += 1
            point = 0
            labels.append(f"{clause}.")
        elif item.kind is ItemKind.POINT:
            point += 1
            labels.append(f"{vn_letter(point)})")
        elif item.kind is ItemKind.BULLET:
            labels.append(BULLET)
        else:
            labels.append("")
    return labels
