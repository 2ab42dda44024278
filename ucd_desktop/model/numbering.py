"""Automatic numbering of body items: "I.", "1.", "a)", "-".

Labels are derived from the order of items, never stored, so moving, inserting or
deleting an item renumbers everything after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ucd_desktop.model.notice import Appendix, BodyItem, ItemKind
from ucd_desktop.text.numbering import roman, vn_letter

__all__ = ["APPENDIX_WORD", "BULLET", "appendix_labels", "appendix_numbers", "item_labels"]

BULLET = "-"
#: The word before an appendix's number, as Decree 30 writes it (lower case, bold).
APPENDIX_WORD = "Phụ lục"


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


def appendix_numbers(appendices: Sequence[Appendix]) -> list[str]:
    """The number printed after "Phụ lục" for each appendix: the one the drafter typed,
    else none for a single appendix and Roman numerals by position for two or more
    (Decree 30: several appendices are numbered in Roman numerals)."""
    several = len(appendices) > 1
    out: list[str] = []
    for position, appendix in enumerate(appendices, start=1):
        typed = " ".join(appendix.number.split())
        out.append(typed or (roman(position) if several and position < 4000 else ""))
    return out


def appendix_labels(appendices: Sequence[Appendix]) -> list[str]:
    """ "Phụ lục I", "Phụ lục 01", or "Phụ lục" alone for a single unnumbered appendix."""
    return [f"{APPENDIX_WORD} {n}".strip() for n in appendix_numbers(appendices)]
