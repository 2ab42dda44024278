"""What an import returns: the draft, and notes on what was guessed, put right or kept aside."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.problems import Severity

__all__ = ["ImportNote", "ImportResult", "ReadError", "Severity"]


class ReadError(ValueError):
    """A file or text that cannot be read as a notice; ``str()`` is the user's message."""


@dataclass(frozen=True)
class ImportNote:
    """One thing the drafter should know about the import.

    ``field`` is a model field path (``summary``, ``body[3fa2c1d0].text``, ``recipients``,
    or ``day`` for the date as validation uses it), "" for the notice as a whole;
    ``message`` is already in the current language. WARNING means "look at this, it was
    guessed"; INFO means "this was put right for you".
    """

    field: str
    message: str
    severity: Severity = Severity.INFO

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass
class ImportResult:
    draft: Draft
    notes: list[ImportNote] = field(default_factory=list)
    #: Where the text came from: "docx", "doc", "pdf", "ocr" (a scan) or "text".
    source: str = "text"


class Notes:
    """Collects notes while recognising; messages are English ids translated on adding."""

    def __init__(self) -> None:
        self.items: list[ImportNote] = []
        self._seen: set[ImportNote] = set()  # a list's "in" made recognising quadratic

    def add(
        self, path: str, message: str, severity: Severity = Severity.INFO, **params: Any
    ) -> None:
        text = _(message)
        if params:
            with contextlib.suppress(KeyError, IndexError, ValueError):
                text = text.format(**params)
        note = ImportNote(path, text, severity)
        if note not in self._seen:
            self._seen.add(note)
            self.items.append(note)

    def warn(self, path: str, message: str, **params: Any) -> None:
        self.add(path, message, Severity.WARNING, **params)
