"""Tests for ucd_desktop.export.package: the OPC bookkeeping Word needs, read back with
zipfile and lxml (not with the code under test)."""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import zipfile

import pytest
from lxml import etree

from tests.export.parts import SAMPLES, docx_bytes
from tests.render import samples
from ucd_desktop.export.package import CT, RT, Package, core_properties_xml, zip_members

CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CORE_NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None  # every member's CRC-32 checks out
        return {i.filename: z.read(i) for i in z.infolist()}


def _content_types(members: dict[str, bytes]) -> dict[str, str]:
    """Part name ("/word/document.xml") -> content type, by Override or Default."""
    root = etree.fromstring(members["[Content_Types].xml"])
    defaults = {d.get("Extension"): d.get("ContentType") for d in root.iter(f"{CT_NS}Default")}
    overrides = {o.get("PartName"): o.get("ContentType") for o in root.iter(f"{CT_NS}Override")}
    out = {}
    for name in members:
        if name == "[Content_Types].xml":
            continue
        part = "/" + name
        ext = name.rsplit(".", 1)[-1]
        found = overrides.get(part) or defaults.get(ext)
        assert found, f"{part} has no content type"
        out[part] = found
    assert set(overrides) <= set(out), "an Override names a part that is not there"
    return out


def _rels(members: dict[str, bytes], source: str) -> dict[str, tuple[str, str]]:
    """rId -> (type, absolute target part name) of ``source`` ("/" for the package)."""
    folder, base = posixpath.split(source)
    rels_name = f"{folder.rstrip('/')}/_rels/{base}.rels".lstrip("/")
    root = etree.fromstring(members[rels_name])
    out = {}
    for rel in root.iter(f"{REL_NS}Relationship"):
        assert rel.get("TargetMode") is None  # nothing outside the package
        target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
        out[rel.get("Id", "")] = (rel.get("Type", ""), target)
    return out


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_part_has_a_content_type_and_every_relationship_a_target(name: str) -> None:
    members = _members(docx_bytes(name))
    types = _content_types(members)
    reached = set()
    for source in ["/", *(p for p in types if not p.endswith(".rels"))]:
        try:
            rels = _rels(members, source)
        except KeyError:
            continue  # a part without relationships
        for rid, (_type, target) in rels.items():
            assert target in types, f"{source} {rid} points at {target}, which is missing"
            reached.add(target)
    parts = {p for p in types if not p.endswith(".rels")}
    assert parts == reached, f"parts nothing points at: {parts - reached}"


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_parts_word_needs_are_there_with_their_types(name: str) -> None:
    members = _members(docx_bytes(name))
    types = _content_types(members)
    package = {t: target for t, target in _rels(members, "/").values()}
    assert package[RT.OFFICE_DOCUMENT] == "/word/document.xml"
    assert types["/word/document.xml"] == CT.DOCUMENT
    assert types[package[RT.CORE_PROPERTIES]] == CT.CORE_PROPERTIES
    assert types[package[RT.EXTENDED_PROPERTIES]] == CT.EXTENDED_PROPERTIES
    document = _rels(members, "/word/document.xml")
    by_type: dict[str, list[str]] = {}
    for rel_type, target in document.values():
        by_type.setdefault(rel_type, []).append(target)
    expected = {
        RT.STYLES: CT.STYLES,
        RT.SETTINGS: CT.SETTINGS,
        RT.FONT_TABLE: CT.FONT_TABLE,
        RT.THEME: CT.THEME,
        RT.HEADER: CT.HEADER,
        RT.FOOTER: CT.FOOTER,
    }
    assert set(by_type) == set(expected)
    for rel_type, targets in by_type.items():
        assert all(types[t] == expected[rel_type] for t in targets)
    # Every header and footer the section names is one of the document's relationships.
    sect = etree.fromstring(members["word/document.xml"]).find(f"{W_NS}body/{W_NS}sectPr")
    assert sect is not None
    for tag, rel_type in (("headerReference", RT.HEADER), ("footerReference", RT.FOOTER)):
        refs = sect.findall(f"{W_NS}{tag}")
        assert {r.get(f"{W_NS}type") for r in refs} == {"default", "first"}
        assert all(document[r.get(R_ID, "")][0] == rel_type for r in refs)


def test_entries_come_in_a_fixed_order_with_the_documents_time() -> None:
    data = docx_bytes("one-page")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
    names = [i.filename for i in infos]
    assert names[:4] == [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/_rels/document.xml.rels",
    ]
    assert names[-2:] == ["docProps/app.xml", "docProps/core.xml"]
    local = samples.NOW.astimezone()
    stamp = (local.year, local.month, local.day, local.hour, local.minute, local.second)
    assert {i.date_time for i in infos} == {stamp}
    assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}


def test_core_properties_escape_text_and_write_utc() -> None:
    plus7 = dt.timezone(dt.timedelta(hours=7))
    xml = core_properties_xml(
        title='A & B <c> "d"\r',
        author="ỦY BAN",
        language="vi-VN",
        last_modified_by="ucd-desktop",
        created=dt.datetime(2026, 3, 5, 9, 0, tzinfo=plus7),
        modified=dt.datetime(2026, 3, 5, 9, 0, 1),  # naive: taken as UTC already
    )
    root = etree.fromstring(xml)
    assert root.findtext("dc:title", namespaces=CORE_NS) == 'A & B <c> "d"\r'
    assert root.findtext("dc:creator", namespaces=CORE_NS) == "ỦY BAN"
    assert root.findtext("dcterms:created", namespaces=CORE_NS) == "2026-03-05T02:00:00Z"
    assert root.findtext("dcterms:modified", namespaces=CORE_NS) == "2026-03-05T09:00:01Z"
    with pytest.raises(ValueError, match="255"):
        core_properties_xml(
            title="x" * 256,
            author="",
            language="vi-VN",
            last_modified_by="",
            created=samples.NOW,
            modified=samples.NOW,
        )


def test_relationship_targets_are_relative_to_their_source() -> None:
    package = Package()
    doc = package.add("/word/document.xml", CT.DOCUMENT)
    theme = package.add("/word/theme/theme1.xml", CT.THEME)
    core = package.add("/docProps/core.xml", CT.CORE_PROPERTIES)
    assert package.relate(None, RT.OFFICE_DOCUMENT, doc) == "rId1"
    assert package.relate(None, RT.CORE_PROPERTIES, core) == "rId2"
    assert package.relate(doc, RT.THEME, theme) == "rId1"
    members = dict(package.members())
    assert b'Target="word/document.xml"' in members["_rels/.rels"]
    assert b'Target="theme/theme1.xml"' in members["word/_rels/document.xml.rels"]
    with pytest.raises(ValueError):
        package.add("/word/document.xml", CT.DOCUMENT)  # a name is taken once
    with pytest.raises(ValueError):
        package.add("word/x.xml", CT.XML)  # part names are absolute


def test_zip_round_trips_through_zipfile() -> None:
    blobs = [("a.xml", b"<a/>" * 1000), ("b/c.bin", bytes(range(256))), ("empty.xml", b"")]
    data = zip_members(blobs, dt.datetime(1975, 6, 1, 12, 0, 59))  # before 1980: clamped
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        assert [(i.filename, z.read(i)) for i in z.infolist()] == blobs
        assert {i.date_time for i in z.infolist()} == {(1980, 6, 1, 12, 0, 58)}
