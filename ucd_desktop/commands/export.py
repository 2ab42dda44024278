"""``ucd-desktop export DRAFT -o OUT.docx``: write a draft as a Decree 30 .docx."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ucd_desktop.commands import EXIT_OK, CommandError
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

HELP = N_("write a draft as a .docx")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("draft", type=Path, metavar=_("DRAFT"), help=_("draft file (.ucd)"))
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("FILE"), help=_("the .docx to write")
    )
    p.add_argument("--strict", action="store_true", help=_("refuse to export a notice with errors"))


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.commands._wording import problem_line
    from ucd_desktop.export.docx_writer import export_docx
    from ucd_desktop.model.problems import Severity
    from ucd_desktop.model.validate import validate
    from ucd_desktop.storage.drafts import load_draft
    from ucd_desktop.storage.targets import check_not_input

    draft = load_draft(args.draft)
    errors = [p for p in validate(draft.notice) if p.severity is Severity.ERROR]
    if errors and args.strict:
        raise CommandError(
            _("{n} error(s) in the notice; nothing written. First: {first}").format(
                n=len(errors), first=problem_line(errors[0], draft.notice)
            )
        )
    output: Path = args.output
    if output.suffix.lower() != ".docx":
        raise CommandError(_("The output file must end in .docx: {path}").format(path=output))
    check_not_input(output, args.draft)
    export_docx(draft.notice, output)
    for problem in errors:
        print(problem_line(problem, draft.notice), file=sys.stderr)
    print(_("Written: {path}").format(path=output))
    return EXIT_OK
