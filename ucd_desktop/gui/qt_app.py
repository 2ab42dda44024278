"""The QApplication: created once, named, with the icon (the window, printing's own
conversions and the bundle's smoke test all ask for it here)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ucd_desktop import APP_NAME, __version__
from ucd_desktop.resources import resource_path

__all__ = ["app_icon", "ensure_app"]


def app_icon() -> QIcon:
    """The application icon at every size drawn by tools/make_icons.py."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource_path("icons", f"ucd-desktop-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named, with the icon.

    No style sheet is set on the application: Qt would style every widget through its
    style-sheet engine (``style.py`` marks the few widgets that need it instead).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *(argv or [])])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_NAME)
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    return app
