"""argparse's own texts (usage, option titles, its error messages) through our catalogues.

argparse looks its texts up with ``gettext.gettext`` in the global domain, where no
catalogue of ours is; ``install()`` points its two module-level lookups at ours, so that
``ucd-desktop --help`` and a mistyped option speak the user's language. The message ids
below are argparse's own (Python 3.11-3.13), marked here so that tools/i18n.py extracts them.
"""

from __future__ import annotations

import argparse

from ucd_desktop.i18n import N_, gettext_, ngettext_

__all__ = ["ARGPARSE_TEXTS", "install"]

#: The texts a user can meet (argparse's developer-only errors are left in English).
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return ngettext_(singular, plural, n)


def install() -> None:
    """Make argparse translate through the app's catalogues (idempotent)."""
    setattr(argparse, "_", gettext_)  # noqa: B010 - a module global, not an attribute
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010
