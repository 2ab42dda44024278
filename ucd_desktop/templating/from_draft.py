"""From a finished draft to the next one: "save as template" and "new from this notice".

``template_from_draft`` keeps what the drafter picks. Office-level parts (agency, signer,
recipients) are kept as the text they show now, since they stay the same from one meeting
to the next. Phrasing keeps each field's template source where the field still follows
the meeting facts (so the new template asks for the facts again) and the text as written
where the drafter changed it. The section skeleton keeps each body item's kind and title
and leaves "…" where the text goes; the conclusions' text is left out unless asked for,
and then each one is marked carried over, to be reviewed in the next notice. A signer
that follows a fact (the chair) keeps following it. Number, date and marks are never kept.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, meta

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft, FactValue
from ucd_desktop.model.notice import Secrecy, Urgency
from ucd_desktop.model.paths import appendix_path, get_text, item_path
from ucd_desktop.storage.atomic import atomic_write_text
from ucd_desktop.storage.codec import to_jsonable
from ucd_desktop.storage.paths import user_templates_dir
from ucd_desktop.templating.binding import bound_paths, default_facts, make_environment, refresh
from ucd_desktop.templating.filters import BLANK
from ucd_desktop.templating.template import (
    TEMPLATE_EXTENSION,
    FactSpec,
    FactType,
    NoticeTemplate,
    template_to_toml,
)
from ucd_desktop.text.clean import clean_field

__all__ = [
    "Keep",
    "link_fact_specs",
    "next_meeting_draft",
    "notice_date",
    "save_user_template",
    "template_from_draft",
    "template_id_for",
    "template_name_for",
]

_OPENERS = ("{{", "{%", "{#")


@dataclass(frozen=True)
class Keep:
    """What a new template keeps from the draft."""

    agency: bool = True
    signer: bool = True
    recipients: bool = True
    skeleton: bool = True
    phrasing: bool = True
    #: The conclusions' own text: off by default, since last month's conclusions are not
    #: next month's. Kept, each one is marked carried over until the drafter reviews it.
    conclusions: bool = False


def _literal(text: str) -> str:
    """``text`` as template source that renders back to exactly ``text``."""
    if not any(opener in text for opener in _OPENERS):
        return text
    return text.replace("{", "{{ '{' }}")


def template_id_for(name: str, taken: Iterable[str] = ()) -> str:
    """A template id from a Vietnamese name: lowercase ASCII and hyphens, not in ``taken``."""
    folded = name.replace("đ", "d").replace("Đ", "D")
    ascii_name = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    base = base or "mau"
    used = set(taken)
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def template_name_for(base: str, taken: Iterable[str]) -> str:
    """A name to suggest for a new template: ``base``, or ``base (2)``… if that is taken.

    Names are compared without case, accents kept: "Kết luận hội nghị" is taken when a
    template of that name is in the library, whatever its folder.
    """
    used = {" ".join(t.split()).casefold() for t in taken}
    base = " ".join(base.split()) or _("Notice template")
    candidate, n = base, 2
    while candidate.casefold() in used:
        candidate, n = f"{base} ({n})", n + 1
    return candidate


class _Sources:
    """The source to keep for each field of the draft."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        link = draft.template
        self.bound = set(bound_paths(draft)) if link else set()
        self.sources = dict(link.sources) if link else {}

    def phrasing(self, path: str) -> str:
        """Template source while the field follows the facts, else the text as written."""
        if path in self.bound and path in self.sources:
            return self.sources[path]
        return _literal(get_text(self.draft.notice, path))

    def fixed(self, path: str) -> str:
        return _literal(get_text(self.draft.notice, path))


def _lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip()]


def _notice_dict(draft: Draft, keep: Keep) -> dict[str, Any]:
    notice = draft.notice
    src = _Sources(draft)
    out: dict[str, Any] = {"page": to_jsonable(notice.page)}
    if keep.agency:
        out["governing_body"] = _lines(src.fixed("governing_body"))
        out["issuing_body"] = _lines(src.fixed("issuing_body"))
        out["symbol"] = notice.symbol
        out["place"] = src.fixed("place")
        out["footer"] = src.fixed("footer")
    if keep.phrasing:
        summary = src.phrasing("summary") if "summary" in src.bound else BLANK
        out["summary"] = summary
        for name in ("opening", "lead_in", "closing"):
            out[name] = src.phrasing(name)
    if keep.skeleton or keep.conclusions:
        carried = notice_date(draft)
        out["body"] = [_item_dict(src, item, keep, carried) for item in notice.body]
        out["appendices"] = [
            {
                "number": appendix.number,
                "title": src.phrasing(appendix_path(index, "title")),
                "items": [_item_dict(src, item, keep, carried) for item in appendix.items],
            }
            for index, appendix in enumerate(notice.appendices)
        ]
    if keep.signer:
        # A signer that still follows a fact (the chair) keeps following it; one set by hand
        # is kept as the office's usual signer.
        name = "signature.name"
        out["signature"] = {
            "authority": _lines(src.fixed("signature.authority")),
            "position": src.fixed("signature.position"),
            "name": src.phrasing(name) if name in src.bound else src.fixed(name),
        }
    if keep.recipients:
        out["recipients"] = [
            {"text": _literal(r.text), "note": _literal(r.note)} for r in notice.recipients
        ]
        out["archive"] = to_jsonable(notice.archive)
    return out


def notice_date(draft: Draft) -> str:
    """The notice's date as "YYYY-MM-DD" (what a carried-over item records), or "-"."""
    n = draft.notice
    try:
        return dt.date(n.year or 0, n.month or 0, n.day or 0).isoformat()
    except ValueError:
        return "-"


def _item_dict(src: _Sources, item: Any, keep: Keep, carried: str) -> dict[str, Any]:
    """One body item: its kind and title; its text only with ``keep.conclusions``."""
    entry: dict[str, Any] = {"kind": item.kind.value}
    if item.title:
        entry["title"] = src.phrasing(item_path(item, "title"))
    text_path = item_path(item, "text")
    follows_facts = text_path in src.bound and text_path in src.sources
    if item.table is not None:
        table = copy.deepcopy(item.table)
        has_data = any(any(c.strip() for c in r) for r in table.rows[table.header_rows :])
        if not keep.conclusions:
            for row in table.rows[table.header_rows :]:
                row[:] = ["" for _cell in row]
        elif has_data:
            entry["carried_from"] = carried
        entry["table"] = to_jsonable(table)
    elif keep.conclusions or (follows_facts and keep.phrasing):
        entry["text"] = src.phrasing(text_path)
        if not follows_facts and item.text.strip(" …"):
            entry["carried_from"] = carried
    elif item.text or not item.title:
        entry["text"] = BLANK
    return entry


def _used_names(value: Any) -> set[str]:
    """Names of the facts the Jinja text inside ``value`` refers to."""
    env = make_environment()
    names: set[str] = set()

    def visit(v: Any) -> None:
        if isinstance(v, str) and any(o in v for o in _OPENERS):
            try:
                names.update(meta.find_undeclared_variables(env.parse(v)))
            except TemplateSyntaxError:  # a broken source refers to no fact
                return
        elif isinstance(v, dict):
            for item in v.values():
                visit(item)
        elif isinstance(v, list):
            for item in v:
                visit(item)

    visit(value)
    return names


def link_fact_specs(draft: Draft) -> list[FactSpec]:
    """The facts of a draft whose template file is not at hand (types as recorded)."""
    link = draft.template
    if link is None:
        return []
    types: dict[str, str] = getattr(link, "fact_types", {}) or {}
    specs = []
    for key in link.facts:
        try:
            kind = FactType(types.get(key, "text"))
        except ValueError:
            kind = FactType.TEXT
        specs.append(FactSpec(key, key, kind))
    return specs


def _fact_specs(draft: Draft, source: NoticeTemplate | None, used: set[str]) -> list[FactSpec]:
    specs = source.facts if source is not None else link_fact_specs(draft)
    return [copy.deepcopy(f) for f in specs if f.key in used]


def template_from_draft(
    draft: Draft,
    *,
    name: str,
    description: str = "",
    keep: Keep | None = None,
    source: NoticeTemplate | None = None,
    template_id: str | None = None,
) -> NoticeTemplate:
    """A template made from ``draft``; ``source`` is the template the draft came from."""
    keep = keep or Keep()
    name = clean_field(name, multiline=False).strip()
    if not name:
        raise ValueError("a template needs a name")
    notice = _notice_dict(draft, keep)
    facts = _fact_specs(draft, source, _used_names(notice))
    link = draft.template
    follows = link is not None and keep.signer and "signature.name" in bound_paths(draft)
    signer = link.signer_fact if link is not None and follows else ""
    if signer and not any(f.key == signer for f in facts):
        signer = ""
    return NoticeTemplate(
        id=template_id or template_id_for(name),
        version=1,
        name=name,
        description=clean_field(description).strip(),
        kind=source.kind if source else "",
        facts=facts,
        notice=notice,
        origin="user",
        signer=signer,
    )


def save_user_template(template: NoticeTemplate, folder: Path | None = None) -> Path:
    """Write ``template`` into the user's template folder (atomically); return its path."""
    folder = folder or user_templates_dir()
    path = folder / f"{template.id}{TEMPLATE_EXTENSION}"
    text = template_to_toml(template)
    atomic_write_text(path, text)
    template.path = path
    template.source_text = text
    return path


def next_meeting_draft(
    draft: Draft, template: NoticeTemplate | None, today: dt.date | None = None
) -> Draft:
    """Next meeting's draft from ``draft``: number, date, marks and meeting facts cleared.

    The date is left for the clerk with this month and year (the day blank). Fields that
    follow the facts show "…" until the new facts are filled in; text the drafter wrote
    stays, to be edited, and each conclusion is marked carried over ("cần xem lại")
    until the drafter edits or confirms it.
    """
    today = today or dt.date.today()
    new = copy.deepcopy(draft)
    # What the drafter wrote last time is carried over, marked to be reviewed; what still
    # follows the meeting facts is rendered again from the new facts below.
    carried = notice_date(draft)
    bound = set(bound_paths(draft))
    for item in new.notice.body:
        if item_path(item, "text") in bound or item.carried_from:
            continue
        table = item.table
        has_data = table is not None and any(
            any(c.strip() for c in r) for r in table.rows[table.header_rows :]
        )
        if item.text.strip(" …\n") or has_data:
            item.carried_from = carried
    new.issued = None
    notice = new.notice
    notice.number = ""
    notice.day, notice.month, notice.year = None, today.month, today.year
    notice.urgency, notice.secrecy = Urgency.NONE, Secrecy.NONE
    notice.draft_mark = False
    if new.template is not None:
        source = template or NoticeTemplate(
            new.template.id, new.template.version, new.template.name, facts=link_fact_specs(new)
        )
        cleared: dict[str, FactValue] = default_facts(source)
        refresh(new, cleared, template)
    return new
