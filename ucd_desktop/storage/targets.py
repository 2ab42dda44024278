"""Where a write may go: never over the user's other files.

A draft is written only to a ``.ucd`` path, and never over a file that is not a draft
(``new -o important.docx`` replaced a Word file with JSON); no command writes over the
file it reads (``export self.docx -o self.docx`` destroyed the draft it was reading).
Refusals are ``SaveError``s, which the window and the command line already report.
"""

from __future__ import annotations

import os
from pathlib import Path

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.storage.atomic import SaveError

__all__ = ["check_draft_target", "check_not_input", "looks_like_draft"]

DRAFT_EXTENSION = ".ucd"
_DRAFT_MARK = b"ucd-desktop-draft"
_SNIFF_BYTES = 4096


def looks_like_draft(path: Path) -> bool:
    """True when ``path`` holds a ucd-desktop draft (or nothing at all), by its content."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return True  # unreadable: the write itself will say why
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return not text or (text[:1] == b"{" and _DRAFT_MARK in head)


def check_draft_target(path: Path) -> None:
    """Refuse to write a draft to ``path`` unless it ends in .ucd and holds no other
    kind of file."""
    path = Path(path)
    if path.suffix.lower() != DRAFT_EXTENSION:
        raise SaveError(
            path,
            "not-a-draft-name",
            _("A draft is saved only to a file ending in {ext}; nothing written to {path}.").format(
                ext=DRAFT_EXTENSION, path=path
            ),
        )
    if path.is_file() and not looks_like_draft(path):
        raise SaveError(
            path,
            "not-a-draft",
            _(
                "{path} is not a ucd-desktop draft (it holds another kind of file); it was left "
                "as it is. Choose another name."
            ).format(path=path),
        )


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def check_not_input(output: Path, *inputs: Path) -> None:
    """Refuse to write ``output`` when it is one of the files being read."""
    for source in inputs:
        if _same(Path(output), Path(source)):
            raise SaveError(
                Path(output),
                "same-as-input",
                _(
                    "{path} is the file being read; writing there would destroy it. "
                    "Choose another output file."
                ).format(path=output),
            )
