"""The worst drafts the robustness suite renders with LibreOffice (and the load benchmark
times): each one a way real offices break documents, as a draft file's JSON.

The drafts go through ``draft_from_json`` like a file would, so the text is cleaned on
the way in exactly as when a user opens such a file.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from typing import Any

from tests.robustness.strategies import EXOTIC, JUNK, huge
from ucd_desktop.model.draft import Draft
from ucd_desktop.storage.drafts import draft_from_json

SENTENCE = (
    "Tăng cường công tác kiểm tra, giám sát việc thực hiện các chế độ, chính sách đối với "
    "người lao động ở các loại hình doanh nghiệp trên địa bàn tỉnh."
)
HEADER: dict[str, Any] = {
    "issuing_body": ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"],
    "number": "5",
    "place": "Long An",
    "day": 5,
    "month": 3,
    "year": 2026,
    "summary": "Kết luận của Phó Chủ tịch UBND tỉnh tại Hội nghị sơ kết",
    "signature": {
        "authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
        "position": "PHÓ CHỦ TỊCH",
        "name": "Nguyễn Minh Lâm",
    },
    "recipients": [{"text": "TT. HĐND tỉnh", "note": "b/c"}, {"text": "Các sở, ngành tỉnh"}],
    "archive": {"unit": "HT"},
}
KINDS = ("section", "clause", "point", "bullet", "paragraph")


def _draft(notice: dict[str, Any]) -> Draft:
    doc = {"format": "ucd-desktop-draft", "version": 1, "notice": notice}
    return draft_from_json(json.dumps(doc))


def empty() -> Draft:
    return _draft({})


def long_paragraph() -> Draft:
    return _draft({**HEADER, "opening": huge(SENTENCE + " ", 100_000)})


def long_word() -> Draft:
    """100,000 characters without a space (a pasted hash or a broken PDF copy)."""
    return _draft({**HEADER, "opening": "x" * 100_000})


def many_items(count: int = 2000) -> Draft:
    body = [
        {"kind": KINDS[i % 5], "title": f"Mục {i}" if i % 5 < 3 else "", "text": SENTENCE}
        for i in range(count)
    ]
    return _draft({**HEADER, "body": body})


def hundred_pages() -> Draft:
    """About 100 pages of ordinary clauses (the load benchmark's long notice)."""
    return many_items(560)


def pasted_junk() -> Draft:
    """Every field full of what Word, PDFs and chat apps paste in."""
    junk = "".join(JUNK) + "".join(EXOTIC)
    nfd = unicodedata.normalize("NFD", SENTENCE)
    text = f"{nfd} {junk} {nfd}"
    lines = [junk[:40], nfd[:40]]
    return _draft(
        {
            **HEADER,
            "governing_body": lines,
            "issuing_body": lines,
            "place": junk[:30],
            "summary": text,
            "opening": text,
            "lead_in": text,
            "body": [{"kind": k, "title": junk, "text": text} for k in KINDS],
            "closing": text,
            "signature": {"authority": lines, "position": junk, "name": junk},
            "recipients": [{"text": junk, "note": junk}] * 5,
            "archive": {"unit": junk, "initials": junk, "copies": 10**12},
            "footer": text,
        }
    )


def big_table() -> Draft:
    rows = [["STT", "Đơn vị chủ trì", "Nhiệm vụ", "Thời hạn", "Ghi chú", "Kết quả"]]
    rows += [
        [str(i), "Sở Kế hoạch và Đầu tư", SENTENCE, "30/6/2026", "x" * 60, ""] for i in range(300)
    ]
    table = {"rows": rows, "widths": [0.5, 2, 5, 1.5, 1, 1], "header_rows": 1}
    return _draft({**HEADER, "body": [{"kind": "table", "table": table}] * 2})


def long_header() -> Draft:
    """A place, issuing body, signer and recipient list longer than any real one."""
    return _draft(
        {
            **HEADER,
            "governing_body": ["ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU VÀ CÁC HUYỆN"] * 3,
            "issuing_body": ["SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH " * 3] * 4,
            "place": "Thành phố Phan Rang - Tháp Chàm, tỉnh Ninh Thuận" * 3,
            "summary": SENTENCE * 6,
            "signature": {
                "authority": ["TM. ỦY BAN NHÂN DÂN " * 5] * 4,
                "position": "PHÓ CHỦ TỊCH THƯỜNG TRỰC " * 4,
                "name": "Nguyễn Thị Minh Khai Phương Thảo " * 4,
            },
            "recipients": [{"text": SENTENCE, "note": "để thực hiện"}] * 60,
            "body": [{"kind": "clause", "text": SENTENCE}] * 3,
        }
    )


def absurd_page() -> Draft:
    page = {
        "margin_top_mm": -50,
        "margin_bottom_mm": 1e308,
        "margin_left_mm": 0,
        "margin_right_mm": 999,
        "body_size": 400,
        "line_spacing": 0,
        "first_line_indent_cm": -3,
        "paragraph_spacing_pt": 1e308,
        "signature_space_pt": -1,
    }
    return _draft({**HEADER, "page": page, "body": [{"kind": "clause", "text": SENTENCE}] * 5})


WORST: dict[str, Callable[[], Draft]] = {
    "empty": empty,
    "long-paragraph": long_paragraph,
    "long-word": long_word,
    "many-items": many_items,
    "pasted-junk": pasted_junk,
    "big-table": big_table,
    "long-header": long_header,
    "absurd-page": absurd_page,
}
