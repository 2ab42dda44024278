"""The body of an old notice: opening, lead-in, numbered items, tables and the closing.

Typed numbering ("I.", "1.", "a)", "-") and Word's automatic numbering both become item
kinds; the numbers themselves are dropped because the layout derives them. A numbering
that does not follow on (1, 2, 4) is renumbered and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ucd_desktop.decree import Role
from ucd_desktop.i18n import N_
from ucd_desktop.model.notice import BodyItem, ItemKind, Table
from ucd_desktop.model.numbering import item_labels
from ucd_desktop.model.paths import item_path
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.emphasis import escape_marks, slice_marked, styles_of
from ucd_desktop.reading.lines import Line
from ucd_desktop.text.clean import compare_key, tidy
from ucd_desktop.text.numbering import parse_roman

__all__ = ["escape_marks", "read_body", "strip_final_mark"]

_SECTION_RE = re.compile(r"^(?P<n>[IVXLC]{1,6})\s*[.):]\s+(?P<rest>\S.*)$")
_SUBCLAUSE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+\S")
_CLAUSE_RE = re.compile(r"^(?P<n>\d{1,2})\s*[.)]\s+(?P<rest>\S.*)$")
_POINT_RE = re.compile(r"^(?P<n>[a-zđ])\s*\)\s*(?P<rest>\S.*)$")
_POINT_DOT_RE = re.compile(r"^(?P<n>[a-zđ])\.\s+(?P<rest>[^\W\d_a-zđ].*)$")
_BULLET_RE = re.compile(r"^(?P<n>[-–—+•∙·▪◦●○])\s*(?P<rest>\S.*)$")
_FINAL_RE = re.compile(r"\s*\.?\s*/\s*\.\s*$")
_CLOSING_START = ("trên đây", "căn cứ", "văn phòng", "đề nghị các", "yêu cầu các")
_LEAD_IN_WORDS = ("kết luận", "chỉ đạo", "ý kiến", "thống nhất")


def strip_final_mark(text: str) -> str:
    """The end of the body without its "./." (the layout writes it again); the sentence
    keeps its full stop: "… thực hiện./." -> "… thực hiện."."""
    return _FINAL_RE.sub("", text).rstrip() + "." if _FINAL_RE.search(text) else text


def _strip_final_marked(marked: str) -> str:
    """``strip_final_mark`` for a text with emphasis marks ("**…** thực hiện./.")."""
    plain, _styles = styles_of(marked)
    found = _FINAL_RE.search(plain)
    if not found:
        return marked
    return slice_marked(marked, 0, len(plain[: found.start()].rstrip())) + "."


def _marked_text(line: Line, text: str) -> str:
    """``text`` (a part of ``line``'s text) with the line's emphasis marks; escaped plain
    text when the part cannot be found once in the line."""
    marked = line.emphasis()
    if marked is None or not text:
        return escape_marks(text)
    if line.text.endswith(text):
        start = len(line.text) - len(text)
    elif line.text.count(text) == 1:
        start = line.text.index(text)
    else:
        return escape_marks(text)
    return slice_marked(marked, start, start + len(text))


@dataclass
class _Item:
    line: Line
    kind: ItemKind
    label: str
    title: str
    text: str
    rows: list[list[str]] | None = None

    @property
    def marked(self) -> str:
        """The text as the model holds it: emphasis marked, literal asterisks escaped."""
        return _marked_text(self.line, self.text)


def _classify(line: Line) -> tuple[ItemKind, str, str]:
    """The kind of ``line``, its typed label and the text after the label."""
    text = line.text.strip()
    if line.auto_number:
        return ItemKind(line.auto_number), "", text
    if _SUBCLAUSE_RE.match(text):
        return ItemKind.PARAGRAPH, "", text
    m = _SECTION_RE.match(text)
    if m and parse_roman(m.group("n")):
        return ItemKind.SECTION, m.group("n") + ".", m.group("rest")
    m = _CLAUSE_RE.match(text)
    if m:
        return ItemKind.CLAUSE, m.group("n") + ".", m.group("rest")
    m = _POINT_RE.match(text) or _POINT_DOT_RE.match(text)
    if m:
        return ItemKind.POINT, m.group("n") + ")", m.group("rest")
    m = _BULLET_RE.match(text)
    if m:
        return ItemKind.BULLET, m.group("n"), m.group("rest")
    return ItemKind.PARAGRAPH, "", text


def _title_and_text(line: Line, kind: ItemKind, label: str, rest: str) -> tuple[str, str]:
    if kind is ItemKind.SECTION:
        return rest, ""
    if kind not in (ItemKind.CLAUSE, ItemKind.POINT):
        return "", rest
    if line.bold is True:
        return rest, ""
    prefix = line.bold_prefix
    if prefix and label and prefix.startswith(label):
        prefix = prefix[len(label) :].strip()
    if prefix and rest.startswith(prefix) and len(prefix) < len(rest):
        return prefix, rest[len(prefix) :].strip()
    if line.bold is False:
        return "", rest
    # Plain text: a short line without a final full stop is a title ("1. Sở Công Thương").
    if len(rest) <= 120 and not rest.rstrip().endswith((".", ";", "./.")):
        return rest, ""
    return "", rest


def read_body(lines: list[Line], ctx: Context) -> None:
    items: list[_Item] = []
    for line in lines:
        if line.rule:
            continue
        if line.table is not None:
            rows = [list(r) for r in line.table]
            items.append(_Item(line, ItemKind.TABLE, "", "", "", rows))
            continue
        kind, label, rest = _classify(line)
        title, text = _title_and_text(line, kind, label, rest)
        items.append(_Item(line, kind, label, tidy(title), tidy(text)))
    _place(items, ctx)


def _place(items: list[_Item], ctx: Context) -> None:
    n = ctx.notice
    numbered = [i for i, it in enumerate(items) if it.kind is not ItemKind.PARAGRAPH]
    first = numbered[0] if numbered else len(items)
    pre, rest = items[:first], items[first:]
    lead = next(
        (
            k
            for k in range(len(pre) - 1, -1, -1)
            if compare_key(pre[k].text).endswith(":")
            and any(w in compare_key(pre[k].text) for w in _LEAD_IN_WORDS)
        ),
        None,
    )
    if lead is not None:
        opening, lead_in, rest = pre[:lead], [pre[lead]], pre[lead + 1 :] + rest
    else:
        opening, lead_in, rest = pre[:1], [], pre[1:] + rest
    closing = _closing_index(rest)
    ending: list[_Item] = []
    if closing is not None:
        ending = [rest[closing]]
        rest = rest[:closing] + rest[closing + 1 :]
    for part, items_of, role in (
        ("opening", opening, Role.OPENING),
        ("lead_in", lead_in, Role.LEAD_IN),
        ("closing", ending, Role.CLOSING),
    ):
        setattr(n, part, "\n".join(it.marked for it in items_of))
        for it in items_of:
            ctx.role(it.line, role)
    typed: list[str] = []
    for it in rest:
        item = BodyItem(it.kind, title=it.title, text=it.marked)
        if it.rows is not None:
            width = max((len(r) for r in it.rows), default=1)
            item.table = Table(rows=it.rows, widths=[1.0] * width)
            ctx.role(it.line, Role.BODY_TABLE)
        else:
            plain = it.kind is ItemKind.PARAGRAPH
            ctx.role(it.line, Role.BODY if plain else Role(it.kind.value))
        n.body.append(item)
        typed.append(it.label)
    _strip_end(ctx)
    _check_numbers(typed, ctx)


def _strip_end(ctx: Context) -> None:
    """The last text of the body loses its typed "./." (the layout writes it)."""
    n = ctx.notice
    if n.closing:
        n.closing = _strip_final_marked(n.closing)
    elif n.body and n.body[-1].kind is not ItemKind.TABLE:
        n.body[-1].text = _strip_final_marked(n.body[-1].text)
        n.body[-1].title = strip_final_mark(n.body[-1].title)
    elif n.lead_in:
        n.lead_in = _strip_final_marked(n.lead_in)
    else:
        n.opening = _strip_final_marked(n.opening)


def _closing_index(items: list[_Item]) -> int | None:
    """The closing paragraph: the last plain paragraph after the numbered items."""
    if not items or items[-1].kind is not ItemKind.PARAGRAPH:
        return None
    text = items[-1].text
    key = compare_key(text)
    has_items = any(it.kind is not ItemKind.PARAGRAPH for it in items)
    if _FINAL_RE.search(text) and (has_items or key.startswith(_CLOSING_START)):
        return len(items) - 1
    if key.startswith(_CLOSING_START):
        return len(items) - 1
    return None


def _check_numbers(typed: list[str], ctx: Context) -> None:
    """Report typed numbers that the derived numbering changes."""
    body = ctx.notice.body
    for label, item, derived in zip(typed, body, item_labels(body), strict=True):
        if item.kind not in (ItemKind.SECTION, ItemKind.CLAUSE, ItemKind.POINT) or not label:
            continue
        if label.rstrip(".)").casefold() != derived.rstrip(".)").casefold():
            ctx.notes.warn(
                item_path(item),
                N_("Typed “{typed}” is numbered “{label}” in order; check the numbering."),
                typed=label,
                label=derived,
            )
