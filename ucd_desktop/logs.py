"""The log: a rotating file in the user's data folder, and crash reports that never
carry the notice's text.

Offices draft notices marked MẬT (secret), so nothing of a notice's text may reach a
log file that support staff are sent: modules log what happened (which file kind was
refused, how many paragraphs, which limit), never field contents, and a crash is
logged as its exception type and the code it went through (file, line, function);
the exception's message, which can quote a field, is withheld from the log.

Each module takes its own logger (``logging.getLogger(__name__)``); ``setup_logging``
gives the package's loggers one handler: ``<data folder>/logs/ucd-desktop.log``,
rotated at 1 MB, three old files kept.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from ucd_desktop import __version__

__all__ = ["LOG_FILE_NAME", "crash_details", "log_crash", "log_path", "setup_logging"]

LOG_FILE_NAME = "ucd-desktop.log"
MAX_LOG_BYTES = 1024 * 1024
BACKUPS = 3
_PACKAGE = "ucd_desktop"
_log = logging.getLogger(__name__)


def log_path() -> Path:
    """Where the log is written (the user's data folder, as storage/paths.py finds it)."""
    from ucd_desktop.storage.paths import data_dir

    return data_dir() / "logs" / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the package's log records to the rotating log file; its path, or None when
    the folder cannot be written (the app runs on without a log)."""
    logger = logging.getLogger(_PACKAGE)
    path = log_path()
    for handler in logger.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path  # already set up (a second window, the tests)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S")
    )
    logger.addHandler(handler)
    logger.setLevel(level)
    _log.info(
        "ucd-desktop %s, Python %s, %s", __version__, platform.python_version(), platform.platform()
    )
    return path


def _frames(tb: TracebackType | None) -> list[str]:
    return [
        f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}'
        for frame in traceback.extract_tb(tb)
    ]


def _short(filename: str) -> str:
    """A source path from the package down (no user names from home folders)."""
    parts = Path(filename).parts
    if _PACKAGE in parts:
        return "/".join(parts[parts.index(_PACKAGE) :])
    return Path(filename).name


def crash_details(exc: BaseException, *, with_message: bool = False) -> str:
    """The crash as text: the exception type and the code it went through, each cause
    included. The message (which may quote a field of the notice) only ``with_message``:
    the user sees it in the dialog; the log never gets it."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append("Traceback (most recent call last):")
        lines += _frames(current.__traceback__)
        name = type(current).__qualname__
        if with_message:
            lines.append(f"{name}: {current}")
        else:
            lines.append(f"{name} (message withheld from the log: {len(str(current))} characters)")
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def log_crash(exc: BaseException, where: str) -> None:
    """Write ``exc`` to the log (without its message), with where it was caught."""
    _log.critical("unhandled %s in %s\n%s", type(exc).__qualname__, where, crash_details(exc))
    for handler in logging.getLogger(_PACKAGE).handlers:
        handler.flush()


def describe_platform() -> str:
    return f"ucd-desktop {__version__}, Python {sys.version.split()[0]}, {platform.platform()}"
