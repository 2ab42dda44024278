"""The OPC package of a .docx (ECMA-376 Part 2), written directly with the standard library.

A .docx is a zip of XML parts plus three kinds of bookkeeping: ``[Content_Types].xml``
(the content type of every part), relationship parts (``_rels/.rels`` for the package,
``word/_rels/document.xml.rels`` for the document: which part is the styles, a header...)
and the core properties (``docProps/core.xml``: title, author, dates). This module writes
that bookkeeping and the zip; the parts themselves come as text from ``ooxml`` and
``docx_parts``. python-docx is not imported: importing it was half of every ``ucd-desktop
export`` process, for packaging alone, through private methods of its package writer.

Entries are written in a fixed order (content types, package relationships, then each
part followed by its own relationships), all stamped with the document's time, so the same
notice at the same time gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import struct
import zlib

from ucd_desktop.text.clean import xml_safe

__all__ = ["CT", "RT", "Package", "Part", "Relationship", "core_properties_xml", "zip_members"]

_DECL = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
_NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"


class CT:
    """Content types of the parts a notice has."""

    RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml"
    XML = "application/xml"
    CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml"
    EXTENDED_PROPERTIES = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    THEME = "application/vnd.openxmlformats-officedocument.theme+xml"
    DOCUMENT = f"{_WML}.document.main+xml"
    STYLES = f"{_WML}.styles+xml"
    SETTINGS = f"{_WML}.settings+xml"
    FONT_TABLE = f"{_WML}.fontTable+xml"
    HEADER = f"{_WML}.header+xml"
    FOOTER = f"{_WML}.footer+xml"


class RT:
    """Relationship types (what the target part is to its source)."""

    OFFICE_DOCUMENT = f"{_OFFICE_RT}/officeDocument"
    CORE_PROPERTIES = (
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    )
    EXTENDED_PROPERTIES = f"{_OFFICE_RT}/extended-properties"
    STYLES = f"{_OFFICE_RT}/styles"
    SETTINGS = f"{_OFFICE_RT}/settings"
    FONT_TABLE = f"{_OFFICE_RT}/fontTable"
    THEME = f"{_OFFICE_RT}/theme"
    HEADER = f"{_OFFICE_RT}/header"
    FOOTER = f"{_OFFICE_RT}/footer"


#: Extension -> content type written as a Default; every part gets its own Override.
_DEFAULTS = (("rels", CT.RELATIONSHIPS), ("xml", CT.XML))

# &, < and > escaped (and quotes, in attribute values); a carriage return kept as a
# character reference (a parser would turn a raw one into a newline).
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"})


def _escape(text: str) -> str:
    return xml_safe(text).translate(_TEXT)


def _attribute(text: str) -> str:
    return xml_safe(text).translate(_ATTRIBUTE)


class Relationship:
    """``rid`` of the source points at the part named ``target`` (an absolute part name)."""

    __slots__ = ("rid", "target", "type")

    def __init__(self, rid: str, type: str, target: str) -> None:
        self.rid = rid
        self.type = type
        self.target = target


class Part:
    """One part: its name ("/word/document.xml"), content type, bytes and relationships."""

    __slots__ = ("blob", "content_type", "name", "rels")

    def __init__(self, name: str, content_type: str, blob: bytes = b"") -> None:
        self.name = name
        self.content_type = content_type
        self.blob = blob
        self.rels: list[Relationship] = []

    @property
    def rels_name(self) -> str:
        """The name of this part's relationship part ("/word/_rels/document.xml.rels")."""
        folder, base = posixpath.split(self.name)
        return f"{folder.rstrip('/')}/_rels/{base}.rels"


def _relate(rels: list[Relationship], rel_type: str, target: str) -> str:
    rid = f"rId{len(rels) + 1}"
    rels.append(Relationship(rid, rel_type, target))
    return rid


class Package:
    """The parts of a package and the package's own relationships, in the order added."""

    def __init__(self) -> None:
        self.parts: dict[str, Part] = {}
        self.rels: list[Relationship] = []

    def add(self, name: str, content_type: str, blob: bytes = b"") -> Part:
        if not name.startswith("/") or name in self.parts:
            raise ValueError(f"part name {name!r}: not absolute, or already taken")
        part = self.parts[name] = Part(name, content_type, blob)
        return part

    def relate(self, source: Part | None, rel_type: str, target: Part) -> str:
        """Relate ``source`` (None: the package) to ``target``; the new relationship's id."""
        return _relate(self.rels if source is None else source.rels, rel_type, target.name)

    def content_types_xml(self) -> bytes:
        defaults = "".join(
            f'<Default Extension="{ext}" ContentType="{ct}"/>' for ext, ct in _DEFAULTS
        )
        overrides = "".join(
            f'<Override PartName="{_attribute(p.name)}" ContentType="{p.content_type}"/>'
            for p in sorted(self.parts.values(), key=lambda p: p.name)
        )
        return f'{_DECL}<Types xmlns="{_NS_CT}">{defaults}{overrides}</Types>'.encode()

    @staticmethod
    def rels_xml(rels: list[Relationship], source: str) -> bytes:
        """The relationship part of ``source`` (a part name, "/" for the package):
        targets are written relative to the source's folder, as the format wants."""
        folder = posixpath.dirname(source)
        items = "".join(
            f'<Relationship Id="{r.rid}" Type="{r.type}" '
            f'Target="{_attribute(posixpath.relpath(r.target, folder))}"/>'
            for r in rels
        )
        return f'{_DECL}<Relationships xmlns="{_NS_RELS}">{items}</Relationships>'.encode()

    def members(self) -> list[tuple[str, bytes]]:
        """(zip member name, bytes) of every entry, in the order they are written."""
        out = [
            ("[Content_Types].xml", self.content_types_xml()),
            ("_rels/.rels", self.rels_xml(self.rels, "/")),
        ]
        for part in self.parts.values():
            out.append((part.name[1:], part.blob))
            if part.rels:
                out.append((part.rels_name[1:], self.rels_xml(part.rels, part.name)))
        return out

    def to_bytes(self, stamp: dt.datetime) -> bytes:
        """The zipped package; every member carries ``stamp`` (local time) as its time."""
        return zip_members(self.members(), stamp)


#: The longest core property (title, author) written: the limit python-docx enforced
#: when it wrote them, kept so that files do not change; longer values are cut by the caller.
MAX_PROPERTY = 255


def core_properties_xml(
    *,
    title: str,
    author: str,
    language: str,
    last_modified_by: str,
    created: dt.datetime,
    modified: dt.datetime,
    revision: int = 1,
) -> bytes:
    """``docProps/core.xml``: what File > Properties shows. Dates are written in UTC
    (a naive date is taken as UTC already)."""

    def text(tag: str, value: str) -> str:
        if len(value) > MAX_PROPERTY:
            raise ValueError(f"{tag} longer than {MAX_PROPERTY} characters")
        return f"<{tag}>{_escape(value)}</{tag}>"

    def date(tag: str, value: dt.datetime) -> str:
        utc = value.astimezone(dt.UTC) if value.tzinfo else value
        stamp = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
        return f'<dcterms:{tag} xsi:type="dcterms:W3CDTF">{stamp}</dcterms:{tag}>'

    # The order python-docx wrote (the golden files keep it); the schema allows any.
    return (
        f"{_DECL}<cp:coreProperties"
        ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + text("dc:title", title)
        + text("cp:lastModifiedBy", last_modified_by)
        + f"<cp:revision>{revision}</cp:revision>"
        + date("modified", modified)
        + text("dc:creator", author)
        + text("dc:language", language)
        + date("created", created)
        + "</cp:coreProperties>"
    ).encode()


# The zip format (PKWARE APPNOTE 6.3): a local header before each member's data, then the
# central directory and its end record. Members are deflated (raw deflate, as zip wants)
# and carry Unix permissions rw-------, as Python's zipfile writes them; no zip64 (a notice
# is far below 4 GiB; larger input is refused). Written here rather than with zipfile,
# whose import (with shutil, threading, bz2 and lzma) was ~5 ms of every export process.
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20  # 2.0: deflate
_UNIX = 3
_DEFLATED = 8
_RW = 0o600 << 16
_LIMIT = 0xFFFFFFFF


def _dos_time(stamp: dt.datetime) -> tuple[int, int]:
    local = stamp.astimezone() if stamp.tzinfo else stamp
    year = min(max(local.year, 1980), 2107)  # the years a zip date can hold
    date = (year - 1980) << 9 | local.month << 5 | local.day
    time = local.hour << 11 | local.minute << 5 | local.second // 2
    return time, date


def zip_members(members: list[tuple[str, bytes]], stamp: dt.datetime) -> bytes:
    """A zip archive of ``members`` (name, bytes), in that order, all dated ``stamp``.

    Names are ASCII (part names here always are; the UTF-8 name flag is not written)."""
    time, date = _dos_time(stamp)
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, data in members:
        raw = name.encode("ascii")
        packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        packed = packer.compress(data) + packer.flush()
        if max(len(data), len(packed), offset) >= _LIMIT:
            raise ValueError(f"{name}: too large for a zip without zip64")
        # flags 0, deflated, time, date, CRC-32, compressed and full size, name length
        common = (0, _DEFLATED, time, date, zlib.crc32(data), len(packed), len(data), len(raw))
        out += (_LOCAL.pack(b"PK\3\4", _VERSION, 0, *common, 0), raw, packed)
        # made by (version, Unix), needed version; no extra, comment, disk or text flag
        central.append(
            _CENTRAL.pack(b"PK\1\2", _VERSION, _UNIX, _VERSION, 0, *common, 0, 0, 0, 0, _RW, offset)
            + raw
        )
        offset += _LOCAL.size + len(raw) + len(packed)
    directory = b"".join(central)
    n = len(central)
    return b"".join([*out, directory, _END.pack(b"PK\5\6", 0, 0, n, n, len(directory), offset, 0)])
