"""``ucd-desktop import FILE -o DRAFT``: turn an old notice into a draft.

FILE may be a .docx, an old .doc (through LibreOffice), a PDF, a scan (a PDF or picture,
read by OCR with Tesseract: pages counted on standard error), a .txt or .md file, or "-"
for text on standard input. The notes, one a line, say what was found, reflowed, decoded
or read by OCR, what was guessed (check it) and what was kept aside in the draft's notes.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

from ucd_desktop.commands import EXIT_OK, CommandError
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

HELP = N_("turn an old notice (.docx, .doc, PDF, scan, text) into a draft")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", metavar=_("FILE"), help=_("the old notice, or - to read text from standard input")
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("DRAFT"), help=_("the draft to write")
    )
    p.add_argument("--json", action="store_true", help=_("machine-readable notes"))
    p.add_argument(
        "--tesseract", default="", help=_("path of the Tesseract OCR program (for scans)")
    )


def _progress(done: int, total: int) -> bool:
    """OCR's pages counted on standard error (the notes go to standard output)."""
    if done:
        print(_("OCR: page {page} of {pages}").format(page=done, pages=total), file=sys.stderr)
    return True


def _stdin_text() -> str:
    """Standard input, capped like a file (``< /dev/zero`` is refused, not read to the end)."""
    from ucd_desktop.reading.walls import MAX_STDIN_BYTES, read_limited

    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream put in place of stdin (embedding, tests)
        text = sys.stdin.read(MAX_STDIN_BYTES + 1)
        read_limited(io.BytesIO(b" " * len(text)), MAX_STDIN_BYTES, _("Standard input"))
        return text
    data = read_limited(buffer, MAX_STDIN_BYTES, _("Standard input"))
    return data.decode("utf-8-sig", errors="replace")


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.commands._wording import severity_word
    from ucd_desktop.model.field_names import field_name
    from ucd_desktop.reading import ReadError, import_notice, import_text
    from ucd_desktop.storage.drafts import DRAFT_EXTENSION, save_draft
    from ucd_desktop.storage.targets import check_not_input

    output: Path = args.output
    if output.suffix.lower() != DRAFT_EXTENSION:
        raise CommandError(
            _("The draft file must end in {ext}: {path}").format(ext=DRAFT_EXTENSION, path=output)
        )
    if args.file != "-":
        check_not_input(output, Path(args.file))
    try:
        text = _stdin_text() if args.file == "-" else None
        result = (
            import_text(text)
            if text is not None
            else import_notice(Path(args.file), args.tesseract, _progress)
        )
    except ReadError as exc:
        raise CommandError(str(exc)) from None
    save_draft(result.draft, output)
    if args.json:
        rows = [
            {"field": n.field, "severity": n.severity.value, "message": n.message}
            for n in result.notes
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for note in result.notes:
        where = field_name(note.field, result.draft.notice) if note.field else ""
        print(f"{severity_word(note.severity)}\t{where or '-'}\t{note.message}")
    print(_("Written: {path}").format(path=output))
    return EXIT_OK
