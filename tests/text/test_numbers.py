"""Tests for ucd_desktop.text.numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ucd_desktop.text.numbers import format_money, format_number


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0"),
        (7, "7"),
        (1234, "1.234"),
        (1234567, "1.234.567"),
        (-1234567, "-1.234.567"),
        (1234.5, "1.234,5"),
        (0.25, "0,25"),
        (Decimal("1234567.50"), "1.234.567,5"),
        (Decimal("1000000"), "1.000.000"),
    ],
)
def test_format_number_vietnamese(n: int | float | Decimal, text: str) -> None:
    assert format_number(n) == text


def test_format_number_other_locale() -> None:
    assert format_number(1234567.5, locale="en") == "1,234,567.5"


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")])
def test_format_number_refuses_non_finite(bad: float | Decimal) -> None:
    with pytest.raises(ValueError):
        format_number(bad)


def test_format_number_refuses_bool() -> None:
    with pytest.raises(TypeError):
        format_number(True)


def test_format_money() -> None:
    assert format_money(1234567) == "1.234.567 đồng"
    assert format_money(Decimal("500000")) == "500.000 đồng"
    assert format_money(0) == "0 đồng"
    assert "₫" not in format_money(1000)
    assert format_money(1000, locale="en") == "1,000 đồng"
