"""What a file really is, by its content (its name may say otherwise).

Offices rename files, and mail programs and portals lose extensions: a Word 97-2003
.doc or a PDF named .docx was called "damaged", and so would a .docx protected by a
password (an OLE container holding the encrypted package). ``sniff`` reads the first
bytes (and a zip's directory) and names the kind; ``describe`` says in words what a
file that cannot be read is, and what to do.
"""

from __future__ import annotations

import io
import zipfile
from enum import StrEnum

from ucd_desktop.i18n import gettext_ as _

__all__ = ["Kind", "describe", "sniff"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_ZIP_EMPTY = b"PK\x05\x06"


class Kind(StrEnum):
    DOCX = "docx"
    #: A macro-enabled Word document: its text is read, its macros never run or kept.
    DOCM = "docm"
    #: Word 97-2003 (an OLE container with a WordDocument stream).
    DOC = "doc"
    #: A .docx protected by a password: Office encrypts it inside an OLE container.
    ENCRYPTED = "encrypted"
    #: Another OLE file: Excel 97-2003, PowerPoint 97-2003, an Outlook message...
    OLE_OTHER = "ole"
    PDF = "pdf"
    RTF = "rtf"
    XLSX = "xlsx"
    PPTX = "pptx"
    ODT = "odt"
    #: A zip archive without a Word document in it.
    ZIP_OTHER = "zip"
    EMPTY = "empty"
    TEXT = "text"
    BINARY = "binary"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _ole_kind(data: bytes) -> Kind:
    # Stream names are stored in UTF-16 in the container's directory sectors.
    if _utf16("EncryptedPackage") in data or _utf16("EncryptionInfo") in data:
        return Kind.ENCRYPTED
    if _utf16("WordDocument") in data:
        return Kind.DOC
    return Kind.OLE_OTHER


def _zip_kind(data: bytes) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError, RuntimeError):
        return Kind.DOCX  # a zip that cannot be opened: the reader says it is damaged
    if b"opendocument.text" in mimetype:
        return Kind.ODT
    if any(n.startswith("word/") for n in names):
        if b"macroEnabled" in types or "word/vbaProject.bin" in names:
            return Kind.DOCM
        return Kind.DOCX
    if any(n.startswith("xl/") for n in names):
        return Kind.XLSX
    if any(n.startswith("ppt/") for n in names):
        return Kind.PPTX
    return Kind.ZIP_OTHER


def sniff(data: bytes) -> Kind:
    """The kind of file ``data`` is, by content alone."""
    if not data.strip():
        return Kind.EMPTY
    if data.startswith(_OLE):
        return _ole_kind(data)
    if data.startswith((_ZIP, _ZIP_EMPTY)):
        return _zip_kind(data)
    if b"%PDF-" in data[:1024]:
        return Kind.PDF
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return Kind.RTF
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Kind.BINARY
    return Kind.TEXT


def describe(kind: Kind, name: str) -> str:
    """What ``name`` is, for a file that cannot be read as it was asked to be."""
    messages = {
        Kind.DOC: _(
            "{name} is an old Word 97–2003 document (.doc), whatever its name says. Open it in "
            "Word and save it as .docx, or import it (LibreOffice converts it)."
        ),
        Kind.ENCRYPTED: _(
            "{name} is protected by a password. Open it in Word, remove the password "
            "(File › Info › Protect Document), save it, then try again."
        ),
        Kind.OLE_OTHER: _(
            "{name} is an old Office file that is not a Word document (Excel or PowerPoint "
            "97–2003?)."
        ),
        Kind.PDF: _("{name} is a PDF, whatever its name says; it is not a Word document."),
        Kind.RTF: _("{name} is an RTF document; open it in Word and save it as .docx."),
        Kind.XLSX: _("{name} is an Excel workbook, not a Word document."),
        Kind.PPTX: _("{name} is a PowerPoint presentation, not a Word document."),
        Kind.ODT: _(
            "{name} is an OpenDocument text (LibreOffice Writer); save it as .docx and try again."
        ),
        Kind.ZIP_OTHER: _("{name} is a zip archive without a Word document in it."),
        Kind.EMPTY: _("{name} is empty."),
        Kind.BINARY: _("{name} is not a document this program can read."),
        Kind.TEXT: _("{name} is plain text, not a Word document."),
    }
    text = messages.get(kind) or _("{name} is damaged or is not a Word document.")
    return text.format(name=name)
