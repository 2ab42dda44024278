"""Write a laid-out notice as a .docx that Word opens without a prompt.

``package`` assembles and zips the parts (content types, relationships, core
properties); the parts themselves come from ``docx_parts`` (fixed) and ``ooxml`` (the
laid-out content). Nothing here imports python-docx.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ucd_desktop import APP_NAME
from ucd_desktop.decree import numbers as rules
from ucd_desktop.export import docx_parts
from ucd_desktop.export.ooxml import NS_DECL, block_xml, para_xml
from ucd_desktop.export.package import CT, MAX_PROPERTY, RT, Package, Part, core_properties_xml
from ucd_desktop.layout.blocks import DocumentLayout, Para, TableBlock
from ucd_desktop.layout.build import build_layout
from ucd_desktop.model.notice import Notice
from ucd_desktop.storage.atomic import atomic_write_bytes

__all__ = ["export_docx", "render_docx", "section_xml"]

_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: Word needs a paragraph after a final table and between two tables (or it merges
#: them). This one is 1 pt high (an exact height is harmless: it holds no text), so it
#: does not push a page full to the brim onto a new, empty page.
_TAIL = (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
)


def _property(text: str) -> str:
    """``text`` cut to fit a core property: a 300-character summary must still export."""
    return text if len(text) <= MAX_PROPERTY else text[: MAX_PROPERTY - 1] + "…"


def _twips(mm: float, rng: rules.Range) -> int:
    return rules.mm_to_twips_inward(mm, low=rng.low, high=rng.high)


def section_xml(layout: DocumentLayout, refs: dict[str, str]) -> tuple[str, int]:
    """The w:sectPr (A4 portrait, margins, headers) and the text width in twips."""
    g = layout.page
    r = rules.MARGIN_RANGES
    top, bottom = _twips(g.margin_top_mm, r["top"]), _twips(g.margin_bottom_mm, r["bottom"])
    left, right = _twips(g.margin_left_mm, r["left"]), _twips(g.margin_right_mm, r["right"])
    width, height = rules.A4_WIDTH_TWIPS, rules.A4_HEIGHT_TWIPS
    header = round(g.header_distance_mm * rules.TWIPS_PER_MM)
    footer = round(g.footer_distance_mm * rules.TWIPS_PER_MM)
    parts = [
        "<w:sectPr>",
        f'<w:headerReference w:type="default" r:id="{refs["header"]}"/>',
        f'<w:headerReference w:type="first" r:id="{refs["header_first"]}"/>',
        f'<w:footerReference w:type="default" r:id="{refs["footer"]}"/>',
        f'<w:footerReference w:type="first" r:id="{refs["footer_first"]}"/>',
        f'<w:pgSz w:w="{width}" w:h="{height}" w:orient="portrait"/>',
        f'<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" '
        f'w:header="{header}" w:footer="{footer}" w:gutter="0"/>',
        '<w:cols w:space="720"/>',
        "<w:titlePg/>",  # a different first page: no page number on page 1
        "</w:sectPr>",
    ]
    return "".join(parts), width - left - right


def _document_xml(layout: DocumentLayout, refs: dict[str, str]) -> str:
    sect, text_width = section_xml(layout, refs)
    body: list[str] = []
    previous_table = False
    for block in layout.blocks:
        is_table = isinstance(block, TableBlock)
        if is_table and previous_table:
            body.append(_TAIL)  # adjacent tables would merge into one in Word
        body.append(block_xml(block, text_width))
        previous_table = is_table
    if previous_table:
        body.append(_TAIL)
    return f"{_DECL}<w:document {NS_DECL}><w:body>{''.join(body)}{sect}</w:body></w:document>"


def _story(tag: str, paras: list[Para]) -> bytes:
    content = "".join(para_xml(p) for p in paras) or "<w:p/>"
    return f"{_DECL}<w:{tag} {NS_DECL}>{content}</w:{tag}>".encode()


def render_docx(layout: DocumentLayout, *, now: dt.datetime | None = None) -> bytes:
    """The .docx file of ``layout``, as bytes."""
    package = Package()
    main = package.add("/word/document.xml", CT.DOCUMENT)
    package.relate(None, RT.OFFICE_DOCUMENT, main)

    def add(name: str, ct: str, rt: str, blob: bytes, owner: Part | None = main) -> str:
        return package.relate(owner, rt, package.add(name, ct, blob))

    add("/word/styles.xml", CT.STYLES, RT.STYLES, docx_parts.STYLES_XML.encode())
    add("/word/settings.xml", CT.SETTINGS, RT.SETTINGS, docx_parts.SETTINGS_XML.encode())
    add("/word/fontTable.xml", CT.FONT_TABLE, RT.FONT_TABLE, docx_parts.FONT_TABLE_XML.encode())
    add("/word/theme/theme1.xml", CT.THEME, RT.THEME, docx_parts.THEME_XML.encode())
    refs = {
        "header": add(
            "/word/header1.xml", CT.HEADER, RT.HEADER, _story("hdr", [layout.page_number])
        ),
        "header_first": add("/word/header2.xml", CT.HEADER, RT.HEADER, _story("hdr", [])),
        "footer": add("/word/footer1.xml", CT.FOOTER, RT.FOOTER, _story("ftr", [])),
        "footer_first": add(
            "/word/footer2.xml", CT.FOOTER, RT.FOOTER, _story("ftr", layout.first_page_footer)
        ),
    }
    main.blob = _document_xml(layout, refs).encode()
    app = docx_parts.APP_XML.encode()
    add("/docProps/app.xml", CT.EXTENDED_PROPERTIES, RT.EXTENDED_PROPERTIES, app, owner=None)
    stamp = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    core = core_properties_xml(
        title=_property(layout.title),
        author=_property(layout.author),
        language=layout.language,
        last_modified_by=APP_NAME,
        created=stamp,
        modified=stamp,
    )
    add("/docProps/core.xml", CT.CORE_PROPERTIES, RT.CORE_PROPERTIES, core, owner=None)
    return package.to_bytes(stamp)


def export_docx(notice: Notice, path: Path, *, now: dt.datetime | None = None) -> None:
    """Lay ``notice`` out and write it to ``path`` atomically (all or nothing)."""
    atomic_write_bytes(Path(path), render_docx(build_layout(notice), now=now))
