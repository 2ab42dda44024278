"""Old .doc files: converted by LibreOffice when it is there, a clear message when not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.reading.conftest import NOTICES
from ucd_desktop.reading import ReadError, import_notice
from ucd_desktop.reading.doc_convert import convert_to_docx


def test_without_libreoffice_the_message_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "ucd_desktop.export.converters.libreoffice.find_soffice", lambda *a, **k: None
    )
    with pytest.raises(ReadError, match="LibreOffice"):
        import_notice(NOTICES / "provincial-committee.doc")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_doc_is_converted_and_read(tmp_path: Path) -> None:
    result = import_notice(NOTICES / "provincial-committee.doc")
    assert result.source == "doc"
    n = result.draft.notice
    assert n.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]
    assert n.signature.name == "Hoàng Văn Minh"
    # The source is copied, never touched.
    assert not list(NOTICES.glob("*.docx.tmp"))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_file_libreoffice_cannot_read(tmp_path: Path) -> None:
    junk = tmp_path / "junk.doc"
    junk.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    with pytest.raises(ReadError):
        convert_to_docx(junk, timeout_s=60)
