"""``new --fact KEY=VALUE``: a meeting fact read by the type the template gives it.

- date: ``05/03/2026`` (how a clerk writes it; also 5/3/2026) or ``2026-03-05``; stored
  as ISO. A date that does not exist (2026-13-45) is refused.
- person: a JSON object ``{"name": "…", "position": "…"}``; people: a JSON array of them.
- list: a JSON array of texts, or the fact given several times (one item each).
- number: digits (a decimal comma or point); choice: one of the template's options.
- text, multiline: taken as written, never parsed as JSON.

An empty value is allowed for an optional fact (it stays empty) and refused for a
required one (leave the fact out to fill it in later). Every refusal is a CommandError
(nothing is written).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from ucd_desktop.commands import CommandError
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.os_text import describe_json_error
from ucd_desktop.templating.template import FactSpec, FactType, NoticeTemplate

__all__ = ["TYPE_NAMES", "example_argument", "parse_facts"]

#: How each fact type is called in messages and in ``templates ID`` (not the bare words
#: "date", "number": the catalogues are chained, and those ids mean other things elsewhere).
TYPE_NAMES: dict[FactType, str] = {
    FactType.TEXT: N_("text"),
    FactType.MULTILINE: N_("text (several lines)"),
    FactType.DATE: N_("a date"),
    FactType.PERSON: N_("person (JSON)"),
    FactType.PEOPLE: N_("people (JSON list)"),
    FactType.LIST: N_("a list"),
    FactType.CHOICE: N_("one of the options"),
    FactType.NUMBER: N_("a number"),
}

_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")


def _split(raw: str) -> tuple[str, str]:
    key, sep, value = raw.partition("=")
    if not sep or not key.strip():
        raise CommandError(_("A fact is written KEY=VALUE (found “{raw}”).").format(raw=raw))
    return key.strip(), value


def _bad(spec: FactSpec, value: str, reason: str) -> CommandError:
    return CommandError(
        _("The fact {key} ({label}) cannot be “{value}”: {reason}").format(
            key=spec.key, label=spec.label, value=value, reason=reason
        )
    )


def _date(spec: FactSpec, text: str) -> str:
    m = _DMY.match(text)
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m else ("", "", "")
    if not m:
        iso = _ISO.match(text)
        if not iso:
            raise _bad(spec, text, _("write a date as dd/mm/yyyy (or yyyy-mm-dd)"))
        year, month, day = iso.group(1), iso.group(2), iso.group(3)
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        raise _bad(spec, text, _("there is no such date")) from None


def _json(spec: FactSpec, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _bad(
            spec,
            text,
            _("not valid JSON ({error}); example: {example}").format(
                error=describe_json_error(exc), example=example_argument(spec)
            ),
        ) from None
    except RecursionError:
        raise _bad(spec, text, _("nested too deeply")) from None


def _person(spec: FactSpec, value: Any, text: str) -> dict[str, str]:
    if not isinstance(value, dict) or not set(value) <= {"name", "position"}:
        raise _bad(
            spec,
            text,
            _('a person is written {{"name": "…", "position": "…"}}; example: {example}').format(
                example=example_argument(spec)
            ),
        )
    if not all(isinstance(v, str) for v in value.values()):
        raise _bad(spec, text, _("the name and the position are texts in quotes"))
    return {"name": value.get("name", ""), "position": value.get("position", "")}


def _value(spec: FactSpec, text: str) -> Any:
    """``text`` (not empty) as the fact's type wants it."""
    kind = spec.type
    if kind is FactType.DATE:
        return _date(spec, text.strip())
    if kind is FactType.PERSON:
        return _person(spec, _json(spec, text), text)
    if kind is FactType.PEOPLE:
        value = _json(spec, text)
        if not isinstance(value, list):
            raise _bad(spec, text, _("people are a JSON list of persons, in [ ]"))
        return [_person(spec, v, text) for v in value]
    if kind is FactType.NUMBER:
        cleaned = text.strip().replace(" ", "")
        if not _NUMBER.match(cleaned):
            raise _bad(spec, text, _("not a number"))
        number = float(cleaned.replace(",", "."))
        return int(number) if number.is_integer() and not re.search(r"[.,]", cleaned) else number
    if kind is FactType.CHOICE and spec.options and text not in spec.options:
        raise _bad(
            spec,
            text,
            _("choose one of: {options}").format(options=", ".join(spec.options)),
        )
    return text


def _empty(spec: FactSpec) -> Any:
    if spec.type in (FactType.PEOPLE, FactType.LIST):
        return []
    if spec.type is FactType.PERSON:
        return {"name": "", "position": ""}
    return ""


def parse_facts(template: NoticeTemplate, raws: list[str]) -> dict[str, Any]:
    """The ``--fact`` arguments as the template's fact values; CommandError if any is bad."""
    facts: dict[str, Any] = {}
    unknown: list[str] = []
    for raw in raws:
        key, text = _split(raw)
        spec = template.fact(key)
        if spec is None:
            unknown.append(key)
            continue
        if not text.strip():
            if spec.required:
                raise CommandError(
                    _(
                        "The fact {key} ({label}) is required and cannot be empty: "
                        "leave it out to fill it in later."
                    ).format(key=key, label=spec.label)
                )
            facts[key] = _empty(spec)
        elif spec.type is FactType.LIST:
            if text.lstrip().startswith("["):
                value = _json(spec, text)
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise _bad(spec, text, _("a list is a JSON list of texts, in [ ]"))
                facts.setdefault(key, []).extend(value)
            else:
                facts.setdefault(key, []).append(text)
        else:
            facts[key] = _value(spec, text)
    if unknown:
        raise CommandError(
            _("Template {name} has no fact {facts}. Its facts: {known}").format(
                name=template.id,
                facts=", ".join(unknown),
                known=", ".join(f.key for f in template.facts),
            )
        )
    return facts


def example_argument(spec: FactSpec) -> str:
    """An example ``--fact`` value for ``spec`` (from the template's example, if any)."""
    example = spec.example if spec.example not in (None, "", []) else spec.default
    kind = spec.type
    if kind is FactType.DATE:
        iso = str(example or "2026-03-05")
        try:
            return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")
        except ValueError:
            return iso
    if kind is FactType.PERSON:
        person = example if isinstance(example, dict) else {"name": "…", "position": "…"}
        return json.dumps(person, ensure_ascii=False)
    if kind is FactType.PEOPLE:
        people = example if isinstance(example, list) else [{"name": "…", "position": "…"}]
        return json.dumps(people, ensure_ascii=False)
    if kind is FactType.LIST:
        items = example if isinstance(example, list) else ["…"]
        return json.dumps(items, ensure_ascii=False)
    if kind is FactType.CHOICE and spec.options:
        return str(example or spec.options[0])
    if kind is FactType.NUMBER:
        return str(example if example is not None else 1)
    return " ".join(str(example or "…").split())
