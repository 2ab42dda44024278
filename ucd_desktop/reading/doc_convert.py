"""Old binary Word files (.doc) and RTF, converted to .docx by LibreOffice when it is installed.

The conversion runs with a private, throw-away LibreOffice profile (so it never fights a
LibreOffice the user has open) and a time limit; the source file is copied first and
never touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.reading.result import ReadError

__all__ = ["TIMEOUT_S", "convert_to_docx"]

TIMEOUT_S = 120.0


def _soffice() -> Path:
    from ucd_desktop.export.converters import ConversionError
    from ucd_desktop.export.converters.libreoffice import find_soffice

    try:
        program = find_soffice()
    except ConversionError as exc:
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


def _stop(process: subprocess.Popen[bytes]) -> None:
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


def convert_to_docx(source: Path, *, timeout_s: float = TIMEOUT_S) -> bytes:
    """The .docx bytes LibreOffice makes of ``source``; ReadError when it cannot."""
    from ucd_desktop.export.converters.libreoffice import child_environment

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
        command = [
            str(program),
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(folder / "out"),
            str(copy),
        ]
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                env=child_environment(),
                start_new_session=os.name != "nt",
            )
        except OSError as exc:
            raise ReadError(
                _("LibreOffice could not be started ({program}): {error}").format(
                    program=program, error=describe_os_error(exc)
                )
            ) from None
        try:
            process.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            _stop(process)
            raise ReadError(
                _("LibreOffice took too long to open {name}; it was stopped.").format(
                    name=source.name
                )
            ) from None
        made = folder / "out" / "notice.docx"
        if not made.is_file() or made.stat().st_size == 0:
            raise ReadError(
                _(
                    "LibreOffice could not read {name}: the file is damaged or not a Word file."
                ).format(name=source.name)
            )
        return made.read_bytes()
