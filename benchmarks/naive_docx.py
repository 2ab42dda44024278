"""The "naive" alternative: a python-docx script that builds the notice object by object.

What a developer writes without a template: ``Document()``, then each table, paragraph and
run added and formatted through python-docx's public API (``docx_style`` holds the few
XML elements it has no API for). Same styles, tables, rules and paragraphs as the app's
export and the docxtpl template.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from benchmarks.docx_style import (
    BODY,
    RULE_INDENTS,
    Fmt,
    RunSpec,
    add_layout_table,
    bottom_aligned,
    fill,
    rule,
    setup_document,
)
from ucd_desktop.storage.atomic import atomic_write_bytes

__all__ = ["build", "docx_bytes"]

CENTER = WD_ALIGN_PARAGRAPH.CENTER


def _plain(texts: list[str], fmt: Fmt, *, bold: bool = False, italic: bool = False) -> Any:
    return [fmt] * len(texts), [[(t, bold, italic)] for t in texts]


def _body_entry(e: dict[str, str]) -> tuple[Fmt, list[RunSpec]]:
    if e["kind"] == "section":
        keep = Fmt(
            BODY.size, BODY.align, BODY.first_indent, BODY.before, line=BODY.line, keep_next=True
        )
        return keep, [(f"{e['label']} {e['title']}", True, False)]
    if e["kind"] == "titled":
        runs: list[RunSpec] = [(f"{e['label']} {e['title']}", True, False)]
        if e["text"]:
            runs.append((f" {e['text']}", False, False))
        return BODY, runs
    return BODY, [(e["lead"] + e["text"], False, False)]


def docx_bytes(ctx: dict[str, Any]) -> bytes:
    """The notice described by ``ctx`` (``context.notice_context``), as .docx bytes."""
    doc = docx.Document()
    setup_document(doc, footer_lines=ctx["footer"])

    header = add_layout_table(doc, rows=2)
    left, right = header.rows[0].cells
    fill(left, *_plain(ctx["governing_body"], Fmt(13.0, CENTER)))
    fill(left, *_plain(ctx["issuing_body"], Fmt(13.0, CENTER), bold=True))
    rule(left, RULE_INDENTS["issuing"], before=2.0)
    fill(right, [Fmt(13.0, CENTER)], [[(ctx["national_title"], True, False)]])
    fill(right, [Fmt(14.0, CENTER)], [[(ctx["motto"], True, False)]])
    rule(right, RULE_INDENTS["motto"], before=2.0)
    number, date = header.rows[1].cells
    bottom_aligned([number, date])
    fill(number, [Fmt(13.0, CENTER, before=6.0)], [[(ctx["number_line"], False, False)]])
    fill(date, [Fmt(14.0, CENTER, before=6.0)], [[(ctx["place_date"], False, True)]])

    fill(doc, [Fmt(14.0, CENTER, before=18.0, keep_next=True)], [[("THÔNG BÁO", True, False)]])
    fill(doc, [Fmt(14.0, CENTER, keep_next=True)], [[(ctx["summary"], True, False)]])
    rule(doc, RULE_INDENTS["summary"], before=4.0, after=6.0)
    fill(doc, *_plain(ctx["opening"] + ctx["lead_in"], BODY))
    entries = [_body_entry(e) for e in ctx["body"]]
    fill(doc, [f for f, _ in entries], [r for _, r in entries])
    fill(doc, *_plain(ctx["closing"], BODY))

    sign = add_layout_table(doc, rows=1)
    recipients, signer = sign.rows[0].cells
    fill(recipients, [Fmt(12.0, before=7.8)], [[("Nơi nhận:", True, True)]])
    fill(recipients, *_plain([*ctx["recipients"], ctx["archive"]], Fmt(11.0)))
    lines = [*ctx["authority"], ctx["position"]]
    fmts = [Fmt(14.0, CENTER, before=6.0 if i == 0 else 0.0) for i in range(len(lines))]
    fill(signer, fmts, [[(t, True, False)] for t in lines])
    fill(signer, [Fmt(14.0, CENTER, before=72.0)], [[(ctx["name"], True, False)]])
    fill(doc, [Fmt(1.0)], [[]])
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def build(ctx: dict[str, Any], out: Path) -> None:
    """Build the notice and write it to ``out``."""
    atomic_write_bytes(out, docx_bytes(ctx))
