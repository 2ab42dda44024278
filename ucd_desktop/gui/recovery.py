"""After a crash: offer the autosave the dead session left, and restore it as unsaved work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ucd_desktop.gui.dialogs import messages
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.storage.autosave import discard_recovery, find_recoveries

if TYPE_CHECKING:
    from ucd_desktop.gui.main_window import MainWindow

__all__ = ["offer_recovery"]


def offer_recovery(window: MainWindow) -> bool:
    """Offer each autosave left by a crash, newest first; True when one was restored.

    "Decide later" keeps it for the next start; "discard" deletes it and offers the next.
    A restored draft keeps the file it came from and shows as modified (it is unsaved).
    """
    for recovery in find_recoveries():
        name = recovery.source.name if recovery.source else _("Untitled notice")
        when = recovery.saved_at.strftime("%H:%M %d/%m/%Y")
        choice = messages.ask_restore(window, name, when)
        if choice == "later":
            return False
        if choice == "discard":
            discard_recovery(recovery)
            continue
        files = window.files
        if recovery.source is not None:
            if not files.open_path(recovery.source, recovered=recovery.draft):
                return False
        else:
            window.doc.load(recovery.draft, None, files.template_for(recovery.draft))
        window.doc.stack.resetClean()  # restored work is unsaved work
        window.update_title()
        # Only once this session's autosave holds the work may the old copy go: a second
        # crash before the next autosave tick would otherwise lose all of it.
        window.autosave_tick()
        if window.autosaver is not None and window.autosaver.draft_path.exists():
            discard_recovery(recovery)
        return True
    return False
