"""``ucd-desktop validate DRAFT``: list the problems of a draft."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ucd_desktop.commands import EXIT_OK, EXIT_PROBLEMS
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

HELP = N_("list the problems of a draft")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("draft", type=Path, metavar=_("DRAFT"), help=_("draft file (.ucd)"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.commands._wording import problem_line
    from ucd_desktop.layout.problems import validate
    from ucd_desktop.model.problems import Severity
    from ucd_desktop.storage.drafts import load_draft

    notice = load_draft(args.draft).notice
    problems = validate(notice)
    if args.json:
        rows = [
            {"field": p.field, "code": p.code, "severity": p.severity.value, "message": p.message}
            for p in problems
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not problems:
        print(_("No problems found."))
    for p in problems if not args.json else []:
        # "Lỗi — Họ tên người ký: Chưa có họ tên người ký." (the field as the window names it)
        print(problem_line(p, notice))
    return EXIT_PROBLEMS if any(p.severity is Severity.ERROR for p in problems) else EXIT_OK
