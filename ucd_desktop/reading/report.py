"""The import report of a PDF: how its text was obtained and what the import is unsure of.

One note per fact or doubt: fonts decoded from their programs (and how), characters no
method could decode, the share of Vietnamese words, pages read by OCR and every line
holding words OCR was unsure of. They go before the recogniser's notes (what was found
where, reflowed or guessed), into ``ucd-desktop import`` and the window's problems panel.
"""

from __future__ import annotations

from ucd_desktop.i18n import N_
from ucd_desktop.reading.pdf_import import PdfReading
from ucd_desktop.reading.result import ImportNote, Notes

__all__ = ["pdf_notes"]

#: Past this many doubtful OCR lines, the rest are counted in one note.
_MAX_DOUBTS = 30
_METHODS = {
    "outlines": N_("glyph outlines compared with the installed font"),
    "cmap": N_("the font's own character map"),
    "names": N_("glyph names"),
}


def pdf_notes(reading: PdfReading) -> list[ImportNote]:
    notes = Notes()
    from ucd_desktop.i18n import gettext_ as _

    if reading.repairs and not reading.ocr_pages:
        for repair in reading.repairs:
            notes.add(
                "",
                N_(
                    "The font {font} had no Unicode map; its letters were decoded from the "
                    "font itself ({methods})."
                ),
                font=repair.name,
                methods=", ".join(_(_METHODS[m]) for m in sorted(repair.methods)),
            )
        unknown = sum(ln.text.count("\ufffd") for ln in reading.lines)
        if unknown:
            notes.warn(
                "",
                N_("{count} character(s) could not be decoded and show as “�”; correct them."),
                count=unknown,
            )
        notes.add(
            "",
            N_("{share}% of the words read are Vietnamese syllables."),
            share=round(reading.share * 100),
        )
    if reading.ocr_pages:
        if reading.text_layer:
            notes.warn(
                "",
                N_(
                    "The text layer of the PDF could not be trusted ({share}% Vietnamese "
                    "words): the pages were read by OCR instead."
                ),
                share=round(reading.share * 100),
            )
        notes.warn(
            "",
            N_(
                "The text was read by OCR (Tesseract) from {pages} page image(s): OCR is "
                "never fully right; compare every part of the draft with the original."
            ),
            pages=reading.ocr_pages,
        )
        for line in reading.doubts[:_MAX_DOUBTS]:
            notes.warn("", N_("OCR is unsure of: “{line}”"), line=line)
        if len(reading.doubts) > _MAX_DOUBTS:
            notes.warn(
                "",
                N_("OCR is unsure of {count} more line(s)."),
                count=len(reading.doubts) - _MAX_DOUBTS,
            )
    return notes.items
