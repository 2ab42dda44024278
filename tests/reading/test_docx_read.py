"""Word files as clerks make them: caps formatting, drawn lines, text boxes, legacy fonts."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from ucd_desktop.reading.docx_doc import DocxDocument
from ucd_desktop.reading.docx_read import docx_lines, legacy_font

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
VML_LINE = (
    f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
    '<v:line from="10pt,5pt" to="130pt,5pt"/></w:pict></w:r>'
)
TEXT_BOX = (
    f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
    "<w:txbxContent><w:p><w:r><w:t>Số: 12/TB-UBND</w:t></w:r></w:p></w:txbxContent>"
    "</v:textbox></v:shape></w:pict></w:r>"
)


def _bytes(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_caps_drawn_lines_and_text_boxes() -> None:
    d = docx.Document()
    p = d.add_paragraph()
    run = p.add_run("ủy ban nhân dân")
    run.font.all_caps = True
    run.bold = True
    motto = d.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    motto._element.append(parse_xml(VML_LINE))
    holder = d.add_paragraph()
    holder._element.append(parse_xml(TEXT_BOX))
    lines, encoding = docx_lines(_bytes(d))
    assert encoding is None
    assert lines[0].text == "ỦY BAN NHÂN DÂN" and lines[0].bold is True
    assert lines[1].text.startswith("Độc lập") and lines[2].rule and not lines[2].typed_rule
    assert any(line.text == "Số: 12/TB-UBND" for line in lines)
    doc = DocxDocument(_bytes(d))
    assert doc.paragraphs[1].drawn_lines == [120.0]


def test_legacy_font_names() -> None:
    assert legacy_font(".VnTime") == ("tcvn3", False)
    assert legacy_font(".VnTimeH") == ("tcvn3", True)
    assert legacy_font("VNI-Times") == ("vni", False)
    assert legacy_font("Times New Roman") is None


def test_vni_runs_are_decoded() -> None:
    from ucd_desktop.text.legacy import encode_vni

    d = docx.Document()
    run = d.add_paragraph().add_run(encode_vni("Kết luận của Giám đốc Sở"))
    run.font.name = "VNI-Times"
    lines, encoding = docx_lines(_bytes(d))
    assert encoding == "vni" and lines[0].text == "Kết luận của Giám đốc Sở"
