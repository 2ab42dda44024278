"""Programs that turn a .docx into a PDF: Microsoft Word (Windows), then LibreOffice.

``find_converter()`` picks the first one present, in this order: Word through its
automation interface (so the PDF has Word's own line and page breaks, exactly what the
drafter sees when opening the .docx), else LibreOffice (a setting, the UCD_DESKTOP_SOFFICE
variable, the PATH or the usual install folders), else ConversionError with a message
saying what to install. A conversion runs wherever it is called (the GUI calls it off the
GUI thread), can be cancelled and has a time limit; it never touches the draft.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from ucd_desktop.i18n import gettext_ as _

__all__ = [
    "CONVERTER_CHOICES",
    "DEFAULT_TIMEOUT_S",
    "ConversionError",
    "Converter",
    "Job",
    "Reason",
    "Stage",
    "find_converter",
]

#: Long enough for a first start of LibreOffice or Word on a slow office PC with antivirus.
DEFAULT_TIMEOUT_S = 180.0
CONVERTER_CHOICES = ("auto", "word", "libreoffice")


class Stage(StrEnum):
    """Steps of one PDF export, in order; the GUI shows them as progress."""

    PREPARING = "preparing"  # writing the .docx to a temporary folder
    STARTING = "starting"  # starting Word or LibreOffice
    CONVERTING = "converting"
    CHECKING = "checking"  # reading the PDF back: pages, paper size, fonts
    SAVING = "saving"


class Reason(StrEnum):
    MISSING = "missing"  # no converter installed
    CRASHED = "crashed"  # the converter stopped or produced nothing
    TIMEOUT = "timeout"
    CANCELLED = "cancelled"
    LOCKED = "locked"  # a file is open in another program
    BAD_INPUT = "bad-input"
    BAD_OUTPUT = "bad-output"  # the converter wrote something that is not a PDF


class ConversionError(Exception):
    """A conversion that did not happen; ``str()`` is the message for the user."""

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass
class Job:
    """What one conversion may use: a time limit, a cancel flag and a progress report."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    cancel: threading.Event | None = None
    progress: Callable[[Stage], None] | None = None

    def report(self, stage: Stage) -> None:
        if self.progress is not None:
            self.progress(stage)

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise ConversionError(Reason.CANCELLED, _("PDF export cancelled."))


class Converter(Protocol):
    """Turns .docx files into PDF files."""

    #: "word" or "libreoffice" (the --converter choice).
    key: str
    #: The program's name as the user knows it.
    name: str

    def convert(self, source: Path, target: Path, job: Job) -> None:
        """Write ``target`` (a PDF) from ``source`` (a .docx); ConversionError on failure."""
        ...


def missing_message() -> str:
    return _(
        "No program that makes PDFs was found. Install Microsoft Word (Windows) or "
        "LibreOffice (free: https://www.libreoffice.org/download/), then try again. If "
        "LibreOffice is installed in another folder, give the path of its soffice program "
        "in Settings or in the UCD_DESKTOP_SOFFICE environment variable."
    )


def find_converter(
    prefer: str = "auto",
    *,
    soffice: str | Path | None = None,
    word_probe: Callable[[], Converter | None] | None = None,
    search_paths: Sequence[Path] | None = None,
) -> Converter:
    """The converter to use: Word when present, else LibreOffice; ConversionError if none.

    ``prefer`` is "auto", "word" or "libreoffice"; ``soffice`` a LibreOffice program
    chosen by the user (it then must exist). ``word_probe`` and ``search_paths`` replace
    the look-ups of the system (tests).
    """
    from ucd_desktop.export.converters.libreoffice import LibreOfficeConverter, find_soffice
    from ucd_desktop.export.converters.word import find_word

    if prefer not in CONVERTER_CHOICES:
        raise ConversionError(
            Reason.BAD_INPUT,
            _("Unknown converter: {name} (choose auto, word or libreoffice).").format(name=prefer),
        )
    if prefer in ("auto", "word"):
        word = (word_probe or find_word)()
        if word is not None:
            return word
        if prefer == "word":
            raise ConversionError(
                Reason.MISSING,
                _(
                    "Microsoft Word was not found. PDF export through Word needs Word "
                    "installed on Windows; choose LibreOffice instead, or install Word."
                ),
            )
    program = find_soffice(soffice, search_paths=search_paths)
    if program is not None:
        return LibreOfficeConverter(program)
    if prefer == "libreoffice":
        raise ConversionError(
            Reason.MISSING,
            _(
                "LibreOffice was not found. Install it (free: https://www.libreoffice.org/"
                "download/) or give the path of its soffice program in Settings or in the "
                "UCD_DESKTOP_SOFFICE environment variable."
            ),
        )
    raise ConversionError(Reason.MISSING, missing_message())
