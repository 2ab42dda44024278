"""Breaking one paragraph into lines as Word does, with every text piece positioned.

Used by ``layout.paginate`` (and through it the live preview). Widths come from
``layout.metrics`` (Times New Roman advances, no kerning). Word's rules modelled here:

- a line breaks at spaces, and after a hyphen between two word characters
  ("Covid-" / "19"); spaces at the end of a line hang into the margin;
- a word wider than a whole line starts a new line and is broken between characters;
- justified lines stretch every space between their first and last word so the last
  word ends exactly at the right indent; the last line of a paragraph is not stretched;
- centred and right-aligned lines ignore their trailing spaces.

Results are memoised by the paragraph's runs, size, alignment, indents and width, so a
keystroke in one paragraph re-breaks that paragraph only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ucd_desktop.layout.blocks import Align, Run
from ucd_desktop.layout.metrics import metrics

__all__ = ["EPSILON", "Line", "Piece", "break_lines", "cache_clear"]

#: How far a word may pass the right indent and still count as fitting (pt).
EPSILON = 0.01
_SPACES = re.compile(r"( +)")
#: A break opportunity: just after a hyphen or en dash that has a word character on
#: each side ("Covid-19", "2022-2025", "QĐ-TTg"); not in "- Phối" or "-5".
_AFTER_HYPHEN = re.compile(r"(?<=[^\s\-–][-–])(?=[^\s\-–])")


@dataclass(frozen=True, slots=True)
class Piece:
    """Text in one style at ``x`` points from the left edge of the paragraph's box."""

    x: float
    text: str
    bold: bool
    italic: bool
    width: float


@dataclass(frozen=True, slots=True)
class Line:
    pieces: tuple[Piece, ...]
    #: Where the line's ink starts and ends (trailing spaces excluded), from the box's left.
    start: float
    end: float


@dataclass(slots=True)
class _Token:
    """A word (possibly in several styles) and the spaces after it."""

    segments: list[tuple[str, bool, bool, float]]
    width: float
    space: float
    spaces: int
    #: Starts a new line (the first letter of a word too long for any line).
    fresh: bool = False


@lru_cache(maxsize=65536)
def _units(text: str, bold: bool, italic: bool) -> int:
    """Advance of ``text`` in font units (memoised: words repeat a lot)."""
    return metrics(bold, italic).width_units(text)


@lru_cache(maxsize=4)
def _em(bold: bool, italic: bool) -> int:
    return metrics(bold, italic).units_per_em


def _width(text: str, size: float, bold: bool, italic: bool) -> float:
    units = (
        _units(text, bold, italic) if len(text) <= 64 else metrics(bold, italic).width_units(text)
    )
    return units * size / _em(bold, italic)


def _space_width(size: float, bold: bool, italic: bool) -> float:
    return _width(" ", size, bold, italic)


def _tokens(runs: Sequence[Run], size: float, page_text: str) -> list[_Token]:
    tokens: list[_Token] = []
    segs: list[tuple[str, bool, bool, float]] = []
    width = 0.0
    for run in runs:
        text = page_text if run.page_field else run.text
        bold, italic = run.bold, run.italic
        for index, part in enumerate(_SPACES.split(text)):
            if not part:
                continue
            if index % 2:  # a group of spaces ends the current token
                space = len(part) * _space_width(size, bold, italic)
                tokens.append(_Token(segs, width, space, len(part)))
                segs, width = [], 0.0
                continue
            pieces = _AFTER_HYPHEN.split(part) if ("-" in part or "–" in part) else [part]
            last = len(pieces) - 1
            for k, piece in enumerate(pieces):
                w = _width(piece, size, bold, italic)
                segs.append((piece, bold, italic, w))
                width += w
                if k < last:  # may break after the hyphen: a token without spaces
                    tokens.append(_Token(segs, width, 0.0, 0))
                    segs, width = [], 0.0
    if segs or not tokens:
        tokens.append(_Token(segs, width, 0.0, 0))
    return tokens


def _split_long(tokens: list[_Token], limit: float, size: float) -> list[_Token]:
    """Tokens wider than ``limit`` broken into one token per character (Word breaks such
    a word wherever the line is full)."""
    if all(t.width <= limit + EPSILON for t in tokens):
        return tokens
    out: list[_Token] = []
    for token in tokens:
        if token.width <= limit + EPSILON:
            out.append(token)
            continue
        chars = [
            (c, b, i, _width(c, size, b, i)) for text, b, i, _w in token.segments for c in text
        ]
        first = len(out)
        out.extend(_Token([ch], ch[3], 0.0, 0) for ch in chars)
        out[first].fresh = True
        out[-1].space, out[-1].spaces = token.space, token.spaces
    return out


def _fit(tokens: list[_Token], first: float, rest: float) -> list[tuple[int, int]]:
    """Greedy breaking: [start, end) token ranges, one a line."""
    lines: list[tuple[int, int]] = []
    start, used, limit = 0, 0.0, first
    for i, token in enumerate(tokens):
        if i > start and (token.fresh or used + token.width > limit + EPSILON):
            lines.append((start, i))
            start, used, limit = i, 0.0, rest
        used += token.width + token.space
    lines.append((start, len(tokens)))
    return lines


def _line(
    tokens: list[_Token], a: int, b: int, x0: float, avail: float, align: Align, last: bool
) -> Line:
    natural = sum(t.width + t.space for t in tokens[a : b - 1]) + tokens[b - 1].width
    gaps = sum(t.spaces for t in tokens[a : b - 1])
    extra = 0.0
    if align is Align.JUSTIFY and not last and gaps:
        extra = (avail - natural) / gaps
    elif align is Align.CENTER:
        x0 += (avail - natural) / 2
    elif align is Align.RIGHT:
        x0 += avail - natural
    pieces: list[Piece] = []
    x = x0
    pending = ""  # the spaces between the previous piece and the next one
    for i in range(a, b):
        token = tokens[i]
        for text, bold, italic, w in token.segments:
            prev = pieces[-1] if pieces else None
            if prev is not None and prev.bold == bold and prev.italic == italic and not extra:
                # Same style and natural spacing: one piece for the run of words.
                pieces[-1] = Piece(prev.x, prev.text + pending + text, bold, italic, x + w - prev.x)
            elif text:
                pieces.append(Piece(x, text, bold, italic, w))
            pending = ""
            x += w
        if i < b - 1:
            x += token.space + extra * token.spaces
            pending += " " * token.spaces
    return Line(tuple(pieces), x0, x)


@lru_cache(maxsize=4096)
def _cached(
    runs: tuple[Run, ...],
    size: float,
    align: Align,
    first_indent: float,
    left: float,
    right: float,
    width: float,
    page_text: str,
) -> tuple[Line, ...]:
    tokens = _tokens(runs, size, page_text)
    first = width - left - right - first_indent
    rest = width - left - right
    tokens = _split_long(tokens, max(min(first, rest), 1.0), size)
    ranges = _fit(tokens, first, rest)
    out: list[Line] = []
    for n, (a, b) in enumerate(ranges):
        x0 = left + (first_indent if n == 0 else 0.0)
        avail = first if n == 0 else rest
        out.append(_line(tokens, a, b, x0, avail, align, n == len(ranges) - 1))
    return tuple(out)


def break_lines(
    runs: Sequence[Run],
    size: float,
    align: Align,
    width: float,
    *,
    first_indent: float = 0.0,
    left_indent: float = 0.0,
    right_indent: float = 0.0,
    page_text: str = "",
) -> tuple[Line, ...]:
    """The lines of a paragraph set in a box ``width`` points wide (indents inside it).

    An empty paragraph has one empty line. ``page_text`` stands in for PAGE fields.
    """
    return _cached(
        tuple(runs), size, align, first_indent, left_indent, right_indent, width, page_text
    )


def cache_clear() -> None:
    """Forget every memoised paragraph (tests and benchmarks measure cold starts)."""
    _cached.cache_clear()
