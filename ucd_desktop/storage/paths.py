"""Per-user folders: settings, presets, user templates, autosave.

Never beside the executable: on Windows under %LOCALAPPDATA% / %APPDATA%, on Linux
under ~/.local/share and ~/.config (XDG). UCD_DESKTOP_HOME puts everything in one
folder instead (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

__all__ = [
    "autosave_dir",
    "config_dir",
    "data_dir",
    "installer_template_folders",
    "split_folder_list",
    "user_templates_dir",
]

APP_DIR_NAME = "ucd-desktop"
HOME_ENV = "UCD_DESKTOP_HOME"
#: Where the Windows installer (``/SHARED=\\server\mau``) or IT (a policy under
#: HKEY_LOCAL_MACHINE) names the office's shared template folders, separated by ";".
REGISTRY_KEY = "Software\\ucd-desktop"
REGISTRY_SHARED_TEMPLATES = "SharedTemplates"


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return _ensure(Path(home) / "data")
    return _ensure(Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)))


def config_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return _ensure(Path(home) / "config")
    return _ensure(Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)))


def user_templates_dir() -> Path:
    return _ensure(data_dir() / "templates")


def autosave_dir() -> Path:
    return _ensure(data_dir() / "autosave")


def split_folder_list(value: str) -> list[str]:
    """``"\\\\server\\mau; D:\\Mẫu"`` -> the folders, without blanks and repeats."""
    out: list[str] = []
    for part in value.split(";"):
        folder = part.strip().strip('"').strip()
        if folder and folder not in out:
            out.append(folder)
    return out


def installer_template_folders() -> list[Path]:
    """Shared template folders set at install time (Windows registry; none elsewhere)."""
    if sys.platform != "win32":
        return []
    import winreg

    found: list[str] = []
    for hive in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
        try:
            with winreg.OpenKey(hive, REGISTRY_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, REGISTRY_SHARED_TEMPLATES)
        except OSError:
            continue
        found += [f for f in split_folder_list(str(value)) if f not in found]
    return [Path(f) for f in found]
