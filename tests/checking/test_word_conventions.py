"""`check` on documents written the way Word writes them, not only the way we do.

Word leaves a table's cell margins to its table style ("Normal Table": 108 twips a
side), draws a rule as a paragraph border from indent to indent of the cell's text
area, and stores 1.5 cm as 850 twips. None of that is a departure from the Decree.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

from tests.checking.conftest import Spoil, replace_in
from ucd_desktop.checking import check_docx_bytes
from ucd_desktop.checking.rules_check import _rule_length
from ucd_desktop.reading.docx_doc import DocxDocument

DOC = "word/document.xml"
_CELL_MAR = r"<w:tblCellMar><w:top w:w=\"0\"[^>]*/><w:left w:w=\"0\"[^>]*/>.*?</w:tblCellMar>"
MOTTO_RULE = 'w:ind w:left="1092" w:right="1092"'


def _rewrite(data: bytes, part: str, change: Callable[[str], str]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            blob = src.read(item)
            if item.filename == part:
                blob = change(blob.decode("utf-8")).encode("utf-8")
            dst.writestr(item, blob)
    return out.getvalue()


_BORDER_INDENT = re.compile(
    r'(<w:pBdr>.*?</w:pBdr>(?:<w:spacing[^>]*/>)?<w:ind w:left=")(\d+)(" w:right=")(\d+)'
)


def _word_style(spoil: Spoil) -> bytes:
    """The example as Word writes it: the header table keeps the style's 108-twip cell
    margins, so the rules' indents in it are 108 twips smaller for the same length."""

    def narrower(table: re.Match[str]) -> str:
        return _BORDER_INDENT.sub(
            lambda m: f"{m[1]}{int(m[2]) - 108}{m[3]}{int(m[4]) - 108}", table[0]
        )

    def change(xml: str) -> str:
        return re.sub(r"<w:tbl>.*?</w:tbl>", narrower, xml, count=1, flags=re.S)

    return _rewrite(spoil(DOC, _CELL_MAR, ""), DOC, change)


def _motto_rule(data: bytes) -> float:
    doc = DocxDocument(data)
    para = next(p for p in doc.paragraphs if p.attr("w:ind", "left") == "984")
    measured = _rule_length(para, 0.0)
    assert measured is not None
    return measured[0]


def test_a_border_rule_in_a_cell_is_measured_inside_the_cell_margins(spoil: Spoil) -> None:
    # 5612 twips of cell - 2 x 108 of margins - 2 x 984 of indents = 3428 twips
    assert abs(_motto_rule(_word_style(spoil)) - 3428 / 20) < 0.01


def test_word_s_layout_of_the_header_raises_no_alarm(spoil: Spoil) -> None:
    report = check_docx_bytes(_word_style(spoil))
    assert not [f for f in report.findings if f.key.startswith("rule-")]


def test_margins_set_on_the_cell_win_over_the_table_style(spoil: Spoil) -> None:
    data = _word_style(spoil)
    # the motto's cell gets margins of its own: 300 twips a side
    data = replace_in(
        data,
        DOC,
        r'(<w:tcW w:w="5612" w:type="dxa"/>)',
        r'\1<w:tcMar><w:left w:w="300" w:type="dxa"/><w:right w:w="300" w:type="dxa"/></w:tcMar>',
        count=1,
    )
    assert abs(_motto_rule(data) - (5612 - 600 - 1968) / 20) < 0.01


def test_a_rule_really_too_long_is_still_found(spoil: Spoil) -> None:
    data = _word_style(spoil)
    wide = 'w:ind w:left="200" w:right="200"'
    data = replace_in(data, DOC, re.escape('w:ind w:left="984" w:right="984"'), wide)
    report = check_docx_bytes(data)
    assert "rule-motto" in [f.key for f in report.findings]
