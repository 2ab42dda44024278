"""``ucd-desktop import FILE -o DRAFT``: turn an old notice into a draft.

FILE may be a .docx, an old .doc (through LibreOffice), a PDF with text, a .txt or .md
file, or "-" for text on standard input. The notes say what was guessed (check it),
put right, or kept aside in the draft's notes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ucd_desktop.commands import EXIT_OK, CommandError
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

HELP = N_("turn an old notice (.docx, .doc, PDF, text) into a draft")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", metavar=_("FILE"), help=_("the old notice, or - to read text from standard input")
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("DRAFT"), help=_("the draft to write")
    )
    p.add_argument("--json", action="store_true", help=_("machine-readable notes"))


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.commands._wording import severity_word
    from ucd_desktop.model.field_names import field_name
    from ucd_desktop.reading import ReadError, import_notice, import_text
    from ucd_desktop.storage.drafts import DRAFT_EXTENSION, save_draft

    output: Path = args.output
    if output.suffix.lower() != DRAFT_EXTENSION:
        raise CommandError(
            _("The draft file must end in {ext}: {path}").format(ext=DRAFT_EXTENSION, path=output)
        )
    try:
        if args.file == "-":
            result = import_text(sys.stdin.read())
        else:
            result = import_notice(Path(args.file))
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
