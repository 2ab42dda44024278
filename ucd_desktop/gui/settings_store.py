"""The settings shared by the window's parts, saved when they change."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ucd_desktop.storage.atomic import SaveError
from ucd_desktop.storage.settings import Settings, load_settings, save_settings

__all__ = ["SettingsStore"]


class SettingsStore(QObject):
    """Holds the Settings; ``update`` changes, saves and tells the window."""

    changed = Signal()

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.load_message: str | None = None
        if settings is None:
            settings, self.load_message = load_settings()
        self.settings = settings

    def update(self, mutate: Callable[[Settings], None]) -> str | None:
        """Apply ``mutate``, save; the error message when the file cannot be written."""
        trial = copy.deepcopy(self.settings)
        mutate(trial)
        return self.replace(trial)

    def replace(self, settings: Settings) -> str | None:
        """Use ``settings`` from now on and save them (the message if that failed)."""
        self.settings = copy.deepcopy(settings).normalized()
        self.changed.emit()
        try:
            save_settings(self.settings)
        except SaveError as exc:
            return str(exc)
        return None
