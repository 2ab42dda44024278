"""Appendices of an old notice: what follows the signature block and starts "Phụ lục".

An appendix is never a recipient: its heading ("Phụ lục I", "PHỤ LỤC 01", "Phụ lục")
starts it, the "(Kèm theo Thông báo số … ngày …)" line is dropped (the layout writes it
again from the notice), the centred lines in capitals around it are its title, and the
rest is read as the body is (numbered items, lists and tables). Either order of title
and "Kèm theo" line is accepted, and a heading that carries the rest on its own line
("Phụ lục 01 (Kèm theo Thông báo số …)") too.
"""

from __future__ import annotations

import re

from ucd_desktop.decree import Role
from ucd_desktop.i18n import N_
from ucd_desktop.model.notice import Appendix, BodyItem, ItemKind
from ucd_desktop.model.numbering import appendix_labels, appendix_numbers
from ucd_desktop.model.paths import appendix_path
from ucd_desktop.reading.body import read_body
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.lines import Line
from ucd_desktop.reading.patterns import has_lower, is_upper_text

__all__ = ["appendix_start", "is_appendix_heading", "read_appendices"]

_HEADING_RE = re.compile(
    r"^(?!\s*[-–+•])\W{0,3}ph[uụ]\s*l[uụ]c\b\s*(?:số\s*)?(?P<n>[IVXLC]{1,7}|\d{1,3})?\s*(?:[.:\-–]\s*)?"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\(\s*kèm\s+theo\b", re.IGNORECASE)
#: The "(Kèm theo …" reference where it starts inside a line.
_REFERENCE_AT = re.compile(r"\(\s*kèm\s+theo\b|^\s*kèm\s+theo\b", re.IGNORECASE)
_NUMBERED_RE = re.compile(r"^([IVXLC]{1,6}|\d{1,2}|[a-zđ])\s*[.)]\s")
_PAGE_NUMBER_RE = re.compile(r"^\d{1,3}$")
#: A heading line is short: a sentence of the body that starts with "Phụ lục" is not one.
_MAX_HEADING = 200


def _heading(line: Line) -> re.Match[str] | None:
    if line.rule or line.table is not None:
        return None
    text = line.text.strip()
    m = _HEADING_RE.match(text)
    if m is None or len(text) > _MAX_HEADING:
        return None
    rest = m.group("rest").strip()
    # "(Kèm theo …)" or a title in capitals right after: fine; a running sentence is not.
    reference = _BRACKETED.search(rest)
    before = rest[: reference.start()].strip() if reference else rest
    fits = not before or is_upper_text(before)
    if rest and m.group("n") is None and not (fits and (reference or rest == before)):
        return None
    return m


def is_appendix_heading(line: Line) -> bool:
    return _heading(line) is not None


def appendix_start(lines: list[Line], start: int) -> int:
    """The index of the first appendix heading at or after ``start``, else ``len(lines)``;
    a page number alone on the line before the heading goes with the appendix."""
    for i in range(start, len(lines)):
        if is_appendix_heading(lines[i]):
            if i > start and _PAGE_NUMBER_RE.match(lines[i - 1].text.strip()):
                return i - 1
            return i
    return len(lines)


def read_appendices(lines: list[Line], ctx: Context) -> None:
    """Read ``lines`` (from the first appendix heading on) into ``ctx.notice.appendices``."""
    starts = [i for i, ln in enumerate(lines) if is_appendix_heading(ln)]
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        chunk = lines[s:end]
        # The next page's number alone on its line (text from a PDF) is not content.
        if k + 1 < len(starts) and _PAGE_NUMBER_RE.match(chunk[-1].text.strip()):
            chunk = chunk[:-1]
        _read_one(chunk, ctx)
    # A number that the layout would derive anyway (I, II… for several, none for one) is
    # left to the layout, so reordering the appendices renumbers them.
    found = ctx.notice.appendices
    derived = appendix_numbers([Appendix() for _a in found])
    if [a.number for a in found] == derived:
        for a in found:
            a.number = ""
    for index, (appendix, label) in enumerate(zip(found, appendix_labels(found), strict=True)):
        ctx.notes.add(
            appendix_path(index, "title"),
            N_("{label} was read after the signature block: {count} item(s)."),
            label=label,
            count=len(appendix.items),
        )


def _read_one(lines: list[Line], ctx: Context) -> None:
    head = lines[0]
    m = _heading(head)
    assert m is not None
    ctx.role(head, Role.APPENDIX_HEADING)
    appendix = Appendix(number=(m.group("n") or "").upper())
    title: list[str] = []
    top = _Top(title)
    top.take(m.group("rest").strip())
    content: list[Line] = []
    i = 1
    # The top: title lines in capitals and the "Kèm theo" line, in either order.
    while i < len(lines) and not top.done:
        line = lines[i]
        text = line.text.strip()
        i += 1
        if line.rule:
            continue
        if line.table is not None:
            i -= 1
            break
        if top.in_reference or _REFERENCE_AT.search(text):
            ctx.role(line, Role.APPENDIX_REFERENCE)
            rest = top.take(text)
            if rest:  # a copy joined the first paragraph of the content on
                content.append(line.with_text(rest))
                break
        elif (_is_title(line) or _continues_title(title, line)) and top.wants(text):
            ctx.role(line, Role.APPENDIX_TITLE)
            title.append(text)
        else:
            i -= 1
            break
    appendix.title = _title_case(" ".join(title))
    appendix.items = _items(content + lines[i:], ctx)
    ctx.notice.appendices.append(appendix)


class _Top:
    """The lines above an appendix's content: its title and the "(Kèm theo …)" line, in
    either order (a copy whose lines were joined may hold both on one line)."""

    def __init__(self, title: list[str]) -> None:
        self.title = title
        self.in_reference = False
        self.seen_reference = False
        #: Title lines came before the reference: the reference ends the top.
        self.title_first = False

    @property
    def done(self) -> bool:
        return self.seen_reference and not self.in_reference and self.title_first

    def wants(self, text: str) -> bool:
        """Whether a line in capitals here is more of the title: not after a title that
        the reference closed, and not a short word after a title that did not wrap
        ("STT", a table's first heading, as text copied from a PDF gives it)."""
        if len(self.title) >= 6 or (self.seen_reference and self.title_first):
            return False
        return not (self.title and len(text) < 12 and len(self.title[-1]) < 50)

    def take(self, text: str) -> str:
        """Read ``text``: title text in capitals to the title, the reference dropped;
        return what follows the reference and is not title (content), else ""."""
        if not self.in_reference:
            m = _REFERENCE_AT.search(text)
            if m is None:
                if text:
                    self.title.append(text)
                return ""
            if text[: m.start()].strip():
                self.title.append(text[: m.start()].strip())
            self.title_first = bool(self.title)
            self.seen_reference = True
            text = text[m.start() :]
        close = text.find(")")
        self.in_reference = close < 0
        if close < 0:
            return ""
        after = text[close + 1 :].strip()
        if after and is_upper_text(after) and not self.title_first:
            self.title.append(after)
            return ""
        return after


def _is_title(line: Line) -> bool:
    text = line.text.strip()
    if not text or line.centred is False or line.bold is False:
        return False
    return is_upper_text(text) and not _NUMBERED_RE.match(text)


def _continues_title(title: list[str], line: Line) -> bool:
    """A long title wrapped as printed: its last line may be a year alone ("2024")."""
    text = line.text.strip()
    if not title or len(title[-1]) < 50 or line.bold is False or _NUMBERED_RE.match(text):
        return False
    return not has_lower(text) and len(text) <= 30


def _title_case(title: str) -> str:
    """The title as the model keeps it: the layout prints it in capitals anyway, so a
    title typed in capitals is kept as typed (its capitals are right in print)."""
    return " ".join(title.split())


def _items(lines: list[Line], ctx: Context) -> list[BodyItem]:
    """The content, read as a notice body is, as a flat list of items."""
    sub = Context()
    read_body(lines, sub)
    n = sub.notice
    items = [_paragraph(p) for p in n.opening.split("\n") if p.strip()]
    items += [_paragraph(p) for p in n.lead_in.split("\n") if p.strip()]
    items += n.body
    items += [_paragraph(p) for p in n.closing.split("\n") if p.strip()]
    for ref, role, text in sub.pieces:
        role = Role.BODY if role in (Role.OPENING, Role.LEAD_IN, Role.CLOSING) else role
        ctx.roles.setdefault(ref, role)
        ctx.pieces.append((ref, role, text))
    for note in sub.notes.items:
        if note not in ctx.notes.items:
            ctx.notes.items.append(note)
    ctx.kept += sub.kept
    return items


def _paragraph(text: str) -> BodyItem:
    return BodyItem(ItemKind.PARAGRAPH, text=text)
