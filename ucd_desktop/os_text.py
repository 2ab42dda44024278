"""The operating system's and the JSON reader's English errors, in the user's language.

``OSError.strerror`` is the C library's English ("Is a directory", "No space left on
device"), or on Windows the system's text in the system's language; ``JSONDecodeError.msg``
is always English ("Expecting ',' delimiter"). Messages shown to a drafter use these
instead: the wording is chosen by the error number (``errno``, or ``winerror`` on
Windows), and anything unknown falls back to the system's own text. No Qt, no I/O.
"""

from __future__ import annotations

import errno
import json

from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

__all__ = ["describe_json_error", "describe_os_error"]

#: errno -> message id.
_BY_ERRNO: dict[int, str] = {
    errno.ENOENT: N_("the file or folder does not exist"),
    errno.ENOTDIR: N_("a part of the path is a file, not a folder"),
    errno.EISDIR: N_("it is a folder, not a file"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EEXIST: N_("a file with that name already exists"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENAMETOOLONG: N_("the name or path is too long"),
    errno.EINVAL: N_("the name is not valid here"),
    errno.EBUSY: N_("the file is in use by another program"),
    errno.ETXTBSY: N_("the file is in use by another program"),
    errno.EMFILE: N_("too many files are open"),
    errno.ENFILE: N_("too many files are open"),
    errno.EIO: N_("the disk could not be read or written"),
    errno.ELOOP: N_("the path loops back on itself"),
    errno.EXDEV: N_("the file cannot be moved to another disk"),
    errno.ENOTEMPTY: N_("the folder is not empty"),
    errno.EDQUOT: N_("the disk quota is used up"),
    errno.ETIMEDOUT: N_("the network drive did not answer in time"),
    errno.EHOSTUNREACH: N_("the network drive cannot be reached"),
}

#: Windows error codes (``OSError.winerror``) -> message id: Windows' own text is in the
#: system's language, which is often English on office PCs.
_BY_WINERROR: dict[int, str] = {
    2: N_("the file or folder does not exist"),
    3: N_("the file or folder does not exist"),
    5: N_("permission denied"),
    32: N_("the file is open in another program (Word?): close it and try again"),
    33: N_("the file is open in another program (Word?): close it and try again"),
    39: N_("the disk is full"),
    53: N_("the network drive cannot be reached"),
    67: N_("the network drive cannot be reached"),
    80: N_("a file with that name already exists"),
    112: N_("the disk is full"),
    123: N_("the name is not valid here"),
    183: N_("a file with that name already exists"),
    206: N_("the name or path is too long"),
    1920: N_("permission denied"),
}


def describe_os_error(exc: OSError) -> str:
    """What went wrong, in a few words of the user's language (no path: callers name it)."""
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int) and winerror in _BY_WINERROR:
        return _(_BY_WINERROR[winerror])
    if exc.errno in _BY_ERRNO:
        return _(_BY_ERRNO[exc.errno])
    return exc.strerror or str(exc) or type(exc).__name__


#: JSONDecodeError.msg (the start of it) -> message id.
_JSON: tuple[tuple[str, str], ...] = (
    ("Expecting value", N_("a value is missing")),
    ("Expecting ',' delimiter", N_("a comma is missing")),
    ("Expecting ':' delimiter", N_("a colon is missing")),
    (
        "Expecting property name enclosed in double quotes",
        N_("a name in double quotes is expected"),
    ),
    ("Unterminated string", N_("a text in quotes is not closed")),
    ("Invalid control character", N_("a control character inside a text in quotes")),
    ("Invalid \\escape", N_("a backslash sequence that is not valid")),
    ("Invalid \\uXXXX escape", N_("a backslash sequence that is not valid")),
    ("Extra data", N_("more text after the end")),
    ("Illegal trailing comma", N_("a comma before a closing bracket")),
)


def describe_json_error(exc: json.JSONDecodeError) -> str:
    """ "line 3, column 7: a comma is missing" in the user's language."""
    reason = next((_(text) for start, text in _JSON if exc.msg.startswith(start)), exc.msg)
    return _("line {line}, column {column}: {reason}").format(
        line=exc.lineno, column=exc.colno, reason=reason
    )
