"""WordprocessingML for laid-out paragraphs and tables, as text, in schema order.

Word "repairs" a file whose child elements are out of the ECMA-376 order (LibreOffice
forgives it), so each builder here writes the children of w:pPr, w:rPr, w:tblPr and
w:tcPr in the order the schema gives, and the tests validate the result.
Generating text is also several times faster than building python-docx objects one by
one, which matters for long notices.
"""

from __future__ import annotations

from ucd_desktop.decree.numbers import RULE_WEIGHT_PT, pt_to_half_points, pt_to_twips
from ucd_desktop.layout.blocks import Block, Para, Run, TableBlock, VAlign
from ucd_desktop.text.clean import xml_safe

__all__ = ["NS_DECL", "block_xml", "para_xml", "run_xml"]

NS_DECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_RULE_SZ = round(RULE_WEIGHT_PT * 8)  # border widths are in eighths of a point
_BOX_SZ = 8
#: No conditional formatting of a table style: the hex value says the same as the
#: attributes (noHBand 0x0200 + noVBand 0x0400), as Word itself writes it.
TBL_LOOK = (
    '<w:tblLook w:val="0600" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
    'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
)
_NONE_EDGES = "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right"))


# Whitespace becomes a space; &, < and > are escaped. (xml.sax.saxutils.escape would
# import urllib.request and http.client: 18 ms of every `ucd-desktop export` process.)
_XML_TEXT = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _text(s: str) -> str:
    # The layout splits lines into paragraphs; anything left is a space, never a w:br.
    return xml_safe(s).translate(_XML_TEXT)


def _rpr(size: float, *, bold: bool = False, italic: bool = False) -> str:
    hp = pt_to_half_points(size)
    out = ["<w:rPr>"]
    if bold:
        out.append("<w:b/><w:bCs/>")
    if italic:
        out.append("<w:i/><w:iCs/>")
    out.append(f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/></w:rPr>')
    return "".join(out)


def run_xml(run: Run, size: float) -> str:
    rpr = _rpr(size, bold=run.bold, italic=run.italic)
    if run.page_field:
        # A PAGE field written in full, with a cached value, so Word never asks to update.
        return (
            f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r>{rpr}<w:t>2</w:t></w:r>"
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
        )
    return f'<w:r>{rpr}<w:t xml:space="preserve">{_text(run.text)}</w:t></w:r>'


def _border(edge: str, sz: int, space: int = 0) -> str:
    return f'<w:{edge} w:val="single" w:sz="{sz}" w:space="{space}" w:color="000000"/>'


def _ppr(p: Para) -> str:
    out = ["<w:pPr>"]
    if p.keep_next:
        out.append("<w:keepNext/>")
    if p.keep_lines:
        out.append("<w:keepLines/>")
    if p.page_break_before:
        out.append("<w:pageBreakBefore/>")
    if p.box:
        out.append(
            "<w:pBdr>"
            + "".join(_border(e, _BOX_SZ, 2) for e in ("top", "left", "bottom", "right"))
            + "</w:pBdr>"
        )
    elif p.border_top:
        out.append(f"<w:pBdr>{_border('top', _RULE_SZ)}</w:pBdr>")
    line = round(240 * p.line_spacing)
    out.append(
        f'<w:spacing w:before="{pt_to_twips(p.space_before)}" '
        f'w:after="{pt_to_twips(p.space_after)}" w:line="{line}" w:lineRule="auto"/>'
    )
    ind = [f'w:left="{pt_to_twips(p.left_indent)}"', f'w:right="{pt_to_twips(p.right_indent)}"']
    if p.first_indent > 0:
        ind.append(f'w:firstLine="{pt_to_twips(p.first_indent)}"')
    out.append(f"<w:ind {' '.join(ind)}/>")
    out.append(f'<w:jc w:val="{p.align.value}"/>')
    out.append(_rpr(p.size))
    out.append("</w:pPr>")
    return "".join(out)


def para_xml(p: Para) -> str:
    runs = "".join(run_xml(r, p.size) for r in p.runs if r.text or r.page_field)
    return f"<w:p>{_ppr(p)}{runs}</w:p>"


def _twips_widths(widths: list[float], total_twips: int | None) -> list[int]:
    out = [pt_to_twips(w) for w in widths]
    if total_twips is not None and out:
        out[-1] = total_twips - sum(out[:-1])  # columns add up to the text width exactly
    return out


def table_xml(t: TableBlock, total_twips: int | None = None) -> str:
    widths = _twips_widths(t.widths, total_twips)
    pad = pt_to_twips(t.cell_padding)
    if t.borders:
        edges = ("top", "left", "bottom", "right", "insideH", "insideV")
        borders = "".join(_border(e, 4) for e in edges)
    else:
        edges = ("top", "left", "bottom", "right", "insideH", "insideV")
        borders = "".join(f'<w:{e} w:val="nil"/>' for e in edges)
    out = [
        "<w:tbl><w:tblPr>",
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>',
        '<w:tblInd w:w="0" w:type="dxa"/>',
        f"<w:tblBorders>{borders}</w:tblBorders>",
        '<w:tblLayout w:type="fixed"/>',
        f'<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="{pad}" w:type="dxa"/>'
        f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>',
        TBL_LOOK,
        "</w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]
    for row in t.rows:
        trpr = ""
        if row.cant_split or row.header:
            trpr = (
                "<w:trPr>"
                + ("<w:cantSplit/>" if row.cant_split else "")
                + ("<w:tblHeader/>" if row.header else "")
                + "</w:trPr>"
            )
        out.append(f"<w:tr>{trpr}")
        for cell, width in zip(row.cells, widths, strict=True):
            tc_borders = "" if t.borders else f"<w:tcBorders>{_NONE_EDGES}</w:tcBorders>"
            valign = '<w:vAlign w:val="bottom"/>' if cell.v_align is VAlign.BOTTOM else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{tc_borders}{valign}')
            out.append("</w:tcPr>")
            paras = cell.paras or [Para([], 2.0)]
            out.extend(para_xml(p) for p in paras)
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def block_xml(block: Block, text_width_twips: int) -> str:
    if isinstance(block, Para):
        return para_xml(block)
    return table_xml(block, text_width_twips)
