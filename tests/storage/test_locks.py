from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ucd_desktop.storage import locks
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
    child.kill()  # SIGKILL, or TerminateProcess on Windows: no clean-up runs either way
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
    os.utime(lock_path(draft), (time.time() - 60, time.time() - 60))  # not one being written
    with DraftLock.acquire(draft):
        assert read_lock(draft) is not None


# -- races, reused process numbers, file systems without hard links (issue 6) ----------


def _sleeper() -> subprocess.Popen[bytes]:
    """A live process that is not this one. (The parent is no such thing on Windows: its
    number stays after it ends, and under Wine it is often gone.)"""
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])


def _record(pid: int, *, refreshed: float, host: str | None = None) -> str:
    return json.dumps(
        {
            "pid": pid,
            "host": host or socket.gethostname(),
            "user": "đồng nghiệp",
            "since": refreshed,
            "refreshed": refreshed,
        }
    )


def test_a_lock_being_written_is_never_taken_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first instance is paused in the middle of writing its lock; the second must
    not see a garbage lock and take it over: exactly one of them holds the draft."""
    draft = tmp_path / "hop.ucd"
    paused, resume = threading.Event(), threading.Event()
    real_dumps = json.dumps
    first: list[object] = []

    def slow_dumps(obj: object, **kwargs: object) -> str:
        if threading.current_thread().name == "first":
            paused.set()
            resume.wait(10)
        return real_dumps(obj, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(json, "dumps", slow_dumps)

    def take() -> None:
        try:
            first.append(DraftLock.acquire(draft))
        except LockedError as exc:
            first.append(exc)

    thread = threading.Thread(target=take, name="first")
    thread.start()
    assert paused.wait(10)
    try:
        second: object = DraftLock.acquire(draft)
    except LockedError as exc:
        second = exc
    resume.set()
    thread.join(10)
    winners = [r for r in (*first, second) if isinstance(r, DraftLock)]
    assert len(winners) == 1, (first, second)


RACER = """
import sys, time
from pathlib import Path
from ucd_desktop.storage.locks import DraftLock, LockedError
draft, go = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
try:
    lock = DraftLock.acquire(draft)
    print("won", flush=True)
except LockedError:
    print("locked", flush=True)
sys.stdin.read()  # hold the lock until every racer has answered (stdin closes)
"""


@pytest.mark.parametrize("round_", range(2))
def test_instances_starting_together_never_both_win(tmp_path: Path, round_: int) -> None:
    """Six instances released at once. They start first and wait for the signal: process
    start-up takes seconds on a loaded machine (or under Wine), and a winner that had
    already exited would rightly leave a stale lock behind."""
    draft = tmp_path / "hop.ucd"
    go = tmp_path / "go"
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(draft), str(go)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    try:
        for racer in racers:
            assert racer.stdout is not None and racer.stdout.readline().strip() == "ready"
        go.touch()
        results = [r.stdout.readline().strip() for r in racers if r.stdout is not None]
    finally:
        for racer in racers:
            racer.communicate(timeout=60)
    assert sorted(results) == ["locked"] * 5 + ["won"], results


def test_a_lock_not_refreshed_for_long_is_stale_even_if_its_pid_lives(tmp_path: Path) -> None:
    """After a crash and a reboot the process number may belong to another program."""
    draft = tmp_path / "hop.ucd"
    other = _sleeper()
    alive = other.pid  # a live process that is not us
    lock_path(draft).write_text(_record(alive, refreshed=time.time() - 3600), "utf-8")
    with DraftLock.acquire(draft) as lock:
        assert lock.info.pid == os.getpid()
    lock_path(draft).write_text(_record(alive, refreshed=time.time()), "utf-8")
    with pytest.raises(LockedError) as caught:
        DraftLock.acquire(draft)
    assert "đồng nghiệp" in str(caught.value)
    other.kill()
    other.wait()


def test_without_hard_links_the_lock_is_still_exclusive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "hop.ucd"

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted (FAT)")

    monkeypatch.setattr(os, "link", no_links)
    with DraftLock.acquire(draft):
        info = read_lock(draft)
        assert info is not None and info.pid == os.getpid()
        assert [p.name for p in tmp_path.iterdir()] == [lock_path(draft).name]
        code = (
            "import sys; from pathlib import Path;"
            "from ucd_desktop.storage.locks import DraftLock, LockedError\n"
            "try:\n DraftLock.acquire(Path(sys.argv[1])); print('won')\n"
            "except LockedError: print('locked')"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, str(draft)], capture_output=True, text=True, check=False
        )
        assert done.stdout.strip() == "locked", done.stderr
    assert not lock_path(draft).exists()


def test_a_young_unreadable_lock_is_waited_for(tmp_path: Path) -> None:
    """Without hard links a lock is briefly empty while its owner writes it."""
    draft = tmp_path / "hop.ucd"
    lock_path(draft).write_bytes(b"")
    other = _sleeper()
    record = _record(other.pid, refreshed=time.time())
    writer = threading.Timer(0.3, lambda: lock_path(draft).write_text(record, "utf-8"))
    writer.start()
    try:
        with pytest.raises(LockedError):
            DraftLock.acquire(draft)
    finally:
        writer.join()
        other.kill()
        other.wait()


def test_an_old_unreadable_lock_is_taken_over_without_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "hop.ucd"
    lock_path(draft).write_text("{rác", "utf-8")
    old = time.time() - 10 * locks.YOUNG
    os.utime(lock_path(draft), (old, old))
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    with DraftLock.acquire(draft):
        assert read_lock(draft) is not None
    assert waits == []


def test_a_read_only_folder_gives_a_lock_that_holds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "hop.ucd"
    real_open = os.open

    def read_only(path: str, flags: int, mode: int = 0o777, **kwargs: int) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(errno.EROFS, "Read-only file system", path)
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    lock = DraftLock.acquire(draft)
    assert not lock_path(draft).exists()
    lock.release()
