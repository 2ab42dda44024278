"""Qt's own texts and formats follow the app's language.

Qt ships no Vietnamese catalogue, so the texts Qt itself draws (a text field's right-click
menu, dialog buttons, the non-native file and print dialogs) come from the app's own
resources/translations/qt/qtbase_vi.qm (source: qtbase_vi.ts, see tools/qt_ts.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ucd_desktop.resources import resource_path

__all__ = ["apply_locale", "qt_catalogue"]

#: The translator installed on the application (one at most).
_installed: list[QTranslator] = []


def qt_catalogue(language: str) -> str:
    """Path of the .qm file with Qt's texts in ``language``, "" when there is none."""
    path = resource_path("translations", "qt", f"qtbase_{language}.qm")
    return str(path) if path.is_file() else ""


def apply_locale(language: str) -> None:
    """Qt's formatting (month names, decimal comma) and its own texts follow ``language``."""
    QLocale.setDefault(QLocale("vi_VN" if language == "vi" else "en_GB"))
    _install_translator(language)


def _install_translator(language: str) -> None:
    app = QCoreApplication.instance()
    if app is None:
        return
    while _installed:
        # Removing sends LanguageChange: Qt's widgets fall back to their English texts.
        app.removeTranslator(_installed.pop())
    path = qt_catalogue(language)
    if not path:
        return  # English is built into Qt
    translator = QTranslator(app)
    if translator.load(path):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        # A damaged catalogue must not stop the app: English beats a crash.
        translator.deleteLater()
