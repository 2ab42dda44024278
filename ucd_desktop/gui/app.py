"""Start the drafting window: ``run_app(argv)`` (the command line calls it).

``ucd-desktop`` opens the last draft, or a new draft from the default template;
``ucd-desktop FILE`` opens that draft. After a crash, the autosave is offered first.
"""

from __future__ import annotations

import os
from pathlib import Path

from ucd_desktop.gui.qt_app import app_icon, ensure_app
from ucd_desktop.gui.settings_store import SettingsStore
from ucd_desktop.i18n import LANGUAGES, current_language, set_language
from ucd_desktop.storage.settings import settings_path

__all__ = ["app_icon", "ensure_app", "run_app"]


def _file_argument(argv: list[str]) -> Path | None:
    words: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--lang":
            skip = True
            continue
        if arg.startswith("-"):
            continue
        words.append(arg)
    return Path(words[0]) if words else None


def run_app(argv: list[str]) -> int:
    """Open the window and run until it closes; the exit code."""
    from ucd_desktop.logs import setup_logging

    setup_logging()
    app = ensure_app()
    from ucd_desktop.gui.crash import CrashGuard
    from ucd_desktop.gui.main_window import MainWindow
    from ucd_desktop.gui.qt_locale import apply_locale

    # No settings file yet: the very first start (the first-start page is shown).
    first_start = not settings_path().is_file()
    store = SettingsStore()
    chosen_on_command_line = bool(os.environ.get("UCD_DESKTOP_LANG")) or any(
        a == "--lang" or a.startswith("--lang=") for a in argv
    )
    if not chosen_on_command_line and store.settings.language in LANGUAGES:
        set_language(store.settings.language)
    apply_locale(current_language())
    window = MainWindow(store)
    guard = CrashGuard(window)  # an exception in a slot: draft saved, logged, explained
    guard.install()
    window.show()
    window.start(_file_argument(argv), first_start=first_start)
    try:
        return int(app.exec())
    finally:
        guard.uninstall()
