"""The command line: export, validate, new, templates; no command opens the window.

Bad input gets one clear line on stderr and a non-zero exit, and nothing is written.
Exit codes: 0 done, 1 the notice has errors (validate), 2 bad input or a failed write.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ucd_desktop import APP_NAME, __version__
from ucd_desktop.i18n import LANGUAGES, set_language
from ucd_desktop.i18n import gettext_ as _

__all__ = ["gui_main", "main"]

COMMANDS = ("export", "validate", "new", "templates")
EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2
LANG_ENV = "UCD_DESKTOP_LANG"


class CliError(Exception):
    """Bad input: the message is printed as one line."""


def _fail(message: str) -> int:
    one_line = " ".join(str(message).split())
    print(f"{APP_NAME}: {one_line}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=_("Draft Thông báo kết luận notices by Decree 30/2020/NĐ-CP."),
        epilog=_("Without a command, the drafting window opens (with FILE: that draft)."),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help=_("language of messages"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("export", help=_("write a draft as a .docx"))
    p.add_argument("draft", type=Path, help=_("draft file (.ucd)"))
    p.add_argument("-o", "--output", type=Path, required=True, help=_("the .docx to write"))
    p.add_argument("--strict", action="store_true", help=_("refuse to export a notice with errors"))

    p = sub.add_parser("validate", help=_("list the problems of a draft"))
    p.add_argument("draft", type=Path)
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = sub.add_parser("new", help=_("start a draft from a template"))
    p.add_argument("--template", "-t", required=True, help=_("template id, name or file"))
    p.add_argument("-o", "--output", type=Path, required=True, help=_("the draft to write"))
    p.add_argument(
        "--fact",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=_("a meeting fact (VALUE may be JSON for people and lists)"),
    )

    sub.add_parser("templates", help=_("list the available templates"))
    return parser


def _cmd_export(args: argparse.Namespace) -> int:
    from ucd_desktop.export.docx_writer import export_docx
    from ucd_desktop.model.problems import Severity
    from ucd_desktop.model.validate import validate
    from ucd_desktop.storage.drafts import load_draft

    draft = load_draft(args.draft)
    errors = [p for p in validate(draft.notice) if p.severity is Severity.ERROR]
    if errors and args.strict:
        return _fail(
            _("{n} error(s) in the notice; nothing written. First: {first}").format(
                n=len(errors), first=errors[0]
            )
        )
    output: Path = args.output
    if output.suffix.lower() != ".docx":
        raise CliError(_("The output file must end in .docx: {path}").format(path=output))
    export_docx(draft.notice, output)
    for problem in errors:
        print(_("warning: {problem}").format(problem=problem), file=sys.stderr)
    print(_("Written: {path}").format(path=output))
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from ucd_desktop.model.problems import Severity
    from ucd_desktop.model.validate import validate
    from ucd_desktop.storage.drafts import load_draft

    problems = validate(load_draft(args.draft).notice)
    if args.json:
        rows = [
            {"field": p.field, "code": p.code, "severity": p.severity.value, "message": p.message}
            for p in problems
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not problems:
        print(_("No problems found."))
    for p in problems if not args.json else []:
        print(f"{p.severity.value}\t{p.field}\t{p.message}")
    return EXIT_PROBLEMS if any(p.severity is Severity.ERROR for p in problems) else EXIT_OK


def _parse_fact(raw: str) -> tuple[str, object]:
    key, sep, value = raw.partition("=")
    if not sep or not key.strip():
        raise CliError(_("A fact is written KEY=VALUE (found “{raw}”).").format(raw=raw))
    text = value.strip()
    if text[:1] in "[{":
        try:
            return key.strip(), json.loads(text)
        except json.JSONDecodeError as exc:
            raise CliError(
                _("The value of {key} is not valid JSON: {error}").format(
                    key=key.strip(), error=exc.msg
                )
            ) from None
    return key.strip(), value


def _cmd_new(args: argparse.Namespace) -> int:
    from ucd_desktop.storage.drafts import save_draft
    from ucd_desktop.templating.binding import instantiate
    from ucd_desktop.templating.library import TemplateLibrary, load_template_file

    candidate = Path(args.template)
    if candidate.suffix == ".toml" and candidate.is_file():
        template = load_template_file(candidate)
    else:
        library = TemplateLibrary.default()
        found = library.find(args.template)
        if found is None:
            names = ", ".join(t.id for t in library.templates)
            raise CliError(
                _("No template “{name}”. Available: {names}").format(
                    name=args.template, names=names
                )
            )
        template = found
    facts = dict(_parse_fact(f) for f in args.fact)
    unknown = [k for k in facts if template.fact(k) is None]
    if unknown:
        raise CliError(
            _("Template {name} has no fact {facts}. Its facts: {known}").format(
                name=template.id,
                facts=", ".join(unknown),
                known=", ".join(f.key for f in template.facts),
            )
        )
    draft = instantiate(template, facts)
    save_draft(draft, args.output)
    print(_("Written: {path}").format(path=args.output))
    return EXIT_OK


def _cmd_templates(args: argparse.Namespace) -> int:
    from ucd_desktop.templating.library import TemplateLibrary

    library = TemplateLibrary.default()
    for t in library.templates:
        print(f"{t.id}\tv{t.version}\t{t.origin}\t{t.name}")
        if t.description:
            print(f"\t{' '.join(t.description.split())}")
    for problem in library.problems:
        print(problem, file=sys.stderr)
    return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    from ucd_desktop.storage.atomic import SaveError
    from ucd_desktop.storage.drafts import DraftError
    from ucd_desktop.templating.template import TemplateError

    handlers = {
        "export": _cmd_export,
        "validate": _cmd_validate,
        "new": _cmd_new,
        "templates": _cmd_templates,
    }
    try:
        return handlers[args.command](args)
    except (CliError, DraftError, TemplateError, SaveError) as exc:
        return _fail(str(exc))


def _setup_language(argv: Sequence[str]) -> None:
    lang = os.environ.get(LANG_ENV, "")
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    set_language(lang if lang in LANGUAGES else "vi")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _setup_language(args_list)
    positional = [a for a in args_list if not a.startswith("-")]
    wants_gui = not positional or (
        positional[0] not in COMMANDS and "-h" not in args_list and "--help" not in args_list
    )
    if wants_gui and "--version" not in args_list:
        return gui_main(args_list)
    args = _parser().parse_args(args_list)
    return _run(args)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Open the drafting window (with a draft file, if one is given)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        from ucd_desktop.gui.app import run_app
    except ImportError as exc:
        return _fail(_("The window cannot start: {error}").format(error=exc))
    return run_app(args_list)
