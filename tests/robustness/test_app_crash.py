"""The real app, killed with SIGKILL while the drafter types, loses at most one autosave
interval; a second instance on the same draft is warned; a killed one blocks no one.

Each app is its own process (``tests/robustness/app_driver.py`` runs ``run_app`` and
types through Qt key events); the autosave timer is the app's own, set to 3 s (the
shortest the settings allow) so the test is short.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLE, REPO
from ucd_desktop.storage.locks import read_lock
from ucd_desktop.storage.settings import AUTOSAVE_RANGE, Settings, save_settings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

INTERVAL = AUTOSAVE_RANGE[0]
#: How late the app's timer may fire on a busy 2-core machine, on top of the interval.
SLACK = 2.0
TEXT = " Bổ sung sau khi họp: các sở, ngành khẩn trương triển khai."
Event = dict[str, Any]
KILLS: list[dict[str, float]] = []


class App:
    """One app process and its log."""

    def __init__(self, tmp: Path, name: str, *args: str, answers: dict[str, Any] | None = None):
        self.log = tmp / f"{name}.log"
        self.stderr = tmp / f"{name}.stderr"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env["UCD_TEST_ANSWERS"] = json.dumps(answers or {})
        with self.stderr.open("w") as err:  # a file: a full pipe would block the app
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.robustness.app_driver", str(self.log), *args],
                cwd=REPO,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )

    def events(self) -> list[Event]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text("utf-8").splitlines()]

    def wait_for(self, test: Callable[[list[Event]], bool], timeout: float = 60.0) -> list[Event]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            events = self.events()
            if test(events):
                return events
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        stderr = self.stderr.read_text("utf-8", errors="replace")
        raise AssertionError(f"the app never got there; log: {self.events()}; {stderr[-2000:]}")

    def kill(self) -> float:
        """SIGKILL now; the moment of the kill (monotonic clock)."""
        moment = time.monotonic()
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        return moment

    def finish(self) -> list[Event]:
        """The log, once the app has closed its window and exited."""
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            stderr = self.stderr.read_text("utf-8", errors="replace")
            raise AssertionError(f"the app did not exit; log: {self.events()}; {stderr}") from None
        return self.events()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)


@pytest.fixture
def apps(tmp_path: Path) -> Iterator[Callable[..., App]]:
    started: list[App] = []

    def start(name: str, *args: str, answers: dict[str, Any] | None = None) -> App:
        app = App(tmp_path, name, *args, answers=answers)
        started.append(app)
        return app

    save_settings(Settings(autosave_seconds=INTERVAL))
    yield start
    for app in started:
        app.close()


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "hop giao ban.ucd"
    shutil.copyfile(EXAMPLE, path)
    return path


def _count(kind: str) -> Callable[[list[Event]], int]:
    return lambda events: sum(1 for e in events if e["event"] == kind)


def _started(events: list[Event]) -> Event:
    return next(e for e in events if e["event"] == "started")


def _asked(events: list[Event], question: str) -> list[Event]:
    return [e for e in events if e["event"] == "asked" and e["question"] == question]


def test_a_killed_app_loses_at_most_one_autosave_interval(
    apps: Callable[..., App], draft: Path
) -> None:
    on_disk = draft.read_bytes()
    typing = apps("typing", str(draft), "--type", TEXT, "--every", "150")
    typing.wait_for(lambda events: _count("autosaved")(events) >= 2)
    time.sleep(INTERVAL / 2)  # between two autosaves: the worst moment to die
    killed_at = typing.kill()
    events = [e for e in typing.events() if e["t"] < killed_at]
    saves = [e for e in events if e["event"] == "autosaved"]
    typed = [e for e in events if e["event"] == "typed"]
    last = saves[-1]

    again = apps("restoring", "--report", answers={"ask_restore": "restore"}).finish()
    assert len(_asked(again, "ask_restore")) == 1
    shown = _started(again)
    assert shown["summary"] == last["summary"], "the restored text is not the last autosave"
    assert shown["path"] == str(draft) and shown["modified"], "restored as unsaved work"
    lost = [e for e in typed if e["t"] > last["t"]]
    assert all(e["t"] > killed_at - INTERVAL - SLACK for e in lost), "lost more than an interval"
    assert draft.read_bytes() == on_disk, "the draft file itself was never saved over"
    KILLS.append({"keys typed": len(typed), "keys lost": len(lost), "s": killed_at - last["t"]})


def test_restored_work_survives_a_second_crash(apps: Callable[..., App], draft: Path) -> None:
    typing = apps("typing", str(draft), "--type", TEXT, "--every", "100")
    typing.wait_for(lambda events: _count("autosaved")(events) >= 1)
    typing.kill()
    saved = [e for e in typing.events() if e["event"] == "autosaved"][-1]["summary"]

    restoring = apps("restoring", "--hold", answers={"ask_restore": "restore"})
    events = restoring.wait_for(lambda events: _count("ready")(events) >= 1)
    assert _started(events)["summary"] == saved
    restoring.kill()  # before its first autosave: the restored work is only in memory

    third = apps("third", "--report", answers={"ask_restore": "restore"}).finish()
    assert _started(third)["summary"] == saved, "the restored work died with the second crash"
    KILLS.append({"keys typed": 0, "keys lost": 0, "s": 0.0})


def test_a_second_instance_is_warned_and_a_killed_one_blocks_no_one(
    apps: Callable[..., App], draft: Path
) -> None:
    first = apps("first", str(draft), "--hold")
    first.wait_for(lambda events: _count("ready")(events) >= 1)
    owner = read_lock(draft)
    assert owner is not None and owner.pid == first.process.pid

    second = apps("second", str(draft), "--report", answers={"ask_open_locked": False}).finish()
    [warning] = _asked(second, "ask_open_locked")
    assert draft.name in warning["texts"][0] and owner.user in warning["texts"][0]
    assert _started(second)["path"] != str(draft), "it opened the draft anyway"
    lock = read_lock(draft)
    assert lock is not None and lock.pid == first.process.pid, "the first lost its lock"

    first.kill()
    third = apps("third", str(draft), "--report").finish()
    assert _asked(third, "ask_open_locked") == [], "a dead instance's lock still blocks"
    assert _started(third)["path"] == str(draft)
    KILLS.append({"keys typed": 0, "keys lost": 0, "s": 0.0})


def teardown_module() -> None:
    print(f"\napp kills: {len(KILLS)}; " + "; ".join(json.dumps(k) for k in KILLS))
