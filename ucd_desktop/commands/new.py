"""``ucd-desktop new --template NAME -o DRAFT``: start a draft from a template."""

from __future__ import annotations

import argparse
from pathlib import Path

from ucd_desktop.commands import EXIT_OK, CommandError
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

HELP = N_("start a draft from a template")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--template", "-t", required=True, metavar="ID", help=_("template id, name or file")
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("DRAFT"), help=_("the draft to write")
    )
    p.add_argument(
        "--fact",
        action="append",
        default=[],
        metavar=_("KEY=VALUE"),
        help=_(
            "a meeting fact; dates as dd/mm/yyyy, a person as JSON "
            '{"name": "…", "position": "…"}; `ucd-desktop templates ID` lists the facts'
        ),
    )


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.commands._facts import parse_facts
    from ucd_desktop.storage.drafts import save_draft
    from ucd_desktop.storage.paths import installer_template_folders
    from ucd_desktop.storage.targets import check_draft_target
    from ucd_desktop.templating.binding import instantiate
    from ucd_desktop.templating.library import TemplateLibrary, load_template_file

    check_draft_target(args.output)  # before any work: new -o important.docx is refused
    candidate = Path(args.template)
    if candidate.suffix == ".toml" and candidate.is_file():
        template = load_template_file(candidate)
    else:
        library = TemplateLibrary.default(installer_template_folders())
        found = library.lookup(args.template)  # an id two folders share: refused, with choices
        if found is None:
            names = ", ".join(t.id for t in library.templates)
            raise CommandError(
                _("No template “{name}”. Available: {names}").format(
                    name=args.template, names=names
                )
            )
        template = found
    facts = parse_facts(template, args.fact)
    draft = instantiate(template, facts)
    save_draft(draft, args.output)
    print(_("Written: {path}").format(path=args.output))
    return EXIT_OK
