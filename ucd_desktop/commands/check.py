"""``ucd-desktop check FILE.docx``: list every departure from Decree 30 in any .docx.

Exit code 0 when there is none, 1 when there are some (EXIT_PROBLEMS), 2 when the file
cannot be read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ucd_desktop.commands import EXIT_OK, EXIT_PROBLEMS, CommandError
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

HELP = N_("list the departures from Decree 30 in a .docx")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar=_("FILE.docx"), help=_("the .docx to check"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))


def fix_advice(path: Path) -> str:
    """How to put a document right: import it, then export it again."""
    draft = path.with_suffix(".ucd").name
    fixed = f"{path.stem}-nd30.docx"
    return _(
        "To fix the document, import it and export it again: "
        "ucd-desktop import {file} -o {draft}, then ucd-desktop export {draft} -o {fixed} "
        "(in the window: Open an old notice…, then Export)."
    ).format(file=path.name, draft=draft, fixed=fixed)


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.checking import check_docx
    from ucd_desktop.commands._wording import severity_word
    from ucd_desktop.reading import ReadError

    path: Path = args.file
    try:
        report = check_docx(path)
    except ReadError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        doc = {
            "ok": report.ok,
            "findings": [
                {
                    "element": f.element,
                    "key": f.key,
                    "found": f.found,
                    "expected": f.expected,
                    "message": f.message,
                    "severity": f.severity.value,
                }
                for f in report.findings
            ],
            "fix": "" if report.ok else fix_advice(path),
        }
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return EXIT_OK if report.ok else EXIT_PROBLEMS
    if report.ok:
        print(_("No departures from Decree 30/2020/NĐ-CP were found."))
        return EXIT_OK
    for f in report.findings:
        print(f"{severity_word(f.severity)}\t{f.element}\t{f.message}")
    count = len(report.findings)
    print(_("{count} departure(s) from Decree 30/2020/NĐ-CP.").format(count=count))
    print(fix_advice(path))
    return EXIT_PROBLEMS
