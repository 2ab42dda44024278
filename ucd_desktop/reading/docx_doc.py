"""A .docx opened for reading: every paragraph with its text and effective formatting.

Paragraphs are listed in reading order, table cells included (with their table, row,
column and width), text boxes after the paragraph that anchors them. Drawn lines (VML
lines, DrawingML line shapes) are recorded with their length, field codes are skipped
and only field results kept.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.reading.docx_styles import (
    Element,
    Numbering,
    RunFormat,
    Styles,
    q,
    read_xml,
    wval,
)
from ucd_desktop.reading.result import ReadError
from ucd_desktop.reading.sniff import Kind, describe, sniff
from ucd_desktop.reading.walls import MAX_XML_BYTES, Budget, check_zip, to_float, to_int

__all__ = ["DocxDocument", "ParaInfo", "RunInfo"]

_log = logging.getLogger(__name__)

_V = "urn:schemas-microsoft-com:vml"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_EMU_PER_PT = 12700
_MAX_PART = MAX_XML_BYTES
#: (table number, row, column, width in twips, columns, (left, right) margins in twips)
_Cell = tuple[int, int, int, int, int, tuple[int, int]]


@dataclass
class RunInfo:
    text: str
    fmt: RunFormat


@dataclass
class ParaInfo:
    index: int
    runs: list[RunInfo] = field(default_factory=list)
    #: pPr elements that apply, weakest first (defaults, styles, direct).
    props: list[Element] = field(default_factory=list)
    #: The formatting a run of this paragraph gets without direct formatting.
    base: RunFormat = field(default_factory=RunFormat)
    #: (table number, row, column) for text in a table cell.
    cell: tuple[int, int, int] | None = None
    cell_width_twips: int | None = None
    #: The cell's (left, right) margins in twips: its text is that much narrower.
    cell_margins_twips: tuple[int, int] = (0, 0)
    table_columns: int = 0
    #: Lengths (pt) of the lines drawn in this paragraph.
    drawn_lines: list[float] = field(default_factory=list)
    num_id: str = ""
    ilvl: int = 0
    in_textbox: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def cell_text_twips(self) -> int | None:
        """The width the cell leaves its text (its width less its margins), None outside
        a table or when the width is not known."""
        if not self.cell_width_twips:
            return None
        return max(self.cell_width_twips - sum(self.cell_margins_twips), 0)

    def prop(self, tag: str) -> Element | None:
        """The strongest element ``tag`` (e.g. "w:jc") among the pPr that apply."""
        for ppr in reversed(self.props):
            el = ppr.find(q(tag))
            if el is not None:
                return el
        return None

    def attr(self, tag: str, name: str) -> str | None:
        """An attribute of ``tag`` merged over the pPr that apply (ind, spacing)."""
        for ppr in reversed(self.props):
            el = ppr.find(q(tag))
            value = wval(el, name)
            if value is not None:
                return value
        return None


class DocxDocument:
    """The parts of a .docx that the importer and the checker read."""

    def __init__(self, data: bytes, name: str = "") -> None:
        self.kind = sniff(data)
        _log.debug("reading a %s of %d bytes", self.kind.value, len(data))
        if self.kind not in (Kind.DOCX, Kind.DOCM):
            raise ReadError(describe(self.kind, name))
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            names = set(self.zip.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise ReadError(
                _("{name} is damaged or is not a Word document.").format(name=name)
            ) from None
        check_zip(self.zip, name)
        self.budget = Budget(name)
        self.main = self._main_part(names)
        if self.main is None:
            raise ReadError(_("{name} is not a Word document (.docx).").format(name=name))
        self.rels = self._rels(self.main)
        self.document = self._xml(self.main)
        if self.document is None:
            raise ReadError(_("{name} is damaged or is not a Word document.").format(name=name))
        self.styles = Styles(self._xml_rel("styles"), self._xml_rel("theme"))
        self.numbering = Numbering(self._xml_rel("numbering"))
        self.settings = self._xml_rel("settings")
        body = self.document.find(q("w:body"))
        self.body = body
        self.section = body.find(q("w:sectPr")) if body is not None else None
        self.paragraphs: list[ParaInfo] = []
        #: Body order: ("p", [para index]) or ("tbl", table number).
        self.tables = 0
        if body is not None:
            self._walk(body, None)

    # ------------------------------------------------------------------ parts
    def _main_part(self, names: set[str]) -> str | None:
        rels = self._read("_rels/.rels")
        root = read_xml(rels) if rels else None
        if root is not None:
            for rel in root:
                if str(rel.get("Type", "")).endswith("/officeDocument"):
                    target = str(rel.get("Target", "")).lstrip("/")
                    if target in names:
                        return target
        return "word/document.xml" if "word/document.xml" in names else None

    def _read(self, name: str) -> bytes | None:
        try:
            info = self.zip.getinfo(name)
        except KeyError:
            return None
        if info.file_size > _MAX_PART:
            raise ReadError(_("A part of the document is too large to read."))
        try:
            return self.zip.read(info)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise ReadError(_("The document is damaged (a part cannot be unpacked).")) from None

    def _xml(self, name: str) -> Element | None:
        data = self._read(name)  # a ReadError of its own (too large, damaged) says why
        try:
            return read_xml(data)
        except (SyntaxError, ValueError):  # ElementTree.ParseError is a SyntaxError
            raise ReadError(
                _("The document is damaged ({part} is not valid XML).").format(part=name)
            ) from None

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        path = PurePosixPath(part)
        root = read_xml(self._read(str(path.parent / "_rels" / f"{path.name}.rels")))
        out: dict[str, tuple[str, str]] = {}
        for rel in root if root is not None else []:
            target = str(rel.get("Target", ""))
            resolved = target.lstrip("/") if target.startswith("/") else str(path.parent / target)
            out[str(rel.get("Id", ""))] = (str(rel.get("Type", "")).rsplit("/", 1)[-1], resolved)
        return out

    def part_by_id(self, rid: str) -> str | None:
        found = self.rels.get(rid)
        return found[1] if found else None

    def _xml_rel(self, kind: str) -> Element | None:
        for rel_kind, target in self.rels.values():
            if rel_kind == kind:
                return self._xml(target)
        return None

    def xml_part(self, name: str) -> Element | None:
        return self._xml(name)

    def story_paragraphs(self, part: str) -> list[ParaInfo]:
        """Paragraphs of a header or footer part."""
        root = self._xml(part)
        saved, self.paragraphs = self.paragraphs, []
        try:
            if root is not None:
                self._walk(root, None)
            return self.paragraphs
        finally:
            self.paragraphs = saved

    # ------------------------------------------------------------------ walking
    def _walk(self, parent: Element, cell: _Cell | None) -> None:
        """Paragraphs in reading order, table cells included, with an explicit stack
        (tables nested a thousand deep must not exhaust Python's recursion)."""
        stack: list[Iterator[tuple[Element, _Cell | None]]] = [((c, cell) for c in parent)]
        while stack:
            step = next(stack[-1], None)
            if step is None:
                stack.pop()
                continue
            child, where = step
            tag = child.tag
            if tag == q("w:p"):
                self._paragraph(child, where)
            elif tag == q("w:tbl"):
                stack.append(self._table(child))
            elif tag in (q("w:sdt"), q("w:customXml")):
                content = child.find(q("w:sdtContent")) if tag == q("w:sdt") else child
                if content is not None:
                    stack.append((c, where) for c in content)

    def _table(self, tbl: Element) -> Iterator[tuple[Element, _Cell | None]]:
        """The children of the table's cells, each with its cell (table, row, column,
        width, columns); widths read without trusting them (``w:w="abc"``)."""
        number = self.tables
        self.tables += 1
        grid = [
            to_int(wval(g, "w"), low=0, high=100_000)
            for g in tbl.findall(f"{q('w:tblGrid')}/{q('w:gridCol')}")
        ]
        rows = tbl.findall(q("w:tr"))
        tblpr = tbl.find(q("w:tblPr"))
        counts = [len(r.findall(q("w:tc"))) for r in rows]
        self.budget.cell(sum(counts))
        columns = max(counts, default=0)
        cells: list[tuple[Element, _Cell]] = []
        for r, row in enumerate(rows):
            col = 0
            for tc in row.findall(q("w:tc")):
                tcpr = tc.find(q("w:tcPr"))
                span = 1
                width = 0
                if tcpr is not None:
                    span = to_int(wval(tcpr.find(q("w:gridSpan"))), 1, low=1, high=64)
                    width_el = tcpr.find(q("w:tcW"))
                    if wval(width_el, "type") in ("dxa", None):
                        width = to_int(wval(width_el, "w"), low=0, high=100_000)
                if not width and grid:
                    width = sum(grid[col : col + span])
                margins = self.styles.cell_margins(tblpr, tcpr)
                cells.append((tc, (number, r, col, width, columns, margins)))
                col += span
        return ((child, where) for tc, where in cells for child in tc)

    def _paragraph(self, p: Element, cell: _Cell | None, *, textbox: bool = False) -> None:
        ppr = p.find(q("w:pPr"))
        style = self.styles.para_style(ppr)
        info = ParaInfo(
            index=len(self.paragraphs),
            props=self.styles.para_props(ppr),
            base=self.styles.base_run_format(style),
            in_textbox=textbox,
        )
        if cell is not None:
            info.cell = cell[:3]
            info.cell_width_twips = cell[3] or None
            info.table_columns = cell[4]
            info.cell_margins_twips = cell[5]
        num = info.prop("w:numPr")
        if num is not None:
            info.num_id = wval(num.find(q("w:numId"))) or ""
            info.ilvl = to_int(wval(num.find(q("w:ilvl"))), low=0, high=8)
        self.budget.paragraph()
        self.paragraphs.append(info)
        boxes: list[Element] = []
        self._runs(p, info, boxes, [False])
        self.budget.text(sum(len(r.text) for r in info.runs))
        if textbox:
            return  # the outer box's iter() below already reaches boxes inside boxes
        for box in boxes:
            for inner in box.iter(q("w:p")):
                self._paragraph(inner, cell, textbox=True)

    def _runs(
        self, parent: Element, info: ParaInfo, boxes: list[Element], in_code: list[bool]
    ) -> None:
        """The runs of a paragraph, through hyperlinks, insertions, content controls...
        nested any depth (an explicit stack, not recursion)."""
        stack: list[Iterator[Element]] = [iter(parent)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                continue
            tag = child.tag
            if tag == q("w:r"):
                self._run(child, info, boxes, in_code)
            elif tag in _RUN_CONTAINERS:
                stack.append(iter(child))
            elif tag == q("w:sdt"):
                content = child.find(q("w:sdtContent"))
                if content is not None:
                    stack.append(iter(content))
            elif tag == f"{{{_MC}}}AlternateContent":
                choice = child.find(f"{{{_MC}}}Choice")
                self._shapes(choice if choice is not None else child, info, boxes)

    def _run(self, r: Element, info: ParaInfo, boxes: list[Element], in_code: list[bool]) -> None:
        fmt = self.styles.run_format(info.base, r.find(q("w:rPr")))
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == q("w:fldChar"):
                kind = wval(child, "fldCharType")
                in_code[0] = kind == "begin"
            elif in_code[0]:
                continue
            elif tag == q("w:t"):
                parts.append(child.text or "")
            elif tag == q("w:tab"):
                parts.append("\t")
            elif tag in (q("w:br"), q("w:cr")) and wval(child, "type") not in ("page", "column"):
                parts.append("\n")
            elif tag == q("w:noBreakHyphen"):
                parts.append("-")
            elif tag in (q("w:drawing"), q("w:pict"), q("w:object")):
                self._shapes(child, info, boxes)
            elif tag == f"{{{_MC}}}AlternateContent":
                choice = child.find(f"{{{_MC}}}Choice")
                self._shapes(choice if choice is not None else child, info, boxes)
        text = "".join(parts)
        if text:
            info.runs.append(RunInfo(text, fmt))

    def _shapes(self, el: Element, info: ParaInfo, boxes: list[Element]) -> None:
        """Record drawn lines and text boxes inside a drawing."""
        for box in el.iter(q("w:txbxContent")):
            boxes.append(box)
        for line in el.iter(f"{{{_V}}}line"):
            info.drawn_lines.append(_vml_line_length(line))
        for shape in el.iter(f"{{{_V}}}shape"):
            if (
                "connector"
                in str(shape.get("{urn:schemas-microsoft-com:office:office}connectortype", ""))
                or shape.get("type") == "#_x0000_t32"
            ):
                info.drawn_lines.append(_css_width(str(shape.get("style", ""))))
        for anchor in list(el.iter(f"{{{_WP}}}anchor")) + list(el.iter(f"{{{_WP}}}inline")):
            geometry = [
                g.get("prst")
                for g in anchor.iter(
                    "{http://schemas.openxmlformats.org/drawingml/2006/main}prstGeom"
                )
            ]
            connector = any("cxnSp" in str(n.tag) or "cNvCnPr" in str(n.tag) for n in anchor.iter())
            if (
                "line" in geometry
                or any(str(g).startswith(("straightConnector", "line")) for g in geometry)
                or connector
            ):
                extent = anchor.find(f"{{{_WP}}}extent")
                cx = to_int(extent.get("cx"), high=10**12) if extent is not None else 0
                info.drawn_lines.append(cx / _EMU_PER_PT)


_RUN_CONTAINERS = frozenset(
    q(t)
    for t in (
        "w:hyperlink",
        "w:ins",
        "w:smartTag",
        "w:fldSimple",
        "w:customXml",
        "w:dir",
        "w:bdo",
    )
)


def _css_width(style: str) -> float:
    for item in style.split(";"):
        key, _, value = item.partition(":")
        if key.strip() == "width":
            return _css_length(value.strip())
    return 0.0


def _css_length(value: str) -> float:
    units = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75}
    for unit, factor in units.items():
        if value.endswith(unit):
            try:
                return to_float(value[: -len(unit)]) * factor
            except ValueError:
                return 0.0
    try:
        return to_float(value) / _EMU_PER_PT if value else 0.0
    except ValueError:
        return 0.0


def _vml_line_length(line: Element) -> float:
    def point(attr: str) -> tuple[float, float]:
        raw = str(line.get(attr, "0,0")).split(",")
        xs = [
            _css_length(v.strip()) if v.strip()[-2:].isalpha() else to_float(v) for v in [*raw, "0"]
        ]
        return xs[0], xs[1]

    try:
        (x1, _y1), (x2, _y2) = point("from"), point("to")
    except ValueError:
        return 0.0
    return abs(x2 - x1)
