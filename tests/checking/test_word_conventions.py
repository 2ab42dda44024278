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

import pytest

from tests.checking.conftest import Spoil, replace_in
from ucd_desktop.checking import check_docx_bytes
from ucd_desktop.checking.rules_check import _rule_length
from ucd_desktop.decree import Role
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
    measured = _rule_length(para, 0.0, Role.MOTTO)
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


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PACKAGE = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
    "word/_rels/document.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/styles" Target="styles.xml"/></Relationships>'
    ),
}


def _word_docx(table_style: str, cell_props: str = "") -> bytes:
    """A .docx as Word writes one: a two-column header table styled "TableGrid" (based on
    Word's "Normal Table", which alone sets the 108-twip cell margins), the motto's rule
    a top border on an empty paragraph of the right-hand cell."""
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{_W}">'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name '
        'w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" '
        'w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/></w:style>' + table_style + "</w:styles>"
    )
    cell = (
        '<w:tc><w:tcPr><w:tcW w:w="5670" w:type="dxa"/>' + cell_props + "</w:tcPr>"
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/>'
        "</w:rPr><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/>'
        '</w:pBdr><w:ind w:left="1134" w:right="1134"/></w:pPr></w:p></w:tc>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
        '<w:body><w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" '
        'w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3686"/><w:gridCol '
        'w:w="5670"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="3686" w:type="dxa"/>'
        "</w:tcPr><w:p/></w:tc>" + cell + "</w:tr></w:tbl>"
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" '
        'w:bottom="1134" w:left="1701"/></w:sectPr></w:body></w:document>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, text in _PACKAGE.items():
            package.writestr(name, text)
        package.writestr("word/styles.xml", styles)
        package.writestr("word/document.xml", document)
    return out.getvalue()


def _rule_in(data: bytes) -> float:
    doc = DocxDocument(data)
    para = next(p for p in doc.paragraphs if p.attr("w:ind", "left") == "1134")
    measured = _rule_length(para, 0.0, Role.MOTTO)
    assert measured is not None
    return measured[0]


def test_a_hand_built_word_table_inherits_normal_table_margins() -> None:
    # 5670 - 2 x 108 (inherited through TableGrid -> TableNormal) - 2 x 1134 = 3186 twips
    assert _rule_in(_word_docx("")) == pytest.approx(3186 / 20)


def test_a_table_style_s_own_margins_and_a_cell_s_win() -> None:
    own = (
        '<w:style w:type="table" w:styleId="Plain"><w:tblPr><w:tblCellMar><w:left w:w="0" '
        'w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    )
    restyled = _rewrite(
        _word_docx(own), DOC, lambda xml: xml.replace('w:val="TableGrid"', 'w:val="Plain"')
    )
    assert _rule_in(restyled) == pytest.approx((5670 - 2268) / 20)
    cell = '<w:tcMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tcMar>'
    assert _rule_in(_word_docx("", cell)) == pytest.approx((5670 - 114 - 2268) / 20)


def test_word_s_margin_of_850_twips_is_not_reported() -> None:
    report = check_docx_bytes(_word_docx(""))
    assert not [f for f in report.findings if f.key == "page"]
