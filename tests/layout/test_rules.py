"""ucd_desktop.layout.rules: kept only as a re-export of decree.numbers for older code."""

from __future__ import annotations

from ucd_desktop.decree import numbers
from ucd_desktop.layout import rules


def test_rules_is_decree_numbers() -> None:
    assert set(rules.__all__) == set(numbers.__all__)
    for name in numbers.__all__:
        assert getattr(rules, name) is getattr(numbers, name), name
