"""Any kind of file under any name, given to import and to check: read as what its content
is, or refused with words naming what it is; never "damaged" for an intact file of
another kind.

Round 2 found a .doc or a PDF renamed .docx, and a real .doc given to ``check``, called
"damaged"; a password-protected .docx would be too; a .docm's macros were dropped
without a mention. The .doc and the PDFs are files made by other software (LibreOffice,
Word's PDF export); the encrypted container has the streams Office writes.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.reading.conftest import NOTICES
from tests.robustness.conftest import settings_for
from ucd_desktop.checking import check_docx
from ucd_desktop.i18n import set_language
from ucd_desktop.reading import ReadError, import_notice
from ucd_desktop.reading.sniff import Kind, sniff

STATS: Counter[str] = Counter()
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DOCX = (NOTICES / "provincial-office.docx").read_bytes()


def _container(*streams: str) -> bytes:
    entries = b"".join(
        s.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for s in ("Root Entry", *streams)
    )
    return OLE + b"\x00" * 504 + entries + b"\x00" * 1024


def _zip(parts: dict[str, bytes], base: bytes | None = DOCX) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        if base is not None:
            with zipfile.ZipFile(io.BytesIO(base)) as src:
                for info in src.infolist():
                    dst.writestr(info, src.read(info))
        for name, data in parts.items():
            dst.writestr(name, data)
    return out.getvalue()


#: (kind, content, words the refusal must contain in English; None: it is imported).
FILES = {
    "doc": (Kind.DOC, (NOTICES / "provincial-committee.doc").read_bytes(), "97–2003"),
    "pdf": (Kind.PDF, (NOTICES / "ministry-office.pdf").read_bytes(), "PDF"),
    "encrypted": (Kind.ENCRYPTED, _container("EncryptionInfo", "EncryptedPackage"), "password"),
    "xls": (Kind.OLE_OTHER, _container("Workbook"), "97–2003"),
    "xlsx": (Kind.XLSX, _zip({"xl/workbook.xml": b"<w/>"}, None), "Excel"),
    "pptx": (Kind.PPTX, _zip({"ppt/presentation.xml": b"<p/>"}, None), "PowerPoint"),
    "odt": (
        Kind.ODT,
        _zip({"mimetype": b"application/vnd.oasis.opendocument.text"}, None),
        "OpenDocument",
    ),
    "zip": (Kind.ZIP_OTHER, _zip({"a.txt": b"a"}, None), "zip"),
    "rtf": (Kind.RTF, b"{\\rtf1\\ansi Th\\'f4ng b\\'e1o}", "RTF"),
    "docm": (Kind.DOCM, _zip({"word/vbaProject.bin": b"\x00" * 16}), None),
    "docx": (Kind.DOCX, DOCX, None),
}
NAMES = st.sampled_from([".docx", ".doc", ".pdf", ".docm", ".DOCX", ".txt", ""])


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language("en")  # the words checked are the English ids, whatever is translated


@settings_for(80)
@given(
    which=st.sampled_from(sorted(FILES)), suffix=NAMES, command=st.sampled_from(["import", "check"])
)
def test_a_file_is_read_as_what_it_is_or_named(
    which: str, suffix: str, command: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    kind, data, words = FILES[which]
    assert sniff(data) is kind
    path = tmp_path_factory.mktemp("k") / f"tep{suffix}"
    path.write_bytes(data)
    converted: list[object] = []

    def convert(source: object, **_options: object) -> bytes:
        converted.append(source)  # LibreOffice itself: tests/reading/test_doc_convert.py
        return DOCX

    try:
        if command == "import":
            with mock.patch("ucd_desktop.reading.doc_convert.convert_to_docx", convert):
                result = import_notice(path)
            assert bool(converted) == (kind in (Kind.DOC, Kind.RTF)), (which, suffix)
            if kind is Kind.DOCM:
                assert any("macro" in n.message for n in result.notes)
        else:
            check_docx(path)
    except ReadError as exc:
        message = str(exc)
        assert "damaged" not in message, (which, suffix, command, message)
        if words is not None and not (command == "import" and kind in (Kind.DOC, Kind.RTF)):
            assert words in message, (which, suffix, command, message)
        STATS[f"{command}: named"] += 1
        return
    readable = {Kind.DOCX, Kind.DOCM} | (
        {Kind.PDF, Kind.DOC, Kind.RTF} if command == "import" else set()
    )
    assert kind in readable, (which, suffix, command)
    STATS[f"{command}: read"] += 1


def teardown_module() -> None:
    print("\nfile kinds:", dict(STATS))
