"""``ucd-desktop templates``: list the available templates."""

from __future__ import annotations

import argparse
import sys

from ucd_desktop.commands import EXIT_OK
from ucd_desktop.i18n import N_

HELP = N_("list the available templates")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """No arguments."""


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.templating.library import TemplateLibrary

    library = TemplateLibrary.default()
    for t in library.templates:
        print(f"{t.id}\tv{t.version}\t{t.origin}\t{t.name}")
        if t.description:
            print(f"\t{' '.join(t.description.split())}")
    for problem in library.problems:
        print(problem, file=sys.stderr)
    return EXIT_OK
