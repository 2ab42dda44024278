"""Pick the reader for a file, decode legacy Vietnamese, recognise, return the result."""

from __future__ import annotations

from pathlib import Path

from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.lines import Line
from ucd_desktop.reading.recognise import recognise
from ucd_desktop.reading.result import ImportResult, ReadError
from ucd_desktop.reading.text_read import text_lines
from ucd_desktop.text.legacy import decode_tcvn3, decode_vni, detect_legacy

__all__ = [
    "MAX_BYTES",
    "decode_legacy_text",
    "from_file",
    "from_lines",
    "from_text",
    "read_file_bytes",
]

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
    draft, ctx = recognise(lines)
    _legacy_note(ctx, encoding)
    return ImportResult(draft=draft, notes=ctx.notes.items, source=source)


def from_text(text: str) -> ImportResult:
    if not text.strip():
        raise ReadError(_("There is no text to import."))
    decoded, encoding = decode_legacy_text(text)
    return from_lines(text_lines(decoded), "text", encoding)


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


def from_file(path: Path) -> ImportResult:
    data = read_file_bytes(path)
    suffix = path.suffix.lower()
    if data[:4] == b"PK\x03\x04" or suffix == ".docx":
        from ucd_desktop.reading.docx_read import docx_lines

        lines, encoding = docx_lines(data, path.name)
        return from_lines(lines, "docx", encoding)
    if data[:5] == b"%PDF-" or suffix == ".pdf":
        from ucd_desktop.reading.pdf_read import pdf_lines

        lines, encoding = pdf_lines(data, path.name)
        return from_lines(lines, "pdf", encoding)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or suffix in (".doc", ".rtf"):
        from ucd_desktop.reading.doc_convert import convert_to_docx
        from ucd_desktop.reading.docx_read import docx_lines

        lines, encoding = docx_lines(convert_to_docx(path), path.name)
        return from_lines(lines, "doc", encoding)
    if suffix in _TEXT_SUFFIXES or not suffix:
        return from_text(_decode_text_file(data, path))
    raise ReadError(
        _(
            "{name}: this kind of file cannot be imported. Use a .docx, .doc, .pdf, "
            ".txt or .md file."
        ).format(name=path.name)
    )
