"""The end of an old notice: "Nơi nhận" with its recipients and the signature block.

The two columns arrive as table cells, as positioned PDF columns, one after the other
(Markdown, Word without a table), or merged on each line (text copied from a two-column
PDF: "- TT. HĐND tỉnh (b/c); KT. CHỦ TỊCH"); merged lines are cut where the capitals of
the signature block begin.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ucd_desktop.decree import Role
from ucd_desktop.i18n import N_
from ucd_desktop.model.notice import Archive, Recipient
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.lines import Column, Line
from ucd_desktop.reading.patterns import (
    AUTHORITY_RE,
    is_recipients_heading,
    is_upper_text,
)
from ucd_desktop.text.clean import compare_key, tidy

__all__ = ["read_closing", "split_closing_line"]

_SIGNED_RE = re.compile(r"^\(?\s*(đã ký|đã kí|ký|kí)\b.*\)?$", re.IGNORECASE)
_ARCHIVE_RE = re.compile(r"^[-–+•\s]*Lưu\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_COPIES_RE = re.compile(r"^(?P<unit>.*?)\s*\((?P<n>\d+)\)\s*(?P<initials>[^\s.;,]*)\s*$")
_NOTE_RE = re.compile(r"^(?P<text>.*?)\s*\((?P<note>[^()]*)\)\s*$")
_TITLES_RE = re.compile(r"^((?:GS|PGS|TS|ThS|BS|KS|CN|LS)\s*\.\s*)+", re.IGNORECASE)
_SURNAME_TEXT = (
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn "
    "lâm mai trương hà cao tạ lương thái châu quách tô triệu kiều văn"
)
_SURNAMES = frozenset(_SURNAME_TEXT.split())


def split_closing_line(line: Line) -> list[Line]:
    """Cut "- TT. HĐND tỉnh (b/c); KT. CHỦ TỊCH" into a recipient and a signature line."""
    if line.column is not Column.FULL or line.rule:
        return [line]
    text = line.text
    if is_recipients_heading(text):
        m = re.match(r"^\W*nơi\s*nhận\s*:?\s*", text, re.IGNORECASE)
        rest = text[m.end() :] if m else ""
        if rest:
            head = text[: len(text) - len(rest)].strip()
            return [
                replace(line, text=head, column=Column.LEFT),
                replace(line, text=rest, column=Column.RIGHT),
            ]
        return [line]
    if not text.lstrip().startswith(("-", "–", "+", "•")):
        return [line]
    for m in re.finditer(r"[;.)]\s+", text):
        rest = text[m.end() :].strip()
        words = rest.split()
        signature = AUTHORITY_RE.match(rest) or is_upper_text(rest)
        name = _is_name(rest) and compare_key(words[0]) in _SURNAMES
        if rest and (signature or name):
            left = text[: m.start() + 1].strip()
            return [
                replace(line, text=left, column=Column.LEFT),
                replace(line, text=rest, column=Column.RIGHT),
            ]
    return [line]


def _is_name(text: str) -> bool:
    """Two to six words, each a capital followed by small letters: "Nguyễn Minh Lâm"."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words
    )


def _looks_like_caps_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and compare_key(words[0]) in _SURNAMES and is_upper_text(text)


def read_closing(lines: list[Line], ctx: Context) -> None:
    left: list[Line] = []
    right: list[Line] = []
    in_recipients = False
    for line in [p for ln in lines for p in split_closing_line(ln)]:
        text = line.text.strip()
        if line.rule or not text:
            continue
        if is_recipients_heading(text):
            ctx.role(line, Role.RECIPIENTS_HEADING)
            in_recipients = line.column is not Column.RIGHT
            continue
        if _SIGNED_RE.match(text):
            ctx.notes.add(
                "signature.name",
                N_("“{text}” is left out: the signed copy carries the signature."),
                text=text,
            )
            continue
        if line.column is Column.LEFT:
            left.append(line)
        elif line.column is Column.RIGHT:
            right.append(line)
        elif AUTHORITY_RE.match(text) or (is_upper_text(text) and not text.startswith(("-", "–"))):
            right.append(line)
            in_recipients = False
        elif in_recipients or text.startswith(("-", "–", "+", "•")) or _ARCHIVE_RE.match(text):
            left.append(line)
            in_recipients = True
        else:
            right.append(line)
    _recipients(left, ctx)
    _signature(right, ctx)


def _recipients(lines: list[Line], ctx: Context) -> None:
    n = ctx.notice
    entries: list[tuple[Line, str]] = []
    for line in lines:
        text = tidy(line.text)
        starts_new = text.startswith(("-", "–", "+", "•")) or _ARCHIVE_RE.match(text)
        if entries and not starts_new and not entries[-1][1].rstrip().endswith((";", ".")):
            entries[-1] = (entries[-1][0], entries[-1][1] + " " + text)  # a wrapped line
            ctx.role(line, Role.RECIPIENT)
            continue
        entries.append((line, text))
    missing = 0
    for line, text in entries:
        archive = _ARCHIVE_RE.match(text)
        if archive:
            ctx.role(line, Role.ARCHIVE)
            _archive(archive.group("rest"), ctx)
            continue
        ctx.role(line, Role.RECIPIENT)
        body = text.lstrip("-–+• ").strip()
        if not body.endswith(";") and entries[-1][1] is not text:
            missing += 1
        body = re.sub(r"[\s;,.]+$", "", body)
        m = _NOTE_RE.match(body)
        if m and m.group("text"):
            n.recipients.append(Recipient(m.group("text").strip(), m.group("note").strip()))
        elif body:
            n.recipients.append(Recipient(body))
    if missing:
        ctx.notes.add(
            "recipients",
            N_("{count} recipient line(s) lacked their “;”; it is added."),
            count=missing,
        )


def _archive(rest: str, ctx: Context) -> None:
    text = re.sub(r"[\s.;,]+$", "", rest.strip())
    parts = [p.strip() for p in text.split(",")]
    if parts and compare_key(parts[0]) == "vt":
        parts = parts[1:]
    unit = ", ".join(p for p in parts if p)
    archive = Archive(unit=unit)
    m = _COPIES_RE.match(unit)
    if m:
        archive = Archive(
            unit=m.group("unit").strip(" ,"), copies=int(m.group("n")), initials=m.group("initials")
        )
    ctx.notice.archive = archive
    if not rest.rstrip().endswith("."):
        ctx.notes.add("archive.unit", N_("The “Lưu” line ends with a full stop; it is added."))


def _signature(lines: list[Line], ctx: Context) -> None:
    sig = ctx.notice.signature
    authority: list[Line] = []
    caps: list[Line] = []
    names: list[Line] = []
    for line in lines:
        text = tidy(line.text)
        bare = _TITLES_RE.sub("", text)
        if AUTHORITY_RE.match(text) and not names:
            authority.append(line)
        elif is_upper_text(text) and not names and not _looks_like_caps_name(bare):
            caps.append(line)
        elif _is_name(bare) or _looks_like_caps_name(bare):
            names.append(line)
        else:
            ctx.kept.append(text)
            ctx.notes.warn(
                "signature.name",
                N_("Text in the signature block not recognised, kept in the draft notes: {text}"),
                text=text,
            )
    sig.authority = [re.sub(r"^(\w+)\s*\.\s*", r"\1. ", tidy(a.text)).upper() for a in authority]
    for a in authority:
        ctx.role(a, Role.AUTHORITY)
    if not caps and authority and len(authority) > 1:
        # "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" typed without a position line: nothing to move.
        pass
    sig.position = " ".join(tidy(c.text) for c in caps)
    for c in caps:
        ctx.role(c, Role.POSITION)
    if names:
        name = tidy(names[-1].text)
        title = _TITLES_RE.match(name)
        if title:
            name = name[title.end() :].strip()
            ctx.notes.add(
                "signature.name",
                N_("The academic title “{title}” is left out of the signer's name."),
                title=title.group(0).strip(),
            )
        if is_upper_text(name):
            name = " ".join(w.capitalize() for w in name.split())
            ctx.notes.add(
                "signature.name",
                N_("The signer's name is written in normal capitalisation: {name}."),
                name=name,
            )
        sig.name = name
        ctx.role(names[-1], Role.SIGNER_NAME)
        for extra in names[:-1]:
            ctx.kept.append(extra.text)
    if not sig.name:
        ctx.notes.warn("signature.name", N_("No signer's name was found; fill it in."))
