from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ucd_desktop.storage.locks import DraftLock, LockedError, lock_path, read_lock


def test_acquire_and_release(tmp_path: Path) -> None:
    draft = tmp_path / "hop.ucd"
    lock = DraftLock.acquire(draft)
    info = read_lock(draft)
    assert info is not None and info.pid == os.getpid()
    lock.release()
    assert not lock_path(draft).exists()


def test_a_second_instance_is_warned(tmp_path: Path) -> None:
    draft = tmp_path / "hop.ucd"
    with DraftLock.acquire(draft):
        with pytest.raises(LockedError) as info:
            DraftLock.acquire(draft)
        assert "hop.ucd" in str(info.value) and "đang được mở" in str(info.value)
        forced = DraftLock.acquire(draft, force=True)
        assert forced.info.pid == os.getpid()


def test_a_killed_instance_does_not_leave_the_lock_stuck(tmp_path: Path) -> None:
    draft = tmp_path / "hop.ucd"
    code = (
        "import sys, time; from pathlib import Path;"
        "from ucd_desktop.storage.locks import DraftLock;"
        f"DraftLock.acquire(Path({str(draft)!r})); print('ok', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ok"
    with pytest.raises(LockedError):
        DraftLock.acquire(draft)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with DraftLock.acquire(draft) as lock:
        assert lock.info.pid == os.getpid()


def test_a_lock_from_another_computer_expires(tmp_path: Path) -> None:
    draft = tmp_path / "hop.ucd"
    old = time.time() - 3600
    record = {"pid": 1, "host": "may-khac", "user": "a", "since": old, "refreshed": old}
    lock_path(draft).write_text(json.dumps(record), "utf-8")
    with DraftLock.acquire(draft) as lock:
        assert lock.info.host != "may-khac"
    record["refreshed"] = time.time()
    lock_path(draft).write_text(json.dumps(record), "utf-8")
    with pytest.raises(LockedError):
        DraftLock.acquire(draft)


def test_refresh_moves_the_heartbeat(tmp_path: Path) -> None:
    draft = tmp_path / "hop.ucd"
    with DraftLock.acquire(draft) as lock:
        first = read_lock(draft)
        time.sleep(0.01)
        lock.refresh()
        again = read_lock(draft)
        assert first is not None and again is not None and again.refreshed > first.refreshed


def test_garbage_lock_is_taken_over(tmp_path: Path) -> None:
    draft = tmp_path / "hop.ucd"
    lock_path(draft).write_text("{rác", "utf-8")
    with DraftLock.acquire(draft):
        assert read_lock(draft) is not None
