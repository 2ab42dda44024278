"""Field paths: one name for every editable value of a notice.

Validation ties each problem to a path, templates bind fields by path, the GUI focuses
a field and records undo steps by path. Paths look like ``summary``,
``signature.position``, ``body[3fa2c1d0].text``, ``recipients``, ``page.margin_left_mm``.
Texts are read and written with ``get_text``/``set_text``; other values (a date part,
a mark, a page setting, the copies count) with ``get_value``/``set_value``.
List-of-lines fields (issuing body, authority lines) read and write as one text with
one line per entry; ``recipients`` reads and writes as one line per recipient, the note
in brackets at the end ("TT. HĐND tỉnh (b/c)").
"""

from __future__ import annotations

import dataclasses
import re

from ucd_desktop.model.notice import (
    Appendix,
    Archive,
    BodyItem,
    Notice,
    PageSetup,
    Recipient,
    Signature,
    is_single_line,
)

__all__ = [
    "LINE_FIELDS",
    "TEXT_FIELDS",
    "FieldError",
    "appendix_path",
    "format_recipients",
    "get_text",
    "get_value",
    "item_path",
    "parse_recipients",
    "set_text",
    "set_value",
    "single_line",
    "text_paths",
]

#: Plain text fields of Notice, Signature and Archive, by path.
TEXT_FIELDS = (
    "number",
    "symbol",
    "place",
    "summary",
    "opening",
    "lead_in",
    "closing",
    "footer",
    "national_title",
    "motto",
    "signature.position",
    "signature.name",
    "archive.unit",
    "archive.initials",
)
#: Fields stored as a list of lines.
LINE_FIELDS = ("governing_body", "issuing_body", "addressees", "signature.authority")

_ITEM = re.compile(r"^body\[([0-9A-Za-z_-]+)\]\.(title|text)$")
#: An appendix's own fields by position: "appendices[0].title", "appendices[1].number".
#: Its items are named like the body's ("body[<id>].text"): ids are unique notice-wide.
_APPENDIX = re.compile(r"^appendices\[(\d{1,6})\]\.(title|number)$")
_NOTE = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


class FieldError(KeyError):
    """A path that names no text field of the notice."""


def item_path(item: BodyItem, part: str = "text") -> str:
    return f"body[{item.id}].{part}"


def appendix_path(index: int, part: str = "title") -> str:
    return f"appendices[{index}].{part}"


def _appendix(notice: Notice, path: str) -> tuple[Appendix, str] | None:
    m = _APPENDIX.match(path)
    if m is None:
        return None
    index = int(m.group(1))
    if index >= len(notice.appendices):
        raise FieldError(path)
    return notice.appendices[index], m.group(2)


#: The parts of a notice a dotted path goes into: ``signature.name``, ``page.body_size``.
_PARTS: dict[str, type] = {"signature": Signature, "archive": Archive, "page": PageSetup}


def _owner(notice: Notice, path: str) -> tuple[object, str]:
    head, _, tail = path.partition(".")
    if tail and head in _PARTS:
        return getattr(notice, head), tail
    return notice, path


def _field(path: str) -> dataclasses.Field[object] | None:
    """The dataclass field a path ends in (None for ``recipients`` or an unknown path)."""
    m = _ITEM.match(path)
    appendix = _APPENDIX.match(path)
    head, _, tail = path.partition(".")
    cls: type[object]
    if m:
        cls, name = BodyItem, m.group(2)
    elif appendix:
        cls, name = Appendix, appendix.group(2)
    elif tail and head in _PARTS:
        cls, name = _PARTS[head], tail
    else:
        cls, name = Notice, path
    fields: tuple[dataclasses.Field[object], ...] = dataclasses.fields(cls)  # type: ignore[arg-type]
    return next((f for f in fields if f.name == name), None)


def single_line(path: str) -> bool:
    """Whether the text at ``path`` is one line (its field is marked ``ONE_LINE``). A
    list-of-lines field's text holds one entry a line, so it is not."""
    f = _field(path)
    return f is not None and is_single_line(f) and path not in LINE_FIELDS


def _leaf(notice: Notice, path: str) -> tuple[object, str]:
    """Owner and attribute of the single value at ``path``: not a body item's text, not
    a part or list of the notice (``signature``, ``body``), which have their own edits."""
    if _ITEM.match(path) or _APPENDIX.match(path) or _field(path) is None:
        raise FieldError(path)
    owner, attr = _owner(notice, path)
    current = getattr(owner, attr)
    if dataclasses.is_dataclass(current) or isinstance(current, list | dict):
        raise FieldError(path)
    return owner, attr


def get_value(notice: Notice, path: str) -> object:
    """The value stored at ``path`` (``day``, ``urgency``, ``page.body_size``,
    ``archive.copies``); FieldError for a path that names no single value."""
    owner, attr = _leaf(notice, path)
    return getattr(owner, attr)


def set_value(notice: Notice, path: str, value: object) -> None:
    """Store ``value`` at ``path`` as it is (the caller has checked it)."""
    owner, attr = _leaf(notice, path)
    setattr(owner, attr, value)


def get_text(notice: Notice, path: str) -> str:
    """The text at ``path``."""
    m = _ITEM.match(path)
    if m:
        item = notice.item(m.group(1))
        if item is None:
            raise FieldError(path)
        return str(getattr(item, m.group(2)))
    appendix = _appendix(notice, path)
    if appendix is not None:
        return str(getattr(*appendix))
    if path == "recipients":
        return format_recipients(notice.recipients)
    owner, attr = _owner(notice, path)
    if path in LINE_FIELDS:
        lines = getattr(owner, attr)
        return "\n".join(lines)
    if path in TEXT_FIELDS:
        return str(getattr(owner, attr))
    raise FieldError(path)


def set_text(notice: Notice, path: str, value: str) -> None:
    """Store ``value`` (already cleaned) at ``path``."""
    m = _ITEM.match(path)
    if m:
        item = notice.item(m.group(1))
        if item is None:
            raise FieldError(path)
        setattr(item, m.group(2), value)
        return
    appendix = _appendix(notice, path)
    if appendix is not None:
        setattr(appendix[0], appendix[1], value)
        return
    if path == "recipients":
        notice.recipients = parse_recipients(value)
        return
    owner, attr = _owner(notice, path)
    if path in LINE_FIELDS:
        setattr(owner, attr, [ln.strip() for ln in value.split("\n") if ln.strip()])
    elif path in TEXT_FIELDS:
        setattr(owner, attr, value)
    else:
        raise FieldError(path)


def text_paths(notice: Notice) -> list[str]:
    """Every text path of ``notice``, in reading order."""
    paths = ["governing_body", "issuing_body", "number", "symbol", "place", "summary"]
    paths += ["opening", "lead_in"]
    for item in notice.body:
        paths += [item_path(item, "title"), item_path(item, "text")]
    paths += ["closing", "signature.authority", "signature.position", "signature.name"]
    paths += ["recipients", "archive.unit", "archive.initials", "footer"]
    for index, appendix in enumerate(notice.appendices):
        paths += [appendix_path(index, "number"), appendix_path(index, "title")]
        for item in appendix.items:
            paths += [item_path(item, "title"), item_path(item, "text")]
    return paths


def format_recipients(recipients: list[Recipient]) -> str:
    return "\n".join(f"{r.text} ({r.note})" if r.note else r.text for r in recipients)


def parse_recipients(value: str) -> list[Recipient]:
    """One recipient a line; a bracketed note at the end becomes the note."""
    out: list[Recipient] = []
    for raw in value.split("\n"):
        line = raw.strip().lstrip("-–+•").strip().rstrip(";,.").strip()
        if not line:
            continue
        m = _NOTE.match(line)
        if m and m.group(1):
            out.append(Recipient(m.group(1).strip(), m.group(2).strip()))
        else:
            out.append(Recipient(line))
    return out
