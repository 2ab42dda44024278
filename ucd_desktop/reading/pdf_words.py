"""A PDF's words and drawn rules with their positions, read with PDFium (pypdfium2).

PDFium decodes the text whatever the font's encoding (embedded TrueType subsets, Identity
CID fonts, simple fonts without a ToUnicode map as legacy TCVN3 files have) and gives
each character's box, font name and size: words are cut at spaces, at gaps of more than
3 points and where the font changes, as pdfplumber did. Rules are the straight, flat
pieces of drawn paths (a line, or a rectangle under 2 points high). PDFs protected only
against editing open without a password (PDFium decrypts RC4 and AES itself).

Coordinates are in points from the top-left corner of the page, like the rest of the
reader. PDFium is not thread-safe: call this from one thread at a time (the GUI thread).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.reading.result import ReadError

__all__ = ["Rule", "Word", "open_pdf", "page_rules", "page_words"]

#: Characters further apart than this (points) belong to different words.
_WORD_GAP = 3.0
#: Characters whose baselines differ by more than this (points) are on different lines.
_LINE_SHIFT = 3.0
#: PDFium's code for a hyphen it found at the end of a line.
_LINE_END_HYPHEN = 0x02
#: Bullets Word draws from the Symbol and Wingdings fonts (private-use code points).
_SYMBOL_BULLETS = {0xF0B7: "•", 0xF0A7: "▪", 0xF06E: "▪", 0xF0D8: "•", 0xF076: "•"}


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    fontname: str


@dataclass(frozen=True)
class Rule:
    x0: float
    x1: float
    top: float


@contextmanager
def open_pdf(data: bytes, name: str) -> Iterator[Any]:
    """The PDF as a ``pypdfium2.PdfDocument``; ReadError when it cannot be opened."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise ReadError(
                _(
                    "{name} is protected by a password. Open it, save a copy without the "
                    "password and import that copy."
                ).format(name=name)
            ) from None
        raise ReadError(_("{name} is damaged or is not a PDF.").format(name=name)) from None
    try:
        yield document
    finally:
        document.close()


def _font(textpage: Any, index: int, buffer: ctypes.Array[ctypes.c_char]) -> str:
    """The font's name ("LiberationSerif-Bold"): bold and italic are read from it."""
    flags = ctypes.c_int(0)
    length = raw.FPDFText_GetFontInfo(textpage, index, buffer, len(buffer), ctypes.byref(flags))
    return buffer.value.decode("utf-8", "replace") if 0 < length <= len(buffer) else ""


def page_words(page: Any) -> list[Word]:
    """The words of ``page`` in the order PDFium reads them."""
    height = float(page.get_height())
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = int(raw.FPDFText_CountChars(handle))
        words: list[Word] = []
        current: Word | None = None
        baseline = 0.0
        x, y = ctypes.c_double(), ctypes.c_double()
        box = raw.FS_RECTF()
        buffer = ctypes.create_string_buffer(256)
        fonts: dict[int, str] = {}
        for index in range(count):
            code = int(raw.FPDFText_GetUnicode(handle, index))
            if code == _LINE_END_HYPHEN:
                code = ord("-")
            generated = raw.FPDFText_IsGenerated(handle, index) == 1
            if generated or code == 0 or chr(code).isspace():
                current = None
                continue
            raw.FPDFText_GetCharOrigin(handle, index, ctypes.byref(x), ctypes.byref(y))
            raw.FPDFText_GetLooseCharBox(handle, index, ctypes.byref(box))
            size = round(float(raw.FPDFText_GetFontSize(handle, index)), 2)
            text_object = raw.FPDFText_GetTextObject(handle, index)
            key = ctypes.cast(text_object, ctypes.c_void_p).value or 0
            font = fonts.get(key)
            if font is None:
                font = fonts[key] = _font(handle, index, buffer)
            if (
                current is None
                or abs(y.value - baseline) > _LINE_SHIFT
                or box.left - current.x1 > _WORD_GAP
                or box.left < current.x0 - _WORD_GAP
                or font != current.fontname
                or size != current.size
            ):
                # A word's box is its font size tall and sits on the baseline (what
                # pdfminer gives for the zero descent LibreOffice writes in its fonts).
                bottom = height - y.value
                current = Word("", box.left, box.right, bottom - size, bottom, size, font)
                baseline = y.value
                words.append(current)
            current.text += _SYMBOL_BULLETS.get(code) or chr(code)
            current.x1 = max(current.x1, box.right)
        return words
    finally:
        textpage.close()


def _matrix(obj: Any) -> tuple[float, float, float, float, float, float]:
    m = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _times(
    inner: tuple[float, float, float, float, float, float],
    outer: tuple[float, float, float, float, float, float],
) -> tuple[float, float, float, float, float, float]:
    a, b, c, d, e, f = inner
    p, q, r, s, t, u = outer
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _subpaths(obj: Any) -> Iterator[list[tuple[float, float, int]]]:
    """The pieces of a path between its move-tos: (x, y, segment type) in the path's space."""
    piece: list[tuple[float, float, int]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for index in range(int(raw.FPDFPath_CountSegments(obj))):
        segment = raw.FPDFPath_GetPathSegment(obj, index)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        kind = int(raw.FPDFPathSegment_GetType(segment))
        if kind == raw.FPDF_SEGMENT_MOVETO and piece:
            yield piece
            piece = []
        piece.append((x.value, y.value, kind))
    if piece:
        yield piece


def page_rules(page: Any) -> list[Rule]:
    """Horizontal rules drawn on ``page`` (at least 20 points long, at most 2 high)."""
    height = float(page.get_height())
    rules: list[Rule] = []
    forms: list[tuple[float, float, float, float, float, float]] = []
    for obj in page.get_objects(max_depth=8):
        del forms[obj.level :]
        outer = forms[-1] if forms else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        matrix = _times(_matrix(obj.raw), outer)
        if obj.type == raw.FPDF_PAGEOBJ_FORM:
            forms.append(matrix)
            continue
        if obj.type != raw.FPDF_PAGEOBJ_PATH:
            continue
        a, b, c, d, e, f = matrix
        for piece in _subpaths(obj.raw):
            if any(kind == raw.FPDF_SEGMENT_BEZIERTO for _x, _y, kind in piece):
                continue
            xs = [a * px + c * py + e for px, py, _kind in piece]
            ys = [b * px + d * py + f for px, py, _kind in piece]
            if max(xs) - min(xs) >= 20 and max(ys) - min(ys) <= 2.0:
                rules.append(Rule(min(xs), max(xs), height - max(ys)))
    return rules
