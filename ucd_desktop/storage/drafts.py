"""Draft files: readable, versioned JSON (extension .ucd).

A draft that cannot be read (not JSON, cut short, wrong shape, written by a newer
version) raises DraftError with a message for the user and changes nothing on disk.
Saving goes through an atomic replace, so a crash never leaves half a draft.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ucd_desktop import __version__
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.storage.atomic import atomic_write_text
from ucd_desktop.storage.codec import CodecError, from_jsonable, to_jsonable
from ucd_desktop.storage.targets import check_draft_target

__all__ = [
    "DRAFT_EXTENSION",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "DraftError",
    "draft_from_json",
    "draft_to_json",
    "load_draft",
    "save_draft",
]

FORMAT_NAME = "ucd-desktop-draft"
FORMAT_VERSION = 2
DRAFT_EXTENSION = ".ucd"
#: Drafts are small; anything larger is not a draft (and would only fill memory).
MAX_DRAFT_BYTES = 20 * 1024 * 1024


class DraftError(ValueError):
    """A draft that cannot be read; ``str()`` is the message for the user."""


def draft_to_json(draft: Draft) -> str:
    doc = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app": f"ucd-desktop {__version__}",
        **to_jsonable(draft),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Format 1 -> 2 (ucd-desktop 0.2): the keys format 2 adds get their defaults.

    Format 2 adds, all optional: clause title punctuation, the addressee block ("Kính gửi"),
    laid-out appendices, marks on carried-over body items, and the signer bound to a fact.
    Each step below says what it changes in a format-1 file; a key missing from a file keeps
    the model's default.

    - ``notice.body[].carried_from`` (marks on carried-over items): "" (not carried over).
      Format 1 had no mark, so nothing is flagged after the upgrade.
    - ``template.signer_fact`` (the signer bound to a fact): "". A format-1 draft whose
      signer's name followed a fact through its template source keeps following it.
    - ``notice.addressees`` (list of lines, default empty): a "Kính gửi" block read from an
      old notice; a format-1 file has none.
    - Appendices get ``number`` (the number as written after "Phụ lục"); a format-1
      appendix has none, so it is numbered automatically, and is now laid out.
    - ``body[].title_end`` (":", "." or "paragraph"): what separates a clause's or point's
      bold title from its text. Missing in format 1, so ":" (the default): a format-1 title
      followed by text now prints with a colon instead of running into the text.
    """
    return doc


#: One step per format version: _UPGRADES[n] turns format n into n + 1.
_UPGRADES = {1: _v1_to_v2}


def _upgrade(doc: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring an older format up to FORMAT_VERSION, one version at a time."""
    while version < FORMAT_VERSION:
        doc = _UPGRADES[version](doc)
        version += 1
    return doc


def draft_from_json(text: str, *, name: str = "") -> Draft:
    label = name or _("the draft")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DraftError(
            _("{name} is damaged or is not a draft file (line {line}, column {col}).").format(
                name=label, line=exc.lineno, col=exc.colno
            )
        ) from None
    except RecursionError:  # arrays nested thousands deep: no draft looks like that
        raise DraftError(_("{name} is not a ucd-desktop draft file.").format(name=label)) from None
    except ValueError:  # a number of thousands of digits (Python refuses to convert it)
        raise DraftError(
            _("{name} is damaged: it holds a number thousands of digits long.").format(name=label)
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise DraftError(_("{name} is not a ucd-desktop draft file.").format(name=label))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftError(_("{name} has no valid format version.").format(name=label))
    if version > FORMAT_VERSION:
        raise DraftError(
            _(
                "{name} was saved by a newer version of ucd-desktop (draft format {found}; "
                "this version reads up to {known}). Update ucd-desktop to open it."
            ).format(name=label, found=version, known=FORMAT_VERSION)
        )
    doc = _upgrade(doc, version)
    _check_tables(doc, label)
    body = {k: v for k, v in doc.items() if k not in ("format", "version", "app")}
    try:
        draft: Draft = from_jsonable(Draft, body)
    except CodecError as exc:
        raise DraftError(
            _("{name} is damaged: {where}: {problem}").format(
                name=label, where=exc.where, problem=exc.problem
            )
        ) from None
    except RecursionError:  # facts nested just shallowly enough for the JSON reader
        raise DraftError(_("{name} is not a ucd-desktop draft file.").format(name=label)) from None
    return draft


#: Table cells in a whole notice, appendices included. A 1000 x 1000 table took 100 s
#: and 2.4 GB to export; a notice's tables (tasks, units, deadlines) have a few hundred.
MAX_TABLE_CELLS = 20_000
#: Columns of one table: more cannot be read on an A4 page.
MAX_TABLE_COLUMNS = 40


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _check_tables(doc: dict[str, Any], label: str) -> None:
    """Refuse a draft whose tables are beyond any notice, on the file's JSON (before the
    model is built: a 1000 x 1000 table is refused in a fraction of a second)."""
    notice = doc.get("notice")
    notice = notice if isinstance(notice, dict) else {}
    items = _list(notice.get("body"))
    for appendix in _list(notice.get("appendices")):
        items += _list(appendix.get("items")) if isinstance(appendix, dict) else []
    cells = 0
    for item in items:
        table = item.get("table") if isinstance(item, dict) else None
        rows = _list(table.get("rows")) if isinstance(table, dict) else []
        if not rows:
            continue
        columns = max(len(r) if isinstance(r, list) else 1 for r in rows)
        cells += sum(len(r) if isinstance(r, list) else 1 for r in rows)
        if columns > MAX_TABLE_COLUMNS or cells > MAX_TABLE_CELLS:
            raise DraftError(
                _(
                    "{name} has a table larger than a notice can hold ({rows} rows × {columns} "
                    "columns; at most {most} columns and {cells} cells in all)."
                ).format(
                    name=label,
                    rows=len(rows),
                    columns=columns,
                    most=MAX_TABLE_COLUMNS,
                    cells=f"{MAX_TABLE_CELLS:,}".replace(",", "."),
                )
            )


def load_draft(path: Path) -> Draft:
    path = Path(path)
    if path.is_dir():  # Windows refuses to open a folder with "permission denied"
        raise DraftError(_("{path} is a folder, not a draft file.").format(path=path))
    try:
        size = path.stat().st_size
        if size > MAX_DRAFT_BYTES:
            raise DraftError(
                _("{name} is too large to be a draft ({size} MB).").format(
                    name=path.name, size=size // (1024 * 1024)
                )
            )
        with path.open("rb") as handle:
            # One byte more than a draft may hold, whatever the size said: a device or a
            # network file system can report 0 bytes and never end (/dev/zero did).
            raw = handle.read(MAX_DRAFT_BYTES + 1)
        if len(raw) > MAX_DRAFT_BYTES:
            raise DraftError(
                _("{name} is too large to be a draft ({size} MB).").format(
                    name=path.name, size=len(raw) // (1024 * 1024)
                )
            )
    except FileNotFoundError:
        raise DraftError(_("File not found: {path}").format(path=path)) from None
    except IsADirectoryError:
        raise DraftError(_("{path} is a folder, not a draft file.").format(path=path)) from None
    except OSError as exc:
        raise DraftError(
            _("Cannot read {path}: {error}").format(path=path, error=describe_os_error(exc))
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DraftError(
            _("{name} is damaged or is not a draft file (not UTF-8 text).").format(name=path.name)
        ) from None
    return draft_from_json(text, name=path.name)


def save_draft(draft: Draft, path: Path) -> None:
    """Write ``draft`` to ``path``: a .ucd file, never over another kind of file."""
    check_draft_target(Path(path))
    atomic_write_text(Path(path), draft_to_json(draft))
