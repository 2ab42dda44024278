"""Numbers and sums of money written the Vietnamese way, through Babel."""

from __future__ import annotations

import math
from decimal import Decimal

from babel.numbers import format_decimal

__all__ = ["format_money", "format_number"]


def format_number(n: int | float | Decimal, *, locale: str = "vi") -> str:
    """Return *n* with the locale's separators: "1.234.567", "1.234,5".

    Babel's standard pattern is used, so at most three decimals are shown (rounded).
    NaN and infinities raise ValueError: they have no place in a document.
    """
    if isinstance(n, bool):
        raise TypeError("format_number takes a number, not a bool")
    if isinstance(n, Decimal) and not n.is_finite():
        raise ValueError(f"not a finite number: {n}")
    if isinstance(n, float) and not math.isfinite(n):
        raise ValueError(f"not a finite number: {n}")
    return str(format_decimal(n, locale=locale))


def format_money(n: int | float | Decimal, *, locale: str = "vi") -> str:
    """Return a sum as Vietnamese documents write it: "1.234.567 đồng" (never "₫")."""
    return f"{format_number(n, locale=locale)} đồng"
