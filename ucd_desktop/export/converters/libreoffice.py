"""LibreOffice as a PDF converter: ``soffice --headless --convert-to pdf``.

Where soffice is looked for, first found wins: the path given by the caller, the
UCD_DESKTOP_SOFFICE environment variable, the LibreOffice path in the settings, the PATH,
then the usual install folders (Windows registry and Program Files, /opt, /Applications).
A path given explicitly (argument, variable or setting) that is wrong is reported as such
rather than silently replaced by another LibreOffice.

Each run uses a private LibreOffice profile, so a LibreOffice window the user has open
neither blocks nor receives the conversion. The profile is kept in the user's cache
folder to start faster next time; a second conversion running at the same moment uses a
throw-away profile instead. The process (with its children) is killed on time-out or
cancel.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import platformdirs

from ucd_desktop.export.converters import ConversionError, Job, Reason, Stage
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.storage.paths import APP_DIR_NAME, HOME_ENV

__all__ = ["SOFFICE_ENV", "LibreOfficeConverter", "child_environment", "find_soffice"]

SOFFICE_ENV = "UCD_DESKTOP_SOFFICE"
_NAMES = ("soffice.exe", "soffice.com") if os.name == "nt" else ("soffice", "libreoffice")
#: A profile lock older than this belongs to a conversion that died.
_STALE_LOCK_S = 3600.0
_POLL_S = 0.1


def _windows_registry_dirs() -> list[Path]:
    if sys.platform != "win32":
        return []
    import winreg

    found: list[Path] = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        for key in (
            r"SOFTWARE\LibreOffice\UNO\InstallPath",
            r"SOFTWARE\WOW6432Node\LibreOffice\UNO\InstallPath",
        ):
            with contextlib.suppress(OSError), winreg.OpenKey(hive, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, "")
                found.append(Path(str(value)))
    return found


def standard_locations() -> list[Path]:
    """Folders where LibreOffice's program usually is, for this system."""
    if os.name == "nt":
        roots = [
            os.environ.get(v, "") for v in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")
        ]
        dirs = _windows_registry_dirs()
        dirs += [Path(r) / "LibreOffice" / "program" for r in roots if r]
        return dirs
    if sys.platform == "darwin":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS")]
    fixed = ["/usr/bin", "/usr/lib/libreoffice/program", "/opt/libreoffice/program"]
    return [Path(p) for p in fixed] + sorted(Path("/opt").glob("libreoffice*/program"))


def _program_in(folder: Path) -> Path | None:
    for name in _NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def _checked(path: Path, origin: str) -> Path:
    """An explicitly chosen soffice: the program itself or its folder; must exist."""
    if path.is_dir():
        found = _program_in(path)
        if found is not None:
            return found
    elif path.is_file():
        return path
    raise ConversionError(
        Reason.MISSING,
        _("LibreOffice was not found at {path} ({origin}). Correct the path or clear it.").format(
            path=path, origin=origin
        ),
    )


def _setting() -> str:
    try:
        from ucd_desktop.storage.settings import load_settings
    except ImportError:  # pragma: no cover - settings come with the GUI
        return ""
    settings, _problem = load_settings()
    return settings.libreoffice_path


def find_soffice(
    explicit: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    search_paths: Sequence[Path] | None = None,
) -> Path | None:
    """The soffice program to run, or None when LibreOffice is not installed.

    ConversionError when a path was chosen (argument, variable, setting) but is wrong.
    ``search_paths`` replaces the PATH and the usual folders (tests).
    """
    environ = os.environ if env is None else env
    chosen = [
        (str(explicit or ""), _("the path given")),
        (environ.get(SOFFICE_ENV, ""), SOFFICE_ENV),
        (_setting(), _("the LibreOffice path in Settings")),
    ]
    for value, origin in chosen:
        if value.strip():
            return _checked(Path(value.strip()).expanduser(), origin)
    if search_paths is None:
        for name in _NAMES:
            on_path = shutil.which(name)
            if on_path:
                return Path(on_path)
        search_paths = standard_locations()
    for folder in search_paths:
        found = _program_in(Path(folder))
        if found is not None:
            return found
    return None


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
def _profile(shared: Path | None) -> Iterator[Path]:
    """A LibreOffice profile folder used by this run alone."""
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


def _kill_tree(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    if os.name == "nt":
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


class LibreOfficeConverter:
    key = "libreoffice"
    name = "LibreOffice"

    def __init__(self, program: Path, *, profile: Path | None = None) -> None:
        self.program = Path(program)
        self.profile = profile

    def command(self, sources: Sequence[Path], outdir: Path, profile: Path) -> list[str]:
        return [
            str(self.program),
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(outdir),
            *(str(s) for s in sources),
        ]

    def convert(self, source: Path, target: Path, job: Job) -> None:
        with tempfile.TemporaryDirectory(prefix="ucd-lo-out-", dir=target.parent) as out:
            [made] = self.convert_many([source], Path(out), job)
            os.replace(made, target)

    def convert_many(self, sources: Sequence[Path], outdir: Path, job: Job) -> list[Path]:
        """Convert several .docx files in one LibreOffice run (much faster than one each).

        Returns the PDFs, ``outdir/<stem>.pdf``, in the order of ``sources``.
        """
        job.check_cancelled()
        stems = [Path(s).stem for s in sources]
        if len(set(stems)) != len(stems):
            raise ValueError("convert_many needs sources with different names")
        outdir.mkdir(parents=True, exist_ok=True)
        with _profile(self.profile) as profile:
            job.report(Stage.STARTING)
            output = self._run(self.command(sources, outdir, profile), job)
        made = [outdir / f"{stem}.pdf" for stem in stems]
        missing = [p for p in made if not p.is_file() or p.stat().st_size == 0]
        if missing:
            detail = " ".join(output.split())[-300:]
            raise ConversionError(
                Reason.CRASHED,
                _("LibreOffice did not make the PDF ({detail}).").format(
                    detail=detail or _("no message")
                ),
            )
        return made

    def _run(self, command: list[str], job: Job) -> str:
        flags = 0
        if os.name == "nt":
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(
                subprocess, "CREATE_NEW_PROCESS_GROUP", 0
            )
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                env=child_environment(),
                start_new_session=os.name != "nt",
                creationflags=flags,
            )
        except OSError as exc:
            raise ConversionError(
                Reason.MISSING,
                _("LibreOffice could not be started ({program}): {error}").format(
                    program=self.program, error=describe_os_error(exc)
                ),
            ) from None
        job.report(Stage.CONVERTING)
        deadline = time.monotonic() + job.timeout_s
        chunks: list[bytes] = []
        while True:
            try:
                out, _err = process.communicate(timeout=_POLL_S)
                chunks.append(out or b"")
                break
            except subprocess.TimeoutExpired:
                pass
            if job.cancelled():
                _kill_tree(process)
                job.check_cancelled()
            if time.monotonic() > deadline:
                _kill_tree(process)
                raise ConversionError(
                    Reason.TIMEOUT,
                    _(
                        "LibreOffice did not finish within {seconds} s and was stopped. "
                        "Try again; if it happens again, restart the computer."
                    ).format(seconds=round(job.timeout_s)),
                )
        text = b"".join(chunks).decode("utf-8", "replace")
        if process.returncode != 0:
            raise ConversionError(
                Reason.CRASHED,
                _("LibreOffice stopped with an error (code {code}): {detail}").format(
                    code=process.returncode, detail=" ".join(text.split())[-300:] or _("no message")
                ),
            )
        return text
