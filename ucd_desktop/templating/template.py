"""Template files: a versioned TOML file with a name, the meeting facts it asks for, and a
partial notice whose text may contain Jinja.

Reading checks everything a user could get wrong and reports it as TemplateError with
the template's name, the line in the file and the reason.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import tomli_w

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.text.clean import clean_field

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "FactSpec",
    "FactType",
    "NoticeTemplate",
    "TemplateError",
    "parse_template",
    "signer_source",
    "template_to_toml",
]

FORMAT_NAME = "ucd-desktop-template"
FORMAT_VERSION = 1
TEMPLATE_EXTENSION = ".toml"
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024
_KEY = re.compile(r"[a-z_][a-z0-9_]{0,63}")


class FactType(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    DATE = "date"
    PERSON = "person"
    PEOPLE = "people"
    LIST = "list"
    CHOICE = "choice"
    NUMBER = "number"


#: The kinds of fact a signer's name can follow.
SIGNER_TYPES = (FactType.PERSON, FactType.TEXT, FactType.CHOICE)


def signer_source(spec: FactSpec) -> str:
    """The Jinja text that renders the signer's name from the fact ``spec``."""
    return f"{{{{ {spec.key}.name }}}}" if spec.type is FactType.PERSON else f"{{{{ {spec.key} }}}}"


class TemplateError(ValueError):
    """A template that cannot be used: ``str()`` names it, the line and the reason."""

    def __init__(self, name: str, reason: str, line: int | None = None) -> None:
        self.name = name
        self.reason = reason
        self.line = line
        where = _("{name}, line {line}").format(name=name, line=line) if line else name
        super().__init__(_("Template {where}: {reason}").format(where=where, reason=reason))


@dataclass
class FactSpec:
    key: str
    label: str
    type: FactType = FactType.TEXT
    help: str = ""
    required: bool = True
    default: Any = None
    options: list[str] = field(default_factory=list)
    example: Any = None


@dataclass
class NoticeTemplate:
    id: str
    version: int
    name: str
    description: str = ""
    kind: str = ""
    facts: list[FactSpec] = field(default_factory=list)
    #: The partial notice, in the draft file's shape; strings may contain Jinja.
    notice: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    #: "bundled", "user" or "shared".
    origin: str = "bundled"
    #: The file's text, to point at lines when a field fails.
    source_text: str = ""
    #: The fact the signer's name follows (``signer = "chu_tri"``), or "" for none: a new
    #: chair changes the signer, unless the drafter set the signer by hand.
    signer: str = ""

    def fact(self, key: str) -> FactSpec | None:
        return next((f for f in self.facts if f.key == key), None)

    def line_of(self, snippet: str) -> int | None:
        """The line of the file where ``snippet`` (a field's first line) starts."""
        first = snippet.strip().split("\n", 1)[0].strip()
        if not first or not self.source_text:
            return None
        at = self.source_text.find(first)
        return self.source_text.count("\n", 0, at) + 1 if at >= 0 else None


def _require(cond: bool, name: str, reason: str, line: int | None = None) -> None:
    if not cond:
        raise TemplateError(name, reason, line)


def _fact(raw: Any, name: str, index: int) -> FactSpec:
    _require(isinstance(raw, dict), name, _("fact {n} is not a table").format(n=index + 1))
    key = raw.get("key")
    _require(
        isinstance(key, str) and bool(_KEY.fullmatch(key)),
        name,
        _("fact {n} needs a key of lowercase letters, digits and _").format(n=index + 1),
    )
    try:
        kind = FactType(raw.get("type", "text"))
    except ValueError:
        allowed = ", ".join(t.value for t in FactType)
        raise TemplateError(
            name,
            _("fact “{key}” has an unknown type (allowed: {allowed})").format(
                key=key, allowed=allowed
            ),
        ) from None
    label = raw.get("label", key)
    options = raw.get("options", [])
    _require(
        isinstance(label, str) and isinstance(options, list),
        name,
        _("fact “{key}” is malformed").format(key=key),
    )
    return FactSpec(
        key=str(key),
        label=clean_field(label, multiline=False),
        type=kind,
        help=clean_field(str(raw.get("help", ""))),
        required=bool(raw.get("required", True)),
        default=raw.get("default"),
        options=[clean_field(str(o), multiline=False) for o in options],
        example=raw.get("example"),
    )


def parse_template(text: str, *, name: str = "", path: Path | None = None) -> NoticeTemplate:
    """Read a template from TOML ``text``; raise TemplateError on any problem."""
    label = name or (path.name if path else "?")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's reason is English ("Expected '=' after a key ..."): the message says
        # what is wrong in the user's words and keeps tomllib's words for whoever fixes it.
        m = re.search(r"line (\d+), column (\d+)", str(exc))
        reason = _("the file does not follow the template format (TOML), column {column}: {detail}")
        detail = re.sub(r"\s*\(at .*\)$", "", str(exc))
        raise TemplateError(
            label,
            reason.format(column=m.group(2) if m else "?", detail=detail),
            int(m.group(1)) if m else None,
        ) from None
    except ValueError as exc:  # a number tomllib will not convert (5,000 digits)
        reason = _("a value cannot be read ({detail})").format(detail=exc)
        if "digits" in str(exc):
            reason = _("a number has more digits than any template needs")
        raise TemplateError(label, reason) from None
    except RecursionError:  # arrays nested thousands deep: no template looks like that
        reason = _("not a ucd-desktop template (format = “{fmt}” expected)")
        raise TemplateError(label, reason.format(fmt=FORMAT_NAME)) from None
    _require(
        data.get("format") == FORMAT_NAME,
        label,
        _("not a ucd-desktop template (format = “{fmt}” expected)").format(fmt=FORMAT_NAME),
    )
    fversion = data.get("format_version", 1)
    _require(
        isinstance(fversion, int) and fversion <= FORMAT_VERSION,
        label,
        _("made for a newer version of ucd-desktop (template format {v})").format(v=fversion),
    )
    tid, version, tname = data.get("id"), data.get("version", 1), data.get("name")
    _require(
        isinstance(tid, str) and bool(re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", tid)),
        label,
        _("“id” must be lowercase letters, digits and hyphens"),
    )
    _require(isinstance(version, int) and version >= 1, label, _("“version” must be 1 or more"))
    _require(isinstance(tname, str) and bool(tname.strip()), label, _("“name” is missing"))
    facts_raw = data.get("facts", [])
    _require(isinstance(facts_raw, list), label, _("“facts” must be a list of tables"))
    facts = [_fact(f, label, i) for i, f in enumerate(facts_raw)]
    keys = [f.key for f in facts]
    dup = next((k for k in keys if keys.count(k) > 1), None)
    _require(dup is None, label, _("the fact “{key}” is declared twice").format(key=dup))
    notice = data.get("notice", {})
    _require(isinstance(notice, dict), label, _("“notice” must be a table"))
    signer = data.get("signer", "")
    _require(isinstance(signer, str), label, _("“signer” must name a fact"))
    if signer:
        spec = next((f for f in facts if f.key == signer), None)
        _require(
            spec is not None and spec.type in SIGNER_TYPES,
            label,
            _("“signer” must name a fact of type person, text or choice (found “{key}”)").format(
                key=signer
            ),
        )
    return NoticeTemplate(
        id=str(tid),
        version=int(version),
        name=clean_field(str(tname), multiline=False),
        description=clean_field(str(data.get("description", ""))),
        kind=str(data.get("kind", "")),
        facts=facts,
        notice=notice,
        path=path,
        source_text=text,
        signer=signer,
    )


def template_to_toml(template: NoticeTemplate) -> str:
    """The TOML text of ``template`` (for "save as template")."""
    facts = []
    for f in template.facts:
        entry: dict[str, Any] = {"key": f.key, "label": f.label, "type": f.type.value}
        if f.help:
            entry["help"] = f.help
        if not f.required:
            entry["required"] = False
        if f.default is not None:
            entry["default"] = f.default
        if f.options:
            entry["options"] = f.options
        facts.append(entry)
    doc: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "id": template.id,
        "version": template.version,
        "name": template.name,
        "description": template.description,
        "kind": template.kind,
        "facts": facts,
        "notice": _drop_none(template.notice),
    }
    if template.signer:
        doc["signer"] = template.signer
    return "# Mẫu Thông báo kết luận của ucd-desktop\n" + tomli_w.dumps(doc, multiline_strings=True)


def _drop_none(value: Any) -> Any:
    """TOML has no null: leave such keys out (the defaults apply on reading)."""
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value if v is not None]
    return value
