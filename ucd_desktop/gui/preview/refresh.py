"""When the window refreshes (validation, marks, the preview's pages) after an edit.

A refresh of a 10-page notice is a few milliseconds of work and a paint of about 4 ms;
the fixed pauses before it (150 ms in the window, 25 ms in the preview) made a key take
about 190 ms to reach the page. So instead:

- an edit after a quiet moment is refreshed at once: on the next turn of the event loop,
  after the key's own echo in the input has been handled;
- while edits keep coming, the refreshes are at least ``gap_ms`` apart (start to start),
  the last edit always followed by one: many keystrokes share one refresh, and typing
  never waits for more than one refresh at a time. The gap grows with what a refresh
  costs (at most about a fifth of the time goes to refreshing);
- when a refresh is slow (over ``SLOW_MS``: a very long notice), it waits for a pause in
  typing (``PAUSE_MS``), and comes at least every ``MAX_WAIT_MS`` during a long burst, so
  the keyboard never waits on validation and layout there.

What a refresh costs is measured on each one (``timing``).
"""

from __future__ import annotations

import statistics
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt, QTimer

__all__ = [
    "FIRST_DELAY_MS",
    "MAX_WAIT_MS",
    "MIN_GAP_MS",
    "PAUSE_MS",
    "SLOW_MS",
    "RefreshScheduler",
]

#: Milliseconds from an edit after a quiet moment to its refresh.
FIRST_DELAY_MS = 0
#: Milliseconds between the starts of two refreshes while edits keep coming, at least.
MIN_GAP_MS = 50
#: The gap is at least this many times what a refresh costs.
COST_FACTOR = 5
#: A refresh slower than this (ms) waits for a pause in typing of ``PAUSE_MS``...
SLOW_MS = 40.0
PAUSE_MS = 150
#: ...but comes at least this long after the first edit it waits for.
MAX_WAIT_MS = 1000


class RefreshScheduler(QObject):
    """Runs ``refresh`` after edits, at once when idle, then throttled (see the module)."""

    def __init__(
        self,
        refresh: Callable[[], None],
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        #: What a refresh costs (ms): the median of the last few measured.
        self.cost_ms = 0.0
        #: Refreshes run so far (tests count them).
        self.count = 0
        self._costs: deque[float] = deque(maxlen=5)
        self._last_start: float | None = None
        self._pending_since: float | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(refresh)

    @property
    def gap_ms(self) -> float:
        return max(float(MIN_GAP_MS), COST_FACTOR * self.cost_ms)

    @property
    def slow(self) -> bool:
        return self.cost_ms > SLOW_MS

    def request(self) -> None:
        """An edit happened: schedule a refresh (or leave the one scheduled)."""
        now = self.clock()
        if self._pending_since is None:
            self._pending_since = now
        if self.slow:
            waited = (now - self._pending_since) * 1000
            self.timer.start(round(min(PAUSE_MS, max(MAX_WAIT_MS - waited, 0))))
            return
        if self.timer.isActive():
            return  # coalesced: the refresh scheduled shows this edit too
        since = (now - self._last_start) * 1000 if self._last_start is not None else None
        delay = FIRST_DELAY_MS if since is None else max(FIRST_DELAY_MS, self.gap_ms - since)
        self.timer.start(round(delay))

    def pending(self) -> bool:
        return self.timer.isActive()

    @contextmanager
    def timing(self, *, measure: bool = True) -> Iterator[None]:
        """Around a refresh (scheduled or called directly): nothing is pending after it,
        and its cost is measured (not that of a draft just opened: caches are cold)."""
        self.timer.stop()
        self._pending_since = None
        start = self.clock()
        try:
            yield
        finally:
            self._last_start = start
            self.count += 1
            if measure:
                self._costs.append((self.clock() - start) * 1000)
                self.cost_ms = statistics.median(self._costs)
