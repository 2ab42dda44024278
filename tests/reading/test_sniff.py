"""A file is read as what it is: a .doc or a PDF named .docx, a password-protected .docx,
a .docm, a zip without Word parts. The .doc and PDF here were made by other software
(LibreOffice, Word's PDF export); the encrypted container is built the way Office lays
one out (an OLE file with EncryptionInfo and EncryptedPackage streams)."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.reading.conftest import NOTICES
from ucd_desktop.checking import check_docx
from ucd_desktop.reading import ReadError, import_notice
from ucd_desktop.reading.sniff import Kind, sniff

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def encrypted_docx() -> bytes:
    """The header and directory entries Office writes for a .docx with a password."""
    entry = b"".join(
        n.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64
        for n in (
            "Root Entry",
            "EncryptionInfo",
            "EncryptedPackage",
            "\x06DataSpaces",
        )
    )
    return OLE + b"\x00" * 504 + entry + b"\x00" * 2048


def with_parts(source: bytes, extra: dict[str, bytes], types: bytes | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml" and types is not None:
                data = types
            dst.writestr(info, data)
        for name, data in extra.items():
            dst.writestr(name, data)
    return out.getvalue()


DOCX = (NOTICES / "provincial-office.docx").read_bytes()
DOCM_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.ms-word.document.macroEnabled.main+xml"/></Types>'
)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (DOCX, Kind.DOCX),
        ((NOTICES / "provincial-committee.doc").read_bytes(), Kind.DOC),
        ((NOTICES / "ministry-office.pdf").read_bytes(), Kind.PDF),
        (encrypted_docx(), Kind.ENCRYPTED),
        (with_parts(DOCX, {"word/vbaProject.bin": b"\x00"}, DOCM_TYPES), Kind.DOCM),
        (OLE + b"\x00" * 600 + "Workbook".encode("utf-16-le"), Kind.OLE_OTHER),
        (with_parts(DOCX, {}).replace(b"word/", b"wxyz/"), Kind.ZIP_OTHER),
        (b"{\\rtf1\\ansi hello}", Kind.RTF),
        ("Thông báo\n".encode(), Kind.TEXT),
        (b"", Kind.EMPTY),
        (b"\x00\x01\x02binary", Kind.BINARY),
    ],
)
def test_the_kind_comes_from_the_content(data: bytes, kind: Kind) -> None:
    assert sniff(data) is kind


def renamed(tmp_path: Path, source: Path | bytes, name: str) -> Path:
    target = tmp_path / name
    if isinstance(source, Path):
        shutil.copyfile(source, target)
    else:
        target.write_bytes(source)
    return target


def test_check_says_what_a_file_is_instead_of_damaged(tmp_path: Path) -> None:
    cases: dict[str, tuple[Path | bytes, str]] = {
        "that-doc.docx": (NOTICES / "provincial-committee.doc", "97–2003"),
        "real.doc": (NOTICES / "provincial-committee.doc", "97–2003"),
        "a-pdf.docx": (NOTICES / "ministry-office.pdf", "PDF"),
        "locked.docx": (encrypted_docx(), "mật khẩu"),
    }
    for name, (source, words) in cases.items():
        with pytest.raises(ReadError) as refused:
            check_docx(renamed(tmp_path, source, name))
        message = str(refused.value)
        assert words in message and "hỏng" not in message, (name, message)


def test_import_reads_a_pdf_named_docx_as_a_pdf(tmp_path: Path) -> None:
    result = import_notice(renamed(tmp_path, NOTICES / "ministry-office.pdf", "ban.docx"))
    assert result.source == "pdf" and result.draft.notice.summary


def test_a_password_protected_docx_is_named_so(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="mật khẩu"):
        import_notice(renamed(tmp_path, encrypted_docx(), "bao-mat.docx"))


def test_macros_dropped_from_a_docm_are_mentioned(tmp_path: Path) -> None:
    docm = with_parts(DOCX, {"word/vbaProject.bin": b"\x00" * 32}, None)
    result = import_notice(renamed(tmp_path, docm, "co-macro.docm"))
    assert result.draft.notice.issuing_body
    assert any("macro" in n.message for n in result.notes), [n.message for n in result.notes]
