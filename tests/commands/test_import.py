"""``ucd-desktop import``: a draft from an old notice, notes printed, clear failures."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.reading.conftest import NOTICES, SEED
from ucd_desktop.cli import main
from ucd_desktop.commands import EXIT_BAD_INPUT, EXIT_OK
from ucd_desktop.storage.drafts import load_draft


def test_import_docx_writes_a_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.ucd"
    code = main(["import", str(NOTICES / "provincial-committee.docx"), "-o", str(out)])
    assert code == EXIT_OK
    draft = load_draft(out)
    assert draft.notice.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]
    printed = capsys.readouterr().out
    assert "Quốc hiệu" in printed and "Đã ghi" in printed and "motto" not in printed


def test_import_text_from_stdin_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(SEED.read_text(encoding="utf-8")))
    out = tmp_path / "seed.ucd"
    assert main(["import", "-", "-o", str(out), "--json"]) == EXIT_OK
    notes = json.loads(capsys.readouterr().out)
    assert {"field", "severity", "message"} <= set(notes[0])
    assert load_draft(out).notice.signature.name == "Nguyễn Minh Lâm"


def test_bad_input_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.ucd"
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04broken")
    assert main(["import", str(broken), "-o", str(out)]) == EXIT_BAD_INPUT
    assert not out.exists()
    assert "broken.docx" in capsys.readouterr().err
    assert main(
        ["import", str(NOTICES / "two-column-pdf.txt"), "-o", str(tmp_path / "x.docx")]
    ) == (EXIT_BAD_INPUT)


def test_a_signed_pdf_prints_its_import_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.reading.pdf_corpus import LIBERATION, strip_to_unicode

    if not LIBERATION.is_file():
        pytest.skip("needs Liberation Serif")
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(strip_to_unicode((NOTICES / "ministry-office.pdf").read_bytes()))
    out = tmp_path / "draft.ucd"
    assert main(["import", str(signed), "-o", str(out)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    # one line per fact or doubt: severity, field, message
    assert all(len(line.split("\t")) == 3 for line in lines[:-1])
    assert any("LiberationSerif" in line for line in lines)
    assert load_draft(out).notice.signature.name == "Phạm Thu Hà"


def test_a_scan_without_tesseract_is_refused_with_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.reading.pdf_corpus import scan_pdf

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf(NOTICES / "ministry-office.pdf", tmp_path, dpi=40))
    out = tmp_path / "draft.ucd"
    missing = str(tmp_path / "no-tesseract")
    assert main(["import", str(scan), "-o", str(out), "--tesseract", missing]) == EXIT_BAD_INPUT
    assert "tesseract-ocr-vie" in capsys.readouterr().err
    assert not out.exists()
