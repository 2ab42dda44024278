"""Autosave of the working draft and recovery after a crash (no Qt: the window drives it).

Each running window is a *session* with three files in ``autosave_dir()``:
``<session>.lock`` (held with an OS lock while the session lives), ``<session>.ucd``
(the draft, written atomically) and ``<session>.json`` (where the draft came from and
when it was saved). A clean close deletes all three. After a crash the lock is released
by the operating system, so the next start finds an autosave whose lock it can take:
that draft is offered for recovery. A lock that a dead process held never stays stuck,
and a live second instance's autosave is never offered.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ucd_desktop.model.draft import Draft
from ucd_desktop.storage.atomic import atomic_write_text
from ucd_desktop.storage.drafts import DraftError, draft_to_json, load_draft
from ucd_desktop.storage.paths import autosave_dir

__all__ = ["Autosaver", "Recovery", "discard_recovery", "find_recoveries"]

_log = logging.getLogger(__name__)

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[bytes]) -> None:
        with contextlib.suppress(OSError):
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[bytes]) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@dataclass
class Recovery:
    """An autosave left behind by a session that did not close cleanly."""

    draft: Draft
    #: The draft file the session was editing (None for a draft never saved).
    source: Path | None
    saved_at: dt.datetime
    session: str
    folder: Path


def _files(folder: Path, session: str) -> tuple[Path, Path, Path]:
    return folder / f"{session}.lock", folder / f"{session}.ucd", folder / f"{session}.json"


class Autosaver:
    """The autosave of one session; ``save`` whenever the draft changed, ``close`` at exit."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or autosave_dir()
        self.session = dt.datetime.now().strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)
        self._lock_path, self.draft_path, self.meta_path = _files(self.folder, self.session)
        self._handle: IO[bytes] | None = open(self._lock_path, "a+b")  # noqa: SIM115
        if not _try_lock(self._handle):  # pragma: no cover - a fresh random name
            raise OSError(f"autosave session {self.session} is locked")

    def save(self, draft: Draft, source: Path | None) -> None:
        """Write the draft, then its description (SaveError when the disk refuses)."""
        atomic_write_text(self.draft_path, draft_to_json(draft))
        meta = {
            "source": str(source) if source else "",
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
        }
        atomic_write_text(self.meta_path, json.dumps(meta, ensure_ascii=False) + "\n")

    def close(self, *, keep: bool = False) -> None:
        """End the session; its autosave is deleted unless ``keep`` (tests of a crash)."""
        if self._handle is None:
            return
        if not keep:
            for path in (self.draft_path, self.meta_path):
                with contextlib.suppress(OSError):
                    path.unlink()
        _unlock(self._handle)
        self._handle.close()
        self._handle = None
        if not keep:
            with contextlib.suppress(OSError):
                self._lock_path.unlink()


def _read_meta(path: Path) -> tuple[Path | None, dt.datetime] | None:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        source = str(meta.get("source") or "")
        saved = dt.datetime.fromisoformat(str(meta["saved_at"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return (Path(source) if source else None), saved


def find_recoveries(folder: Path | None = None) -> list[Recovery]:
    """Autosaves of sessions that ended without closing, newest first.

    Sessions still running (their lock is held) are left alone; an autosave that cannot be
    read is skipped (it stays on disk, so nothing is destroyed by looking).
    """
    folder = folder or autosave_dir()
    _sweep_stale_locks(folder)
    found: list[Recovery] = []
    for draft_path in sorted(folder.glob("*.ucd")):
        session = draft_path.stem
        lock_path, _, meta_path = _files(folder, session)
        if lock_path.exists():
            try:
                with open(lock_path, "a+b") as handle:
                    if not _try_lock(handle):
                        continue  # a live session
                    _unlock(handle)
            except OSError:
                continue
        meta = _read_meta(meta_path)
        try:
            draft = load_draft(draft_path)
        except DraftError:
            continue
        if meta is None:
            stamp = dt.datetime.fromtimestamp(draft_path.stat().st_mtime)
            meta = (None, stamp)
        found.append(Recovery(draft, meta[0], meta[1], session, folder))
        _log.info("autosave of session %s can be recovered", session)
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def _sweep_stale_locks(folder: Path) -> None:
    """Remove the lock of a session that crashed before its first autosave (nothing to offer)."""
    for lock_path in folder.glob("*.lock"):
        if lock_path.with_suffix(".ucd").exists():
            continue
        try:
            with open(lock_path, "a+b") as handle:
                if not _try_lock(handle):
                    continue  # a live session that has not saved yet
                _unlock(handle)
            lock_path.unlink()
        except OSError:
            continue


def discard_recovery(recovery: Recovery) -> None:
    """Delete a recovered (or refused) autosave."""
    for path in _files(recovery.folder, recovery.session):
        with contextlib.suppress(OSError):
            path.unlink()
