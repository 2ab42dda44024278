"""Appendices in the .docx: a page break before each, the Decree's sizes and styles, a
package still valid against ECMA-376 (w:pageBreakBefore in its place in w:pPr)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.shared import Pt
from openxml_audit import OpenXmlValidator

from tests.render.appendix_samples import two_appendix_notice
from ucd_desktop.export.docx_writer import export_docx, render_docx
from ucd_desktop.layout.build import build_layout


def _document() -> docx.document.Document:
    return docx.Document(io.BytesIO(render_docx(build_layout(two_appendix_notice()))))


def test_each_appendix_after_a_page_break_with_its_styles() -> None:
    paragraphs = _document().paragraphs
    texts = [p.text for p in paragraphs]
    breaks = [p.text for p in paragraphs if p.paragraph_format.page_break_before]
    assert breaks == ["Phụ lục I", "Phụ lục II"]
    for heading, lines in (("Phụ lục I", 2), ("Phụ lục II", 1)):
        at = texts.index(heading)
        p, reference = paragraphs[at], paragraphs[at + lines + 1]
        title = paragraphs[at + 1]
        assert p.alignment == title.alignment == reference.alignment == 1  # centred
        assert all(r.bold and not r.italic and r.font.size == Pt(14) for r in p.runs)
        assert title.text == title.text.upper()
        assert all(r.bold and r.font.size == Pt(14) for r in title.runs)
        assert reference.text.startswith("(Kèm theo Thông báo số 05/TB-UBND ngày 05")
        assert all(r.italic and not r.bold and r.font.size == Pt(14) for r in reference.runs)
        assert p.paragraph_format.keep_with_next and reference.paragraph_format.keep_with_next


def test_body_mark_only_before_the_appendices() -> None:
    texts = [p.text for p in _document().paragraphs]
    finals = [i for i, t in enumerate(texts) if t.endswith("./.")]
    assert len(finals) == 1 and finals[0] < texts.index("Phụ lục I")


def test_package_with_appendices_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "appendices.docx"
    export_docx(two_appendix_notice(), path)
    result = OpenXmlValidator(security_validation=True).validate(path)
    assert [e.description for e in result.errors] == []
    assert (result.error_count, result.warning_count) == (0, 0)
