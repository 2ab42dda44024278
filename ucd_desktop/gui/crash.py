"""When something goes wrong anyway: save the draft first, log it, tell the drafter.

The windowed Windows build has no console, so an exception in a slot used to vanish.
``CrashGuard`` is installed as ``sys.excepthook`` (PySide6 hands it exceptions raised in
slots) and as Qt's message handler (Qt's fatal errors). Either way the draft is written
to the autosave first (the next start offers it back), the crash goes to the log without
the notice's text (``ucd_desktop.logs``), then a dialog says what happened, where the
draft and the log are, and offers "Copy the details" for support.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.logs import crash_details, describe_platform, log_crash, log_path

if TYPE_CHECKING:
    from ucd_desktop.gui.main_window import MainWindow

__all__ = ["CrashGuard"]

_log = logging.getLogger(__name__)
_QT_LEVELS = {
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class CrashGuard:
    """Catches what nothing else caught, for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._busy = False
        self.previous_hook = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.excepthook
        qInstallMessageHandler(self.qt_message)

    def uninstall(self) -> None:
        sys.excepthook = self.previous_hook
        qInstallMessageHandler(None)

    # -- the two ways in -----------------------------------------------------------------
    def excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if self._busy or not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit
            self.previous_hook(kind, exc, tb)
            return
        self._busy = True
        try:
            exc = exc.with_traceback(tb)
            saved = self.save_draft()
            log_crash(exc, "the window")
            self.show(exc, saved)
        except Exception:  # the guard itself must never take the app down
            self.previous_hook(kind, exc, tb)
        finally:
            self._busy = False

    def qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = _QT_LEVELS.get(mode)
        if level is None:
            return
        if mode == QtMsgType.QtFatalMsg:  # Qt aborts when this returns: save first
            saved = self.save_draft()
            _log.critical("Qt fatal error in %s: %s", context.category, message)
            error = RuntimeError(message)
            self.show(error, saved)
            return
        _log.log(level, "Qt (%s): %s", context.category, message)

    # -- what they do ----------------------------------------------------------------------
    def save_draft(self) -> Path | None:
        """Write the open draft to its autosave; where it went, or None."""
        from ucd_desktop.storage.autosave import Autosaver

        window = self.window
        try:
            if window.autosaver is None:
                window.autosaver = Autosaver()
            window.autosaver.save(window.doc.draft, window.doc.path)
        except Exception as exc:  # a full disk must not hide the crash itself
            _log.error("the draft could not be autosaved after a crash: %s", type(exc).__name__)
            return None
        _log.info("draft autosaved after a crash")
        return window.autosaver.draft_path

    def details(self, exc: BaseException, saved: Path | None) -> str:
        return "\n".join(
            [
                describe_platform(),
                _("Draft saved to: {path}").format(path=saved or "–"),
                _("Log: {path}").format(path=log_path()),
                "",
                crash_details(exc, with_message=True),
            ]
        )

    def show(self, exc: BaseException, saved: Path | None) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_("ucd-desktop: an error"))
        box.setText(_("Something went wrong in ucd-desktop. Your work is not lost."))
        kept = (
            _("The draft was saved automatically to {path}; it is offered back at the next start.")
            if saved
            else _("The draft could not be saved automatically: save it yourself now.")
        )
        box.setInformativeText(
            kept.format(path=saved)
            + "\n"
            + _("What happened is recorded in the log: {path}").format(path=log_path())
        )
        details = self.details(exc, saved)
        copy = box.addButton(_("Copy the details"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(_("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDetailedText(details)
        self.dialog = box  # for tests and for the button's handler
        box.exec()
        if box.clickedButton() is copy:
            clipboard = QApplication.clipboard()
            if clipboard is not None:
                clipboard.setText(details)
