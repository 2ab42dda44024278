"""A lock file beside an open draft, so a second window or app instance is warned.

The lock is ``.~<name>.lock`` next to the draft (visible to colleagues on a shared
folder), holding who opened it, where and when. A crashed instance never leaves it stuck:
on the same computer a lock whose process is gone is stale at once; from another
computer a lock not refreshed for ``STALE_AFTER`` seconds is stale (the owner refreshes
it on every autosave tick).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.storage.atomic import SaveError, atomic_write_text

__all__ = ["STALE_AFTER", "DraftLock", "LockInfo", "LockedError", "lock_path", "read_lock"]

STALE_AFTER = 15 * 60.0


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    user: str
    since: float
    refreshed: float

    def is_stale(self, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        if self.host == socket.gethostname():
            return not _alive(self.pid)
        return now - self.refreshed > STALE_AFTER

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

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel.CloseHandle(handle)
        return True
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
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                owner = read_lock(draft)
                if owner is not None and not owner.is_stale() and not force:
                    raise LockedError(Path(draft), owner) from None
                with contextlib.suppress(OSError):
                    path.unlink()  # stale, unreadable or overridden: take it over
                continue
            except OSError:
                # A read-only folder (a CD, a protected share): no lock is possible; the
                # draft can still be read, and saving will say why it cannot write.
                return cls(draft, info)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(info), handle)
            return cls(draft, info)
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
