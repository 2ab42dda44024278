"""A draft: the notice being written, where it came from and what happened to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ucd_desktop.model.notice import ONE_LINE, Notice

__all__ = ["Draft", "FactValue", "Issued", "TemplateLink"]

#: A meeting fact as stored: text, a date as "YYYY-MM-DD", a person as
#: {"name": ..., "position": ...}, or a list of those.
FactValue = Any


@dataclass
class TemplateLink:
    """The template a draft came from, with what is needed to render it again.

    ``sources`` keeps the Jinja text of each field the template fills, so a draft still
    follows its facts on a computer where the template file is missing. ``rendered``
    keeps what each field showed after the last rendering: a field whose text still
    equals it is bound to the template; one the drafter changed is never overwritten.
    """

    id: str = field(metadata=ONE_LINE)
    version: int
    name: str = field(default="", metadata=ONE_LINE)
    facts: dict[str, FactValue] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    rendered: dict[str, str] = field(default_factory=dict)
    #: The type of each fact ("date", "person", ...), to render without the template file.
    fact_types: dict[str, str] = field(default_factory=dict)
    #: The fact the signer's name follows (e.g. "chu_tri", the chair), or "" for none:
    #: a new chair changes the signer unless the drafter set the signer by hand.
    signer_fact: str = ""


@dataclass
class Issued:
    """Recorded when the clerk numbers and dates the signed notice."""

    number: str = field(metadata=ONE_LINE)
    date: str  # ISO date
    docx: str = ""  # file name of the final export


@dataclass
class Draft:
    notice: Notice = field(default_factory=Notice)
    template: TemplateLink | None = None
    issued: Issued | None = None
    #: Free notes for the drafter (not printed).
    notes: str = ""
