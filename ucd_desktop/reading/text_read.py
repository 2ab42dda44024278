"""Plain text and Markdown (copied from Word, a web page or a PDF) -> lines.

Markdown marks are taken out (headings, ``**bold**``, ``*italic*``, escapes) and ``**``
tells which lines were bold. Lines wrapped by a PDF are joined back into paragraphs;
runs of dashes or underscores become rules; a line holding two columns separated by a
tab or a wide gap is split into its left and right parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ucd_desktop.reading.lines import Column, Line, is_typed_rule, split_line
from ucd_desktop.reading.patterns import is_recipients_heading, is_type_name
from ucd_desktop.reading.reflow import (
    Printed,
    continues,
    full_length,
    glue_header,
    join,
    printed_lines,
    uses_indents,
)
from ucd_desktop.text.clean import clean_field, tidy

__all__ = ["Reflow", "reflowed_lines", "text_lines"]

_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s*)")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_TRAILING_HASHES = re.compile(r"\s+#+\s*$")
# A person's name: two to five words with capitals, no digits or punctuation.
_NAME_RE = re.compile(r"^(?:[^\W\d_][^\W\d_]*\s){1,4}[^\W\d_]+$")


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


@dataclass
class Reflow:
    """What reading printed text did: lines joined into paragraphs, page furniture dropped."""

    joined: int = 0
    dropped: int = 0


def text_lines(text: str) -> list[Line]:
    """Lines of pasted text, with bold known only when the text is Markdown."""
    return reflowed_lines(text)[0]


def reflowed_lines(text: str) -> tuple[list[Line], Reflow]:
    """Lines of pasted text, and what was reflowed (see ``reading.reflow``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "   ")
    markdown = "**" in text or bool(re.search(r"^\s{0,3}#{1,6}\s", text, re.MULTILINE))
    printed, dropped = printed_lines(text)
    printed, glued = glue_header(printed)
    full = full_length(printed)
    raw: list[tuple[Line, Printed] | None] = []  # None is a blank line (it ends a paragraph)
    bold = False
    closing = False
    page = 0  # the page the closing block starts on
    for entry in printed:
        if entry is None:
            raw.append(None)
            continue
        source = clean_field(entry.raw, multiline=False)
        stripped = _TRAILING_HASHES.sub("", _HEADING_RE.sub("", source))
        if not stripped.strip():
            raw.append(None)
            continue
        if is_typed_rule(stripped):  # before "__" is taken for a bold mark
            raw.append((Line("", rule=True, typed_rule=True), entry))
            continue
        plain, bold, parts = _strip_marks(stripped, bold)
        if is_typed_rule(plain):
            raw.append((Line("", rule=True, typed_rule=True), entry))
            continue
        bold_parts = [b for p, b in parts if p.strip()]
        line_bold: bool | None = None
        prefix = ""
        if markdown:
            line_bold = bool(bold_parts) and all(bold_parts)
            prefix = _bold_prefix(parts) if any(bold_parts) else ""
        pieces = split_line(plain) if len(plain) < 200 else [tidy(plain)]
        if len(pieces) == 2:
            raw.append((Line(pieces[0], bold=line_bold, column=Column.LEFT), entry))
            raw.append((Line(pieces[1], bold=line_bold, column=Column.RIGHT), entry))
            if not closing and is_recipients_heading(pieces[0]):
                closing, page = True, entry.page
            continue
        joined = tidy(plain)
        if not joined:
            continue
        # Below "./." or "Nơi nhận", a line set far to the right is the signature block
        # (the signer's name under blank lines), never a recipient.
        column = Column.FULL
        far = full and entry.indent >= 0.35 * full
        named = _NAME_RE.match(joined) and (entry.page > page or entry.indent >= 0.2 * full)
        if closing and (far or named):
            column = Column.RIGHT
        raw.append((Line(joined, bold=line_bold, bold_prefix=prefix, column=column), entry))
        if not closing and (is_recipients_heading(joined) or joined.endswith("./.")):
            closing, page = True, entry.page
    lines, report = _join(raw, full, uses_indents(printed))
    report.dropped, report.joined = dropped, report.joined + glued
    return lines, report


def _resumes(prev: Printed, nxt: Printed) -> bool:
    text = prev.text.rstrip("\"'”’»)]")
    return bool(text) and text[-1] not in ".:;!?" and nxt.text[:1].islower()


def _join(
    raw: list[tuple[Line, Printed] | None], full: int, margin: int | None
) -> tuple[list[Line], Reflow]:
    """Join lines a page wrapped back into paragraphs (a blank line always ends one)."""
    out: list[Line] = []
    report = Reflow()
    group: list[tuple[Line, Printed]] = []

    def flush() -> None:
        if group:
            text = group[0][0].text
            for line, _printed in group[1:]:
                text = join(text, line.text)
            out.append(group[0][0].with_text(tidy(text)) if len(group) > 1 else group[0][0])
            report.joined += len(group) - 1
            group.clear()

    blank = False
    for item in raw:
        if item is None:
            blank = True
            continue
        line, printed = item
        if is_type_name(line.text) or line.rule or line.column is not Column.FULL:
            flush()  # "thông báo" typed in a TCVN3 capitals font reads as small letters
            out.append(line)
            blank = False
            continue
        # A blank line ends a paragraph, unless what follows plainly goes on with it
        # (a small letter after an unfinished sentence: pdftotext sets numbers apart).
        if group and (
            (blank and not _resumes(group[-1][1], printed))
            or (not blank and not continues(group[-1][1], printed, full, margin))
        ):
            flush()
        blank = False
        group.append((line, printed))
    flush()
    return out, report
