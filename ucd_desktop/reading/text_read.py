"""Plain text and Markdown (copied from Word, a web page or a PDF) -> lines.

Markdown marks are taken out (headings, ``**bold**``, ``*italic*``, escapes) and ``**``
tells which lines were bold. Lines wrapped by a PDF are joined back into paragraphs;
runs of dashes or underscores become rules; a line holding two columns separated by a
tab or a wide gap is split into its left and right parts.
"""

from __future__ import annotations

import re

from ucd_desktop.reading.lines import Column, Line, is_typed_rule, split_line
from ucd_desktop.reading.patterns import is_type_name
from ucd_desktop.text.clean import clean_field, join_wrapped_lines, tidy

__all__ = ["text_lines"]

_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s*)")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_TRAILING_HASHES = re.compile(r"\s+#+\s*$")


def _strip_marks(line: str, bold: bool) -> tuple[str, bool, list[tuple[str, bool]]]:
    """Remove ``**``/``__`` and single ``*`` marks; return the text, the bold state after
    the line, and the text cut into (piece, bold) parts."""
    if "*" not in line and "_" not in line and "\\" not in line:
        return line, bold, [(line, bold)]  # no marks: the loop below is 1 µs a character
    parts: list[tuple[str, bool]] = []
    buf: list[str] = []
    i = 0
    while i < len(line):
        if line.startswith("\\", i) and i + 1 < len(line):
            buf.append(line[i : i + 2])
            i += 2
            continue
        if line.startswith("**", i) or line.startswith("__", i):
            if buf:
                parts.append(("".join(buf), bold))
                buf = []
            bold = not bold
            i += 2
            continue
        if line[i] == "*":
            before = line[i - 1] if i else " "
            after = line[i + 1] if i + 1 < len(line) else " "
            if i == 0 and after == " ":
                buf.append("-")  # "* item" is a Markdown bullet
                i += 1
                continue
            if not (before.isspace() and after.isspace()):
                i += 1  # an italic mark; a star between spaces is a real star
                continue
        buf.append(line[i])
        i += 1
    if buf:
        parts.append(("".join(buf), bold))
    parts = [(_ESCAPE_RE.sub(r"\1", p), b) for p, b in parts]
    return "".join(p for p, _ in parts), bold, parts


def _bold_prefix(parts: list[tuple[str, bool]]) -> str:
    out: list[str] = []
    for text, bold in parts:
        if not bold:
            if text.strip():
                break
            out.append(text)
            continue
        out.append(text)
    return tidy("".join(out))


def text_lines(text: str) -> list[Line]:
    """Lines of pasted text, with bold known only when the text is Markdown."""
    # clean_field turns a tab into one space; keep typed columns apart.
    text = clean_field(text.replace("\t", "   "))
    markdown = "**" in text or bool(re.search(r"^\s{0,3}#{1,6}\s", text, re.MULTILINE))
    raw: list[Line | None] = []  # None is a blank line (it ends a paragraph)
    bold = False
    for source in text.split("\n"):
        stripped = _TRAILING_HASHES.sub("", _HEADING_RE.sub("", source))
        if not stripped.strip():
            raw.append(None)
            continue
        if is_typed_rule(stripped):  # before "__" is taken for a bold mark
            raw.append(Line("", rule=True, typed_rule=True))
            continue
        plain, bold, parts = _strip_marks(stripped, bold)
        if is_typed_rule(plain):
            raw.append(Line("", rule=True, typed_rule=True))
            continue
        bold_parts = [b for p, b in parts if p.strip()]
        line_bold: bool | None = None
        prefix = ""
        if markdown:
            line_bold = bool(bold_parts) and all(bold_parts)
            prefix = _bold_prefix(parts) if any(bold_parts) else ""
        pieces = split_line(plain) if len(plain) < 200 else [tidy(plain)]
        if len(pieces) == 2:
            raw.append(Line(pieces[0], bold=line_bold, column=Column.LEFT))
            raw.append(Line(pieces[1], bold=line_bold, column=Column.RIGHT))
            continue
        joined = tidy(plain)
        if joined:
            raw.append(Line(joined, bold=line_bold, bold_prefix=prefix))
    return _join(raw)


def _join(raw: list[Line | None]) -> list[Line]:
    """Join lines a PDF wrapped back into paragraphs (a blank line always ends one)."""
    out: list[Line] = []
    group: list[Line] = []

    def flush() -> None:
        if not group:
            return
        texts = join_wrapped_lines([g.text for g in group])
        # join_wrapped_lines keeps the order; hand each paragraph the style of its first line.
        index = 0
        for paragraph in texts:
            first = group[index]
            out.append(first.with_text(paragraph))
            consumed = len(first.text)
            index += 1
            while index < len(group) and consumed < len(paragraph):
                consumed += len(group[index].text) + 1
                index += 1
        group.clear()

    for line in raw:
        if line is not None and is_type_name(line.text):
            flush()  # "thông báo" typed in a TCVN3 capitals font reads as small letters
            out.append(line)
            continue
        if line is None or line.rule or line.column is not Column.FULL:
            flush()
            if line is not None:
                out.append(line)
            continue
        group.append(line)
    flush()
    return out
