"""From a template and meeting facts to a draft, and back again when facts change.

A field stays bound to its template while its text equals what the template last
rendered there; as soon as the drafter edits it, it is theirs and a change of facts
never overwrites it.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2.exceptions import SecurityError
from jinja2.exceptions import TemplateError as JinjaError

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft, FactValue, TemplateLink
from ucd_desktop.model.notice import Notice, Table
from ucd_desktop.model.paths import FieldError, get_text, set_text, text_paths
from ucd_desktop.storage.codec import CodecError, from_jsonable
from ucd_desktop.templating.filters import FILTERS, Blank, Person
from ucd_desktop.templating.jinja_text import jinja_reason
from ucd_desktop.templating.sandbox import (
    TEMPLATE_FILENAME,
    LimitedEnvironment,
    LimitError,
    Limits,
    NestingError,
)
from ucd_desktop.templating.template import (
    FactSpec,
    FactType,
    NoticeTemplate,
    TemplateError,
    signer_source,
)
from ucd_desktop.text.clean import clean_field

__all__ = [
    "bound_paths",
    "context_for",
    "default_facts",
    "instantiate",
    "make_environment",
    "refresh",
    "render_source",
    "reset_field",
]

_log = logging.getLogger(__name__)


def make_environment(limits: Limits | None = None) -> LimitedEnvironment:
    env = LimitedEnvironment(
        limits, undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False
    )
    env.filters.update(FILTERS)
    env.wrap_filters()
    env.globals["hom_nay"] = dt.date.today()
    return env


def _person(value: Any) -> Person:
    if isinstance(value, dict):
        name = clean_field(str(value.get("name") or ""), multiline=False).strip()
        position = clean_field(str(value.get("position") or ""), multiline=False).strip()
        return Person(name, position)
    if isinstance(value, str) and value.strip():
        return Person(value.strip())
    return Person("", "")


def _fact_value(spec: FactSpec, value: FactValue) -> Any:
    empty = value is None or value == "" or value == [] or value == {}
    if spec.type is FactType.DATE:
        if isinstance(value, str) and value:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return Blank()
        return Blank()
    if spec.type is FactType.PERSON:
        return _person(value)
    if spec.type is FactType.PEOPLE:
        return [p for p in (_person(v) for v in value) if p] if isinstance(value, list) else []
    if spec.type is FactType.LIST:
        return [str(v) for v in value if str(v).strip()] if isinstance(value, list) else []
    if spec.type is FactType.NUMBER:
        return value if isinstance(value, int | float) and not isinstance(value, bool) else Blank()
    if empty:
        return Blank()
    return clean_field(str(value)).strip()


def default_facts(template: NoticeTemplate) -> dict[str, FactValue]:
    """Facts as a new draft starts: each fact's default (or empty)."""
    out: dict[str, FactValue] = {}
    for spec in template.facts:
        if spec.default is not None:
            out[spec.key] = copy.deepcopy(spec.default)
        elif spec.type in (FactType.PEOPLE, FactType.LIST):
            out[spec.key] = []
        elif spec.type is FactType.PERSON:
            out[spec.key] = {"name": "", "position": ""}
        else:
            out[spec.key] = ""
    return out


def context_for(specs: list[FactSpec], facts: dict[str, FactValue]) -> dict[str, Any]:
    return {spec.key: _fact_value(spec, facts.get(spec.key)) for spec in specs}


def render_source(
    env: LimitedEnvironment, source: str, context: dict[str, Any], *, where: str, line: int | None
) -> str:
    """Render one field; any failure becomes a TemplateError naming the template, the line
    of the file (the field's line plus the line within the field) and the reason."""
    try:
        return clean_field(env.render_limited(source, context))
    except TemplateSyntaxError as exc:
        raise TemplateError(where, exc.message or str(exc), _file_line(line, exc.lineno)) from None
    except Exception as exc:  # whatever a template does, one kind of error
        at = _file_line(line, _template_line(exc))
        # The kind of failure only: the reason can quote the meeting's facts.
        _log.info("template %s stopped at line %s: %s", where, at, type(exc).__name__)
        raise TemplateError(where, _reason(exc), at) from None
    except MemoryError:
        raise TemplateError(where, _("stopped: the template needs too much memory"), line) from None


def _file_line(field_line: int | None, inner: int | None) -> int | None:
    if field_line and inner:
        return field_line + inner - 1
    return field_line or inner


def _template_line(exc: BaseException) -> int | None:
    """The line of template code running when ``exc`` was raised (Jinja rewrites the
    traceback so that template frames carry the template's own line numbers)."""
    found = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_FILENAME:
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


def _reason(exc: Exception) -> str:
    """What went wrong, in the user's words where the kind of error is known."""
    if isinstance(exc, NestingError):
        return str(exc)
    if isinstance(exc, LimitError):
        return _("stopped: {reason}").format(reason=exc)
    if isinstance(exc, SecurityError):  # the sandbox refused: Python internals, unsafe calls
        return _("uses something a template may not use ({detail})").format(detail=exc)
    if isinstance(exc, RecursionError):
        return _("calls itself without end")
    if isinstance(exc, JinjaError):
        return jinja_reason(exc)
    if isinstance(exc, LookupError):
        detail = f"{type(exc).__name__}: {exc}"
        return _("looks up something that is not there ({detail})").format(detail=detail)
    return _("cannot be computed ({detail})").format(detail=f"{type(exc).__name__}: {exc}")


def _specs_of(draft: Draft, template: NoticeTemplate | None) -> list[FactSpec]:
    if template is not None:
        return template.facts
    link = draft.template
    if link is None:
        return []
    specs = []
    for key in link.facts:
        try:
            kind = FactType(link.fact_types.get(key, "text"))
        except ValueError:
            kind = FactType.TEXT
        specs.append(FactSpec(key, key, kind))
    return specs


def instantiate(
    template: NoticeTemplate,
    facts: dict[str, FactValue] | None = None,
    *,
    limits: Limits | None = None,
) -> Draft:
    """A new draft from ``template``: every field filled from the facts, all bound."""
    try:
        notice: Notice = from_jsonable(Notice, copy.deepcopy(template.notice), "notice")
    except CodecError as exc:
        raise TemplateError(
            template.name,
            f"{exc.where}: {exc.problem}",
            template.line_of(exc.where.rsplit(".", 1)[-1]),
        ) from None
    values = default_facts(template)
    values.update(facts or {})
    link = TemplateLink(template.id, template.version, template.name, values)
    link.fact_types = {spec.key: spec.type.value for spec in template.facts}
    for path in text_paths(notice):
        source = get_text(notice, path)
        if source.strip():
            link.sources[path] = source
    signer = template.fact(template.signer) if template.signer else None
    if signer is not None:
        link.sources["signature.name"] = signer_source(signer)
        link.signer_fact = signer.key
    if template.origin == "user":
        _mark_literal_conclusions(notice)
    draft = Draft(notice=notice, template=link)
    _render_bound(draft, template, list(link.sources), limits)
    return draft


def _mark_literal_conclusions(notice: Notice) -> None:
    """Conclusions a user's template kept word for word are carried over: the drafter
    reviews each (templates saved before "save as template" left them out kept them)."""
    for item in notice.body:
        if item.carried_from or any(o in item.text for o in ("{{", "{%")):
            continue
        if item.text.strip(" …\n") or (item.table is not None and _has_data(item.table)):
            item.carried_from = "-"


def _has_data(table: Table) -> bool:
    return any(any(cell.strip() for cell in row) for row in table.rows[table.header_rows :])


def _render_bound(
    draft: Draft, template: NoticeTemplate | None, paths: list[str], limits: Limits | None
) -> list[str]:
    link = draft.template
    assert link is not None
    env = make_environment(limits)
    context = context_for(_specs_of(draft, template), link.facts)
    name = template.name if template else link.name or link.id
    changed = []
    for path in paths:
        source = link.sources[path]
        line = template.line_of(source) if template else None
        value = render_source(env, source, context, where=name, line=line)
        set_text(draft.notice, path, value)
        link.rendered[path] = get_text(draft.notice, path)
        changed.append(path)
    return changed


def bound_paths(draft: Draft) -> list[str]:
    """Fields that still show what the template rendered (not edited by hand)."""
    link = draft.template
    if link is None:
        return []
    out = []
    for path, rendered in link.rendered.items():
        try:
            if get_text(draft.notice, path) == rendered:
                out.append(path)
        except FieldError:
            continue  # the item was deleted
    return out


def refresh(
    draft: Draft,
    facts: dict[str, FactValue],
    template: NoticeTemplate | None = None,
    *,
    limits: Limits | None = None,
) -> list[str]:
    """Set new facts and re-render only the bound fields; return the paths changed.

    On a template error nothing changes (the draft is rendered on a copy first).
    """
    link = draft.template
    if link is None:
        return []
    bound = bound_paths(draft)
    trial = copy.deepcopy(draft)
    assert trial.template is not None
    trial.template.facts = {**link.facts, **facts}
    changed = _render_bound(trial, template, bound, limits)
    draft.notice = trial.notice
    draft.template = trial.template
    return changed


def reset_field(
    draft: Draft, path: str, template: NoticeTemplate | None = None, *, limits: Limits | None = None
) -> bool:
    """Bind ``path`` to the template again, replacing the drafter's text."""
    link = draft.template
    if link is None or path not in link.sources:
        return False
    _render_bound(draft, template, [path], limits)
    return True
