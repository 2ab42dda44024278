"""PDF with a text layer -> lines, from its words with their positions (``pdf_words``).

Words are grouped into lines by their height on the page. Above "THÔNG BÁO" and from
"Nơi nhận" or the first authority line on, a line is cut at wide gaps and each piece is
put in the left or right column by where its centre lies: that is how the two-column
header and signature block are told apart. In the body, wrapped lines are joined into
paragraphs; a new paragraph starts at an indent, after a short line or at a list mark.
Bold and italic come from the font names, word by word (bold or italic words inside a
body paragraph become the model's marks); drawn horizontal lines become rules, or the
rows of a table (``pdf_tables``). Appendices after the signature block ("Phụ lục …")
are read full width, as the body is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.reading.appendix import is_appendix_heading
from ucd_desktop.reading.emphasis import BOLD, ITALIC, mark_line
from ucd_desktop.reading.lines import Column, Line, is_typed_rule
from ucd_desktop.reading.patterns import AUTHORITY_RE, is_recipients_heading, is_type_name
from ucd_desktop.reading.pdf_tables import find_tables
from ucd_desktop.reading.pdf_words import Rule, Word, open_pdf, page_rules, page_words
from ucd_desktop.reading.result import ReadError
from ucd_desktop.reading.walls import MAX_PAGES, MAX_PDF_CHARACTERS, too_much_text
from ucd_desktop.text.clean import clean_field, tidy
from ucd_desktop.text.legacy import decode_tcvn3, decode_vni, detect_legacy

__all__ = ["NoTextLayer", "lines_from_rows", "page_rows", "pdf_lines"]

_LIST_RE = re.compile(r"^(?:[-–+•]|\d{1,2}[.)]|[a-zđ]\)|[IVXLC]{1,6}\.)\s")
_MAX_PAGES = MAX_PAGES
#: How far below the top of a row of text a table's border may be drawn (pt).
_BORDER_OVERLAP = 2.0


@dataclass
class _Seg:
    text: str
    x0: float
    x1: float
    size: float
    #: The style bits of each word of ``text`` (words joined by single spaces).
    styles: list[int] = field(default_factory=list)
    #: Where each word starts and ends (x0, x1): table cells run close together.
    spans: list[tuple[float, float]] = field(default_factory=list)

    @property
    def bold(self) -> bool:
        """Every word is bold (a rule, with no words, is not)."""
        return bool(self.styles) and all(style & BOLD for style in self.styles)

    @property
    def italic(self) -> bool:
        return bool(self.styles) and all(style & ITALIC for style in self.styles)

    def styled(self) -> list[tuple[str, int]] | None:
        """The characters of ``text`` with their style bits; None when the words no
        longer match their styles."""
        words = self.text.split(" ")
        if len(words) != len(self.styles):
            return None
        out: list[tuple[str, int]] = []
        for word, style in zip(words, self.styles, strict=True):
            if out:
                out.append((" ", 0))
            out.extend((c, style) for c in word)
        return out


@dataclass
class _Row:
    top: float
    bottom: float
    segs: list[_Seg] = field(default_factory=list)
    rule: bool = False
    #: Where the text after a list mark starts (a hanging indent), None without a mark.
    hang: float | None = None

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segs)


def _segments(words: list[Word]) -> list[_Seg]:
    segs: list[_Seg] = []
    for w in sorted(words, key=lambda w: w.x0):
        font = w.fontname.lower()
        style = (BOLD if "bold" in font else 0) | (
            ITALIC if "italic" in font or "oblique" in font else 0
        )
        if segs and w.x0 - segs[-1].x1 < 1.2 * w.size:
            last = segs[-1]
            last.text += " " + w.text
            last.x1 = w.x1
            last.styles.append(style)
            last.spans.append((w.x0, w.x1))
        else:
            segs.append(_Seg(w.text, w.x0, w.x1, w.size, [style], [(w.x0, w.x1)]))
    return segs


def _page_rows(page: Any, number: int) -> list[_Row]:
    """The rows of page ``number`` (1 for the first): words by height, then the rules."""
    return page_rows(page_words(page), page_rules(page), number)


def page_rows(found: list[Word], rules: list[Rule], number: int) -> list[_Row]:
    """The rows of page ``number`` from its words and rules (read from the text layer
    or by OCR)."""
    rows: list[_Row] = []
    words: list[list[Word]] = []
    for w in sorted(found, key=lambda w: (round(w.top), w.x0)):
        # Same row: tops level (cells of the two-column blocks are top-aligned) or the
        # same baseline (a list number in a smaller font beside its text).
        if rows and (abs(rows[-1].top - w.top) < 3.0 or abs(rows[-1].bottom - w.bottom) < 1.0):
            words[-1].append(w)
            rows[-1].bottom = max(rows[-1].bottom, w.bottom)
        else:
            rows.append(_Row(w.top, w.bottom))
            words.append([w])
    for row, row_words in zip(rows, words, strict=True):
        row.segs = _segments(row_words)
        row_words.sort(key=lambda w: w.x0)
        if len(row_words) > 1 and _LIST_RE.match(row_words[0].text + " "):
            row.hang = row_words[1].x0
    for rule in rules:
        rows.append(_Row(rule.top, rule.top, [_Seg("", rule.x0, rule.x1, 0.0)], True))
    rows.sort(key=lambda r: r.top)
    # Page numbers at the top of pages 2 onwards.
    if number > 1 and rows and rows[0].text.strip().isdigit():
        rows = rows[1:]
    return rows


def _column(seg: _Seg, left: float, right: float) -> Column:
    mid = (left + right) / 2
    centre = (seg.x0 + seg.x1) / 2
    if centre < mid - 0.08 * (right - left):
        return Column.LEFT
    if centre > mid + 0.08 * (right - left):
        return Column.RIGHT
    return Column.FULL


def _header(rows: list[_Row], left: float, right: float) -> list[Line]:
    """Header rows as whole lines: blanks left for the clerk ("Số:      /TB-UBND") make gaps
    as wide as the one between the columns, so the recogniser cuts them by their wording."""
    out: list[Line] = []
    for row in rows:
        if row.rule:
            out.append(Line("", rule=True, column=_column(row.segs[0], left, right)))
            continue
        if is_typed_rule(row.text):
            out.append(
                Line("", rule=True, typed_rule=True, column=_column(row.segs[0], left, right))
            )
            continue
        segs = row.segs
        out.append(
            Line(
                tidy(row.text),
                bold=all(s.bold for s in segs),
                italic=all(s.italic for s in segs),
                size=segs[0].size,
            )
        )
    return out


def _two_column(rows: list[_Row], left: float, right: float) -> list[Line]:
    out: list[Line] = []
    for row in rows:
        for seg in row.segs:
            column = (
                _column(seg, left, right)
                if len(row.segs) > 1 or row.rule
                else _single(seg, left, right)
            )
            if row.rule:
                out.append(Line("", rule=True, column=column))
            elif is_typed_rule(seg.text):
                out.append(Line("", rule=True, typed_rule=True, column=column))
            else:
                out.append(
                    Line(
                        tidy(seg.text),
                        bold=seg.bold,
                        italic=seg.italic,
                        column=column,
                        size=seg.size,
                    )
                )
    return out


def _single(seg: _Seg, left: float, right: float) -> Column:
    """A lone piece: a recipient line starts at the margin; centred text takes its column."""
    if seg.x0 - left < 6.0:
        return Column.FULL
    return _column(seg, left, right)


def _body(rows: list[_Row], left: float, right: float) -> list[Line]:
    out: list[Line] = []
    current: list[_Row] = []

    def flush() -> None:
        if current:
            segs = [s for r in current for s in r.segs]
            text = tidy(_join_words([s.text for s in segs]))
            bold = all(s.bold for s in segs)
            prefix = _bold_prefix(segs) if not bold else ""
            out.append(
                Line(
                    text,
                    bold=bold,
                    italic=all(s.italic for s in segs),
                    bold_prefix=prefix,
                    size=segs[0].size,
                    marked=_marked(segs, text),
                )
            )
            current.clear()

    for row in rows:
        if row.rule or (row.segs and is_typed_rule(row.text)):
            flush()
            out.append(Line("", rule=True, typed_rule=not row.rule))
            continue
        first = row.segs[0]
        text = row.text
        hanging = bool(current) and abs(first.x0 - (current[-1].hang or -99.0)) < 2.0
        new = (
            not current
            or (first.x0 - left > 8.0 and not hanging)
            or current[-1].segs[-1].x1 < right - 40.0
            or row.top - current[-1].bottom > 1.2 * first.size
            or _LIST_RE.match(text) is not None
            or current[-1].segs[-1].bold != first.bold
            or (
                abs((first.x0 + row.segs[-1].x1) / 2 - (left + right) / 2) < 4.0
                and first.x0 - left > 20
                and not hanging
            )
        )
        if new:
            flush()
        if hanging:
            row.hang = current[-1].hang  # the next wrapped line lines up the same way
        current.append(row)
    flush()
    return out


def _join_words(pieces: list[str]) -> str:
    """Join wrapped pieces; "Covid-" at the end of a line goes on without a space."""
    out = ""
    for piece in pieces:
        if out.endswith("-") and len(out.split()[-1]) > 1 and piece[:1].isalnum():
            out += piece
        else:
            out = f"{out} {piece}" if out else piece
    return out


def _marked(segs: list[_Seg], text: str) -> str | None:
    """``text`` with marks for the words in another style than the rest (from the fonts)."""
    source: list[tuple[str, int]] = []
    for seg in segs:
        styled = seg.styled()
        if styled is None:
            return None
        if source:
            source.append((" ", 0))
        source.extend(styled)
    return mark_line(source, text)


def _bold_prefix(segs: list[_Seg]) -> str:
    """The bold words the paragraph starts with (a clause title before its text)."""
    if any(len(s.text.split(" ")) != len(s.styles) for s in segs):
        return tidy(" ".join(s.text for s in _bold_run(segs)))  # whole segments only
    words: list[str] = []
    for seg in segs:
        for word, style in zip(seg.text.split(" "), seg.styles, strict=True):
            if not style & BOLD:
                return tidy(" ".join(words))
            words.append(word)
    return tidy(" ".join(words))


def _bold_run(segs: list[_Seg]) -> list[_Seg]:
    out = []
    for s in segs:
        if not s.bold:
            break
        out.append(s)
    return out


class NoTextLayer(ReadError):
    """A PDF without text (a scan): OCR can still read it."""


class _TooMuchText(Exception):
    pass


def _count_chars(page: Any) -> int:
    """The characters of a page's text layer, counted before they are read one by one."""
    textpage = page.get_textpage()
    try:
        return int(textpage.count_chars())
    finally:
        textpage.close()


def pdf_lines(data: bytes, name: str = "") -> tuple[list[Line], str | None]:
    """The lines of a PDF's text layer and the legacy encoding found (None: Unicode)."""
    pages: list[list[_Row]] = []
    with open_pdf(data, name) as pdf:
        if len(pdf) > _MAX_PAGES:
            raise ReadError(
                _("{name} has {n} pages: too many to be a notice (at most {most}).").format(
                    name=name, n=len(pdf), most=_MAX_PAGES
                )
            )
        characters = 0
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    characters += _count_chars(page)
                    if characters > MAX_PDF_CHARACTERS:
                        raise _TooMuchText
                    pages.append(_page_rows(page, index + 1))
                finally:
                    page.close()
        except _TooMuchText:
            raise ReadError(too_much_text(name, MAX_PDF_CHARACTERS)) from None
        except Exception:  # PDFium raises for pages it cannot parse
            raise ReadError(
                _("{name}: the text of the PDF cannot be read.").format(name=name)
            ) from None
    return lines_from_rows(pages, name)


def lines_from_rows(pages: list[list[_Row]], name: str) -> tuple[list[Line], str | None]:
    """The lines of a notice from the rows of its pages, and the legacy encoding found."""
    rows = [row for page in pages for row in page]
    bounds: list[tuple[float, float]] = []
    for page in pages:
        xs = [s for r in page for s in r.segs if not r.rule]
        if xs:
            bounds.append((min(s.x0 for s in xs), max(s.x1 for s in xs)))
    if not bounds or not any(r.text.strip() for r in rows):
        raise NoTextLayer(
            _(
                "{name} has no text layer (a scanned image?); only PDFs with text can be imported."
            ).format(name=name)
        )
    left, right = min(b[0] for b in bounds), max(b[1] for b in bounds)
    for row in rows:
        for seg in row.segs:
            seg.text = clean_field(seg.text, multiline=False)
    encoding = detect_legacy("\n".join(r.text for r in rows))
    if encoding is not None:
        decode = decode_tcvn3 if encoding == "tcvn3" else decode_vni
        for row in rows:
            for seg in row.segs:
                seg.text = decode(seg.text)
    head = next((i for i, r in enumerate(rows) if is_type_name(r.text)), 0)
    tail = next(
        (
            i
            for i in range(head + 1, len(rows))
            if any(
                is_recipients_heading(s.text) or AUTHORITY_RE.match(s.text) for s in rows[i].segs
            )
        ),
        len(rows),
    )
    # Appendices after the signature block are laid out as a body is: full width.
    appendix = next(
        (
            i
            for i in range(tail, len(rows))
            if rows[i].segs and is_appendix_heading(Line(rows[i].segs[0].text))
        ),
        len(rows),
    )
    lines = _header(rows[:head], left, right)
    lines += _flow(rows[head:tail], left, right)
    lines += _two_column(rows[tail:appendix], left, right)
    lines += _flow(rows[appendix:], left, right)
    return lines, encoding


def _flow(rows: list[_Row], left: float, right: float) -> list[Line]:
    """Body text with its tables (found from their drawn lines) kept as tables."""
    rows = list(rows)
    for i in range(1, len(rows)):
        # A cell's border may be drawn a hair below the top of the text under it
        # (Word's tables have no top cell margin): the line comes first.
        above, rule = rows[i - 1], rows[i]
        if rule.rule and not above.rule and 0.0 <= rule.top - above.top < _BORDER_OVERLAP:
            rows[i - 1], rows[i] = rule, above
    out: list[Line] = []
    at = 0
    for start, end, grid in find_tables(rows):
        out += _body(rows[at:start], left, right)
        out.append(Line("", table=grid))
        at = end
    return out + _body(rows[at:], left, right)
