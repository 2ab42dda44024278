"""The read-only copy of an issued draft, kept beside its final .docx."""

from __future__ import annotations

import contextlib
import stat
from pathlib import Path

from ucd_desktop.model.draft import Draft
from ucd_desktop.storage.drafts import DRAFT_EXTENSION, save_draft

__all__ = ["issued_copy_path", "save_issued_copy"]

_READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


def issued_copy_path(docx: Path) -> Path:
    return Path(docx).with_suffix(DRAFT_EXTENSION)


def save_issued_copy(draft: Draft, docx: Path) -> Path:
    """Save ``draft`` (issued) beside ``docx`` and make it read-only; SaveError when it
    cannot be written. A read-only copy from an earlier issue of the same file is
    replaced."""
    path = issued_copy_path(docx)
    with contextlib.suppress(OSError):
        if path.exists():
            path.chmod(stat.S_IWUSR | stat.S_IRUSR)
    save_draft(draft, path)
    path.chmod(_READ_ONLY)
    return path
