"""Where soffice is: first found wins.

The path given by the caller, the UCD_DESKTOP_SOFFICE environment variable, the
LibreOffice path in the settings, the PATH, then the usual install folders (Windows
registry and Program Files, /opt, /Applications). A path given explicitly (argument,
variable or setting) that is wrong is reported as such rather than silently replaced by
another LibreOffice.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.office.run import OfficeError, OfficeReason

__all__ = ["SOFFICE_ENV", "find_soffice", "standard_locations"]

SOFFICE_ENV = "UCD_DESKTOP_SOFFICE"
_NAMES = ("soffice.exe", "soffice.com") if os.name == "nt" else ("soffice", "libreoffice")


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
    raise OfficeError(
        OfficeReason.MISSING,
        _("LibreOffice was not found at {path} ({origin}). Correct the path or clear it.").format(
            path=path, origin=origin
        ),
    )


def _setting() -> str:
    from ucd_desktop.storage.settings import load_settings

    settings, _problem = load_settings()
    return settings.libreoffice_path


def find_soffice(
    explicit: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    search_paths: Sequence[Path] | None = None,
) -> Path | None:
    """The soffice program to run, or None when LibreOffice is not installed.

    OfficeError when a path was chosen (argument, variable, setting) but is wrong.
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
