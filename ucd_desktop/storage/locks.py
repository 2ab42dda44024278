"""A lock file beside an open draft, so a second window or app instance is warned.

The lock is ``.~<name>.lock`` next to the draft (visible to colleagues on a shared
folder), holding who opened it, where and when. A crashed instance never leaves it stuck:
on the same computer a lock whose process is gone is stale at once; any lock not
refreshed for ``STALE_AFTER`` seconds is stale (the owner refreshes it on every autosave
tick, at most every 10 minutes), which also frees a lock whose process number was reused
after a crash and a reboot.

A lock appears complete or not at all: it is written to a temporary file and published
with a hard link, which fails when a lock exists. Two instances starting together never
both win, and neither takes over a lock the other is still writing. Where hard links are
not possible (FAT, some network shares) the lock is created exclusively and written at
once, and an unreadable lock younger than ``YOUNG`` seconds is waited for, not taken.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import secrets
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.storage.atomic import SaveError, atomic_write_text

__all__ = ["STALE_AFTER", "DraftLock", "LockInfo", "LockedError", "lock_path", "read_lock"]

STALE_AFTER = 15 * 60.0
#: An unreadable lock this young may be one being written (without hard links): wait.
YOUNG = 2.0


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    user: str
    since: float
    refreshed: float

    def is_stale(self, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        if now - self.refreshed > STALE_AFTER:
            return True  # its owner stopped refreshing it: crashed, or the pid was reused
        if self.host == socket.gethostname():
            return not _alive(self.pid)
        return False

    @property
    def mine(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()


class LockedError(Exception):
    """The draft is open elsewhere; ``owner`` says who has it."""

    def __init__(self, path: Path, owner: LockInfo) -> None:
        self.path = path
        self.owner = owner
        since = time.strftime("%H:%M %d/%m/%Y", time.localtime(owner.since))
        super().__init__(
            _("{name} is already open by {user} on {host} since {since}.").format(
                name=path.name, user=owner.user, host=owner.host, since=since
            )
        )


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel = getattr(ctypes, "WinDLL")("kernel32", use_last_error=True)  # noqa: B009
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            # Another user's live process (a terminal server) refuses to be opened.
            return bool(getattr(ctypes, "get_last_error")() == 5)  # noqa: B009
        try:
            code = ctypes.c_ulong()
            if kernel.GetExitCodeProcess(handle, ctypes.byref(code)):
                return code.value == 259  # STILL_ACTIVE: not an exited, unreaped process
            return True
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_path(draft: Path) -> Path:
    draft = Path(draft)
    return draft.with_name(f".~{draft.name}.lock")


def read_lock(draft: Path) -> LockInfo | None:
    """The lock on ``draft``, or None (no lock, or an unreadable one)."""
    try:
        data = json.loads(lock_path(draft).read_text("utf-8"))
        return LockInfo(
            int(data["pid"]),
            str(data["host"]),
            str(data["user"]),
            float(data["since"]),
            float(data["refreshed"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _publish(path: Path, text: str) -> bool:
    """Create ``path`` holding ``text`` if it does not exist, never half-written; True if
    created, False if a lock is there. OSError when the folder cannot be written."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(3)}.tmp")
    data = text.encode("utf-8")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    try:
        try:
            os.write(fd, data)  # a few hundred bytes: one write
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)  # fails if a lock exists: the check and the creation are one
            return True
        except FileExistsError:
            return False
        except OSError:
            pass  # no hard links on this file system: create it exclusively instead
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        return True
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _settled_owner(draft: Path) -> LockInfo | None:
    """The lock's owner; an unreadable young lock (being written) is given time first."""
    deadline = time.monotonic() + YOUNG
    while True:
        owner = read_lock(draft)
        if owner is not None:
            return owner
        try:
            age = time.time() - lock_path(draft).stat().st_mtime
        except OSError:
            return None
        if age > YOUNG or time.monotonic() > deadline:
            return None
        time.sleep(0.05)


def _me(since: float | None = None) -> LockInfo:
    now = time.time()
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    return LockInfo(os.getpid(), socket.gethostname(), user, since or now, now)


class DraftLock:
    """Held while a window has the draft open."""

    def __init__(self, draft: Path, info: LockInfo) -> None:
        self.draft = Path(draft)
        self.info = info

    @classmethod
    def acquire(cls, draft: Path, *, force: bool = False) -> DraftLock:
        """Take the lock; LockedError when someone else holds a live one (unless ``force``)."""
        path = lock_path(draft)
        for _attempt in range(3):
            info = _me()
            try:
                if _publish(path, json.dumps(asdict(info))):
                    return cls(draft, info)
            except OSError:
                # A read-only folder (a CD, a protected share): no lock is possible; the
                # draft can still be read, and saving will say why it cannot write.
                return cls(draft, info)
            owner = _settled_owner(draft)
            if owner is not None and not owner.is_stale() and not force:
                raise LockedError(Path(draft), owner)
            with contextlib.suppress(OSError):
                path.unlink()  # stale, unreadable or overridden: take it over
        owner = read_lock(draft)
        raise LockedError(Path(draft), owner or info)

    def refresh(self) -> None:
        """Show the lock is alive (call on each autosave tick)."""
        self.info = LockInfo(
            self.info.pid, self.info.host, self.info.user, self.info.since, time.time()
        )
        owner = read_lock(self.draft)
        if owner is not None and not owner.mine:
            return  # someone took it over after we were presumed dead: leave theirs
        with contextlib.suppress(SaveError):
            atomic_write_text(lock_path(self.draft), json.dumps(asdict(self.info)))

    def release(self) -> None:
        owner = read_lock(self.draft)
        if owner is None or owner.mine:
            with contextlib.suppress(OSError):
                lock_path(self.draft).unlink()

    def __enter__(self) -> DraftLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
