"""Where each body item sits in the body editor, without a widget per item (no Qt here).

The body editor builds rows of inputs only for the items near the part of the form in
view (``pick``); every other item is just a height in ``Spans``: an estimate until its
row has been laid out once, then the row's measured height. Offsets are prefix sums, so
finding the item at a height is a bisection and moving every item below a row that grew
is one pass over a list of integers (a fraction of a millisecond at 2,000 items).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["Spans", "pick"]


class Spans:
    """The heights of the items, in order, with ``gap`` pixels between two items."""

    def __init__(self, gap: int = 0) -> None:
        self.gap = gap
        self.heights: list[int] = []
        #: offsets[i]: the top of item i; offsets[-1]: the bottom of the last item plus a gap.
        self.offsets: list[int] = [0]

    def __len__(self) -> int:
        return len(self.heights)

    def reset(self, heights: Iterable[int]) -> None:
        self.heights = [max(int(h), 1) for h in heights]
        self._sum()

    def _sum(self) -> None:
        self.offsets = [0, *accumulate(h + self.gap for h in self.heights)]

    def update(self, changes: dict[int, int]) -> bool:
        """Set the heights of some items; True when one of them changed."""
        changed = False
        for index, height in changes.items():
            height = max(int(height), 1)
            if self.heights[index] != height:
                self.heights[index] = height
                changed = True
        if changed:
            self._sum()
        return changed

    @property
    def total(self) -> int:
        """The height of all the items (no gap after the last one)."""
        return max(self.offsets[-1] - self.gap, 0) if self.heights else 0

    def top(self, index: int) -> int:
        return self.offsets[index]

    def bottom(self, index: int) -> int:
        return self.offsets[index] + self.heights[index]

    def index_at(self, y: int) -> int:
        """The item at height ``y`` (the first or last one beyond the ends); -1 if none."""
        if not self.heights:
            return -1
        return min(max(bisect_right(self.offsets, y) - 1, 0), len(self.heights) - 1)

    def distance(self, index: int, top: int, bottom: int) -> int:
        """How far item ``index`` is from the band [top, bottom] (0 when it overlaps it)."""
        if self.bottom(index) < top:
            return top - self.bottom(index)
        if self.top(index) > bottom:
            return self.top(index) - bottom
        return 0


def pick(
    spans: Spans,
    band: tuple[int, int] | None,
    minimum: int,
    pinned: Iterable[int] = (),
) -> list[int]:
    """The items that get a row: those overlapping ``band`` (top, bottom), widened to the
    ``minimum`` items nearest to it, and the ``pinned`` ones (the current item and its
    neighbours). With no band (nothing in view) the first items are taken."""
    n = len(spans)
    if n == 0:
        return []
    top, bottom = band if band is not None else (0, 0)
    lo, hi = spans.index_at(top), spans.index_at(bottom)
    if band is not None and spans.distance(lo, top, bottom) > 0:
        hi = lo  # the band is beyond an end: start from the nearest item only
    while hi - lo + 1 < min(minimum, n):
        if lo == 0:
            hi += 1
        elif hi == n - 1 or spans.distance(lo - 1, top, bottom) <= spans.distance(
            hi + 1, top, bottom
        ):
            lo -= 1
        else:
            hi += 1
    chosen = set(range(lo, hi + 1))
    chosen.update(i for i in pinned if 0 <= i < n)
    return sorted(chosen)
