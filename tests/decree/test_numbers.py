"""Tests for ucd_desktop.decree.numbers: the Decree's numbers and the unit conversions."""

from __future__ import annotations

import pytest

from ucd_desktop.decree import numbers as rules


@pytest.mark.parametrize(
    ("mm", "side", "twips"),
    [
        (15, "right", 851),  # 850 would be 14.99 mm, outside the range
        (20, "right", 1133),  # 1134 would be 20.003 mm
        (20, "top", 1134),
        (25, "top", 1417),
        (30, "left", 1701),
        (35, "left", 1984),
    ],
)
def test_twips_round_inward(mm: float, side: str, twips: int) -> None:
    rng = rules.MARGIN_RANGES[side]
    value = rules.mm_to_twips_inward(mm, low=rng.low, high=rng.high)
    assert value == twips
    assert value / rules.TWIPS_PER_MM in rng


def test_twips_without_limits_round_to_nearest() -> None:
    assert rules.mm_to_twips_inward(15) == 850
    assert rules.mm_to_twips_inward(10) == 567


def test_margin_ranges_are_the_decrees() -> None:
    got = {k: (r.low, r.high) for k, r in rules.MARGIN_RANGES.items()}
    assert got == {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}


def test_a4_in_points_and_twips() -> None:
    assert (rules.A4_WIDTH_TWIPS, rules.A4_HEIGHT_TWIPS) == (11906, 16838)
    assert pytest.approx(595.28, abs=0.01) == rules.A4_WIDTH_PT
    assert pytest.approx(841.89, abs=0.01) == rules.A4_HEIGHT_PT


def test_defaults_are_inside_their_ranges() -> None:
    for side, value in rules.MARGIN_DEFAULTS.items():
        assert value in rules.MARGIN_RANGES[side]
    assert rules.LINE_SPACING_DEFAULT in rules.LINE_SPACING
    assert rules.FIRST_LINE_INDENT_DEFAULT_CM in rules.FIRST_LINE_INDENTS_CM
    assert rules.SIGNATURE_SPACE_DEFAULT_PT in rules.SIGNATURE_SPACE_PT
    assert rules.PARAGRAPH_SPACING_DEFAULT_PT >= rules.MIN_PARAGRAPH_SPACING_PT


def test_range_contains_and_clamp() -> None:
    r = rules.Range(1.0, 1.5)
    assert 1.0 in r and 1.5 in r and 1.15 in r
    assert 0.99 not in r and 1.51 not in r and "1.2" not in r
    assert r.clamp(3) == 1.5 and r.clamp(0) == 1.0 and r.clamp(1.2) == 1.2
    assert r.clamp(float("nan")) == 1.0 and r.clamp(float("inf")) == 1.5


def test_unit_conversions() -> None:
    assert rules.mm_to_pt(25.4) == pytest.approx(72)
    assert rules.pt_to_mm(72) == pytest.approx(25.4)
    assert rules.pt_to_twips(13.5) == 270
    assert rules.pt_to_half_points(13.5) == 27
    assert rules.SHORT_RULE_TARGET in rules.SHORT_RULE_RATIO
    assert rules.LINE_SPACING.low == 1.0 and rules.LINE_SPACING.high == 1.5
