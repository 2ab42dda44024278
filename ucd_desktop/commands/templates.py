"""``ucd-desktop templates [ID]``: list the templates, or the facts one template asks for."""

from __future__ import annotations

import argparse
import sys

from ucd_desktop.commands import EXIT_OK, CommandError
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

HELP = N_("list the available templates, or the facts of one")

#: Where a template comes from, as the list says it.
ORIGIN_NAMES = {
    "bundled": N_("built-in"),
    "user": N_("yours"),
    "shared": N_("shared"),
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "template",
        nargs="?",
        metavar="ID",
        help=_("a template's id or name: list the facts it asks for (new --fact)"),
    )


def _origin(origin: str) -> str:
    return _(ORIGIN_NAMES[origin]) if origin in ORIGIN_NAMES else origin


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.storage.paths import installer_template_folders
    from ucd_desktop.templating.library import TemplateLibrary, qualified_id

    library = TemplateLibrary.default(installer_template_folders())
    for problem in library.problems:
        print(problem, file=sys.stderr)
    if args.template:
        # An id two folders share: refused with the choices (AmbiguousTemplate), as in new.
        template = library.lookup(args.template)
        if template is None:
            raise CommandError(
                _("No template “{name}”. Available: {names}").format(
                    name=args.template, names=", ".join(t.id for t in library.templates)
                )
            )
        _print_facts(template)
        return EXIT_OK
    shared = library.duplicates()
    for t in library.templates:
        # An id two folders share is shown as folder:id, the way `new --template` takes it.
        shown = qualified_id(t) if t.id in shared else t.id
        folder = t.path.parent if t.path else _origin(t.origin)
        print(f"{shown}\tv{t.version}\t{_origin(t.origin)}\t{t.name}\t{folder}")
        if t.description:
            print(f"\t{' '.join(t.description.split())}")
    if library.broken:
        print(_("Templates that cannot be used:"))
        for broken in library.broken:
            print(f"{broken.path.name}\t{broken.folder}\t{broken.reason}")
    return EXIT_OK


def _print_facts(template: object) -> None:
    from ucd_desktop.commands._facts import TYPE_NAMES, example_argument
    from ucd_desktop.templating.template import NoticeTemplate

    assert isinstance(template, NoticeTemplate)
    print(f"{template.id}\tv{template.version}\t{_origin(template.origin)}\t{template.name}")
    if not template.facts:
        print(_("This template asks for no facts."))
        return
    print(_("Facts (ucd-desktop new -t {id} --fact KEY=VALUE …):").format(id=template.id))
    for spec in template.facts:
        need = _("required") if spec.required else _("optional")
        print(f"  {spec.key}\t{_(TYPE_NAMES[spec.type])}\t{need}\t{spec.label}")
        if spec.options:
            print("\t" + _("one of: {options}").format(options=", ".join(spec.options)))
        example = f"{spec.key}={example_argument(spec)}"
        print("\t" + _("example: {example}").format(example=example))
