"""The Decree's numbers, kept importable here for older code: they live in ``decree``."""

from __future__ import annotations

from ucd_desktop.decree.numbers import *  # noqa: F403
from ucd_desktop.decree.numbers import __all__ as __all__
