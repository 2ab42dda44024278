"""Standard output and error that never fail on a character the code page lacks.

A Windows program's pipe or file output is encoded with the ANSI code page (cp1252 on
en-US, cp1258 on vi-VN): "ệ" raised UnicodeEncodeError after ``export`` had written its
file, and PYTHONIOENCODING cannot be set inside a frozen bundle. So output that is not a
console is UTF-8 whatever the code page or the environment says (what ``more``, a log
file or CI reads back as UTF-8); a real console gets the text through the console's own
Unicode API, which Python already uses on Windows (a terminal elsewhere keeps its
encoding, with unencodable characters replaced rather than raised).
"""

from __future__ import annotations

import contextlib
import io
import sys

__all__ = ["configure_output"]


def _reconfigure(stream: object) -> None:
    if not isinstance(stream, io.TextIOWrapper):
        return  # None (a windowed program), or a test's capture object
    try:
        console = stream.isatty()
    except (OSError, ValueError):
        return
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        if console:
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8", errors="replace")


def configure_output() -> None:
    """UTF-8 for pipes and files, no UnicodeEncodeError anywhere (call once, first thing)."""
    _reconfigure(sys.stdout)
    _reconfigure(sys.stderr)
