"""``ucd-desktop templates``: list the available templates."""

from __future__ import annotations

import argparse
import sys

from ucd_desktop.commands import EXIT_OK
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

HELP = N_("list the available templates")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """No arguments."""


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.templating.library import TemplateLibrary, qualified_id

    library = TemplateLibrary.default()
    shared = library.duplicates()
    for t in library.templates:
        # An id two folders share is shown as folder:id, the way `new --template` takes it.
        shown = qualified_id(t) if t.id in shared else t.id
        folder = t.path.parent if t.path else t.origin
        print(f"{shown}\tv{t.version}\t{t.origin}\t{t.name}\t{folder}")
        if t.description:
            print(f"\t{' '.join(t.description.split())}")
    if library.broken:
        print(_("Templates that cannot be used:"))
        for broken in library.broken:
            print(f"{broken.path.name}\t{broken.folder}\t{broken.reason}")
    for problem in library.problems:
        print(problem, file=sys.stderr)
    return EXIT_OK
