"""Jinja's English errors about names, in the user's language.

A template that writes ``{{ chu_tri.nam }}`` for ``{{ chu_tri.name }}`` failed with
"'ucd_desktop.templating.filters.Person object' has no attribute 'nam'"; the drafter reads
"người (chu_tri) không có thuộc tính “nam” (có: name, position, full, name_first)".
"""

from __future__ import annotations

import re

from jinja2.exceptions import TemplateError as JinjaError

from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

__all__ = ["jinja_reason"]

_NO_ATTRIBUTE = re.compile(r"^'(?P<type>[\w.]+) object' has no attribute '(?P<name>[^']*)'$")
_UNDEFINED = re.compile(r"^'(?P<name>[^']*)' is undefined$")

#: Python type (last part of its dotted name) -> what a drafter calls it, and what it has.
_KINDS: dict[str, tuple[str, str]] = {
    "Person": (N_("a person"), "name, position, full, name_first"),
    "date": (N_("a date"), "day, month, year"),
    "str": (N_("a text"), ""),
    "list": (N_("a list"), ""),
    "dict": (N_("a group of values"), ""),
    "int": (N_("a number"), ""),
    "float": (N_("a number"), ""),
    "Blank": (N_("an empty fact"), ""),
}


def jinja_reason(exc: JinjaError) -> str:
    """The reason to show for a Jinja error (its own text when it is not about a name)."""
    text = str(exc.message or exc)
    m = _NO_ATTRIBUTE.match(text)
    if m:
        kind, known = _KINDS.get(m.group("type").rsplit(".", 1)[-1], (N_("this value"), ""))
        reason = _("{kind} has no “{name}”").format(kind=_(kind), name=m.group("name"))
        if known:
            reason += " " + _("(it has: {names})").format(names=known)
        return reason
    m = _UNDEFINED.match(text)
    if m:
        return _("“{name}” is not a fact of this template").format(name=m.group("name"))
    return text
