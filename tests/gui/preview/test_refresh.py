"""When the window refreshes after edits: at once when idle, coalesced while typing,
after a pause when a refresh is slow. Counted and read from the timer, never timed."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.conftest import type_text
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.gui.preview import refresh as r
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def scheduler(clock: Clock) -> tuple[r.RefreshScheduler, list[int]]:
    done: list[int] = []
    return r.RefreshScheduler(lambda: done.append(1), clock=clock), done


def run(s: r.RefreshScheduler, clock: Clock, took_ms: float) -> None:
    with s.timing():
        clock.now += took_ms / 1000


def test_an_edit_after_a_quiet_moment_is_refreshed_at_once(qtbot: Any) -> None:
    clock = Clock()
    s, done = scheduler(clock)
    s.request()
    assert s.pending() and s.timer.interval() == r.FIRST_DELAY_MS
    assert not done  # not on the keystroke's path: on the next turn of the event loop
    qtbot.waitUntil(lambda: bool(done))
    assert done == [1]
    run(s, clock, 5)
    clock.now += 1.0  # a second later: quiet again
    s.request()
    assert s.timer.interval() == r.FIRST_DELAY_MS


def test_edits_while_typing_share_one_refresh_a_gap_apart() -> None:
    clock = Clock()
    s, _done = scheduler(clock)
    run(s, clock, 5)
    clock.now += 0.010  # 15 ms after the last refresh started
    s.request()
    assert s.pending() and s.timer.interval() == r.MIN_GAP_MS - 15
    clock.now += 0.010
    s.request()  # coalesced: the scheduled refresh shows this edit too
    assert s.timer.interval() == r.MIN_GAP_MS - 15
    run(s, clock, 5)
    assert not s.pending()


def test_the_gap_grows_with_the_cost_of_a_refresh() -> None:
    clock = Clock()
    s, _done = scheduler(clock)
    for _ in range(3):
        run(s, clock, 20)
    assert s.cost_ms == pytest.approx(20) and not s.slow
    s.request()
    assert s.timer.interval() == r.COST_FACTOR * 20 - 20


def test_a_slow_refresh_waits_for_a_pause_in_typing() -> None:
    clock = Clock()
    s, _done = scheduler(clock)
    for _ in range(3):
        run(s, clock, r.SLOW_MS * 2)
    assert s.slow
    clock.now += 5
    s.request()
    assert s.timer.interval() == r.PAUSE_MS
    clock.now += (r.MAX_WAIT_MS - 100) / 1000  # typing on: each edit puts it off...
    s.request()
    assert s.timer.interval() == 100  # ...but not beyond MAX_WAIT_MS after the first
    clock.now += 0.2
    s.request()
    assert s.pending() and s.timer.interval() == 0


def test_a_draft_opened_is_not_measured() -> None:
    clock = Clock()
    s, _done = scheduler(clock)
    run(s, clock, 5)
    with s.timing(measure=False):
        clock.now += 2.0  # cold caches
    assert s.cost_ms == pytest.approx(5) and not s.slow


def test_a_burst_of_keystrokes_is_one_refresh(window: MainWindow, qtbot: Any) -> None:
    item = BodyItem(ItemKind.CLAUSE, text="")
    window.doc.load(Draft(notice=Notice(body=[item])), None, None)
    assert any(p.field == f"body[{item.id}].text" for p in window._problems)  # empty
    qtbot.waitUntil(lambda: not window.refresher.pending())
    before = window.refresher.count
    field = window.form.body.rows[item.id].text
    field.setFocus()
    type_text(field, "Sở Tài chính chủ trì")
    assert window.doc.notice.body[0].text == "Sở Tài chính chủ trì"
    assert window.refresher.count == before  # nothing ran on the keystrokes' path
    assert window.refresher.pending()
    qtbot.waitUntil(lambda: not window.refresher.pending())
    assert window.refresher.count == before + 1  # 20 keystrokes, one refresh
    assert not any(p.field == f"body[{item.id}].text" for p in window._problems)
    words = " ".join(t.text for page in window.preview.pages() for t in page.texts)
    assert "chủ trì" in words  # the pages were made in that refresh, no second pause
