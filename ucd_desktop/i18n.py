"""User-facing text in Vietnamese (default) and English, from gettext catalogues.

Message ids are English; the catalogues live in resources/translations/<lang>/LC_MESSAGES,
one per area of the code (core, gui, ...), managed with Babel: tools/i18n.py extracts,
updates, compiles and checks them. The core (validation, command line) and the GUI
share this module, so switching the language switches both.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable

from ucd_desktop.resources import translations_dir

__all__ = ["LANGUAGES", "N_", "current_language", "gettext_", "ngettext_", "set_language"]

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"

_state: dict[str, object] = {}


def _load(language: str) -> gettext.NullTranslations:
    """All catalogues of ``language``, chained; English (the ids) if there are none."""
    chain = gettext.NullTranslations()
    if language == "en":
        return chain
    try:
        folder = translations_dir() / language / "LC_MESSAGES"
        files = sorted(folder.glob("*.mo"))
    except OSError:
        files = []
    first: gettext.NullTranslations | None = None
    for path in files:
        try:
            with path.open("rb") as handle:
                catalogue = gettext.GNUTranslations(handle)
        except (OSError, ValueError):
            # A damaged catalogue must not stop the app: English text beats a crash.
            continue
        if first is None:
            first = catalogue
        else:
            first.add_fallback(catalogue)
    return first or chain


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
