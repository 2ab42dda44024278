"""User-facing text in Vietnamese (default) and English, from gettext catalogues.

Message ids are English; the catalogues live in resources/translations/<lang>/LC_MESSAGES,
one per area of the code (core, gui, ...), managed with Babel: tools/i18n.py extracts,
updates, compiles and checks them. The core (validation, command line) and the GUI
share this module, so switching the language switches both.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from pathlib import Path

from ucd_desktop.resources import translations_dir

__all__ = ["LANGUAGES", "N_", "current_language", "gettext_", "ngettext_", "set_language"]

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"

_state: dict[str, object] = {}


class _LazyCatalogue(gettext.NullTranslations):
    """A catalogue read from its file the first time a message falls through to it.

    The command line needs only the core catalogue; parsing all of them (the GUI's, the
    reading's...) was a few milliseconds of every ``ucd-desktop export`` process.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._loaded: gettext.NullTranslations | None = None
        self._next: gettext.NullTranslations | None = None

    def add_fallback(self, fallback: gettext.NullTranslations) -> None:
        if self._loaded is not None:
            self._loaded.add_fallback(fallback)
        elif self._next is not None:
            self._next.add_fallback(fallback)
        else:
            self._next = fallback

    def _catalogue(self) -> gettext.NullTranslations:
        if self._loaded is None:
            try:
                with self._path.open("rb") as handle:
                    loaded: gettext.NullTranslations = gettext.GNUTranslations(handle)
            except (OSError, ValueError):
                # A damaged catalogue must not stop the app: English text beats a crash.
                loaded = gettext.NullTranslations()
            if self._next is not None:
                loaded.add_fallback(self._next)
            self._loaded = loaded
        return self._loaded

    def gettext(self, message: str) -> str:
        return self._catalogue().gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self._catalogue().ngettext(msgid1, msgid2, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._catalogue().pgettext(context, message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self._catalogue().npgettext(context, msgid1, msgid2, n)


def _load(language: str) -> gettext.NullTranslations:
    """All catalogues of ``language``, chained (each read when first needed); English
    (the ids) if there are none."""
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
        catalogue = _LazyCatalogue(path)
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
