"""Per-user folders: settings, presets, user templates, autosave.

Never beside the executable: on Windows under %LOCALAPPDATA% / %APPDATA%, on Linux
under ~/.local/share and ~/.config (XDG). UCD_DESKTOP_HOME puts everything in one
folder instead (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["autosave_dir", "config_dir", "data_dir", "user_templates_dir"]

APP_DIR_NAME = "ucd-desktop"
HOME_ENV = "UCD_DESKTOP_HOME"


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
