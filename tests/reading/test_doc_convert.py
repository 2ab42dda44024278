"""Old .doc files: converted by LibreOffice when it is there, a clear message when not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.office.fake import fake_soffice, gone, posix_only
from tests.reading.conftest import NOTICES
from ucd_desktop.office import SOFFICE_ENV
from ucd_desktop.reading import ReadError, import_notice
from ucd_desktop.reading.doc_convert import convert_to_docx


def test_without_libreoffice_the_message_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ucd_desktop.office.find_soffice", lambda *a, **k: None)
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


@posix_only
def test_a_hung_conversion_is_stopped_with_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same runner as PDF export: on time-out the whole process tree goes.
    program, log = fake_soffice(tmp_path / "bin", "hang")
    monkeypatch.setenv(SOFFICE_ENV, str(program))
    with pytest.raises(ReadError, match=r"provincial-committee\.doc"):
        convert_to_docx(NOTICES / "provincial-committee.doc", timeout_s=4.0)
    pid = json.loads(log.read_text())["pid"]
    child = int(Path(str(log) + ".child").read_text())
    assert gone(pid) and gone(child)


@posix_only
def test_the_copy_is_converted_with_the_shared_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program, log = fake_soffice(tmp_path / "bin", "ok")
    monkeypatch.setenv(SOFFICE_ENV, str(program))
    assert convert_to_docx(NOTICES / "provincial-committee.doc") == b"%PDF-1.6 fake"
    args = json.loads(log.read_text())["args"]
    assert args[args.index("--convert-to") + 1] == "docx:MS Word 2007 XML"
    assert "--headless" in args and args[-1].endswith("notice.doc")
    assert args[0].startswith("-env:UserInstallation=file://")


@posix_only
@pytest.mark.parametrize("mode", ["nothing", "crash"])
def test_a_file_the_runner_cannot_convert_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    program, _log = fake_soffice(tmp_path / "bin", mode)
    monkeypatch.setenv(SOFFICE_ENV, str(program))
    with pytest.raises(ReadError, match=r"provincial-committee\.doc"):
        convert_to_docx(NOTICES / "provincial-committee.doc")


def test_a_soffice_that_cannot_start_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = tmp_path / "soffice"
    program.write_text("")
    program.chmod(0o644)
    monkeypatch.setenv(SOFFICE_ENV, str(program))
    with pytest.raises(ReadError) as caught:
        convert_to_docx(NOTICES / "provincial-committee.doc")
    assert str(program) in str(caught.value)


def test_a_source_that_cannot_be_read_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program, log = fake_soffice(tmp_path / "bin", "ok")
    monkeypatch.setenv(SOFFICE_ENV, str(program))
    with pytest.raises(ReadError, match="missing"):
        convert_to_docx(tmp_path / "missing.doc")
    assert not log.exists()  # soffice never ran
