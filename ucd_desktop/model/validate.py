"""Check a notice against Decree 30 and common sense; every problem names its field."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ucd_desktop.decree import Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.model.inline import plain_text
from ucd_desktop.model.notice import (
    MOTTO,
    NATIONAL_TITLE,
    TITLE_MARKS,
    BodyItem,
    ItemKind,
    Notice,
    TitleEnd,
)
from ucd_desktop.model.numbering import item_labels
from ucd_desktop.model.paths import appendix_path, get_text, item_path, text_paths
from ucd_desktop.model.problems import Problem, Severity
from ucd_desktop.text.dates import date_problems
from ucd_desktop.text.numbering import parse_roman

__all__ = ["PLACEHOLDER", "validate"]

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
PLACEHOLDER = "…"
SYMBOL = re.compile(r"^TB-[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐa-zđ0-9]+)*$")
AUTHORITY = re.compile(r"^(TM|KT|TL|TUQ|Q)\.\s*\S")
TITLES = re.compile(r"\b(GS|PGS|TS|ThS|BS|KS|CN|LS)\.\s*", re.IGNORECASE)
TYPED_NUMBER = re.compile(r"^\s*((?:[IVXLC]+|\d+)\.|[a-zđ]\)|[-–+•])\s+")
KIND_NAMES = {"section": "section", "clause": "clause", "point": "point", "bullet": "bullet"}

Check = Callable[[Notice], Iterator[Problem]]


def _is_upper(text: str) -> bool:
    return text == text.upper()


def _blank(text: str) -> bool:
    """Empty, or only the "…" a template leaves for a fact not yet given."""
    return not text.strip(" …")


def _header(n: Notice) -> Iterator[Problem]:
    if all(_blank(line) for line in n.issuing_body):
        yield Problem("issuing_body", "issuing-body-missing", E)
    for path, lines, code in (
        ("issuing_body", n.issuing_body, "issuing-body-case"),
        ("governing_body", n.governing_body, "governing-body-case"),
    ):
        for line in lines:
            if not _is_upper(line):
                yield Problem(path, code, W, {"text": line})
    if n.national_title.strip() != NATIONAL_TITLE:
        yield Problem("national_title", "national-title-altered", E, {"expected": NATIONAL_TITLE})
    if n.motto.strip() != MOTTO:
        yield Problem("motto", "motto-altered", E, {"expected": MOTTO})


def _number(n: Notice) -> Iterator[Problem]:
    number = n.number.strip()
    if number:
        if not number.isdigit():
            yield Problem("number", "number-form", E, {"number": number})
        elif int(number) == 0:
            yield Problem("number", "number-nil", E)
        elif int(number) < 10 and len(number) < 2:
            yield Problem("number", "number-zero", W, {"number": number, "fixed": f"0{number}"})
    if not SYMBOL.match(n.symbol.strip()) or n.symbol != n.symbol.strip():
        yield Problem("symbol", "symbol-form", E, {"symbol": n.symbol})


def _date(n: Notice) -> Iterator[Problem]:
    if _blank(n.place):
        yield Problem("place", "place-missing", E)
    field_of = {
        "day-without-month": "day",
        "month-without-year": "month",
        "day-range": "day",
        "month-range": "month",
        "year-range": "year",
        "impossible-date": "day",
    }
    for code in date_problems(n.day, n.month, n.year):
        params = {"day": n.day, "month": n.month, "year": n.year}
        yield Problem(field_of.get(code, "day"), code, E, params)


def _summary(n: Notice) -> Iterator[Problem]:
    summary = n.summary.strip()
    if _blank(summary):
        yield Problem("summary", "summary-missing", E)
        return
    letters = [c for c in summary if c.isalpha()]
    if len(letters) > 12 and _is_upper(summary):
        yield Problem("summary", "summary-caps", W)
    if summary.endswith("."):
        yield Problem("summary", "summary-period", W)


def _addressees(n: Notice) -> Iterator[Problem]:
    if any(line.strip() for line in n.addressees):
        yield Problem("addressees", "addressees-in-notice", W)


def _body(n: Notice) -> Iterator[Problem]:
    texts = [n.opening, n.lead_in, n.closing] + [i.text + i.title for i in n.body]
    if not any(t.strip() for t in texts) and not any(i.table for i in n.body):
        yield Problem("opening", "body-empty", E)
    yield from _items(n.body)
    if not n.closing.strip():
        yield Problem("closing", "closing-missing", W)


def _items(items: list[BodyItem]) -> Iterator[Problem]:
    """Problems of numbered items, in the body or in an appendix."""
    seen_clause = False
    for item, label in zip(items, item_labels(items), strict=True):
        path = item_path(item)
        if item.kind is ItemKind.SECTION:
            seen_clause = False
        elif item.kind is ItemKind.CLAUSE:
            seen_clause = True
        elif item.kind is ItemKind.POINT and not seen_clause:
            yield Problem(path, "point-without-clause", W, {"label": label})
        if item.kind is ItemKind.TABLE:
            if item.table is None or not any(any(c.strip() for c in r) for r in item.table.rows):
                yield Problem(path, "table-empty", W)
            continue
        if not item.text.strip() and not item.title.strip():
            yield Problem(path, "item-empty", W, {"label": label or "¶"})
        yield from _title_end(item, path, label)
        start = plain_text(item.title or item.text)
        m = TYPED_NUMBER.match(start)
        if m and item.kind in (ItemKind.PARAGRAPH, ItemKind.BULLET, ItemKind.CLAUSE):
            guess = _guess_kind(m.group(1))
            if guess != item.kind.value:
                yield Problem(path, "typed-numbering", W, {"start": m.group(1), "kind": guess})


def _appendices(n: Notice) -> Iterator[Problem]:
    """Decree 30: several appendices are numbered in Roman numerals, in order; each has
    a title and content, and the notice refers to them."""
    found = n.appendices
    typed = [" ".join(a.number.split()) for a in found]
    for index, (appendix, number) in enumerate(zip(found, typed, strict=True)):
        if not appendix.title.strip():
            yield Problem(appendix_path(index, "title"), "appendix-title-missing", W)
        if not any(it.text.strip() or it.title.strip() or it.table for it in appendix.items):
            yield Problem(appendix_path(index, "title"), "appendix-empty", W)
        if number and not (parse_roman(number) or number.isdigit()):
            yield Problem(appendix_path(index, "number"), "appendix-number-form", E, {"n": number})
    if len(found) > 1:
        if any(t and t.isdigit() for t in typed):
            yield Problem(appendix_path(0, "number"), "appendix-number-roman", W)
        if any(typed) and not all(typed):
            yield Problem(appendix_path(0, "number"), "appendix-number-mixed", W)
        values = [parse_roman(t) if not t.isdigit() else int(t) for t in typed if t]
        if all(typed) and None not in values and values != list(range(1, len(found) + 1)):
            yield Problem(appendix_path(0, "number"), "appendix-number-order", W)
    for appendix in found:
        yield from _items(appendix.items)
    if found:
        mention = [n.opening, n.lead_in, n.closing] + [i.title + i.text for i in n.body]
        if not any("phụ lục" in t.casefold() for t in mention):
            yield Problem("closing", "appendix-not-referred", INFO)


def _title_end(item: BodyItem, path: str, label: str) -> Iterator[Problem]:
    """The mark between a title and its text is the layout's (``layout.body.title_mark``):
    say when the text brings its own, or when a "." is followed by a small letter."""
    text = plain_text(item.text).lstrip()
    if not item.title.strip() or not text or item.title_end is TitleEnd.PARAGRAPH:
        return
    if text[0] in TITLE_MARKS:
        yield Problem(path, "title-text-punctuation", W, {"label": label, "mark": text[0]})
    elif item.title_end is TitleEnd.STOP and text[0].islower():
        yield Problem(path, "title-stop-lowercase", W, {"label": label})


def _carried(n: Notice) -> Iterator[Problem]:
    """Conclusions carried over from an earlier notice, until edited or confirmed (in the
    body and in the appendices: their content is the meeting's too)."""
    for item in (it for items in n.item_lists() for it in items):
        mark = item.carried_from
        if not mark:
            continue
        path = item_path(item, "title" if item.kind is ItemKind.SECTION else "text")
        try:
            year, month, day = (int(part) for part in mark.split("-"))
            date = f"{day:02d}/{month:02d}/{year:04d}"
        except ValueError:
            yield Problem(path, "carried-over-undated", W)
            continue
        yield Problem(path, "carried-over", W, {"date": date})


def _guess_kind(marker: str) -> str:
    if marker in "-–+•":
        return "bullet"
    if marker.endswith(")"):
        return "point"
    return "clause" if marker[:-1].isdigit() else "section"


def _signature(n: Notice) -> Iterator[Problem]:
    sig = n.signature
    if _blank(sig.name):
        yield Problem("signature.name", "signer-missing", E)
    else:
        name = sig.name.strip()
        if len(name) > 3 and _is_upper(name):
            yield Problem("signature.name", "name-caps", W)
        m = TITLES.search(name)
        if m:
            yield Problem("signature.name", "name-title", W, {"title": m.group(0).strip()})
    if _blank(sig.position):
        if sig.authority:
            line = sig.authority[-1]
            yield Problem("signature.position", "authority-without-position", E, {"line": line})
        else:
            yield Problem("signature.position", "position-missing", E)
    for line in sig.authority:
        if not AUTHORITY.match(line.strip()):
            yield Problem("signature.authority", "authority-prefix", W, {"line": line})
    for text in [*sig.authority, sig.position]:
        if text.strip() and not _is_upper(text):
            path = "signature.position" if text is sig.position else "signature.authority"
            yield Problem(path, "authority-case", W, {"text": text})
    deputy = sig.authority and sig.authority[-1].strip().startswith("KT.")
    if deputy and sig.position.strip() and not sig.position.strip().upper().startswith("PHÓ"):
        yield Problem("signature.position", "deputy-position", W)


def _recipients(n: Notice) -> Iterator[Problem]:
    if not any(r.text.strip() for r in n.recipients):
        yield Problem("recipients", "recipients-empty", W)
    if not n.archive.unit.strip():
        yield Problem("archive.unit", "archive-unit-missing", W)


def _placeholders(n: Notice) -> Iterator[Problem]:
    """Gaps a template left ("…") that the drafter has not filled yet."""
    # Body texts read straight from the items: get_text finds an item by a linear search,
    # which made this check 110 ms of every keystroke's validation at 2,000 items.
    items = {
        item_path(it, part): getattr(it, part)
        for items_ in n.item_lists()
        for it in items_
        for part in ("title", "text")
    }
    for path in text_paths(n):
        text = items[path] if path in items else get_text(n, path)
        if PLACEHOLDER in text:
            yield Problem(path, "placeholder-left", W)


def _page(n: Notice) -> Iterator[Problem]:
    p = n.page
    for side, value in (
        ("top", p.margin_top_mm),
        ("bottom", p.margin_bottom_mm),
        ("left", p.margin_left_mm),
        ("right", p.margin_right_mm),
    ):
        rng = rules.MARGIN_RANGES[side]
        if value not in rng:
            params = {"side": side, "value": value, "low": rng.low, "high": rng.high}
            yield Problem(f"page.margin_{side}_mm", "margin-range", E, params)
    if p.body_size not in element(Role.BODY).size:
        yield Problem("page.body_size", "body-size-range", E, {"value": p.body_size})
    if p.line_spacing not in rules.LINE_SPACING:
        yield Problem("page.line_spacing", "line-spacing-range", E, {"value": p.line_spacing})
    if all(abs(p.first_line_indent_cm - v) > 1e-6 for v in rules.FIRST_LINE_INDENTS_CM):
        yield Problem(
            "page.first_line_indent_cm", "indent-value", E, {"value": p.first_line_indent_cm}
        )
    if p.paragraph_spacing_pt < rules.MIN_PARAGRAPH_SPACING_PT:
        yield Problem(
            "page.paragraph_spacing_pt", "spacing-min", E, {"value": p.paragraph_spacing_pt}
        )
    if p.signature_space_pt not in rules.SIGNATURE_SPACE_PT:
        yield Problem(
            "page.signature_space_pt", "signature-space", W, {"value": p.signature_space_pt}
        )


def _later(n: Notice) -> Iterator[Problem]:
    if n.internal_circulation:
        yield Problem("internal_circulation", "circulation-not-laid-out", INFO)


CHECKS: tuple[Check, ...] = (
    _header,
    _number,
    _date,
    _summary,
    _addressees,
    _body,
    _carried,
    _appendices,
    _signature,
    _recipients,
    _placeholders,
    _page,
    _later,
)


def validate(notice: Notice) -> list[Problem]:
    """All problems of ``notice``, in the order of the fields on the page."""
    return [p for check in CHECKS for p in check(notice)]
