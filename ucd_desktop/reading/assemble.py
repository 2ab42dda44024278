"""Pick the reader for a file, decode legacy Vietnamese, recognise, return the result."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.lines import Line
from ucd_desktop.reading.recognise import recognise
from ucd_desktop.reading.result import ImportNote, ImportResult, Notes, ReadError, Severity
from ucd_desktop.reading.sniff import Kind, describe, sniff
from ucd_desktop.reading.text_read import reflowed_lines
from ucd_desktop.reading.walls import MAX_CHARACTERS, Budget, too_much_text
from ucd_desktop.text.legacy import decode_tcvn3, decode_vni, detect_legacy

if TYPE_CHECKING:
    from ucd_desktop.reading.pdf_import import Progress

__all__ = [
    "MAX_BYTES",
    "decode_legacy_text",
    "from_file",
    "from_lines",
    "from_text",
    "read_file_bytes",
]

_log = logging.getLogger(__name__)

#: Old notices are small; a larger file is not one (and would only fill memory).
MAX_BYTES = 50 * 1024 * 1024
_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


def decode_legacy_text(text: str) -> tuple[str, str | None]:
    """``text`` in Unicode, and the legacy encoding it was in (None when it was Unicode)."""
    found = detect_legacy(text)
    if found == "tcvn3":
        return decode_tcvn3(text), found
    if found == "vni":
        return decode_vni(text), found
    return text, None


def _legacy_note(ctx: Context, encoding: str | None) -> None:
    if encoding:
        ctx.notes.add(
            "",
            N_("The text was in the old {encoding} encoding and was converted to Unicode."),
            encoding=encoding.upper(),
        )


def from_lines(lines: list[Line], source: str, encoding: str | None = None) -> ImportResult:
    if not any(ln.text.strip() for ln in lines):
        raise ReadError(_("No text was found in the document."))
    from ucd_desktop.reading.report import found_note

    draft, ctx = recognise(lines)
    _legacy_note(ctx, encoding)
    found = found_note(draft.notice)
    notes = ([found] if found is not None else []) + ctx.notes.items
    return ImportResult(draft=draft, notes=notes, source=source)


def from_text(text: str) -> ImportResult:
    if len(text) > MAX_CHARACTERS:
        raise ReadError(too_much_text())
    budget = Budget(_("The text"))
    for line in text.splitlines():  # each line is a paragraph until joined: the same cap
        if line.strip():
            budget.paragraph()
    if not text.strip():
        raise ReadError(_("There is no text to import."))
    decoded, encoding = decode_legacy_text(text)
    lines, reflow = reflowed_lines(decoded)
    result = from_lines(lines, "text", encoding)
    notes = Notes()
    if reflow.joined:
        notes.add(
            "",
            N_("{count} wrapped line(s) were joined back into their paragraphs; check them."),
            count=reflow.joined,
        )
    if reflow.dropped:
        notes.add(
            "",
            N_("{count} page number(s), running header(s) or footer(s) were left out."),
            count=reflow.dropped,
        )
    result.notes[:0] = notes.items
    return result


def read_file_bytes(path: Path) -> bytes:
    """The bytes of ``path``; ReadError with a clear message when it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(
                _("{name} is too large to be a notice ({size} MB).").format(
                    name=path.name, size=size // (1024 * 1024)
                )
            )
        with path.open("rb") as handle:
            # Read what the size says, then go on in chunks: a device or a network file
            # system can report 0 bytes and never end. (One read(MAX_BYTES + 1) would
            # allocate 50 MB for every small notice.)
            data = handle.read(size + 1)
            while len(data) <= MAX_BYTES:
                chunk = handle.read(1 << 20)
                if not chunk:
                    break
                data += chunk
        if len(data) > MAX_BYTES:
            raise ReadError(
                _("{name} is too large to be a notice ({size} MB).").format(
                    name=path.name, size=len(data) // (1024 * 1024)
                )
            )
        return data
    except FileNotFoundError:
        raise ReadError(_("File not found: {path}").format(path=path)) from None
    except IsADirectoryError:
        raise ReadError(_("{path} is a folder, not a file.").format(path=path)) from None
    except OSError as exc:
        raise ReadError(
            _("Cannot read {path}: {error}").format(path=path, error=describe_os_error(exc))
        ) from None


def _decode_text_file(data: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
            break
        return text
    # Old TCVN3/VNI text files are 8-bit: read them as Windows-1252, then decode.
    return data.decode("cp1252", errors="replace")


def from_file(path: Path, tesseract: str = "", progress: Progress | None = None) -> ImportResult:
    """Read ``path`` as what its content is (sniff.py), whatever its name says; a scan
    (a PDF without trustworthy text, a picture) by OCR with ``tesseract``."""
    data = read_file_bytes(path)
    suffix = path.suffix.lower()
    kind = sniff(data)
    _log.info("importing a %s file of %d bytes (named %s)", kind.value, len(data), suffix or "-")
    if kind in (Kind.DOCX, Kind.DOCM):
        from ucd_desktop.reading.docx_read import docx_lines

        lines, encoding = docx_lines(data, path.name)
        result = from_lines(lines, "docx", encoding)
        if kind is Kind.DOCM:
            result.notes.append(
                ImportNote(
                    "",
                    _(
                        "{name} contained macros (a .docm); only its text was imported, "
                        "the macros were left out."
                    ).format(name=path.name),
                    Severity.WARNING,
                )
            )
        return result
    if kind is Kind.PDF:
        from ucd_desktop.reading.pdf_import import read_pdf
        from ucd_desktop.reading.report import pdf_notes

        reading = read_pdf(data, path.name, tesseract, progress)
        result = from_lines(reading.lines, "ocr" if reading.ocr_pages else "pdf", reading.encoding)
        result.notes[:0] = pdf_notes(reading)
        return result
    if kind in (Kind.DOC, Kind.RTF):
        from ucd_desktop.reading.doc_convert import convert_to_docx
        from ucd_desktop.reading.docx_read import docx_lines

        lines, encoding = docx_lines(convert_to_docx(path), path.name)
        return from_lines(lines, "doc", encoding)
    from ucd_desktop.reading.ocr import image_kind

    if image_kind(data):
        from ucd_desktop.reading.pdf_import import read_picture
        from ucd_desktop.reading.report import pdf_notes

        reading = read_picture(data, path, tesseract, progress)
        result = from_lines(reading.lines, "ocr", reading.encoding)
        result.notes[:0] = pdf_notes(reading)
        return result
    if kind is Kind.TEXT and (suffix in _TEXT_SUFFIXES or not suffix):
        return from_text(_decode_text_file(data, path))
    if kind is not Kind.TEXT or suffix in (".docx", ".docm", ".doc"):
        raise ReadError(describe(kind, path.name))  # what it is: text named as Word
    raise ReadError(
        _(
            "{name}: this kind of file cannot be imported. Use a .docx, .doc, .pdf, "
            ".txt or .md file, or a scan (.pdf, .jpg, .png, .tif)."
        ).format(name=path.name)
    )
