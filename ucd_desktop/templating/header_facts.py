"""Meeting facts the notice's header already gives: the province and the place.

The bundled templates render the header from two facts, "Tỉnh, thành phố" (shown in
capitals in the issuing body: ``{{ dia_phuong|viet_hoa }}``) and "Địa danh" (the place:
``{{ noi_ban_hanh }}``), and use them again in the text ("Văn phòng UBND tỉnh Long An
thông báo…"). The window asks for the header once, in its own section (or from a saved
office); these facts are then read back from it, so the facts form does not ask for them
a second time.

Which facts those are is read from the draft's own template sources, so any template
that fills the place or a header line from a fact gets the same treatment, and the
command line (which has no header form) keeps giving them as facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ucd_desktop.model.draft import Draft, FactValue
from ucd_desktop.model.paths import FieldError, get_text

__all__ = ["HEADER_PATHS", "HeaderRule", "facts_from_header", "header_rules", "running_case"]

#: The header fields a fact may come from.
HEADER_PATHS = ("place", "issuing_body", "governing_body")
_FACT = r"\{\{\s*(?P<key>[a-z_][a-z0-9_]*)\s*\}\}"
_PLACE = re.compile(rf"^\s*{_FACT}\s*$")
_CAPS_LINE = re.compile(
    r"^(?P<prefix>[^{}]*)\{\{\s*(?P<key>[a-z_][a-z0-9_]*)\s*\|\s*(?:viet_hoa|upper_vi)\s*\}\}\s*$"
)
#: Kinds of administrative unit, written in lower case inside a sentence.
_UNITS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")


@dataclass(frozen=True)
class HeaderRule:
    """Fact ``fact`` is shown at line ``line`` of header field ``path``, after ``prefix``."""

    fact: str
    path: str
    line: int
    prefix: str = ""
    caps: bool = False


def header_rules(sources: dict[str, str]) -> dict[str, HeaderRule]:
    """The facts a template renders into the header, by fact key."""
    rules: dict[str, HeaderRule] = {}
    m = _PLACE.match(sources.get("place", ""))
    if m:
        rules[m.group("key")] = HeaderRule(m.group("key"), "place", 0)
    for path in ("issuing_body", "governing_body"):
        for index, line in enumerate(sources.get(path, "").split("\n")):
            found = _CAPS_LINE.match(line)
            if found and found.group("key") not in rules:
                key = found.group("key")
                rules[key] = HeaderRule(key, path, index, found.group("prefix"), caps=True)
    return rules


def running_case(line: str) -> str:
    """A header line as it reads inside a sentence: "TỈNH LONG AN" -> "tỉnh Long An"."""
    words = line.split()
    lowered = " ".join(words).casefold()
    unit = next((u for u in _UNITS if lowered == u or lowered.startswith(u + " ")), "")
    rest = words[len(unit.split()) :] if unit else words
    name = " ".join(w if not w[:1].isalpha() else w[:1].upper() + w[1:].lower() for w in rest)
    return " ".join(p for p in (unit, name) if p)


def _blank(text: str) -> bool:
    """Nothing, or still the template's "…" (the header was not filled in yet)."""
    return not text.strip() or "…" in text


def facts_from_header(draft: Draft) -> dict[str, FactValue]:
    """The values of the facts the header gives, read from the header as it is now."""
    link = draft.template
    if link is None:
        return {}
    out: dict[str, FactValue] = {}
    for key, rule in header_rules(link.sources).items():
        try:
            text = get_text(draft.notice, rule.path)
        except FieldError:
            continue
        lines = text.split("\n")
        line = lines[rule.line] if rule.line < len(lines) else lines[-1]
        prefix = rule.prefix.strip()
        if prefix and line.casefold().startswith(prefix.casefold()):
            line = line[len(prefix) :]
        value = running_case(line) if rule.caps else line.strip()
        out[key] = "" if _blank(value) else value
    return out
