"""Light emphasis inside a paragraph: ``**bold**``, ``*italic*``, ``***both***``.

Drafters type these marks in plain text fields (the GUI offers buttons for them); the
layout turns them into runs. A backslash keeps a literal asterisk: ``\\*``. Marks that
are not closed are shown as typed, so nothing the user wrote ever disappears.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Span", "has_marks", "parse_inline", "plain_text"]


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


def _tokens(text: str) -> list[tuple[str, str]]:
    """Split into ("text", s) and ("mark", "*"/"**"/"***") tokens, honouring escapes."""
    out: list[tuple[str, str]] = []
    buf: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in "*\\":
            buf.append(text[i + 1])
            i += 2
            continue
        if c == "*":
            j = i
            while j < n and text[j] == "*" and j - i < 3:
                j += 1
            if buf:
                out.append(("text", "".join(buf)))
                buf = []
            out.append(("mark", text[i:j]))
            i = j
            continue
        buf.append(c)
        i += 1
    if buf:
        out.append(("text", "".join(buf)))
    return out


def parse_inline(text: str) -> list[Span]:
    """Spans of ``text`` with their emphasis; adjacent spans of equal style are merged."""
    if "*" not in text and "\\" not in text:
        return [Span(text)] if text else []
    tokens = _tokens(text)
    # Pair marks: a mark opens a style when a later identical mark closes it.
    closes: dict[int, int] = {}
    open_at: dict[str, int] = {}
    for idx, (kind, value) in enumerate(tokens):
        if kind != "mark":
            continue
        if value in open_at:
            closes[open_at.pop(value)] = idx
        else:
            open_at[value] = idx
    closers = set(closes.values())
    spans: list[Span] = []
    bold = italic = False
    for idx, (kind, value) in enumerate(tokens):
        if kind == "text":
            _append(spans, Span(value, bold, italic))
        elif idx in closes or idx in closers:
            bold, italic = _toggle(value, bold, italic)
        else:
            _append(spans, Span(value, bold, italic))  # an unpaired mark is text
    return spans


def _toggle(mark: str, bold: bool, italic: bool) -> tuple[bool, bool]:
    if len(mark) >= 2:
        bold = not bold
    if len(mark) != 2:
        italic = not italic
    return bold, italic


def _append(spans: list[Span], span: Span) -> None:
    if not span.text:
        return
    if spans and spans[-1].bold == span.bold and spans[-1].italic == span.italic:
        spans[-1] = Span(spans[-1].text + span.text, span.bold, span.italic)
    else:
        spans.append(span)


def plain_text(text: str) -> str:
    """``text`` without emphasis marks (for measuring, searching and comparing)."""
    return "".join(s.text for s in parse_inline(text))


def has_marks(text: str) -> bool:
    return any(s.bold or s.italic for s in parse_inline(text))
