"""``ucd-desktop pdf DRAFT_OR_DOCX -o OUT.pdf``: a PDF made by Word or LibreOffice."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ucd_desktop.commands import EXIT_OK, CommandError
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

HELP = N_("write a draft or a .docx as a PDF (through Word or LibreOffice)")


def add_arguments(p: argparse.ArgumentParser) -> None:
    from ucd_desktop.export.converters import CONVERTER_CHOICES, DEFAULT_TIMEOUT_S

    p.add_argument(
        "source", type=Path, metavar=_("FILE"), help=_("draft file (.ucd) or Word document (.docx)")
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE.pdf"),
        help=_("the .pdf to write"),
    )
    p.add_argument(
        "--converter",
        choices=CONVERTER_CHOICES,
        default="auto",
        help=_("program that makes the PDF (auto: Word if installed, else LibreOffice)"),
    )
    p.add_argument("--soffice", help=_("path of LibreOffice's soffice program"))
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        help=_("seconds to wait for the converter"),
    )
    p.add_argument("--strict", action="store_true", help=_("refuse to export a notice with errors"))


def run(args: argparse.Namespace) -> int:
    from ucd_desktop.commands._wording import problem_line, severity_word
    from ucd_desktop.export.converters import ConversionError, Job, find_converter
    from ucd_desktop.export.pdf import PdfDocument, docx_file_to_pdf, export_pdf
    from ucd_desktop.model.problems import Severity
    from ucd_desktop.model.validate import validate
    from ucd_desktop.storage.drafts import load_draft

    source: Path = args.source
    output: Path = args.output
    if output.suffix.lower() != ".pdf":
        raise CommandError(_("The output file must end in .pdf: {path}").format(path=output))
    if output.resolve() == source.resolve():
        raise CommandError(
            _("The output file cannot be the source file: {path}").format(path=output)
        )
    if not args.timeout > 0:
        raise CommandError(_("The time limit must be a positive number of seconds."))
    is_docx = source.suffix.lower() == ".docx"
    errors = []
    if not is_docx:
        draft = load_draft(source)
        errors = [p for p in validate(draft.notice) if p.severity is Severity.ERROR]
        if errors and args.strict:
            raise CommandError(
                _("{n} error(s) in the notice; nothing written. First: {first}").format(
                    n=len(errors), first=problem_line(errors[0], draft.notice)
                )
            )
    job = Job(timeout_s=args.timeout)
    try:
        converter = find_converter(args.converter, soffice=args.soffice)
        document: PdfDocument
        if is_docx:
            document = docx_file_to_pdf(source, output, converter=converter, job=job)
        else:
            document = export_pdf(draft.notice, output, converter=converter, job=job)
    except ConversionError as exc:
        raise CommandError(str(exc)) from None
    for problem in errors:
        print(problem_line(problem, draft.notice), file=sys.stderr)
    for warning in document.warnings:
        print(f"{severity_word(Severity.WARNING)}: {warning}", file=sys.stderr)
    report = document.report
    print(
        _("Written: {path} ({pages} page(s), {paper}, {fonts}; made by {converter})").format(
            path=output,
            pages=report.pages,
            paper="A4" if report.all_a4 else _("not A4"),
            fonts=_("fonts embedded") if not report.unembedded_fonts else _("fonts missing"),
            converter=document.converter,
        )
    )
    return EXIT_OK
