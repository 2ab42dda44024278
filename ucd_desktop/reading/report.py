"""The import report of a PDF: how its text was obtained and what the import is unsure of.

One note per fact or doubt: fonts decoded from their programs (and how), characters no
method could decode, the share of Vietnamese words, pages read by OCR and every line
holding words OCR was unsure of. They go before the recogniser's notes (what was found
where, reflowed or guessed), into ``ucd-desktop import`` and the window's problems panel.
"""

from __future__ import annotations

from ucd_desktop.i18n import N_
from ucd_desktop.model.notice import Notice
from ucd_desktop.reading.pdf_import import PdfReading
from ucd_desktop.reading.result import ImportNote, Notes
from ucd_desktop.text.syllables import TRUSTED_SHARE

__all__ = ["found_note", "pdf_notes"]

#: Past this many doubtful OCR lines, the rest are counted in one note.
_MAX_DOUBTS = 30
_METHODS = {
    "outlines": N_("glyph outlines compared with the installed font"),
    "cmap": N_("the font's own character map"),
    "names": N_("glyph names"),
}


_PARTS = (
    ("issuing_body", N_("issuing body")),
    ("number", N_("number and symbol")),
    ("date", N_("place and date")),
    ("summary", N_("summary")),
    ("addressees", N_("“Kính gửi” block")),
    ("opening", N_("opening")),
    ("lead_in", N_("lead-in paragraph")),
    ("body", N_("{count} item(s) of conclusions")),
    ("closing", N_("closing")),
    ("signature", N_("signature block")),
    ("recipients", N_("{count} recipient(s)")),
    ("appendices", N_("{count} appendix(es)")),
)


def found_note(notice: Notice) -> ImportNote | None:
    """One line saying which parts of the notice were found."""
    from ucd_desktop.i18n import gettext_ as _

    present = {
        "issuing_body": bool(notice.issuing_body),
        "number": bool(notice.number or notice.symbol),
        "date": bool(notice.place or notice.year),
        "summary": bool(notice.summary),
        "addressees": bool(notice.addressees),
        "opening": bool(notice.opening),
        "lead_in": bool(notice.lead_in),
        "body": len(notice.body),
        "closing": bool(notice.closing),
        "signature": bool(notice.signature.name or notice.signature.position),
        "recipients": len(notice.recipients),
        "appendices": len(notice.appendices),
    }
    parts = [_(label).format(count=int(present[key])) for key, label in _PARTS if present[key]]
    if not parts:
        return None
    notes = Notes()
    notes.add("", N_("Found: {parts}."), parts=", ".join(parts))
    return notes.items[0]


def pdf_notes(reading: PdfReading) -> list[ImportNote]:
    notes = Notes()
    from ucd_desktop.i18n import gettext_ as _

    if reading.repairs and not reading.ocr_pages:
        methods = sorted({m for repair in reading.repairs for m in repair.methods})
        notes.add(
            "",
            N_(
                "The PDF's fonts had no Unicode map ({fonts}); their letters were decoded "
                "from the fonts themselves ({methods})."
            ),
            fonts=", ".join(repair.name for repair in reading.repairs),
            methods=", ".join(_(_METHODS[m]) for m in methods) or "—",
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
    if reading.share < TRUSTED_SHARE and not reading.ocr_pages:
        notes.warn(
            "",
            N_(
                "Only {share}% of the words of the PDF are Vietnamese: it may not be a "
                "Vietnamese notice; compare the draft with the original."
            ),
            share=round(reading.share * 100),
        )
    if reading.blank_pages and not reading.ocr_pages:
        notes.warn(
            "",
            N_(
                "Page(s) {pages} of the PDF have no text (scanned pages?) and were not "
                "read: compare the draft with them."
            ),
            pages=", ".join(str(p) for p in reading.blank_pages),
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
