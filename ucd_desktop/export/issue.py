"""Issue a notice: number and date recorded, the final .docx written, a read-only copy kept.

The one place the steps of issuing are put together, for the window and any other
caller: ``model.issue.issued_draft`` makes the issued notice (no "DỰ THẢO" mark), the
writer exports it, and ``storage.issued`` keeps the issued draft, read-only, beside the
.docx. The draft being edited is not changed; the caller adopts ``IssueResult.draft``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ucd_desktop.export.docx_writer import export_docx
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.issue import issued_draft
from ucd_desktop.storage.atomic import SaveError
from ucd_desktop.storage.issued import save_issued_copy

__all__ = ["IssueResult", "Writer", "issue_notice"]

#: Writes the issued draft's .docx at a path; returns where it was written in the end
#: (the window may offer another name when the file is locked), None if given up.
#: Raises SaveError when it cannot write.
Writer = Callable[[Draft, Path], Path | None]


@dataclass(frozen=True)
class IssueResult:
    #: The issued draft: what the window shows from now on.
    draft: Draft
    #: The final .docx.
    docx: Path
    #: The read-only issued copy (None when it could not be saved: see ``copy_error``).
    copy: Path | None
    copy_error: str = ""


def _write(draft: Draft, path: Path) -> Path:
    export_docx(draft.notice, path)
    return path


def issue_notice(
    draft: Draft, number: str, date: dt.date, docx: Path, *, write: Writer = _write
) -> IssueResult | None:
    """Issue ``draft`` under ``number`` on ``date`` as ``docx``; None if ``write`` gave up.

    IssueError for a number that is not digits, SaveError when the .docx cannot be
    written. A copy that cannot be saved does not undo the issue: the .docx is out, so
    the result says why the copy is missing instead.
    """
    issued = issued_draft(draft, number, date, Path(docx).name)
    written = write(issued, Path(docx))
    if written is None:
        return None
    issued = issued_draft(draft, number, date, written.name)
    try:
        copy: Path | None = save_issued_copy(issued, written)
    except SaveError as exc:
        return IssueResult(issued, written, None, str(exc))
    return IssueResult(issued, written, copy)
