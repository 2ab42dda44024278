"""Check any .docx against Decree 30/2020/NĐ-CP.

``check_docx(path)`` recognises the parts of the notice with the importer's recogniser,
then judges each part by the Decree's table in ``decree`` (the one the writer uses), so
a notice exported by ucd-desktop comes out clean. Unreadable files raise
``ucd_desktop.reading.ReadError``. The way to fix a document that has findings is to
import it and export it again.
"""

from __future__ import annotations

from pathlib import Path

from ucd_desktop.checking.findings import CheckReport, Finding

__all__ = ["CheckReport", "Finding", "check_docx", "check_docx_bytes"]


def check_docx_bytes(data: bytes, name: str = "") -> CheckReport:
    """The findings for a .docx held in memory."""
    from ucd_desktop.checking.elements import check_elements
    from ucd_desktop.checking.findings import Findings
    from ucd_desktop.checking.forms import check_forms
    from ucd_desktop.checking.page import (
        check_fonts,
        check_page,
        check_page_numbers,
        check_word_settings,
    )
    from ucd_desktop.checking.rules_check import check_rules
    from ucd_desktop.reading.docx_doc import DocxDocument
    from ucd_desktop.reading.docx_read import document_lines
    from ucd_desktop.reading.recognise import recognise

    doc = DocxDocument(data, name)
    lines, _encoding = document_lines(doc)
    _draft, ctx = recognise(lines)
    out = Findings()
    check_page(doc, out)
    check_fonts(doc, out)
    check_word_settings(doc, out)
    check_page_numbers(doc, out)
    check_forms(doc, ctx, out)
    check_elements(doc, ctx.roles, out, set(ctx.mixed()))
    check_rules(doc, ctx.roles, out)
    return CheckReport(out.items, recognised=len(ctx.roles))


def check_docx(path: Path) -> CheckReport:
    """Every departure from the Decree in the .docx at ``path``."""
    from ucd_desktop.reading.assemble import read_file_bytes

    path = Path(path)
    return check_docx_bytes(read_file_bytes(path), path.name)
