"""``ucd-desktop check``: findings, the exit code, and the import-then-export advice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reading.conftest import NOTICES
from ucd_desktop.cli import main
from ucd_desktop.commands import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS
from ucd_desktop.export.docx_writer import export_docx
from ucd_desktop.storage.drafts import load_draft


def test_clean_export_exits_zero(
    tmp_path: Path, example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "clean.docx"
    export_docx(load_draft(example_path).notice, out)
    assert main(["check", str(out)]) == EXIT_OK
    assert "Không phát hiện" in capsys.readouterr().out


def test_findings_exit_one_and_advise_import_then_export(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["--lang", "en", "check", str(NOTICES / "provincial-committee.docx")])
    assert code == EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert "motto" in out and "leading zero" in out
    assert "import it and export it again" in out
    assert "ucd-desktop import provincial-committee.docx" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", str(NOTICES / "district-tcvn3.docx")]) == EXIT_PROBLEMS
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] is False and doc["fix"]
    assert any(f["key"] == "fonts" and f["found"] == ".VnTime" for f in doc["findings"])


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_text("no", encoding="utf-8")
    assert main(["check", str(bad)]) == EXIT_BAD_INPUT
    assert capsys.readouterr().err.strip()
