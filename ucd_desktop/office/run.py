"""One soffice run: ``soffice --headless --convert-to <format>`` in a private profile.

Each run uses a private LibreOffice profile, so a LibreOffice window the user has open
neither blocks nor receives the conversion (and engineers or users running several at
once do not share one). The profile is kept in the user's cache folder to start faster
next time; a second run at the same moment uses a throw-away profile instead. On time-out
or cancel the process is killed with its children: its process group on POSIX,
``taskkill /T`` on Windows (soffice.exe starts soffice.bin, which a plain kill leaves
running).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path

import platformdirs

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.storage.paths import APP_DIR_NAME, HOME_ENV

__all__ = [
    "FLAGS",
    "OfficeError",
    "OfficeReason",
    "child_environment",
    "command",
    "convert",
    "kill_tree",
    "private_profile",
]

#: No window, no first-start wizard, no document recovery, no lock check.
FLAGS = ("--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck")
#: A profile lock older than this belongs to a run that died.
_STALE_LOCK_S = 3600.0
_POLL_S = 0.1


class OfficeReason(StrEnum):
    MISSING = "missing"  # not installed, or could not be started
    CRASHED = "crashed"  # stopped with an error
    NOTHING = "nothing"  # finished but made no file (a file it could not read)
    TIMEOUT = "timeout"
    CANCELLED = "cancelled"


class OfficeError(Exception):
    """A run that did not happen; ``str()`` is the message for the user."""

    def __init__(self, reason: OfficeReason, message: str, output: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        #: What soffice printed (empty when it did not run).
        self.output = output

    def __str__(self) -> str:
        return self.message


def child_environment(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for soffice: the system's, not the one a frozen app runs with.

    A PyInstaller build on Linux points LD_LIBRARY_PATH at its own libraries; soffice
    must load the system's, so the original value (kept by PyInstaller) comes back.
    """
    env = dict(os.environ if base is None else base)
    if getattr(sys, "frozen", False) or "LD_LIBRARY_PATH_ORIG" in env:
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            env.pop("LD_LIBRARY_PATH", None)
        else:
            env["LD_LIBRARY_PATH"] = original
    for name in ("QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "PYTHONHOME", "PYTHONPATH"):
        env.pop(name, None)
    return env


def _cache_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "cache"
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


@contextlib.contextmanager
def private_profile(shared: Path | None = None) -> Iterator[Path]:
    """A LibreOffice profile folder used by this run alone: ``shared`` (or the one in
    the cache folder) when no other run holds it, else a throw-away one."""
    folder = shared or _cache_dir() / "libreoffice-profile"
    lock = folder.with_name(folder.name + ".lock")
    owned = False
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            if time.time() - lock.stat().st_mtime > _STALE_LOCK_S:
                lock.unlink()
        os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        owned = True
    except OSError:
        owned = False
    if owned:
        try:
            yield folder
        finally:
            with contextlib.suppress(OSError):
                lock.unlink()
        return
    with tempfile.TemporaryDirectory(prefix="ucd-lo-profile-") as temporary:
        yield Path(temporary)


def kill_tree(process: subprocess.Popen[bytes]) -> None:
    """Stop ``process`` and every process it started."""
    if process.poll() is not None:
        return
    if os.name == "nt":  # pragma: no cover - Windows only (tested under Wine)
        # Every descendant by its parent's number, before the parent dies; then taskkill
        # for good measure (Wine's taskkill has no /T, and none of them may be missed).
        for pid in reversed(_windows_descendants(process.pid)):
            _windows_terminate(pid)
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                ["taskkill", "/PID", str(process.pid), "/T", "/F"],
                capture_output=True,
                timeout=15,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
                check=False,
            )
    else:
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


def _windows_descendants(root: int) -> list[int]:  # pragma: no cover - Windows only
    """The processes started by ``root`` and by them, parents first (a Toolhelp snapshot)."""
    import ctypes
    from ctypes import wintypes

    class Entry(ctypes.Structure):
        _fields_ = [
            ("dwSize", wintypes.DWORD),
            ("cntUsage", wintypes.DWORD),
            ("th32ProcessID", wintypes.DWORD),
            ("th32DefaultHeapID", ctypes.c_size_t),
            ("th32ModuleID", wintypes.DWORD),
            ("cntThreads", wintypes.DWORD),
            ("th32ParentProcessID", wintypes.DWORD),
            ("pcPriClassBase", ctypes.c_long),
            ("dwFlags", wintypes.DWORD),
            ("szExeFile", ctypes.c_wchar * 260),
        ]

    kernel = getattr(ctypes, "WinDLL")("kernel32", use_last_error=True)  # noqa: B009
    kernel.CreateToolhelp32Snapshot.restype = wintypes.HANDLE
    snapshot = kernel.CreateToolhelp32Snapshot(0x2, 0)  # TH32CS_SNAPPROCESS
    if not snapshot or snapshot == wintypes.HANDLE(-1).value:
        return []
    parents: dict[int, int] = {}
    try:
        entry = Entry()
        entry.dwSize = ctypes.sizeof(Entry)
        more = kernel.Process32FirstW(snapshot, ctypes.byref(entry))
        while more:
            parents[int(entry.th32ProcessID)] = int(entry.th32ParentProcessID)
            more = kernel.Process32NextW(snapshot, ctypes.byref(entry))
    finally:
        kernel.CloseHandle(snapshot)
    found: list[int] = []
    frontier = [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        children = [pid for pid in children if pid not in found and pid != root]
        found += children
        frontier = children
    return found


def _windows_terminate(pid: int) -> None:  # pragma: no cover - Windows only
    import ctypes

    kernel = getattr(ctypes, "WinDLL")("kernel32", use_last_error=True)  # noqa: B009
    handle = kernel.OpenProcess(0x0001, False, pid)  # PROCESS_TERMINATE
    if handle:
        try:
            kernel.TerminateProcess(handle, 1)
        finally:
            kernel.CloseHandle(handle)


def command(
    program: Path, profile: Path, convert_to: str, outdir: Path, sources: Sequence[Path]
) -> list[str]:
    """The soffice command line converting ``sources`` into ``outdir``."""
    return [
        str(program),
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        *FLAGS,
        "--convert-to",
        convert_to,
        "--outdir",
        str(outdir),
        *(str(s) for s in sources),
    ]


def _start(argv: list[str]) -> subprocess.Popen[bytes]:
    flags = 0
    if os.name == "nt":
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(
            subprocess, "CREATE_NEW_PROCESS_GROUP", 0
        )
    try:
        return subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=child_environment(),
            start_new_session=os.name != "nt",
            creationflags=flags,
        )
    except OSError as exc:
        raise OfficeError(
            OfficeReason.MISSING,
            _("LibreOffice could not be started ({program}): {error}").format(
                program=argv[0], error=describe_os_error(exc)
            ),
        ) from None


def _wait(process: subprocess.Popen[bytes], timeout_s: float, cancelled: Callable[[], bool]) -> str:
    deadline = time.monotonic() + timeout_s
    chunks: list[bytes] = []
    while True:
        try:
            out, _err = process.communicate(timeout=_POLL_S)
            chunks.append(out or b"")
            break
        except subprocess.TimeoutExpired:
            pass
        if cancelled():
            kill_tree(process)
            raise OfficeError(OfficeReason.CANCELLED, _("Cancelled."))
        if time.monotonic() > deadline:
            kill_tree(process)
            raise OfficeError(
                OfficeReason.TIMEOUT,
                _(
                    "LibreOffice did not finish within {seconds} s and was stopped. "
                    "Try again; if it happens again, restart the computer."
                ).format(seconds=round(timeout_s)),
            )
    text = b"".join(chunks).decode("utf-8", "replace")
    if process.returncode != 0:
        raise OfficeError(
            OfficeReason.CRASHED,
            _("LibreOffice stopped with an error (code {code}): {detail}").format(
                code=process.returncode, detail=" ".join(text.split())[-300:] or _("no message")
            ),
            text,
        )
    return text


def convert(
    program: Path,
    sources: Sequence[Path],
    outdir: Path,
    convert_to: str,
    *,
    timeout_s: float,
    profile: Path | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    started: Callable[[], None] = lambda: None,
) -> list[Path]:
    """Convert ``sources`` in one soffice run; the files made, ``outdir/<stem>.<ext>`` in
    the order of ``sources``.

    OfficeError when soffice cannot start, fails, makes nothing, runs past ``timeout_s``
    or is ``cancelled`` (polled while it runs); ``started`` is called once it runs.
    """
    stems = [Path(s).stem for s in sources]
    if len(set(stems)) != len(stems):
        raise ValueError("convert needs sources with different names")
    outdir.mkdir(parents=True, exist_ok=True)
    extension = convert_to.split(":", 1)[0]
    with private_profile(profile) as folder:
        process = _start(command(program, folder, convert_to, outdir, sources))
        started()
        output = _wait(process, timeout_s, cancelled)
    made = [outdir / f"{stem}.{extension}" for stem in stems]
    if any(not p.is_file() or p.stat().st_size == 0 for p in made):
        detail = " ".join(output.split())[-300:]
        raise OfficeError(
            OfficeReason.NOTHING,
            _("LibreOffice did not make the file ({detail}).").format(
                detail=detail or _("no message")
            ),
            output,
        )
    return made
