"""A PDF into lines the importer can trust, or a clear refusal.

1. Fonts without a Unicode map are decoded through their own programs (``pdf_fonts``).
2. The text layer is read (``pdf_read``) and measured: the share of its words that are
   Vietnamese syllables (``text.syllables``).
3. A PDF with no text, or whose text is not Vietnamese enough while its fonts leave its
   letters in doubt (no Unicode map: codes of their own), is read by OCR (``ocr``) when
   Tesseract is there; without it the import stops with a message saying what to
   install. A PDF whose fonts name their letters but whose text is not Vietnamese (a
   document in another language) is read from its text layer, with a warning: OCR would
   only read the same letters again, minutes later. Nothing is imported silently.

What was done goes into ``PdfReading`` for the import report.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.reading.lines import Line
from ucd_desktop.reading.pdf_fonts import FontRepair, fonts_in_doubt, repair_text_layer
from ucd_desktop.reading.pdf_read import NoTextLayer, lines_from_rows, page_rows, pdf_lines
from ucd_desktop.reading.result import ReadError
from ucd_desktop.text.syllables import TRUSTED_SHARE, vietnamese_share

__all__ = ["OcrCancelled", "PdfReading", "Progress", "read_pdf", "read_picture"]

#: Called before OCR with (0, pages), then after each page with (pages done, pages);
#: returns False to cancel.
Progress = Callable[[int, int], bool]


class OcrCancelled(ReadError):
    """The user cancelled the OCR of a scan."""


@dataclass
class PdfReading:
    lines: list[Line]
    encoding: str | None = None
    repairs: list[FontRepair] = field(default_factory=list)
    #: The share of the text layer's words that are Vietnamese (before any OCR).
    share: float = 1.0
    #: Pages read by OCR (0: the text layer was used).
    ocr_pages: int = 0
    #: Lines with words OCR was unsure of.
    doubts: list[str] = field(default_factory=list)
    #: The PDF had a text layer (OCR was used because it could not be trusted).
    text_layer: bool = True
    #: Pages (1 for the first) without any text in a PDF that has some: scanned pages
    #: the text layer does not cover.
    blank_pages: list[int] = field(default_factory=list)


def _text(lines: list[Line]) -> str:
    return "\n".join(ln.text for ln in lines if not ln.rule)


def read_pdf(
    data: bytes, name: str, tesseract: str = "", progress: Progress | None = None
) -> PdfReading:
    """The lines of a PDF, from its text layer or by OCR (see the module's docstring).

    ``tesseract`` is the program set in Settings ("" to look for it).
    """
    fixed, repairs = repair_text_layer(data)
    try:
        lines, encoding = pdf_lines(fixed, name)
    except NoTextLayer:
        return _ocr(data, name, tesseract, progress, 0.0, repairs, no_text=True)
    share = vietnamese_share(_text(lines))
    if share >= TRUSTED_SHARE or not (repairs or fonts_in_doubt(fixed)):
        return PdfReading(lines, encoding, repairs, share, blank_pages=_blank_pages(fixed, name))
    return _ocr(data, name, tesseract, progress, share, repairs, no_text=False)


def read_picture(
    data: bytes, path: Path, tesseract: str = "", progress: Progress | None = None
) -> PdfReading:
    """A scan saved as a picture (JPEG, PNG, TIFF), read by OCR."""
    from ucd_desktop.reading.ocr import (
        find_tesseract,
        image_kind,
        jpeg_to_pdf,
        ocr_picture,
        ocr_unavailable_message,
    )

    missing = ocr_unavailable_message(tesseract)
    if missing is not None:
        reason = _("{name} is a picture (a scan?).").format(name=path.name)
        raise ReadError(f"{reason} {missing}")
    if image_kind(data) == "jpeg":
        try:
            pdf = jpeg_to_pdf(data)
        except Exception:  # PDFium refuses a damaged JPEG
            raise ReadError(_("{name} is damaged.").format(name=path.name)) from None
        return _ocr(pdf, path.name, tesseract, progress, 1.0, [], no_text=True)
    program = find_tesseract(tesseract) or "tesseract"
    if progress is not None and not progress(0, 1):
        raise OcrCancelled(_("The reading of {name} was cancelled.").format(name=path.name))
    try:
        page = ocr_picture(path, program)
    except (OSError, subprocess.SubprocessError) as exc:
        raise ReadError(
            _("Tesseract could not read {name}: {error}").format(name=path.name, error=exc)
        ) from None
    if progress is not None:
        progress(1, 1)
    try:
        lines, encoding = lines_from_rows([page_rows(page.words, page.rules, 1)], path.name)
    except NoTextLayer:
        message = _("No text could be read on the pages of {name}.").format(name=path.name)
        raise ReadError(message) from None
    return PdfReading(lines, encoding, [], 1.0, 1, page.doubts, text_layer=False)


def _blank_pages(data: bytes, name: str) -> list[int]:
    from ucd_desktop.reading.pdf_words import open_pdf

    blank: list[int] = []
    with open_pdf(data, name) as pdf:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    if int(textpage.count_chars()) == 0:
                        blank.append(index + 1)
                finally:
                    textpage.close()
            finally:
                page.close()
    return blank


def _ocr(
    data: bytes,
    name: str,
    tesseract: str,
    progress: Progress | None,
    share: float,
    repairs: list[FontRepair],
    *,
    no_text: bool,
) -> PdfReading:
    from ucd_desktop.reading.ocr import find_tesseract, ocr_pages, ocr_unavailable_message

    missing = ocr_unavailable_message(tesseract)
    if missing is not None:
        if no_text:
            reason = _("{name} has no text layer (a scanned image?).").format(name=name)
        else:
            reason = _(
                "The text of {name} cannot be trusted: only {share}% of its words are "
                "Vietnamese (its fonts do not say which letters they draw)."
            ).format(name=name, share=round(share * 100))
        raise ReadError(f"{reason} {missing}")
    program = find_tesseract(tesseract) or "tesseract"
    if progress is not None:
        from ucd_desktop.reading.pdf_words import open_pdf

        with open_pdf(data, name) as pdf:
            count = len(pdf)
        if not progress(0, count):
            raise OcrCancelled(_("The reading of {name} was cancelled.").format(name=name))
    pages = []
    doubts: list[str] = []
    for page in ocr_pages(data, name, program):
        pages.append(page_rows(page.words, page.rules, page.number))
        doubts += page.doubts
        if progress is not None and not progress(page.number, page.total):
            raise OcrCancelled(_("The reading of {name} was cancelled.").format(name=name))
    try:
        lines, encoding = lines_from_rows(pages, name)
    except NoTextLayer:
        message = _("No text could be read on the pages of {name}.").format(name=name)
        raise ReadError(message) from None
    return PdfReading(lines, encoding, repairs, share, len(pages), doubts, not no_text)
