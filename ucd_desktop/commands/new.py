"""``ucd-desktop new --template NAME -o DRAFT``: start a draft from a template."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ucd_desktop.commands import EXIT_OK, CommandError
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

HELP = N_("start a draft from a template")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--template", "-t", required=True, help=_("template id, name or file"))
    p.add_argument("-o", "--output", type=Path, required=True, help=_("the draft to write"))
    p.add_argument(
        "--fact",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=_("a meeting fact (VALUE may be JSON for people and lists)"),
    )


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.storage.drafts import save_draft
    from ucd_desktop.storage.targets import check_draft_target
    from ucd_desktop.templating.binding import instantiate
    from ucd_desktop.templating.library import TemplateLibrary, load_template_file

    check_draft_target(args.output)  # before any work: new -o important.docx is refused
    candidate = Path(args.template)
    if candidate.suffix == ".toml" and candidate.is_file():
        template = load_template_file(candidate)
    else:
        library = TemplateLibrary.default()
        found = library.lookup(args.template)  # an id two folders share: refused, with choices
        if found is None:
            names = ", ".join(t.id for t in library.templates)
            raise CommandError(
                _("No template “{name}”. Available: {names}").format(
                    name=args.template, names=names
                )
            )
        template = found
    facts = dict(_parse_fact(f) for f in args.fact)
    unknown = [k for k in facts if template.fact(k) is None]
    if unknown:
        raise CommandError(
            _("Template {name} has no fact {facts}. Its facts: {known}").format(
                name=template.id,
                facts=", ".join(unknown),
                known=", ".join(f.key for f in template.facts),
            )
        )
    draft = instantiate(template, facts)
    save_draft(draft, args.output)
    print(_("Written: {path}").format(path=args.output))
    return EXIT_OK


def _parse_fact(raw: str) -> tuple[str, object]:
    key, sep, value = raw.partition("=")
    if not sep or not key.strip():
        raise CommandError(_("A fact is written KEY=VALUE (found “{raw}”).").format(raw=raw))
    text = value.strip()
    if text[:1] in "[{":
        try:
            return key.strip(), json.loads(text)
        except json.JSONDecodeError as exc:
            raise CommandError(
                _("The value of {key} is not valid JSON: {error}").format(
                    key=key.strip(), error=exc.msg
                )
            ) from None
    return key.strip(), value
