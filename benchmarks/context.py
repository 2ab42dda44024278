"""A draft's notice (its JSON form) as the plain values a docxtpl template or a python-docx
script prints: the same lines and labels the app prints, worked out the way a developer
scripting the notice would, with no ucd-desktop layout code.

Numbering ("I.", "1.", "a)", "-"), the blank number and day for the clerk, "./." after the
body, ";" after each recipient and "." after the Lưu line are added here, as the Decree
fixes them. Inline emphasis (``**bold**``) is not interpreted: the benchmark notices have
none.
"""

from __future__ import annotations

import re
from typing import Any

from ucd_desktop.model.notice import TITLE_MARKS
from ucd_desktop.text.numbering import roman, vn_letter

__all__ = ["BodyLine", "notice_context"]

NUMBER_BLANK = " " * 8
DAY_BLANK = " " * 6
FINAL_MARK = "./."

BodyLine = dict[str, str]


def _lines(value: Any) -> list[str]:
    chunks = [value] if isinstance(value, str) else list(value or [])
    return [ln.strip() for chunk in chunks for ln in str(chunk).split("\n") if ln.strip()]


def _number_line(number: str, symbol: str) -> str:
    digits = number.strip()
    if digits.isdigit() and int(digits) > 0:
        digits = f"{int(digits):02d}"
    return f"Số: {digits}/{symbol}" if digits else f"Số:{NUMBER_BLANK}/{symbol}"


def _place_date(n: dict[str, Any]) -> str:
    day, month, year = n.get("day"), n.get("month"), n.get("year")
    d = f" {day:02d} " if day else DAY_BLANK
    m = f" {month:02d} " if month in (1, 2) else (f" {month} " if month else DAY_BLANK)
    y = f" {year}" if year else "      "
    return f"{n.get('place', '')}, ngày{d}tháng{m}năm{y}"


#: Punctuation after which a clause title takes no mark of its own (model.notice.TITLE_MARKS).
_MARKS = tuple(TITLE_MARKS)


def _body(items: list[dict[str, Any]]) -> list[BodyLine]:
    """One entry per printed paragraph: kind "section", "titled" or "text"."""
    out: list[BodyLine] = []
    section = clause = point = 0
    for item in items:
        kind = item.get("kind", "paragraph")
        title = " ".join(_lines(item.get("title", "")))
        chunks = _lines(item.get("text", ""))
        label = ""
        if kind == "section":
            section += 1
            clause = point = 0
            label = f"{roman(section)}."
            out.append({"kind": "section", "label": label, "title": title.upper(), "text": ""})
            out += [{"kind": "text", "lead": "", "text": c} for c in chunks]
            continue
        if kind == "clause":
            clause += 1
            point = 0
            label = f"{clause}."
        elif kind == "point":
            point += 1
            label = f"{vn_letter(point)})"
        elif kind == "bullet":
            label = "-"
        first = chunks[0] if chunks else ""
        if title and kind != "bullet":
            end = str(item.get("title_end", ":"))
            if end == "paragraph" and first:  # the title on its own, the text below it
                out.append({"kind": "titled", "label": label, "title": title, "text": ""})
                out.append({"kind": "text", "lead": "", "text": first})
            else:  # as layout.body.title_mark: no mark after punctuation on either side
                if first.strip() and not title.endswith(_MARKS) and not first.startswith(_MARKS):
                    title += end
                out.append({"kind": "titled", "label": label, "title": title, "text": first})
        elif first or label:
            out.append({"kind": "text", "lead": f"{label} " if label else "", "text": first})
        out += [{"kind": "text", "lead": "", "text": c} for c in chunks[1:]]
    return out


def _with_final_mark(text: str) -> str:
    stripped = re.sub(r"[\s.;:,]*$", "", text)
    return stripped + FINAL_MARK


def _recipient(r: dict[str, Any]) -> str:
    text = re.sub(r"^[\s\-–—+•*]+", "", str(r.get("text", ""))).strip().rstrip(";,. ")
    note = str(r.get("note", "")).strip().strip("()").strip()
    return f"- {text} ({note});" if note else f"- {text};"


def _archive(a: dict[str, Any]) -> str:
    unit = str(a.get("unit", "")).strip().rstrip(";,. ")
    return f"- Lưu: VT, {unit}." if unit else "- Lưu: VT."


def notice_context(doc: dict[str, Any]) -> dict[str, Any]:
    """The values to print, from a draft's JSON (the whole draft or its ``notice``)."""
    n: dict[str, Any] = doc.get("notice", doc)
    body = _body(list(n.get("body", [])))
    closing = _lines(n.get("closing", ""))
    if closing:
        closing[-1] = _with_final_mark(closing[-1])
    elif body:
        body[-1]["text"] = _with_final_mark(body[-1]["text"] or body[-1].get("title", ""))
    sig = n.get("signature", {})
    return {
        "governing_body": _lines(n.get("governing_body", [])),
        "issuing_body": _lines(n.get("issuing_body", [])),
        "national_title": n.get("national_title", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        "motto": n.get("motto", "Độc lập - Tự do - Hạnh phúc"),
        "number_line": _number_line(str(n.get("number", "")), str(n.get("symbol", "TB-UBND"))),
        "place_date": _place_date(n),
        "summary": " ".join(_lines(n.get("summary", ""))),
        "opening": _lines(n.get("opening", "")),
        "lead_in": _lines(n.get("lead_in", "")),
        "body": body,
        "closing": closing,
        "recipients": [_recipient(r) for r in n.get("recipients", [])],
        "archive": _archive(n.get("archive", {})),
        "authority": _lines(sig.get("authority", [])),
        "position": " ".join(_lines(sig.get("position", ""))),
        "name": " ".join(_lines(sig.get("name", ""))),
        "footer": _lines(n.get("footer", "")),
    }
