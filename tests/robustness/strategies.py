"""Hypothesis strategies for hostile drafts: what real offices paste, type and save.

Text mixes Vietnamese (precomposed and decomposed) with what arrives from Word, PDFs and
chat apps: C0/C1 controls, vertical tabs and form feeds (Word's line and page breaks),
U+FFFE and other noncharacters, lone surrogates (JSON can carry them), zero-width and
bidi marks, emoji sequences, right-to-left text, stacked combining marks, inline marks
(``*``), Jinja and XML syntax. Drafts are built at the JSON level, so the file reader
sees them exactly as it would see a file, including wrong types and absurd numbers.

Two sizes a strategy cannot draw cheaply, a 100,000-character paragraph and a 2,000-item
body, are made by repeating drawn material (``huge``).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import strategies as st

VIETNAMESE = (
    "Ủy ban nhân dân tỉnh Long An",
    "Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm",
    "Đẩy mạnh công tác tuyên truyền, phổ biến pháp luật",
    "Hòa Bình",
    "Thủy lợi, thủy sản",
    "Sở Kế hoạch và Đầu tư",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nơi nhận:",
    "ngày 05 tháng 3 năm 2026",
)
#: What pasting from Word, PDFs, web pages and chat apps brings along.
JUNK = (
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",  # Word's manual line break, pasted as a vertical tab
    "\x0c",  # Word's page break, pasted as a form feed
    "\x1b",
    "\x7f",
    "\x85",
    "\x9f",
    "\r",
    "\r\n",
    "\n",
    "\n\n\n",
    "\t",
    "\u00a0",
    "\u00ad",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202e",
    "\u2028",
    "\u2029",
    "\u2060",
    "\u2066",
    "\u3000",
    "\ufeff",
    "\ufdd0",
    "\ufffe",
    "\uffff",
    "\U0001fffe",
    "\U0010ffff",
    "\ud800",
    "\udfff",
    "\ud83d",  # half of an emoji
    "\ufffd",
)
EXOTIC = (
    "😀",
    "👩🏽‍💻",
    "🇻🇳",
    "👨‍👩‍👧‍👦",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202eđảo ngược\u202c",
    "Z̸̡̢̛̗̘̙̜̝̞̟̠̀́̂̃̄̅",
    "e\u0301\u0301\u0301\u0323\u0323",
    "中华人民共和国",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "ﷺ",
    "ǅ ŉ ß İ ﬀ",
    "x" * 300,  # a word too long for a line
)
MARKUP = (
    "*",
    "**",
    "***",
    "\\*",
    "\\",
    "**đậm",
    "*nghiêng*",
    "<w:p>",
    "</w:t>",
    "&amp;",
    "]]>",
    "<?xml?>",
    "{{ 1 }}",
    "{% for %}",
    '"',
    "'",
    "./.",
    "…",
    "-",
    "I.",
    "1.",
    "a)",
)


def _decomposed(s: str) -> str:
    return unicodedata.normalize("NFD", s)


piece = st.one_of(
    st.sampled_from(VIETNAMESE),
    st.sampled_from(VIETNAMESE).map(_decomposed),
    st.sampled_from(JUNK),
    st.sampled_from(EXOTIC),
    st.sampled_from(MARKUP),
    st.text(max_size=12),  # any code point hypothesis can think of
    st.just(" "),
)

#: One field's text: empty, whitespace, or a mix of pieces.
text = st.lists(piece, max_size=8).map("".join)
line = text  # single-line fields get the same input: the reader must flatten it

JSON_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    text,
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.sampled_from(["a", "text", "kind"]), st.integers(), max_size=2),
)
NUMBER = st.one_of(
    st.none(),
    st.integers(min_value=-(2**64), max_value=2**64),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=1900, max_value=2200),
)
REAL = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(min_value=-50, max_value=80),
    st.integers(min_value=-1000, max_value=10**9),
    st.sampled_from([0, 0.0, 1e-320, 1e308, -1e308, -0.0]),
)


def one_in(draw: st.DrawFn, n: int) -> bool:
    """True about once in ``n`` draws (hypothesis draws 0 far more often than 1/n)."""
    return draw(st.integers(0, n - 1)) == n - 1


KIND = st.sampled_from(["section", "clause", "point", "bullet", "paragraph", "table"])


@st.composite
def table(draw: st.DrawFn) -> dict[str, Any]:
    rows = draw(st.lists(st.lists(line, max_size=5), max_size=5))
    out: dict[str, Any] = {"rows": rows}
    if draw(st.booleans()):
        out["widths"] = draw(st.lists(REAL, max_size=6))
    if draw(st.booleans()):
        out["header_rows"] = draw(st.integers(min_value=-5, max_value=10))
    return out


@st.composite
def body_item(draw: st.DrawFn) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": draw(KIND)}
    if draw(st.booleans()):
        item["title"] = draw(line)
    if draw(st.booleans()):
        item["text"] = draw(text)
    if item["kind"] == "table" or one_in(draw, 10):
        item["table"] = draw(st.none() | table())
    if one_in(draw, 5):
        item["id"] = draw(st.sampled_from(["", "dup", "a]b", "x y", "😀"]) | line)
    return item


def huge(material: str, length: int) -> str:
    """``material`` repeated to exactly ``length`` characters (never empty)."""
    material = material or "x"
    return (material * (length // len(material) + 1))[:length]


TEXT_KEYS = ("summary", "opening", "lead_in", "closing", "footer", "place", "number", "symbol")


@st.composite
def notice_json(draw: st.DrawFn) -> dict[str, Any]:
    """The ``notice`` object of a draft file: any subset of keys, hostile values."""
    n: dict[str, Any] = {}
    for key in TEXT_KEYS:
        if draw(st.booleans()):
            n[key] = draw(text)
    for key in ("governing_body", "issuing_body"):
        if draw(st.booleans()):
            n[key] = draw(st.lists(line, max_size=4))
    for key in ("day", "month", "year"):
        if draw(st.booleans()):
            n[key] = draw(NUMBER)
    if draw(st.booleans()):
        n["urgency"] = draw(st.sampled_from(["", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"]))
    if draw(st.booleans()):
        n["secrecy"] = draw(st.sampled_from(["", "MẬT", "TỐI MẬT", "TUYỆT MẬT"]))
    for key in ("draft_mark", "internal_circulation"):
        if draw(st.booleans()):
            n[key] = draw(st.booleans())
    for key in ("national_title", "motto"):
        if one_in(draw, 4):
            n[key] = draw(text)
    if draw(st.booleans()):
        n["body"] = draw(st.lists(body_item(), max_size=8))
    if draw(st.booleans()):
        n["signature"] = {
            "authority": draw(st.lists(line, max_size=4)),
            "position": draw(line),
            "name": draw(line),
        }
    if draw(st.booleans()):
        n["recipients"] = draw(st.lists(st.fixed_dictionaries({"text": line, "note": line})))
    if draw(st.booleans()):
        n["archive"] = {
            "unit": draw(line),
            "copies": draw(st.none() | st.integers(-(2**40), 2**40)),
            "initials": draw(line),
        }
    if one_in(draw, 4):
        fields = [
            "margin_top_mm",
            "margin_bottom_mm",
            "margin_left_mm",
            "margin_right_mm",
            "body_size",
            "line_spacing",
            "first_line_indent_cm",
            "paragraph_spacing_pt",
            "signature_space_pt",
        ]
        n["page"] = {k: draw(REAL) for k in fields if draw(st.booleans())}
    if one_in(draw, 10):
        n["appendices"] = [{"title": draw(line), "items": draw(st.lists(body_item(), max_size=2))}]
    _grow(draw, n)
    return n


def _grow(draw: st.DrawFn, n: dict[str, Any]) -> None:
    """Now and then: a 100,000-character paragraph or a 2,000-item body."""
    size = draw(st.integers(0, 99))
    if size == 98:
        material = draw(text)
        spaced = draw(st.booleans())
        n["opening"] = huge(material + (" " if spaced else ""), 100_000)
    elif size == 99:
        items = draw(st.lists(body_item(), min_size=1, max_size=4))
        n["body"] = [dict(items[i % len(items)]) for i in range(2_000)]


@st.composite
def draft_json(draw: st.DrawFn) -> dict[str, Any]:
    """A whole draft file's JSON, now and then with a wrong type somewhere."""
    doc: dict[str, Any] = {"format": "ucd-desktop-draft", "version": 1}
    doc["notice"] = draw(notice_json())
    if one_in(draw, 5):
        doc["notes"] = draw(text)
    if one_in(draw, 20):
        # One value of the wrong type, anywhere in the notice.
        keys = sorted(doc["notice"]) or ["summary"]
        doc["notice"][draw(st.sampled_from(keys))] = draw(JSON_JUNK)
    if one_in(draw, 50):
        doc["version"] = draw(JSON_JUNK)
    return doc
