""".docx -> lines: text, bold, columns of layout tables, rules, numbering, legacy fonts.

A table that holds the header or the signature block is a layout table: its cells become
left and right column lines. Any other table is a table of the body. Runs in the TCVN3
fonts (".VnTime", ".VnTimeH") or VNI fonts ("VNI-Times") are decoded to Unicode. Bold
and italic words inside a paragraph are kept as the model's marks (``Line.marked``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ucd_desktop.reading.docx_doc import DocxDocument, ParaInfo, RunInfo
from ucd_desktop.reading.docx_styles import q, wval
from ucd_desktop.reading.emphasis import BOLD, ITALIC, align, mark_line
from ucd_desktop.reading.lines import Column, Line, is_typed_rule, split_line
from ucd_desktop.reading.patterns import (
    AUTHORITY_RE,
    find_date,
    find_motto,
    find_national_title,
    is_recipients_heading,
    is_type_name,
    parse_number,
)
from ucd_desktop.text.clean import clean_field, nfc, tidy
from ucd_desktop.text.legacy import decode_tcvn3, decode_vni, detect_legacy
from ucd_desktop.text.numbering import roman, vn_letter

__all__ = ["docx_lines", "has_border", "legacy_font", "para_text"]

_NUMBER_KINDS = {"upperRoman": "section", "decimal": "clause", "lowerLetter": "point"}


def legacy_font(name: str) -> tuple[str, bool] | None:
    """("tcvn3"|"vni", uppercase font) for a legacy Vietnamese font name."""
    lowered = name.strip().lower()
    if lowered.startswith(".vn"):
        return "tcvn3", lowered.endswith("h")
    if lowered.startswith(("vni-", "vni ")):
        return "vni", False
    return None


def _decode(text: str, font: str) -> str:
    legacy = legacy_font(font)
    if legacy is None:
        return text
    if legacy[0] == "tcvn3":
        return decode_tcvn3(text, uppercase_font=legacy[1])
    return decode_vni(text)


def _run_text(run: RunInfo) -> str:
    """The text of one run as a reader sees it: its legacy font decoded, "caps" applied."""
    text = _decode(run.text, run.fmt.fonts.get("ascii", ""))
    return text.upper() if run.fmt.caps else text


def para_text(para: ParaInfo) -> str:
    """The text of ``para`` as a reader sees it: legacy fonts decoded, "caps" applied."""
    out = [_run_text(run) for run in para.runs]
    # clean_field turns tabs into spaces; keep them, they separate typed columns.
    return "\t".join(clean_field(part) for part in "".join(out).split("\t"))


def _styled(
    para: ParaInfo, label: str, decode: Callable[[str], str] | None
) -> list[tuple[str, int]]:
    """The characters of ``para`` with their style bits, read as ``para_text`` reads them
    (``decode``: the legacy encoding found in Unicode-font text, applied run by run)."""
    out = [(c, 0) for c in f"{label} "] if label else []
    for run in para.runs:
        text = _run_text(run)
        text = nfc(decode(text) if decode else text)
        style = (BOLD if run.fmt.bold else 0) | (ITALIC if run.fmt.italic else 0)
        out.extend((c, style) for c in text)
    return out


def has_border(para: ParaInfo, edge: str) -> bool:
    borders = para.prop("w:pBdr")
    if borders is None:
        return False
    el = borders.find(q(f"w:{edge}"))
    return el is not None and (wval(el) or "nil") not in ("nil", "none")


@dataclass
class _Counters:
    values: dict[tuple[str, int], int]


def _auto_label(doc: DocxDocument, para: ParaInfo, counters: _Counters) -> tuple[str, str]:
    """(item kind, label text to keep) for a paragraph numbered by Word."""
    level = doc.numbering.level(para.num_id, para.ilvl)
    if level is None or para.num_id in ("", "0"):
        return "", ""
    key = (para.num_id, para.ilvl)
    counters.values[key] = counters.values.get(key, level.start - 1) + 1
    for other in list(counters.values):
        if other[0] == para.num_id and other[1] > para.ilvl:
            del counters.values[other]
    if level.fmt == "bullet":
        return "bullet", ""
    simple = level.text.replace(f"%{para.ilvl + 1}", "")
    kind = _NUMBER_KINDS.get(level.fmt, "")
    if kind and simple in (".", ")", ""):
        return kind, ""
    # A format the model has no kind for ("1.1.", "Điều 1."): keep the label as text.
    label = level.text
    for ilvl in range(9):
        value = counters.values.get((para.num_id, ilvl), 1)
        label = label.replace(f"%{ilvl + 1}", _format(doc, para.num_id, ilvl, value))
    return "", label


def _format(doc: DocxDocument, num_id: str, ilvl: int, value: int) -> str:
    level = doc.numbering.level(num_id, ilvl)
    fmt = level.fmt if level else "decimal"
    if fmt == "upperRoman":
        return roman(max(value, 1))
    if fmt == "lowerRoman":
        return roman(max(value, 1)).lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = vn_letter(max(value, 1))
        return letter.upper() if fmt == "upperLetter" else letter
    return str(value)


def _is_layout(texts: list[str]) -> bool:
    """A table holding the header or the signature block, not a table of the body."""
    for text in texts:
        t = text.strip()
        if (
            find_national_title(t)
            or find_motto(t)
            or parse_number(t)
            or is_recipients_heading(t)
            or is_type_name(t)
            or AUTHORITY_RE.match(t)
            or (find_date(t) and len(t) < 100)
        ):
            return True
    return False


def _para_lines(
    para: ParaInfo,
    text: str,
    column: Column,
    in_table: bool,
    styled: list[tuple[str, int]] | None = None,
) -> list[Line]:
    lines: list[Line] = []
    styles = align(styled, text) if styled is not None else None
    offset = 0
    runs = [r for r in para.runs if r.text.strip()]
    bold = bool(runs) and all(r.fmt.bold for r in runs)
    italic = bool(runs) and all(r.fmt.italic for r in runs)
    prefix_parts: list[str] = []
    for r in para.runs:
        if r.text.strip() and not r.fmt.bold:
            break
        prefix_parts.append(_decode(r.text, r.fmt.fonts.get("ascii", "")))
    prefix = tidy("".join(prefix_parts)) if not bold else ""
    jc = wval(para.prop("w:jc")) or ""
    size = next((r.fmt.size for r in runs if r.fmt.size), para.base.size)
    common = {
        "bold": bold,
        "italic": italic,
        "centred": jc == "center",
        "ref": para.index,
        "size": size,
    }
    if has_border(para, "top"):
        lines.append(Line("", rule=True, column=column, ref=para.index))
    for chunk in text.split("\n"):
        chunk_styles = styles[offset : offset + len(chunk)] if styles is not None else None
        offset += len(chunk) + 1
        if is_typed_rule(chunk):
            lines.append(Line("", rule=True, typed_rule=True, column=column, ref=para.index))
            continue
        pieces = split_line(chunk) if "\t" in chunk and not in_table else [tidy(chunk)]
        if len(pieces) == 2 and column is Column.FULL:
            lines.append(Line(pieces[0], column=Column.LEFT, **common))  # type: ignore[arg-type]
            lines.append(Line(pieces[1], column=Column.RIGHT, **common))  # type: ignore[arg-type]
        elif " ".join(pieces).strip():
            joined = " ".join(pieces)
            marked = (
                mark_line(list(zip(chunk, chunk_styles, strict=True)), joined)
                if chunk_styles is not None
                else None
            )
            lines.append(Line(joined, column=column, bold_prefix=prefix, marked=marked, **common))  # type: ignore[arg-type]
    if para.drawn_lines or has_border(para, "bottom"):
        lines.append(Line("", rule=True, column=column, ref=para.index))
    return lines


def docx_lines(data: bytes, name: str = "") -> tuple[list[Line], str | None]:
    """The lines of a .docx and the legacy encoding found in it (None: Unicode)."""
    doc = DocxDocument(data, name)
    return document_lines(doc)


def document_lines(doc: DocxDocument) -> tuple[list[Line], str | None]:
    encoding: str | None = None
    for para in doc.paragraphs:
        for run in para.runs:
            legacy = legacy_font(run.fmt.fonts.get("ascii", ""))
            if legacy and run.text.strip() and not run.text.isascii():
                encoding = legacy[0]
    texts = [para_text(p) for p in doc.paragraphs]
    decode: Callable[[str], str] | None = None
    if encoding is None:
        # Legacy text in a Unicode font (the font was changed, the text never converted).
        found = detect_legacy("\n".join(texts))
        if found is not None:
            encoding = found
            decode = decode_tcvn3 if found == "tcvn3" else decode_vni
            texts = [decode(t) for t in texts]
    counters = _Counters({})
    out: list[Line] = []
    i = 0
    paras = doc.paragraphs
    while i < len(paras):
        para = paras[i]
        if para.cell is None or para.in_textbox:
            kind, label = _auto_label(doc, para, counters)
            text = f"{label} {texts[i]}".strip() if label else texts[i]
            styled = _styled(para, label, decode)
            for line in _para_lines(para, text, Column.FULL, False, styled):
                out.append(replace(line, auto_number=kind) if kind and line.text else line)
            i += 1
            continue
        table = para.cell[0]
        j = i
        while j < len(paras) and paras[j].cell is not None and paras[j].cell[0] == table:  # type: ignore[index]
            j += 1
        group = list(range(i, j))
        if _is_layout([texts[k] for k in group]):
            for k in group:
                cell = paras[k].cell
                assert cell is not None
                columns = max(paras[k].table_columns, 1)
                column = (
                    Column.FULL
                    if columns == 1
                    else (Column.LEFT if cell[2] < columns / 2 else Column.RIGHT)
                )
                out.extend(_para_lines(paras[k], texts[k], column, True))
        else:
            out.append(_table_line(paras, texts, group))
        i = j
    return out, encoding


def _table_line(paras: list[ParaInfo], texts: list[str], group: list[int]) -> Line:
    rows: dict[int, dict[int, list[str]]] = {}
    for k in group:
        cell = paras[k].cell
        assert cell is not None
        rows.setdefault(cell[1], {}).setdefault(cell[2], []).append(tidy(texts[k]))
    width = max((max(r) + 1 for r in rows.values() if r), default=1)
    grid = tuple(
        tuple("\n".join(p for p in rows[r].get(c, []) if p) for c in range(width))
        for r in sorted(rows)
    )
    return Line("", table=grid, ref=paras[group[0]].index)
