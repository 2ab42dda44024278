"""State shared by the recognisers of the header, body and closing of a notice."""

from __future__ import annotations

from dataclasses import dataclass, field

from ucd_desktop.decree import Role
from ucd_desktop.model.notice import Notice
from ucd_desktop.reading.lines import Line
from ucd_desktop.reading.result import Notes

__all__ = ["Context"]


@dataclass
class Context:
    notice: Notice = field(default_factory=Notice)
    notes: Notes = field(default_factory=Notes)
    #: Role of each source paragraph that was recognised, by ``Line.ref`` (the same
    #: roles the layout gives its paragraphs).
    roles: dict[int, Role] = field(default_factory=dict)
    #: Text that fitted nowhere in the notice: kept in the draft's notes, never dropped.
    kept: list[str] = field(default_factory=list)
    #: Every recognised piece of text: (paragraph, role, text). A paragraph typed with
    #: tabs may hold several ("UBND TỈNH …<tab>CỘNG HÒA …").
    pieces: list[tuple[int, Role, str]] = field(default_factory=list)

    def role(self, line: Line, role: Role) -> None:
        if line.ref >= 0:
            self.roles.setdefault(line.ref, role)
            self.pieces.append((line.ref, role, line.text.strip()))

    def mixed(self) -> dict[int, list[Role]]:
        """Paragraphs that hold more than one element (rules aside), with their roles."""
        found: dict[int, list[Role]] = {}
        for ref, role, _text in self.pieces:
            if not role.is_rule and role not in found.setdefault(ref, []):
                found[ref].append(role)
        return {ref: roles for ref, roles in found.items() if len(roles) > 1}
