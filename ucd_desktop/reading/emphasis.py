"""Emphasis inside a paragraph, carried from the source into the model's marks.

A reader knows the style of every character it read (a .docx run is bold or italic); the
recognisers work on plain text. ``Line.marked`` holds the same text with the model's
marks (``**bold**``, ``*italic*``, ``***both***``, ``\\*``), and the body takes the slice
of it that matches the plain text it kept. When the plain text was rewritten in a way
that cannot be matched character by character, the plain text is used: a mark in the
wrong place is worse than no mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from ucd_desktop.model.inline import parse_inline
from ucd_desktop.text.clean import clean_field

__all__ = [
    "BOLD",
    "ITALIC",
    "align",
    "escape_marks",
    "mark_line",
    "render_marked",
    "slice_marked",
    "styles_of",
]

#: Style bits of one character.
BOLD = 1
ITALIC = 2
_MARKS = {BOLD: "**", ITALIC: "*", BOLD | ITALIC: "***"}


def escape_marks(text: str) -> str:
    """Keep literal asterisks literal: the model reads ``*`` as emphasis."""
    return text.replace("\\", "\\\\").replace("*", "\\*")


def _skippable(c: str) -> bool:
    """A source character the cleaning may have dropped (spaces, invisible characters)."""
    return c.isspace() or not clean_field(c, multiline=False)


def align(source: Sequence[tuple[str, int]], target: str) -> list[int] | None:
    """The style of each character of ``target``, a cleaned copy of ``source``'s text
    (spaces collapsed, moved or added, invisible characters dropped); None when
    ``target`` is not such a copy."""
    styles: list[int] = []
    i, n = 0, len(source)
    for ch in target:
        while True:
            if i < n and source[i][0] == ch:
                styles.append(source[i][1])
                i += 1
                break
            if ch.isspace():
                if i < n and source[i][0].isspace():
                    styles.append(source[i][1])
                    i += 1
                else:
                    styles.append(0)  # a space the cleaning added (a tab made a space)
                break
            if i < n and _skippable(source[i][0]):
                i += 1
                continue
            return None
    if any(not _skippable(c) for c, _style in source[i:]):
        return None
    return styles


def _effective(text: str, styles: Sequence[int]) -> list[int]:
    """``styles`` as they will be marked: emphasis on only spaces or punctuation is
    dropped, spaces take a style only between two characters that have it."""
    out = list(styles)
    solid = [k for k, c in enumerate(text) if not c.isspace()]
    # Groups of solid characters of one style (spaces between them do not break a group).
    start = 0
    while start < len(solid):
        end = start
        while end + 1 < len(solid) and out[solid[end + 1]] == out[solid[start]]:
            end += 1
        group = solid[start : end + 1]
        if out[group[0]] and not any(text[k].isalnum() for k in group):
            for k in group:
                out[k] = 0
        start = end + 1
    for k, c in enumerate(text):
        if c == "\n":
            out[k] = 0  # a newline starts a paragraph: marks never span it
    following = [0] * (len(text) + 1)
    for k in range(len(text) - 1, -1, -1):
        if text[k] == "\n":
            following[k] = 0
        else:
            following[k] = following[k + 1] if text[k].isspace() else out[k]
    previous = 0
    for k, c in enumerate(text):
        if c == "\n":
            previous = 0
        elif c.isspace():
            out[k] = previous if previous == following[k] else 0
        else:
            previous = out[k]
    return out


def render_marked(text: str, styles: Sequence[int]) -> str:
    """``text`` with marks for ``styles`` (one per character), literal asterisks escaped.
    When the marks would not read back as the same styles, the plain text (escaped)."""
    if len(styles) != len(text):
        return escape_marks(text)
    eff = _effective(text, styles)
    if not any(eff):
        return escape_marks(text)
    parts: list[str] = []
    k = 0
    while k < len(text):
        j = k
        while j < len(text) and eff[j] == eff[k]:
            j += 1
        chunk = escape_marks(text[k:j])
        mark = _MARKS.get(eff[k], "")
        parts.append(f"{mark}{chunk}{mark}")
        k = j
    marked = "".join(parts)
    # Two styles that touch ("**a***b*") can read back differently: then no marks.
    if styles_of(marked) != (text, eff):
        return escape_marks(text)
    return marked


def styles_of(marked: str) -> tuple[str, list[int]]:
    """The plain text of ``marked`` and the style of each of its characters."""
    text: list[str] = []
    styles: list[int] = []
    for span in parse_inline(marked):
        style = (BOLD if span.bold else 0) | (ITALIC if span.italic else 0)
        text.append(span.text)
        styles.extend([style] * len(span.text))
    return "".join(text), styles


def slice_marked(marked: str, start: int, end: int | None = None) -> str:
    """The marked text of the plain characters ``start:end`` of ``marked``."""
    text, styles = styles_of(marked)
    return render_marked(text[start:end], styles[start:end])


def mark_line(source: Sequence[tuple[str, int]], text: str) -> str | None:
    """``text`` (``source``'s characters, cleaned) with marks for the words that stand out;
    None when nothing stands out: a line in one style (bold or italic as a whole is
    read from the line, not marked), or a ``text`` that cannot be matched."""
    found = align(source, text)
    if found is None or len({s for c, s in zip(text, found, strict=True) if not c.isspace()}) <= 1:
        return None
    marked = render_marked(text, found)
    return None if marked == escape_marks(text) else marked
