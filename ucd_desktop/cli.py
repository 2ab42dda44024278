"""The command line. Commands live in ``ucd_desktop.commands``; no command opens the window.

Only ``ucd-desktop`` alone or with a draft file opens the window (commands/_routing.py);
global options (``--lang``) may stand anywhere; output is UTF-8 to pipes and files
(commands/_output.py); argparse's own texts are translated (commands/_argparse_vi.py).

Bad input gets one clear line on stderr and a non-zero exit, and nothing is written.
Exit codes: 0 done, 1 problems found (validate, check), 2 bad input or a failed write.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import cast

from ucd_desktop import APP_NAME, __version__
from ucd_desktop.commands import COMMANDS, EXIT_BAD_INPUT, CommandError, _routing
from ucd_desktop.commands._output import configure_output
from ucd_desktop.i18n import LANGUAGES, set_language
from ucd_desktop.i18n import gettext_ as _

#: Exit status when stdout was closed by its reader (128 + SIGPIPE, as a shell reports it).
EXIT_BROKEN_PIPE = 141

__all__ = ["gui_main", "main"]

LANG_ENV = "UCD_DESKTOP_LANG"


def _fail(message: str) -> int:
    one_line = " ".join(str(message).split())
    print(f"{APP_NAME}: {one_line}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _module(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name])


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On every subparser too (without a default, so it never overrides the top level's):
    # ``ucd-desktop validate X.ucd --lang en`` works as well as ``--lang en validate X.ucd``.
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        default=None if top else argparse.SUPPRESS,
        help=_("language of messages"),
    )


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, that one command alone (the others are not imported:
    a command's module is only loaded to run it or to list it in the help)."""
    importlib.import_module("ucd_desktop.commands._argparse_vi").install()
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=_("Draft Thông báo kết luận notices by Decree 30/2020/NĐ-CP."),
        epilog=_("Without a command, the drafting window opens (with FILE: that draft)."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=_("show the version and exit"),
    )
    _add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for name in COMMANDS:
        if only is not None and name != only:
            continue
        module = _module(name)
        command = sub.add_parser(name, help=_(module.HELP), description=_(module.HELP))
        _add_global_options(command, top=False)
        module.add_arguments(command)
    return parser


#: Errors the user can fix, printed as one line: (module, class name).
_USER_ERRORS = (
    ("ucd_desktop.storage.atomic", "SaveError"),
    ("ucd_desktop.storage.drafts", "DraftError"),
    ("ucd_desktop.templating.template", "TemplateError"),
)


def _user_errors() -> tuple[type[BaseException], ...]:
    # Only a module already imported can have raised its error, so none is imported just
    # to catch it (the template engine alone is 5 ms of every `export` process).
    found = [getattr(sys.modules[m], name) for m, name in _USER_ERRORS if m in sys.modules]
    return (CommandError, *found)


def _run(args: argparse.Namespace) -> int:
    try:
        return cast(int, _module(args.command).run(args))
    except Exception as exc:
        if isinstance(exc, _user_errors()):
            return _fail(str(exc))
        from ucd_desktop.logs import log_crash, setup_logging

        if setup_logging() is not None:  # a trace for support, without the notice's text
            log_crash(exc, f"the {args.command} command")
        raise


def _setup_language(argv: Sequence[str]) -> None:
    lang = _routing.language_option(argv) or os.environ.get(LANG_ENV, "")
    set_language(lang if lang in LANGUAGES else "vi")


def _unknown_command(word: str, suggestion: str) -> int:
    message = _("“{word}” is not a command.").format(word=word)
    if suggestion:
        message += " " + _("Did you mean “{command}”?").format(command=suggestion)
    message += " " + _("Commands: {commands} (ucd-desktop --help).").format(
        commands=", ".join(COMMANDS)
    )
    return _fail(message)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    configure_output()
    _setup_language(args_list)
    if "--smoke-test" in args_list:  # the frozen build's self-check (ucd_desktop/smoke.py)
        return cast(int, importlib.import_module("ucd_desktop.smoke").run_smoke_test(args_list))
    where = _routing.route(args_list, list(COMMANDS))
    if where.kind == "window":
        return gui_main(args_list)
    if where.kind == "unknown":
        return _unknown_command(where.word, where.suggestion)
    parser = build_parser(where.word or None)
    args = parser.parse_args(args_list)
    if not args.command:  # options alone, e.g. an unknown one: argparse has already said
        parser.error(_("a command is needed (ucd-desktop --help lists them)"))
    try:
        return _run(args)
    except OSError as exc:
        # The reader went away (``ucd-desktop validate … | head``): stop quietly, as
        # command-line tools do, and keep Python from complaining at exit. Windows says
        # EINVAL, not EPIPE, when a pipe's reader has closed it.
        if not _reader_gone(exc):
            raise
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _reader_gone(exc: OSError) -> bool:
    if isinstance(exc, BrokenPipeError):
        return True
    return os.name == "nt" and exc.errno == errno.EINVAL and getattr(exc, "filename", None) is None


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Open the drafting window (with a draft file, if one is given)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        app = importlib.import_module("ucd_desktop.gui.app")
    except ImportError as exc:
        return _fail(_("The window cannot start: {error}").format(error=exc))
    return cast(int, app.run_app(args_list))
