"""Decree 30/2020/NĐ-CP: its numbers (``numbers``) and its element table (``elements``).

The bottom layer of the code: it imports nothing of ours, and everything that lays a
notice out, draws it or checks one reads the Decree from here.
"""

from __future__ import annotations

from ucd_desktop.decree.elements import (
    BODY_ROLES,
    ELEMENTS,
    Align,
    Case,
    ElementSpec,
    Role,
    element,
    roles_with_case,
)

__all__ = [
    "BODY_ROLES",
    "ELEMENTS",
    "Align",
    "Case",
    "ElementSpec",
    "Role",
    "element",
    "roles_with_case",
]
