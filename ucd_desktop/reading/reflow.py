"""Text copied from a printed page (``pdftotext``, a PDF viewer): lines back into paragraphs.

A printed page wraps every paragraph into lines, starts a paragraph with an indent,
repeats a page number (and sometimes a running header or footer) on every page and puts
the signer's name at the bottom right after blank lines. Here:

- the page breaks (form feeds, or a page number alone on its line) are taken out, with
  running headers and footers (the same line opening or closing two pages or more) and
  the blank lines around them, so that a paragraph cut by a page goes on;
- each line keeps its indent; the page's full line length is measured (the longest
  lines): a line continues the one before when that one ran to the full width and did
  not end a sentence, or when the text uses first-line indents and this line has none;
  a list marker, an indent, a short line before it or a blank line start a paragraph;
- the clerk's blanks in the header ("Số:" and "/TB-UBND" printed apart) are joined.

``joins`` counts what was reflowed, for the import report.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ucd_desktop.text.clean import tidy

__all__ = ["Printed", "continues", "printed_lines"]

_PAGE_NUMBER_RE = re.compile(
    r"^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^(?:trang|page)\s+\d{1,3}(?:\s*(?:/|trên|of)\s*\d{1,3})?$",
    re.IGNORECASE,
)
_LIST_RE = re.compile(
    r"^(?:[-+•*\u2013\u2014]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[IVXLCDM]+[.)])\s", re.IGNORECASE
)
_SENTENCE_END = ".:;!?"
# The opening of a notice starts with its date ("Ngày 26/5/2022, …"): never a wrapped line.
_OPENING_RE = re.compile(r"^Ngày\s+\d")
_CLOSERS = "\"'”’»)]"
# Bullets Word draws from the Symbol and Wingdings fonts (private-use code points), and
# a bullet set apart from its text by a tab: both become "- ".
_SYMBOLS = str.maketrans({0xF0B7: "•", 0xF0A7: "▪", 0xF06E: "▪", 0xF0D8: "•", 0xF076: "•"})
_BULLET_RE = re.compile(r"^(\s*)[•▪·]\s+")
#: A line at least this share of the page's full lines ran to the margin.
_FULL = 0.82


@dataclass
class Printed:
    """One printed line: its text (tidied), indent in characters and page."""

    text: str
    indent: int
    page: int = 1
    #: The line as printed (gaps between columns kept), without its indent.
    raw: str = ""

    @property
    def end(self) -> int:
        return self.indent + len(self.text)


def _pages(text: str) -> list[list[str]]:
    return [page.split("\n") for page in text.split("\f")]


def _running(pages: list[list[str]]) -> set[str]:
    """Lines that open or close two pages or more (a running header or footer)."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        filled = [tidy(line) for line in page if line.strip()]
        for line in {filled[0], filled[-1]} if filled else set():
            seen[line] += 1
    return {line for line, count in seen.items() if count >= 2 and len(line) < 120}


def _page_number(page: list[str], index: int, pages: int) -> bool:
    """A page number: alone on its line, centred or set apart (the first or last line of
    a page, or after a blank line)."""
    raw = page[index]
    if not _PAGE_NUMBER_RE.match(tidy(raw)):
        return False
    filled = [i for i, line in enumerate(page) if line.strip()]
    edge = pages > 1 and index in (filled[0], filled[-1])
    after_blank = index > 0 and not page[index - 1].strip()
    return len(raw) - len(raw.lstrip()) >= 10 or edge or after_blank


def printed_lines(text: str) -> tuple[list[Printed | None], int]:
    """The lines of ``text`` (None for a blank line) without page furniture, and how
    many page numbers, headers and footers were taken out."""
    pages = _pages(text)
    running = _running(pages)
    out: list[Printed | None] = []
    dropped = 0
    bullet = False  # a bullet printed alone on its line (plain pdftotext) goes to the next
    for number, page in enumerate(pages, 1):
        if number > 1:
            _drop_trailing_blanks(out)
            out.append(_BREAK)
        for index, raw in enumerate(page):
            expanded = _BULLET_RE.sub(r"\1- ", raw.replace("\t", "    ").translate(_SYMBOLS))
            stripped = tidy(expanded)
            if stripped in ("•", "▪", "·", "-"):
                bullet = True
                continue
            if not stripped:
                if not bullet:
                    out.append(None)
                continue
            if bullet:
                expanded, stripped, bullet = "- " + expanded.lstrip(), "- " + stripped, False
            if _page_number(page, index, len(pages)) or stripped in running:
                dropped += 1
                _drop_trailing_blanks(out)
                out.append(_BREAK)
                continue
            indent = len(expanded) - len(expanded.lstrip(" \u00a0"))
            out.append(Printed(stripped, indent, number, expanded.strip()))
    return _skip_blanks_after_breaks(out), dropped


#: Where a page ended (never returned: blank lines next to it are dropped with it).
_BREAK = Printed("\f", 0)


def _drop_trailing_blanks(out: list[Printed | None]) -> None:
    while out and out[-1] is None:
        out.pop()


def _skip_blanks_after_breaks(out: list[Printed | None]) -> list[Printed | None]:
    """Blank lines after a page break belong to the page, not to the text."""
    kept: list[Printed | None] = []
    after_break = False
    for line in out:
        if line is _BREAK:
            after_break = True
            continue
        if line is None and after_break:
            continue
        after_break = False
        kept.append(line)
    return kept


_CUT_BEFORE_RE = re.compile(r"(?i)(?:số\s*:|ngày)$")
_CUT_AFTER_RE = re.compile(r"(?i)^(?:/|tháng\b)")


def glue_header(lines: list[Printed | None]) -> tuple[list[Printed | None], int]:
    """Above "THÔNG BÁO", "Số:" and "/TB-UBND" (or "…, ngày" and "tháng 6 năm 2022")
    printed apart around the clerk's blanks, as one line again; and how many were glued."""
    out: list[Printed | None] = []
    glued = 0
    for index, line in enumerate(lines):
        if line is not None and re.fullmatch(r"(?i)th[ôo]ng\s+b[áa]o", line.text):
            return out + lines[index:], glued
        previous = next((ln for ln in reversed(out) if ln is not None), None)
        if (
            line is not None
            and previous is not None
            and _CUT_BEFORE_RE.search(previous.text)
            and _CUT_AFTER_RE.match(line.text)
        ):
            previous.text = f"{previous.text} {line.text}"
            previous.raw = f"{previous.raw} {line.raw}"
            while out and out[-1] is None:
                out.pop()
            glued += 1
            continue
        out.append(line)
    return out, glued


def full_length(lines: list[Printed | None]) -> int:
    """The length of the page's full lines: the 90th percentile of the line ends (0 when
    there are too few lines, or too short ones, to tell)."""
    ends = sorted(ln.end for ln in lines if ln is not None)
    if len(ends) < 8 or ends[-1] < 40:
        return 0
    return ends[min(len(ends) - 1, int(len(ends) * 0.9))]


def uses_indents(lines: list[Printed | None]) -> int | None:
    """The margin (smallest indent) when paragraphs start with an indent and wrapped lines
    start at the margin; None when the text has no such indents (plain copy)."""
    indents = [ln.indent for ln in lines if ln is not None]
    if len(indents) < 6:
        return None
    margin = min(indents)
    at_margin = sum(1 for i in indents if i <= margin + 1)
    indented = sum(1 for i in indents if margin + 3 <= i <= margin + 12)
    return margin if at_margin >= 3 and indented >= 2 else None


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _centred(line: Printed, full: int) -> bool:
    return line.indent > 4 and abs(line.indent - (full - line.end)) <= 4


def continues(prev: Printed, nxt: Printed, full: int, margin: int | None) -> bool:
    """Does ``nxt`` go on with the paragraph ``prev`` ends?"""
    if _LIST_RE.match(nxt.text):
        return False
    if prev.text.startswith("(") and prev.text.endswith(")"):
        return False  # a line in brackets stands alone: "(Kèm theo Thông báo số …)"
    ran_full = full > 0 and prev.end >= _FULL * full
    marker = _LIST_RE.match(prev.text)
    if marker and nxt.indent == prev.indent + marker.end() and not _ends_sentence(prev.text):
        return True  # a hanging indent: the wrapped line lines up with the item's text
    if margin is not None and nxt.indent >= margin + 3:
        # an indent starts a paragraph, unless both lines are centred (a title wrapped)
        return (
            _centred(nxt, full)
            and (_centred(prev, full) or ran_full)
            and not _ends_sentence(prev.text)
        )
    if _ends_sentence(prev.text):
        return nxt.text[:1].islower()
    if ran_full:
        return not _OPENING_RE.match(nxt.text)
    first = nxt.text[:1]
    if first.islower():
        return True
    last = prev.text[-1:]
    return first.isdigit() and (last.islower() or last.isdigit() or last in ",/-(\u2013")


def join(prev: str, nxt: str) -> str:
    """Two wrapped lines as one: "Covid-" + "19" -> "Covid-19"; else a space."""
    if prev.endswith("-") and len(prev) > 1 and not prev[-2].isspace() and nxt[:1].isalnum():
        return prev + nxt
    return f"{prev} {nxt}"
