"""``ucd-desktop --smoke-test``: every check runs and reports; failures give status 1.

tests/test_build_spec.py runs the same mode inside the frozen bundle.
"""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

import ucd_desktop.smoke as smoke
from ucd_desktop.cli import main
from ucd_desktop.export import converters

CHECKS = 10


def run(*args: str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = smoke.run_smoke_test(list(args), out=out)
    return code, out.getvalue().splitlines()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_everything_passes_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UCD_DESKTOP_SOFFICE", raising=False)
    code, lines = run("--smoke-test", "--require-pdf")
    assert code == 0, lines
    results = lines[1 : 1 + CHECKS]
    assert all(line.startswith("ok    ") for line in results), lines
    assert "LibreOffice: 3 pages, A4, fonts embedded" in "\n".join(results)
    assert "nhập lại các tệp vừa xuất: docx, pdf" in "\n".join(results)
    assert lines[-1] == "Kiểm tra nhanh đạt yêu cầu."


def test_no_converter_skips_the_pdf_unless_required(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(*args: object, **kwargs: object) -> object:
        raise converters.ConversionError(converters.Reason.MISSING, converters.missing_message())

    monkeypatch.setattr(converters, "find_converter", missing)
    code, lines = run()
    assert code == 0, lines
    assert [line.split()[0] for line in lines[1 : 1 + CHECKS]] == ["ok"] * 6 + ["skip"] + ["ok"] * 3
    assert lines[8] == "ok    nhập lại các tệp vừa xuất: docx"
    code, lines = run("--require-pdf")
    assert code == 1 and lines[7].startswith("FAIL  PDF: ConversionError: Không tìm thấy")
    assert lines[-1] == "Có 1 mục kiểm tra không đạt."


def test_a_missing_example_fails_but_every_check_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ucd_desktop.resources as resources

    monkeypatch.setattr(resources, "examples_dir", lambda: tmp_path)
    monkeypatch.setattr(converters, "find_converter", lambda *a, **k: FakeNever())
    code, lines = run()
    assert code == 1
    assert len([line for line in lines if line[:5] in ("ok   ", "skip ", "FAIL ")]) == CHECKS
    assert lines[5].startswith("FAIL  xuất thông báo mẫu ra .docx: DraftError")


class FakeNever:
    key = "fake"
    name = "Fake"

    def convert(self, *args: object) -> None:
        raise AssertionError("not reached: the example is missing")


def test_user_data_beside_the_executable_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = tmp_path / "ucd-desktop"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "ucd-desktop-cli"))
    monkeypatch.setenv("UCD_DESKTOP_HOME", str(app / "người dùng"))
    assert smoke._user_folders  # the check exists
    with pytest.raises(AssertionError, match="beside the executable"):
        smoke._user_folders()
    monkeypatch.setenv("UCD_DESKTOP_HOME", str(tmp_path / "người dùng"))
    assert "người dùng" in smoke._user_folders()


def test_the_command_line_runs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    got: list[list[str]] = []

    def fake(argv: list[str]) -> int:
        got.append(argv)
        return 7

    monkeypatch.setattr(smoke, "run_smoke_test", fake)
    assert main(["--smoke-test", "--require-pdf"]) == 7
    assert got == [["--smoke-test", "--require-pdf"]]


def test_no_stdout_is_no_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    # A windowed build on Windows has no stdout: the checks run all the same.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(converters, "find_converter", lambda *a, **k: FakeNever())
    monkeypatch.setattr(smoke._Smoke, "pdf", lambda self: "not run")
    assert smoke.run_smoke_test([]) == 0
