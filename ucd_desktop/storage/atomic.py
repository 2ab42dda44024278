"""All-or-nothing writes: a temporary file in the same folder, then an atomic replace.

Whatever happens during a write (a crash, a full disk, the destination open in Word),
the destination holds either the old file or the new one, complete, never a mix.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import time
from pathlib import Path

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.os_text import describe_os_error

__all__ = ["SaveError", "atomic_write_bytes", "atomic_write_text"]


class SaveError(OSError):
    """A write that did not happen; the message says why, in the user's language."""

    def __init__(self, path: Path, reason: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.message = message

    def __str__(self) -> str:
        return self.message


def _explain(path: Path, exc: OSError) -> SaveError:
    if isinstance(exc, IsADirectoryError) or (isinstance(exc, PermissionError) and path.is_dir()):
        # Windows says "permission denied" when the name is a folder's: not a locked file.
        return SaveError(
            path, "folder", _("Cannot write {path}: it is a folder.").format(path=path)
        )
    if isinstance(exc, PermissionError):
        return SaveError(
            path,
            "locked",
            _(
                "Cannot write {path}: the file is open in another program (such as Word) "
                "or is read-only. Close it and try again, or save under another name."
            ).format(path=path),
        )
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return SaveError(
            path, "no-space", _("Cannot write {path}: the disk is full.").format(path=path)
        )
    if isinstance(exc, FileNotFoundError):
        return SaveError(
            path,
            "missing-folder",
            _("Cannot write {path}: the folder does not exist.").format(path=path),
        )
    return SaveError(
        path,
        "other",
        _("Cannot write {path}: {error}").format(path=path, error=describe_os_error(exc)),
    )


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


#: Temporary files of a writer killed mid-write are removed once they are this old.
STALE_TEMP_SECONDS = 600.0


#: Bytes in a file name (Linux, macOS; Windows allows 255 UTF-16 units, never fewer).
NAME_MAX = 255
_TEMP_EXTRA = len(".") + len(".12345678.tmp")


def _temp_stem(name: str) -> str:
    """The part of the temporary names of ``name`` before the random token: ``name``
    itself, or cut short with a hash of it when ``.name.xxxxxxxx.tmp`` would be too long
    for the file system (a legal 250-byte name was refused for its temporary file)."""
    encoded = name.encode("utf-8", "surrogatepass")
    if len(encoded) + _TEMP_EXTRA <= NAME_MAX:
        return name
    import hashlib  # here: only very long names need it (OpenSSL: ~2 ms of an export)

    digest = hashlib.sha1(encoded).hexdigest()[:8]
    room = NAME_MAX - _TEMP_EXTRA - len(digest) - 1
    cut = encoded[:room].decode("utf-8", "ignore")  # never half a character
    return f"{cut}~{digest}"


def _sweep(folder: Path, name: str) -> None:
    """Remove temporary files that killed writers left beside ``name``."""
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f".{glob.escape(_temp_stem(name))}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > STALE_TEMP_SECONDS:
                    leftover.unlink()


def _create_temp(folder: Path, name: str) -> tuple[int, str]:
    """A new temporary file beside ``name``.

    Unlike tempfile.mkstemp (mode 0600), the mode honours the user's umask, as a plain
    save would: an exported notice on a shared folder stays readable by colleagues.
    """
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        candidate = folder / f".{_temp_stem(name)}.{os.urandom(4).hex()}.tmp"
        try:
            return os.open(candidate, flags, 0o666), str(candidate)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; raise SaveError (path untouched) on failure."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = ""
    try:
        fd, tmp_name = _create_temp(folder, path.name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, path.stat().st_mode & 0o777)
        os.replace(tmp_name, path)
        tmp_name = ""
        _fsync_dir(folder)
        _sweep(folder, path.name)
    except OSError as exc:
        raise _explain(path, exc) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
