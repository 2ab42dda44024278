"""The user guide inside the app (F1, Help > User guide): the five steps, shortcuts,
templates, import, checks and printing, with pictures of the window.

The guide is HTML under resources/help/<language>/guide.html, shown in a QTextBrowser;
its pictures (resources/help/images/) are the README's screenshots made small by
tools/screenshots.py, shipped with the app like every other resource. It opens in the
app's language (English otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ucd_desktop.gui.geometry import ScreenMemory
from ucd_desktop.i18n import current_language
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.resources import resource_path

__all__ = ["GuideDialog", "guide_path"]


def guide_path(language: str | None = None) -> str:
    """The guide's HTML file for ``language`` (the app's language when None)."""
    language = language or current_language()
    path = resource_path("help", language, "guide.html")
    if not path.is_file():
        path = resource_path("help", "en", "guide.html")
    return str(path)


class GuideDialog(QDialog):
    """The guide in a browser window beside the main window (not modal: read while typing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(_("User guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(_("User guide"))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.screen_memory = ScreenMemory("guide")
        self.screen_memory.restore(self, QSize(760, 900))
        self.load()

    def load(self, language: str | None = None) -> None:
        """Show the guide in ``language`` (the app's language when None)."""
        # Pictures are named from the guide's folder: "../images/01-….png".
        self.browser.setSource(QUrl.fromLocalFile(guide_path(language)))

    def done(self, result: int) -> None:
        self.screen_memory.save(self)
        super().done(result)
