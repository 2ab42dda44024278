"""Questions and messages of the window, one function each (tests replace them).

Each returns a plain value ("save", "retry", True...) so callers never handle buttons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ucd_desktop.i18n import gettext_ as _

__all__ = [
    "after_export",
    "ask_export_with_errors",
    "ask_locked",
    "ask_open_locked",
    "ask_open_path",
    "ask_print_with_problems",
    "ask_restore",
    "ask_save_path",
    "ask_text",
    "ask_unsaved",
    "choose",
    "inform",
    "open_location",
    "warn",
]

Role = QMessageBox.ButtonRole


def choose(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: list[tuple[str, str, QMessageBox.ButtonRole]],
    default: str,
    details: str = "",
) -> str:
    """Show a message with ``buttons`` (key, label, role); return the key clicked."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    by_button: dict[object, str] = {}
    for key, label, role in buttons:
        button = box.addButton(label, role)
        by_button[button] = key
        if key == default:
            box.setDefaultButton(button)
    box.exec()
    clicked: object = box.clickedButton()
    return by_button.get(clicked, "cancel")


def warn(parent: QWidget | None, text: str, details: str = "") -> None:
    choose(
        parent,
        QMessageBox.Icon.Warning,
        _("ucd-desktop"),
        text,
        [("ok", _("OK"), Role.AcceptRole)],
        "ok",
        details,
    )


def inform(parent: QWidget | None, text: str, details: str = "") -> None:
    choose(
        parent,
        QMessageBox.Icon.Information,
        _("ucd-desktop"),
        text,
        [("ok", _("OK"), Role.AcceptRole)],
        "ok",
        details,
    )


def ask_unsaved(parent: QWidget | None, name: str) -> str:
    """ "save", "discard" or "cancel"."""
    return choose(
        parent,
        QMessageBox.Icon.Question,
        _("Unsaved changes"),
        _("Save the changes to “{name}”?").format(name=name),
        [
            ("save", _("&Save"), Role.AcceptRole),
            ("discard", _("&Don't save"), Role.DestructiveRole),
            ("cancel", _("Cancel"), Role.RejectRole),
        ],
        "save",
        _("Without saving, the changes since the last save are lost."),
    )


def ask_locked(parent: QWidget | None, message: str) -> str:
    """The destination cannot be written: "retry", "other" (another name) or "cancel"."""
    return choose(
        parent,
        QMessageBox.Icon.Warning,
        _("Cannot save"),
        message,
        [
            ("retry", _("&Try again"), Role.AcceptRole),
            ("other", _("Save under &another name…"), Role.ActionRole),
            ("cancel", _("Cancel"), Role.RejectRole),
        ],
        "retry",
    )


def ask_open_locked(parent: QWidget | None, message: str) -> bool:
    """The draft is open elsewhere: open it anyway?"""
    key = choose(
        parent,
        QMessageBox.Icon.Warning,
        _("Draft already open"),
        message,
        [
            ("open", _("Open &anyway"), Role.AcceptRole),
            ("cancel", _("Cancel"), Role.RejectRole),
        ],
        "cancel",
        _("If two people save the same draft, the last save wins."),
    )
    return key == "open"


def ask_restore(parent: QWidget | None, name: str, when: str) -> str:
    """An autosave survived a crash: "restore", "discard" or "later"."""
    return choose(
        parent,
        QMessageBox.Icon.Question,
        _("Restore unsaved work?"),
        _("ucd-desktop closed unexpectedly. “{name}” was saved automatically at {when}.").format(
            name=name, when=when
        ),
        [
            ("restore", _("&Restore"), Role.AcceptRole),
            ("discard", _("&Discard it"), Role.DestructiveRole),
            ("later", _("Decide &later"), Role.RejectRole),
        ],
        "restore",
    )


def ask_export_with_errors(parent: QWidget | None, count: int, first: str) -> bool:
    key = choose(
        parent,
        QMessageBox.Icon.Warning,
        _("The notice has errors"),
        _("The notice has {n} error(s) against Decree 30. Export it anyway?").format(n=count),
        [
            ("export", _("&Export anyway"), Role.AcceptRole),
            ("cancel", _("Cancel"), Role.RejectRole),
        ],
        "cancel",
        first,
    )
    return key == "export"


def ask_print_with_problems(parent: QWidget | None, errors: int, blanks: int, first: str) -> bool:
    """Errors or unfilled "…" before printing: True to print anyway, False to go back."""
    parts = []
    if errors:
        parts.append(_("{n} error(s) against Decree 30").format(n=errors))
    if blanks:
        parts.append(_("{n} blank(s) “…” still to fill in").format(n=blanks))
    key = choose(
        parent,
        QMessageBox.Icon.Warning,
        _("Print the notice?"),
        _("The notice has {problems}. A printed notice should have none.").format(
            problems=_(" and ").join(parts)
        ),
        [
            ("print", _("&Print anyway"), Role.AcceptRole),
            ("back", _("&Go back and fix"), Role.RejectRole),
        ],
        "back",
        first,
    )
    return key == "print"


def after_export(parent: QWidget | None, path: Path) -> str:
    """ "file", "folder" or "close"."""
    return choose(
        parent,
        QMessageBox.Icon.Information,
        _("Exported"),
        _("The notice was written to {path}.").format(path=path),
        [
            ("file", _("&Open the file"), Role.AcceptRole),
            ("folder", _("Open the &folder"), Role.ActionRole),
            ("close", _("Close"), Role.RejectRole),
        ],
        "file",
    )


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value, bool(ok and value.strip())


def ask_open_path(parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
    """A file to open, or None."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(chosen) if chosen else None


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, filters: str, extension: str
) -> Path | None:
    """Where to write (with ``extension`` added when the user left it out), or None."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != extension:
        path = path.with_name(path.name + extension)
    return path


def open_location(path: Path) -> bool:
    """Open a file or folder with the system's program (Word, the file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
