"""Lines of an old notice -> a Notice: find the header, the summary, the body and the end.

The zones are found by their wording, which every notice shares: "THÔNG BÁO" ends the
header, a rule or the first upright line ends the summary, "Nơi nhận" or the first
authority line ("TM.", "KT.", ...) after the final "./." starts the closing block.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ucd_desktop.decree import Role
from ucd_desktop.i18n import N_
from ucd_desktop.model.draft import Draft
from ucd_desktop.reading.appendix import appendix_start, read_appendices
from ucd_desktop.reading.body import read_body, strip_final_mark
from ucd_desktop.reading.casing import sentence_case
from ucd_desktop.reading.closing import read_closing
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.header import read_header
from ucd_desktop.reading.lines import Column, Line
from ucd_desktop.reading.patterns import (
    AUTHORITY_RE,
    find_date,
    find_motto,
    find_national_title,
    is_recipients_heading,
    is_type_name,
    is_upper_text,
    parse_number,
)
from ucd_desktop.text.clean import compare_key

__all__ = ["recognise"]

_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
#: Provincial-level cities: their committee is "ỦY BAN NHÂN DÂN / THÀNH PHỐ …".
_CITIES = {
    "hà nội",
    "hồ chí minh",
    "thành phố hồ chí minh",
    "hải phòng",
    "đà nẵng",
    "cần thơ",
    "huế",
}


def _type_name_index(lines: list[Line]) -> int | None:
    for i, line in enumerate(lines[:60]):
        if not line.rule and is_type_name(line.text):
            return i
    return None


def _header_end(lines: list[Line]) -> int:
    """Without "THÔNG BÁO": the line after the last header line among the first ones."""
    end = 0
    for i, line in enumerate(lines[:20]):
        text = line.text
        if (
            find_national_title(text)
            or find_motto(text)
            or parse_number(text)
            or (find_date(text) and len(text) < 120)
        ):
            end = i + 1
    return end


def _summary(lines: list[Line], start: int, ctx: Context) -> int:
    """Read the summary from ``start``; return the index where the body begins."""
    window = lines[start : start + 6]
    rule_at = next((k for k, ln in enumerate(window) if ln.rule), None)
    taken: list[Line] = []
    if rule_at is not None and all(not ln.text.rstrip().endswith(".") for ln in window[:rule_at]):
        taken = window[:rule_at]
        end = start + rule_at + 1
        ctx.role(window[rule_at], Role.RULE_SUMMARY)
    else:
        for line in window:
            if line.rule or line.column is not Column.FULL:
                break
            if taken and (
                line.bold is False or (line.bold is None and not _continues(taken, line))
            ):
                break
            if not taken and line.bold is False and len(line.text) > 250:
                break
            taken.append(line)
        end = start + len(taken)
        if end < len(lines) and lines[end].rule:
            ctx.role(lines[end], Role.RULE_SUMMARY)
            end += 1
    for line in taken:
        ctx.role(line, Role.SUMMARY)
    summary = " ".join(ln.text.strip() for ln in taken).strip()
    if summary.endswith(".") and not summary.endswith("./."):
        summary = summary.rstrip(". ")
        ctx.notes.add("summary", N_("The summary does not end with a full stop; it was taken off."))
    ctx.notice.summary = summary
    return end


def _continues(taken: list[Line], line: Line) -> bool:
    """Plain text: a capitals summary wrapped over several lines goes on in capitals."""
    return is_upper_text(taken[0].text) and is_upper_text(line.text)


def _after_final_mark(lines: list[Line], start: int) -> int:
    """The index after the last line ending in "./." (``len(lines)`` without one)."""
    marked = [
        i for i in range(start, len(lines)) if strip_final_mark(lines[i].text) != lines[i].text
    ]
    return marked[-1] + 1 if marked else len(lines)


_ADDRESSEE_RE = re.compile(r"^\s*kính\s+gửi\s*[:：]?\s*", re.IGNORECASE)
_DASH_RE = re.compile(r"^\s*[-–+•]\s*")


def _addressees(lines: list[Line], start: int, ctx: Context) -> int:
    """A "Kính gửi" block under the summary: its entries go to ``addressees`` (never the
    opening); return where the body begins."""
    window = range(start, min(start + 3, len(lines)))
    at = next((i for i in window if _ADDRESSEE_RE.match(compare_key(lines[i].text))), None)
    if at is None:
        return start
    first = lines[at].text
    rest = first[_ADDRESSEE_RE.match(first.casefold()).end() :].strip()  # type: ignore[union-attr]
    found = [rest] if rest else []
    # (no element role: a Thông báo has no "Kính gửi", the checker has nothing to measure)
    end = at + 1
    while end < len(lines) and not lines[end].rule and _DASH_RE.match(lines[end].text):
        found.append(lines[end].text)
        end += 1
    entries = [_DASH_RE.sub("", e).rstrip(" ;.").strip() for e in found]
    ctx.notice.addressees = [e for e in entries if e]
    ctx.notes.warn(
        "addressees",
        N_(
            "A “Kính gửi” block was found ({count} line(s)); it is kept apart from the "
            "opening. A Thông báo has none: move the offices to the recipients."
        ),
        count=len(ctx.notice.addressees),
    )
    return end


def _closing_start(lines: list[Line], start: int) -> int:
    last_final = max(
        (i for i in range(start, len(lines)) if strip_final_mark(lines[i].text) != lines[i].text),
        default=start - 1,
    )
    for i in range(start, len(lines)):
        line = lines[i]
        if is_recipients_heading(line.text) or line.column is not Column.FULL:
            return i
        if i > last_final and AUTHORITY_RE.match(line.text.strip()):
            return i
    return len(lines)


def _fix_summary_case(ctx: Context) -> None:
    n = ctx.notice
    letters = [c for c in n.summary if c.isalpha()]
    if len(letters) <= 12 or not is_upper_text(n.summary):
        return
    reference = [n.opening, n.lead_in, n.closing, n.signature.name]
    reference += [it.title + "\n" + it.text for it in n.body]
    reference += [r.text for r in n.recipients]
    n.summary, undecided = sentence_case(n.summary, reference)
    if undecided:
        ctx.notes.warn(
            "summary",
            N_(
                "The summary was in capitals and is now in sentence case; check the capitals of: "
                "{words}."
            ),
            words=", ".join(undecided),
        )
    else:
        ctx.notes.add("summary", N_("The summary was in capitals and is now in sentence case."))


def _guess_issuer(ctx: Context) -> None:
    """An issuing body lost in copying, rebuilt from "TM. …" and the place (and said so)."""
    n = ctx.notice
    if n.issuing_body:
        return
    collective = next((a[3:].strip() for a in n.signature.authority if a.startswith("TM.")), "")
    if not collective and n.symbol.upper().endswith("-UBND"):
        collective = "ỦY BAN NHÂN DÂN"
    if collective == "ỦY BAN NHÂN DÂN" and n.place:
        level = "THÀNH PHỐ" if compare_key(n.place) in _CITIES else "TỈNH"
        place = n.place.upper().removeprefix("THÀNH PHỐ ").strip()
        n.issuing_body = [collective, f"{level} {place}"]
    elif collective:
        n.issuing_body = [collective]
    if n.issuing_body:
        ctx.notes.warn(
            "issuing_body",
            N_(
                "The issuing body was missing and was rebuilt from the signature and the place; "
                "check it."
            ),
        )
    else:
        ctx.notes.warn("issuing_body", N_("No issuing body was found; fill it in."))


def _fold_eth(line: Line) -> Line:
    marked = line.marked.translate(_ETH) if line.marked is not None else None
    return replace(line, text=line.text.translate(_ETH), marked=marked)


def recognise(lines: list[Line]) -> tuple[Draft, Context]:
    """The draft read from ``lines``, with the context (notes, roles) of the reading."""
    ctx = Context()
    folded = [_fold_eth(ln) for ln in lines]
    if any(a.text != b.text for a, b in zip(lines, folded, strict=True)):
        ctx.notes.add("", N_("The look-alike letter Ð (Icelandic Eth) was replaced by Đ."))
    lines = [ln for ln in folded if ln.rule or ln.table is not None or ln.text.strip()]
    t = _type_name_index(lines)
    if t is None:
        header_end = _header_end(lines)
        body_start = header_end
        ctx.notes.warn("summary", N_("The type name “THÔNG BÁO” was not found; check the summary."))
    else:
        header_end = t
        ctx.role(lines[t], Role.TYPE_NAME)
        body_start = _summary(lines, t + 1, ctx)
    body_start = _addressees(lines, body_start, ctx)
    read_header(lines[:header_end], ctx)
    closing_start = _closing_start(lines, body_start)
    if closing_start == len(lines):
        # No signature block (a draft): an appendix after the final "./." still ends the body.
        closing_start = appendix_start(lines, _after_final_mark(lines, body_start))
    read_body(lines[body_start:closing_start], ctx)
    # What follows the signature block and starts "Phụ lục" is an appendix, never recipients.
    appendices_start = appendix_start(lines, closing_start)
    read_closing(lines[closing_start:appendices_start], ctx)
    read_appendices(lines[appendices_start:], ctx)
    _fix_summary_case(ctx)
    _guess_issuer(ctx)
    if ctx.kept:
        ctx.notes.warn(
            "",
            N_("{count} piece(s) of text did not fit the notice and are kept in the draft notes."),
            count=len(ctx.kept),
        )
    return Draft(notice=ctx.notice, notes="\n".join(ctx.kept)), ctx
