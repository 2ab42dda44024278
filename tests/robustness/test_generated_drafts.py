"""Any draft file ends in a valid .docx or a clear message: never a traceback, never a
file Word would have to repair.

Each generated draft goes the way a file goes through the app: JSON text -> reader
(``draft_from_json``) -> validation -> layout -> .docx bytes. A refused draft must say
why, in Vietnamese, in a bounded message. An accepted one must reopen with python-docx,
parse strictly, pass openxml-audit's full validation, and print every letter of every
printed field (letters and digits, in order, case-folded: numbering, punctuation and
spacing are the layout's business).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

from hypothesis import example, given

from tests.robustness import strategies as S
from tests.robustness.conftest import settings_for
from tests.robustness.docx_check import DocxAudit, document_text, letters
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.model.notice import ItemKind, Notice
from ucd_desktop.model.validate import validate
from ucd_desktop.storage.drafts import DraftError, draft_from_json

#: Generated drafts per CI run (the README's table quotes the counts of a real run).
DRAFTS = 1000
NOW = dt.datetime(2026, 3, 5, 8, 0, tzinfo=dt.UTC)
STATS: Counter[str] = Counter()


def printed_fields(n: Notice) -> list[tuple[str, str]]:
    """(path, text) of every field whose text the notice prints."""
    out = [
        ("summary", n.summary),
        ("opening", n.opening),
        ("lead_in", n.lead_in),
        ("closing", n.closing),
        ("footer", n.footer),
        ("place", n.place),
        ("signature.position", n.signature.position),
        ("signature.name", n.signature.name),
        ("archive.unit", n.archive.unit),
        ("archive.initials", n.archive.initials),
    ]
    out += [("issuing_body", line) for line in n.issuing_body]
    out += [("governing_body", line) for line in n.governing_body]
    out += [("signature.authority", line) for line in n.signature.authority]
    # A recipient is its text; a note alone (only a hand-edited file has one) names no one.
    out += [("recipients", f"{r.text} {r.note}") for r in n.recipients if r.text.strip()]
    for item in n.body:
        if item.kind is ItemKind.TABLE:
            if item.table is not None:
                out += [(f"body[{item.id}].table", c) for row in item.table.rows for c in row]
            continue
        out += [(f"body[{item.id}].title", item.title), (f"body[{item.id}].text", item.text)]
    return out


def check_draft_json(doc: dict[str, Any], audit: DocxAudit) -> None:
    text = json.dumps(doc)  # ASCII, with \\u escapes: lone surrogates survive, as in a file
    try:
        draft = draft_from_json(text, name="hop.ucd")
    except DraftError as exc:
        message = str(exc)
        assert message.startswith("hop.ucd "), message[:300]
        assert "Traceback" not in message and len(message) < 600, message[:300]
        STATS["refused with a message"] += 1
        return
    notice = draft.notice
    for problem in validate(notice):
        assert problem.message.strip() and "{" not in problem.message[:1], problem
    data = render_docx(build_layout(notice), now=NOW)
    problems = audit.problems(data)
    assert not problems, problems[:5]
    printed = letters(document_text(data))
    for path, value in printed_fields(notice):
        assert letters(value) in printed, f"{path}: {value[:200]!r} is not printed"
    STATS["valid .docx"] += 1
    STATS["with 2,000 body items"] += int(len(notice.body) >= 2000)
    typed = doc["notice"].get("opening") if isinstance(doc.get("notice"), dict) else None
    STATS["with a 100,000-character paragraph"] += int(len(str(typed or "")) >= 100_000)


@settings_for(DRAFTS)
@given(doc=S.draft_json())
@example(doc={"format": "ucd-desktop-draft", "version": 1, "notice": {}})
@example(doc={"format": "ucd-desktop-draft", "version": 1, "notice": {"summary": "Kết luận " * 40}})
@example(
    doc={
        "format": "ucd-desktop-draft",
        "version": 1,
        "notice": {"body": [{"kind": "clause", "id": "a]b", "text": "x"}] * 2},
    }
)
@example(
    doc={
        "format": "ucd-desktop-draft",
        "version": 1,
        "notice": {"place": "Thành phố Phan Rang - Tháp Chàm, tỉnh Ninh Thuận" * 3},
    }
)
@example(
    doc={
        "format": "ucd-desktop-draft",
        "version": 1,
        "notice": {"page": {"paragraph_spacing_pt": 1e308, "margin_top_mm": float("nan")}},
    }
)
def test_any_draft_gives_a_valid_docx_or_a_clear_message(
    doc: dict[str, Any], audit: DocxAudit
) -> None:
    STATS["drafts"] += 1
    check_draft_json(doc, audit)


def teardown_module() -> None:
    print("\ngenerated drafts:", dict(STATS))
