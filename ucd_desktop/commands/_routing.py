"""What a command line asks for: the window, a command, or nothing we know.

Only ``ucd-desktop`` alone or with one draft file (and the global options) opens the
window; anything else is a command, and a word that is neither a command nor a draft is
an error naming the nearest command ("exprot" -> "export"), never a window that waits.
Global options (``--lang en``, ``--lang=en``) may stand anywhere on the line.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GLOBAL_OPTIONS", "Route", "language_option", "route"]

#: Options every command accepts, before or after the command's name (each takes a value).
GLOBAL_OPTIONS = ("--lang",)
#: The draft file's extension (storage.drafts.DRAFT_EXTENSION, not imported: kept light).
DRAFT_SUFFIX = ".ucd"
#: Options that never open the window.
_NO_WINDOW = ("-h", "--help", "--version", "--smoke-test")


@dataclass(frozen=True)
class Route:
    """``kind`` is "window", "command" or "unknown"; ``word`` the command or the file."""

    kind: str
    word: str = ""
    suggestion: str = ""


def _words_and_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    words: list[str] = []
    options: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in GLOBAL_OPTIONS:
            skip = True
            continue
        if arg.startswith("-") and arg != "-":
            if not any(arg.startswith(f"{g}=") for g in GLOBAL_OPTIONS):
                options.append(arg)
            continue
        words.append(arg)
    return words, options


def language_option(argv: Sequence[str]) -> str | None:
    """The value of the last ``--lang`` on the line (either form), if any."""
    found: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found


def _is_draft(word: str) -> bool:
    if word.lower().endswith(DRAFT_SUFFIX):
        return True
    try:
        return Path(word).is_file()
    except (OSError, ValueError):
        return False


def route(argv: Sequence[str], commands: Sequence[str]) -> Route:
    """Where ``argv`` goes (no I/O beyond asking whether a word names a file)."""
    words, options = _words_and_options(argv)
    if words and words[0] in commands:
        return Route("command", words[0])
    if any(o in _NO_WINDOW for o in options):
        return Route("command")  # argparse prints the help or the version
    if not words:
        # Options alone: the window, unless one of them is unknown (argparse says so).
        return Route("window") if not options else Route("command")
    if len(words) == 1 and not options and _is_draft(words[0]):
        return Route("window", words[0])
    word = words[0]
    close = difflib.get_close_matches(word.lower(), list(commands), n=1, cutoff=0.5)
    return Route("unknown", word, close[0] if close else "")
