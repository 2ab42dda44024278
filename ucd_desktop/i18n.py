"""User-facing text in Vietnamese (default) and English, from gettext catalogues.

Message ids are English; the catalogues live in resources/translations and are managed
with Babel (tools/i18n.py extracts, updates and compiles them). The core (validation,
command line) and the GUI share this module, so switching the language switches both.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable

from ucd_desktop.resources import translations_dir

__all__ = ["DOMAIN", "LANGUAGES", "N_", "current_language", "gettext_", "ngettext_", "set_language"]

DOMAIN = "ucd_desktop"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"

_state: dict[str, object] = {}


def _load(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    try:
        return gettext.translation(DOMAIN, localedir=str(translations_dir()), languages=[language])
    except (OSError, FileNotFoundError):
        # A missing catalogue must not stop the app: English text is better than a crash.
        return gettext.NullTranslations()


def set_language(language: str) -> None:
    """Switch every later message to ``language`` ("vi" or "en")."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    _state["language"] = language
    _state["translations"] = _load(language)


def current_language() -> str:
    language = _state.get("language")
    return language if isinstance(language, str) else DEFAULT_LANGUAGE


def _translations() -> gettext.NullTranslations:
    tr = _state.get("translations")
    if not isinstance(tr, gettext.NullTranslations):
        set_language(current_language())
        tr = _state["translations"]
    assert isinstance(tr, gettext.NullTranslations)
    return tr


def gettext_(message: str) -> str:
    """Translate ``message`` into the current language."""
    return _translations().gettext(message)


def ngettext_(singular: str, plural: str, n: int) -> str:
    return _translations().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it now."""
    return message


_: Callable[[str], str] = gettext_
