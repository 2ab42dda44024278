"""Where body items sit without a widget each: ``Spans`` and ``pick`` (no Qt)."""

from __future__ import annotations

from ucd_desktop.gui.body.geometry import Spans, pick


def spans(*heights: int, gap: int = 2) -> Spans:
    out = Spans(gap)
    out.reset(heights)
    return out


def test_offsets_are_the_heights_and_gaps_above() -> None:
    s = spans(10, 20, 30)
    assert [s.top(i) for i in range(3)] == [0, 12, 34]
    assert [s.bottom(i) for i in range(3)] == [10, 32, 64]
    assert s.total == 64  # no gap after the last item
    assert len(s) == 3


def test_empty_spans() -> None:
    s = spans()
    assert s.total == 0 and len(s) == 0
    assert s.index_at(0) == -1 and s.index_at(100) == -1
    assert pick(s, (0, 100), 12) == []


def test_heights_are_at_least_one_pixel() -> None:
    s = spans(0, -5, 7, gap=0)
    assert s.heights == [1, 1, 7]
    assert s.total == 9


def test_index_at_a_height() -> None:
    s = spans(10, 20, 30)
    assert s.index_at(0) == 0
    assert s.index_at(9) == 0
    assert s.index_at(11) == 0  # in the gap below item 0: still item 0
    assert s.index_at(12) == 1
    assert s.index_at(33) == 1
    assert s.index_at(34) == 2
    assert s.index_at(-50) == 0  # beyond the ends: the nearest item
    assert s.index_at(10_000) == 2


def test_update_moves_every_item_below() -> None:
    s = spans(10, 20, 30)
    assert s.update({0: 15}) is True
    assert [s.top(i) for i in range(3)] == [0, 17, 39]
    assert s.total == 69
    assert s.update({0: 15, 2: 30}) is False  # nothing changed
    assert s.update({1: 0}) is True and s.heights[1] == 1


def test_distance_from_a_band() -> None:
    s = spans(10, 20, 30)  # items at [0, 10], [12, 32], [34, 64]
    assert s.distance(1, 0, 15) == 0  # overlaps
    assert s.distance(0, 20, 40) == 10  # above the band
    assert s.distance(2, 0, 20) == 14  # below the band


def test_pick_takes_the_items_in_the_band() -> None:
    s = spans(*[100] * 50, gap=0)
    assert pick(s, (1000, 1299), 1) == [10, 11, 12]
    assert pick(s, (1000, 1300), 1) == [10, 11, 12, 13]


def test_pick_widens_to_the_minimum_around_the_band() -> None:
    s = spans(*[100] * 50, gap=0)
    chosen = pick(s, (1000, 1099), 5)
    assert len(chosen) == 5
    assert chosen == list(range(chosen[0], chosen[0] + 5))  # contiguous
    assert 10 in chosen and chosen[0] >= 8 and chosen[-1] <= 12  # both sides


def test_pick_at_the_ends_widens_inwards() -> None:
    s = spans(*[100] * 50, gap=0)
    assert pick(s, (0, 99), 4) == [0, 1, 2, 3]
    assert pick(s, (4900, 4999), 4) == [46, 47, 48, 49]


def test_pick_beyond_the_ends_takes_the_nearest_items() -> None:
    s = spans(*[100] * 50, gap=0)
    assert pick(s, (9000, 9500), 3) == [47, 48, 49]  # the view is below the list
    assert pick(s, (-900, -100), 3) == [0, 1, 2]  # above it


def test_pick_adds_the_pinned_items() -> None:
    s = spans(*[100] * 50, gap=0)
    chosen = pick(s, (0, 99), 2, pinned=[30, 31, 49, 99, -1])
    assert chosen == [0, 1, 30, 31, 49]  # out-of-range pins are ignored


def test_pick_without_a_band_takes_the_first_items() -> None:
    s = spans(*[100] * 50, gap=0)
    assert pick(s, None, 12) == list(range(12))


def test_pick_of_a_short_list_takes_all() -> None:
    s = spans(40, 50, 60)
    assert pick(s, (0, 10), 12) == [0, 1, 2]
    assert pick(s, None, 12) == [0, 1, 2]
