"""The header of an old notice: issuing body, Quốc hiệu, motto, number, place and date, marks.

The two header columns arrive as table cells (.docx), as positioned columns (PDF), or
merged on one line (text copied from a two-column PDF: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM"); merged lines are cut where a known right-column phrase begins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ucd_desktop.decree import Role
from ucd_desktop.i18n import N_
from ucd_desktop.layout.punctuation import document_number
from ucd_desktop.model.notice import MOTTO, NATIONAL_TITLE, Secrecy, Urgency
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.lines import Column, Line
from ucd_desktop.reading.patterns import (
    find_date,
    find_motto,
    find_national_title,
    is_upper_text,
    parse_number,
)
from ucd_desktop.text.clean import compare_key, fold_lookalikes
from ucd_desktop.text.dates import date_problems, day_text, month_text

__all__ = ["read_header", "split_merged"]

_URGENCY = {compare_key(u.value): u for u in Urgency if u.value}
_SECRECY = {compare_key(s.value): s for s in Secrecy if s.value}
_DRAFT_MARKS = {"dự thảo", "du thao"}
#: Words that start the name of a unit inside a larger body ("VĂN PHÒNG" under "UBND TỈNH").
_UNIT_WORDS = ("VĂN PHÒNG", "SỞ ", "BAN ", "CỤC ", "VỤ ", "PHÒNG ", "TRUNG TÂM", "THANH TRA")


_PARTIAL_TITLE = re.compile(r"cộng\s*hòa\s*xã\s*hội", re.IGNORECASE)


def _partial_title(text: str) -> tuple[int, int] | None:
    m = _PARTIAL_TITLE.search(fold_lookalikes(text))
    return (m.start(), m.end()) if m else None


def split_merged(line: Line) -> list[Line]:
    """Cut a line that holds both header columns into its left and right parts."""
    if line.column is not Column.FULL or line.rule:
        return [line]
    text = line.text
    number = parse_number(text)
    if number is not None:
        if number.rest:
            cut = len(text) - len(number.rest)
            return [
                replace(line, text=text[:cut].strip(), column=Column.LEFT),
                replace(line, text=number.rest, column=Column.RIGHT),
            ]
        return [line]
    cuts = [
        found[0]
        for found in (find_national_title(text), find_motto(text), _partial_title(text))
        if found is not None and found[0] > 0
    ]
    date = find_date(text)
    if date is not None and date.start > 0 and is_upper_text(text[: date.start]):
        cuts.append(date.start)
    if not cuts:
        return [line]
    cut = min(cuts)
    left, right = text[:cut].strip(), text[cut:].strip()
    if not left:
        return [line]
    return [
        replace(line, text=left, column=Column.LEFT),
        replace(line, text=right, column=Column.RIGHT),
    ]


_TITLE_WORDS = NATIONAL_TITLE.split()


def _rejoin_title(pieces: list[Line]) -> list[Line]:
    """Put back together a Quốc hiệu wrapped in a narrow column ("… CHỦ NGHĨA" / "VIỆT NAM")."""
    out = list(pieces)
    for i, piece in enumerate(out):
        words = piece.text.split()
        if find_national_title(piece.text) or len(words) < 3:
            continue
        for k in range(3, len(_TITLE_WORDS)):
            head = " ".join(_TITLE_WORDS[:k])
            if compare_key(" ".join(words[-k:])) != compare_key(head):
                continue
            rest = " ".join(_TITLE_WORDS[k:])
            for j in range(i + 1, min(i + 4, len(out))):
                if compare_key(out[j].text).startswith(compare_key(rest)):
                    out[i] = replace(piece, text=piece.text + " " + rest)
                    out[j] = replace(out[j], text=out[j].text.strip()[len(rest) :].strip())
                    return [p for p in out if p.text.strip() or p.rule]
    return out


def read_header(lines: list[Line], ctx: Context) -> None:
    notes = ctx.notes
    body_lines: list[Line] = []
    last: Role | None = None
    pieces = _rejoin_title([piece for ln in lines for piece in split_merged(ln)])
    pieces = [piece for ln in pieces for piece in split_merged(ln)]
    for line in pieces:
        text = line.text.strip()
        if line.rule:
            right = last in (Role.MOTTO, Role.NATIONAL_TITLE)
            role = Role.RULE_MOTTO if right else Role.RULE_ISSUER
            ctx.role(line, role)
            if line.typed_rule:
                notes.add(
                    "motto" if role is Role.RULE_MOTTO else "issuing_body",
                    N_("A rule typed as dashes or underscores is drawn as a real line."),
                )
            continue
        if find_national_title(text) is not None:
            last = Role.NATIONAL_TITLE
            ctx.role(line, last)
            if text != NATIONAL_TITLE:
                notes.add(
                    "national_title",
                    N_("The national title read “{found}”; the official text is printed."),
                    found=text,
                )
            continue
        if find_motto(text) is not None:
            last = Role.MOTTO
            ctx.role(line, last)
            if text != MOTTO:
                notes.add(
                    "motto",
                    N_("The motto read “{found}”; it is printed “{expected}”."),
                    found=text,
                    expected=MOTTO,
                )
            continue
        if _number(line, ctx):
            last = Role.NUMBER
            continue
        if _date(line, ctx):
            last = Role.PLACE_DATE
            continue
        if _mark(text, ctx):
            ctx.role(line, Role.MARK)
            continue
        if is_upper_text(text) and line.column is not Column.RIGHT:
            body_lines.append(line)
            last = Role.ISSUING_BODY
            continue
        ctx.kept.append(text)
        notes.warn(
            "issuing_body",
            N_("Header text not recognised, kept in the draft notes: {text}"),
            text=text,
        )
    _bodies(body_lines, ctx)


def _number(line: Line, ctx: Context) -> bool:
    parts = parse_number(line.text)
    if parts is None:
        return False
    n = ctx.notice
    ctx.role(line, Role.NUMBER)
    n.number = document_number(parts.number)
    n.symbol = parts.symbol
    if parts.number.isdigit() and 0 < int(parts.number) < 10 and len(parts.number) < 2:
        ctx.notes.add(
            "number",
            N_("Number {found} is printed with its leading zero: {fixed}."),
            found=parts.number,
            fixed=f"{int(parts.number):02d}",
        )
    if parts.typed_symbol != parts.symbol:
        ctx.notes.add(
            "symbol",
            N_("The symbol “{found}” is written without spaces: {fixed}."),
            found=parts.typed_symbol,
            fixed=parts.symbol,
        )
    if not parts.symbol.upper().startswith("TB"):
        ctx.notes.warn(
            "symbol",
            N_("The symbol {symbol} is not that of a Thông báo (TB-…); check it."),
            symbol=parts.symbol,
        )
    return True


def _date(line: Line, ctx: Context) -> bool:
    parts = find_date(line.text)
    if parts is None:
        return False
    n = ctx.notice
    ctx.role(line, Role.PLACE_DATE)
    n.place = parts.place
    if date_problems(parts.day, parts.month, parts.year):
        ctx.notes.warn(
            "day",
            N_("The date “{found}” is not a valid date; it was left blank to fill in."),
            found=line.text.strip(),
        )
        n.day, n.month, n.year = None, None, parts.year
        return True
    n.day, n.month, n.year = parts.day, parts.month, parts.year
    wrong = (parts.day is not None and parts.day_text != day_text(parts.day)) or (
        parts.month is not None and parts.month_text != month_text(parts.month)
    )
    if wrong:
        ctx.notes.add(
            "day",
            N_(
                "The date is written by the Decree's rule (leading zero only for days 1-9 and "
                "months 1-2)."
            ),
        )
    if not parts.place:
        ctx.notes.warn("place", N_("No place was found before the date; fill it in."))
    return True


def _mark(text: str, ctx: Context) -> bool:
    key = compare_key(text)
    n = ctx.notice
    if key in _URGENCY:
        n.urgency = _URGENCY[key]
    elif key in _SECRECY:
        n.secrecy = _SECRECY[key]
    elif key in _DRAFT_MARKS:
        n.draft_mark = True
    else:
        return False
    return True


def _bodies(lines: list[Line], ctx: Context) -> None:
    """Split the capital lines of the left column into governing and issuing body."""
    texts = [ln.text.strip() for ln in lines]
    split = 0
    if any(ln.bold is not None for ln in lines):
        # Formatting known: the governing body is upright, the issuing body bold.
        while split < len(lines) - 1 and lines[split].bold is False:
            split += 1
        if split == len(lines) - 1 and lines[-1].bold is False:
            split = 0
    elif len(texts) >= 2:
        for i in range(1, len(texts)):
            if texts[i].startswith(_UNIT_WORDS) and not texts[0].startswith(_UNIT_WORDS):
                split = i
                break
        if split:
            ctx.notes.warn(
                "governing_body",
                N_(
                    "The governing and issuing bodies were told apart by their wording; check them."
                ),
            )
    ctx.notice.governing_body = texts[:split]
    ctx.notice.issuing_body = texts[split:]
    for i, line in enumerate(lines):
        ctx.role(line, Role.GOVERNING_BODY if i < split else Role.ISSUING_BODY)
