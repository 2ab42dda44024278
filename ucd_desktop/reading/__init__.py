"""Import old notices (.docx, .doc, PDF, pasted text) into drafts.

``import_notice(path)`` and ``import_text(text)`` return an ``ImportResult``: the draft
and notes on what was guessed, put right or kept aside, each tied to a field path.
Unreadable input raises ``ReadError`` with a message for the user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ucd_desktop.reading.result import ImportNote, ImportResult, ReadError

__all__ = ["ImportNote", "ImportResult", "ReadError", "import_notice", "import_text"]


def import_text(text: str) -> ImportResult:
    """A draft from text or Markdown copied from Word, a web page or a PDF."""
    from ucd_desktop.reading.assemble import from_text

    return from_text(text)


def import_notice(
    path: Path, tesseract: str = "", progress: Callable[[int, int], bool] | None = None
) -> ImportResult:
    """A draft from a .docx, .doc, .pdf, .txt or .md file.

    A scanned PDF is read by OCR with Tesseract (``tesseract``: the program set in
    Settings, "" to look for it); ``progress(page, pages)`` is called after each page
    and cancels the reading by returning False.
    """
    from ucd_desktop.reading.assemble import from_file

    return from_file(Path(path), tesseract, progress)
