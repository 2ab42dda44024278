"""Old binary Word files (.doc) and RTF, converted to .docx by LibreOffice when it is installed.

The conversion runs through ``ucd_desktop.office`` (the runner PDF export uses too): a
private LibreOffice profile, so it never fights a LibreOffice the user has open, a time
limit, and the whole process tree killed when it runs over. The source file is copied
first and never touched.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ucd_desktop import office
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.office import OfficeError, OfficeReason
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.reading.result import ReadError

__all__ = ["TIMEOUT_S", "convert_to_docx"]

TIMEOUT_S = 120.0
DOCX_FILTER = "docx:MS Word 2007 XML"


def _soffice() -> Path:
    try:
        program = office.find_soffice()
    except OfficeError as exc:
        raise ReadError(str(exc)) from None
    if program is None:
        raise ReadError(
            _(
                "Old Word files (.doc) are read through LibreOffice, which is not installed. "
                "Install LibreOffice, or open the file in Word and save it as .docx, then "
                "import that."
            )
        )
    return program


def convert_to_docx(source: Path, *, timeout_s: float = TIMEOUT_S) -> bytes:
    """The .docx bytes LibreOffice makes of ``source``; ReadError when it cannot."""
    program = _soffice()
    with tempfile.TemporaryDirectory(prefix="ucd-import-") as work:
        folder = Path(work)
        copy = folder / f"notice{source.suffix.lower() or '.doc'}"
        try:
            shutil.copyfile(source, copy)
        except OSError as exc:
            raise ReadError(
                _("Cannot read {path}: {error}").format(path=source, error=describe_os_error(exc))
            ) from None
        try:
            [made] = office.convert(
                program,
                [copy],
                folder / "out",
                DOCX_FILTER,
                timeout_s=timeout_s,
                profile=folder / "profile",
            )
        except OfficeError as exc:
            if exc.reason is OfficeReason.TIMEOUT:
                message = _("LibreOffice took too long to open {name}; it was stopped.")
            elif exc.reason is OfficeReason.MISSING:
                raise ReadError(str(exc)) from None
            else:
                message = _(
                    "LibreOffice could not read {name}: the file is damaged or not a Word file."
                )
            raise ReadError(message.format(name=source.name)) from None
        return made.read_bytes()
