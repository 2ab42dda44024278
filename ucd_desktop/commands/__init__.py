"""Subcommands of ``ucd-desktop``: one module each, listed here.

A command module defines ``HELP`` (one line, wrapped in ``N_`` for translation),
``add_arguments(parser)`` and ``run(args) -> int``. It imports heavy modules inside
``run`` so that ``ucd-desktop --help`` stays fast. Errors the user can fix are raised
as ``CommandError`` (or DraftError, TemplateError, SaveError): the command line prints
them as one line and exits with EXIT_BAD_INPUT.
"""

from __future__ import annotations

__all__ = ["COMMANDS", "EXIT_BAD_INPUT", "EXIT_OK", "EXIT_PROBLEMS", "CommandError"]

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2

#: Command name -> module. Add a line here to add a command.
COMMANDS: dict[str, str] = {
    "new": "ucd_desktop.commands.new",
    "export": "ucd_desktop.commands.export",
    "validate": "ucd_desktop.commands.validate",
    "templates": "ucd_desktop.commands.templates",
    "pdf": "ucd_desktop.commands.pdf",
    "import": "ucd_desktop.commands.import_",
    "check": "ucd_desktop.commands.check",
}


class CommandError(Exception):
    """Bad input on the command line: the message is printed as one line."""
