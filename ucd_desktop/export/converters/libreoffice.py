"""LibreOffice as a PDF converter: ``soffice --headless --convert-to pdf``.

Finding soffice, the private profile, the time limit and the kill of the process tree
are ``ucd_desktop.office``'s, shared with the import of .doc files; this module turns
its errors into ``ConversionError`` and reports the stages of a PDF export.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from ucd_desktop import office
from ucd_desktop.export.converters import ConversionError, Job, Reason, Stage
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.office import SOFFICE_ENV, OfficeError, OfficeReason, child_environment

__all__ = ["SOFFICE_ENV", "LibreOfficeConverter", "child_environment", "find_soffice"]

_REASONS = {
    OfficeReason.MISSING: Reason.MISSING,
    OfficeReason.CRASHED: Reason.CRASHED,
    OfficeReason.NOTHING: Reason.CRASHED,
    OfficeReason.TIMEOUT: Reason.TIMEOUT,
    OfficeReason.CANCELLED: Reason.CANCELLED,
}
PDF_FILTER = "pdf:writer_pdf_Export"


def conversion_error(exc: OfficeError) -> ConversionError:
    return ConversionError(_REASONS[exc.reason], exc.message)


def find_soffice(
    explicit: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    search_paths: Sequence[Path] | None = None,
) -> Path | None:
    """``office.find_soffice`` with a wrong chosen path as a ConversionError."""
    try:
        return office.find_soffice(explicit, env=env, search_paths=search_paths)
    except OfficeError as exc:
        raise conversion_error(exc) from None


class LibreOfficeConverter:
    key = "libreoffice"
    name = "LibreOffice"

    def __init__(self, program: Path, *, profile: Path | None = None) -> None:
        self.program = Path(program)
        self.profile = profile

    def command(self, sources: Sequence[Path], outdir: Path, profile: Path) -> list[str]:
        return office.command(self.program, profile, PDF_FILTER, outdir, sources)

    def convert(self, source: Path, target: Path, job: Job) -> None:
        with tempfile.TemporaryDirectory(prefix="ucd-lo-out-", dir=target.parent) as out:
            [made] = self.convert_many([source], Path(out), job)
            os.replace(made, target)

    def convert_many(self, sources: Sequence[Path], outdir: Path, job: Job) -> list[Path]:
        """Convert several .docx files in one LibreOffice run (much faster than one each).

        Returns the PDFs, ``outdir/<stem>.pdf``, in the order of ``sources``.
        """
        job.check_cancelled()
        job.report(Stage.STARTING)
        try:
            return office.convert(
                self.program,
                sources,
                outdir,
                PDF_FILTER,
                timeout_s=job.timeout_s,
                profile=self.profile,
                cancelled=job.cancelled,
                started=lambda: job.report(Stage.CONVERTING),
            )
        except OfficeError as exc:
            if exc.reason is OfficeReason.CANCELLED:
                job.check_cancelled()
            if exc.reason is OfficeReason.NOTHING:
                detail = " ".join(exc.output.split())[-300:] or _("no message")
                message = _("LibreOffice did not make the PDF ({detail}).").format(detail=detail)
                raise ConversionError(Reason.CRASHED, message) from None
            raise conversion_error(exc) from None
