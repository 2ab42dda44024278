"""The command line as a user meets it: a real process, its exit code, its bytes of output.

No display and no Qt platform in the environment: a command that opened the window by
mistake would fail or hang (the timeout ends it), never pass.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, REPO

TIMEOUT = 120


def cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    base.pop("QT_QPA_PLATFORM", None)
    base.pop("UCD_DESKTOP_LANG", None)
    base.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "ucd_desktop", *args],
        capture_output=True,
        env=base,
        cwd=cwd or REPO,
        timeout=TIMEOUT,
        check=False,
    )


def text(result: subprocess.CompletedProcess[bytes]) -> tuple[str, str]:
    return result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ["validate", str(EXAMPLE), "--lang", "en"],
        ["validate", str(EXAMPLE), "--lang=en"],
        ["--lang=en", "validate", str(EXAMPLE)],
        ["--lang", "en", "validate", str(EXAMPLE)],
    ],
)
def test_global_options_anywhere(args: list[str]) -> None:
    result = cli(*args)
    out, err = text(result)
    assert result.returncode == 0, err
    assert out.strip() == "No problems found."


def test_a_mistyped_command_is_an_error_with_the_nearest_command(tmp_path: Path) -> None:
    result = cli("exprot", str(EXAMPLE), "-o", str(tmp_path / "x.docx"))
    out, err = text(result)
    assert result.returncode == 2 and out == ""
    assert "“exprot”" in err and "“export”" in err and "không phải là lệnh" in err
    assert not (tmp_path / "x.docx").exists()


def test_an_unknown_word_is_an_error_not_a_window() -> None:
    result = cli("hello", "--lang", "en")
    assert result.returncode == 2
    assert "“hello” is not a command." in text(result)[1]


def test_argparse_speaks_vietnamese() -> None:
    result = cli("export", "--help")
    out, _ = text(result)
    assert result.returncode == 0
    assert out.startswith("cách dùng: ucd-desktop export")
    assert "tùy chọn:" in out and "hiện trợ giúp này rồi thoát" in out
    assert "usage:" not in out and "show this help" not in out
    result = cli("export", str(EXAMPLE))
    _, err = text(result)
    assert result.returncode == 2
    assert "ucd-desktop export: lỗi: " in err and "-o/--output" in err
    assert "error:" not in err and "required" not in err


def test_english_stays_english() -> None:
    result = cli("--lang", "en", "export", str(EXAMPLE))
    assert result.returncode == 2
    assert "the following arguments are required: -o/--output" in text(result)[1]


def test_an_os_error_in_vietnamese(tmp_path: Path) -> None:
    folder = tmp_path / "đã có.docx"
    folder.mkdir()
    result = cli("export", str(EXAMPLE), "-o", str(folder))
    _, err = text(result)
    assert result.returncode == 2
    assert "Is a directory" not in err and "Errno" not in err
    assert "thư mục" in err


def test_export_names_fields_and_says_error(tmp_path: Path) -> None:
    draft = tmp_path / "trống.ucd"
    assert cli("new", "-t", "cuoc-hop", "-o", str(draft)).returncode == 0
    result = cli("export", str(draft), "-o", str(tmp_path / "x.docx"))
    _out, err = text(result)
    assert result.returncode == 0, err
    assert "Lỗi — Họ tên người ký: Chưa có họ tên người ký." in err
    assert "signature.name" not in err and "cảnh báo" not in err.lower()


class TestFacts:
    def new(self, tmp_path: Path, *facts: str) -> tuple[subprocess.CompletedProcess[bytes], Path]:
        target = tmp_path / "hop.ucd"
        args = ["new", "-t", "hoi-nghi", "-o", str(target)]
        for fact in facts:
            args += ["--fact", fact]
        return cli(*args), target

    def test_a_clerks_date(self, tmp_path: Path) -> None:
        result, target = self.new(tmp_path, "ngay_hop=05/03/2026")
        assert result.returncode == 0, text(result)[1]
        doc = json.loads(target.read_text(encoding="utf-8"))
        assert doc["template"]["facts"]["ngay_hop"] == "2026-03-05"
        assert doc["notice"]["opening"].startswith("Ngày 05/3/2026")

    @pytest.mark.parametrize("value", ["2026-13-45", "31/02/2026", "hôm qua", "5.3.2026"])
    def test_a_bad_date_writes_nothing(self, tmp_path: Path, value: str) -> None:
        result, target = self.new(tmp_path, f"ngay_hop={value}")
        _, err = text(result)
        assert result.returncode == 2 and not target.exists()
        assert "ngay_hop" in err and "Ngày họp" in err

    def test_a_person_is_a_json_object(self, tmp_path: Path) -> None:
        result, target = self.new(tmp_path, "chu_tri=[1,2]")
        assert result.returncode == 2 and not target.exists()
        result, target = self.new(tmp_path, "chu_tri=Nguyễn Văn A")
        assert result.returncode == 2 and not target.exists()
        person = '{"name": "Nguyễn Minh Lâm", "position": "Phó Chủ tịch UBND tỉnh"}'
        result, target = self.new(tmp_path, f"chu_tri={person}")
        assert result.returncode == 0 and target.exists()

    def test_json_errors_in_vietnamese(self, tmp_path: Path) -> None:
        result, target = self.new(tmp_path, 'chu_tri={"name": "A" "position": "B"}')
        _, err = text(result)
        assert result.returncode == 2 and not target.exists()
        assert "Expecting" not in err and "thiếu dấu phẩy" in err

    def test_empty_optional_facts_are_allowed(self, tmp_path: Path) -> None:
        result, target = self.new(tmp_path, "dong_chu_tri=", "thanh_phan=")
        assert result.returncode == 0, text(result)[1]
        facts = json.loads(target.read_text(encoding="utf-8"))["template"]["facts"]
        assert facts["dong_chu_tri"] == [] and facts["thanh_phan"] == ""

    def test_an_empty_required_fact_is_refused(self, tmp_path: Path) -> None:
        result, target = self.new(tmp_path, "dia_diem=")
        assert result.returncode == 2 and not target.exists()

    def test_text_is_never_parsed_as_json(self, tmp_path: Path) -> None:
        result, target = self.new(tmp_path, "ten_hoi_nghi=[thử nghiệm] {năm 2026}")
        assert result.returncode == 0, text(result)[1]
        doc = json.loads(target.read_text(encoding="utf-8"))
        assert doc["template"]["facts"]["ten_hoi_nghi"] == "[thử nghiệm] {năm 2026}"

    def test_a_template_mistake_in_vietnamese(self, tmp_path: Path) -> None:
        source = (REPO / "templates" / "hoi-nghi.toml").read_text(encoding="utf-8")
        broken = tmp_path / "hong.toml"
        summary = 'summary = "Kết luận của {{ chu_tri }}'
        assert summary in source
        mistake = source.replace(summary, 'summary = "Kết luận của {{ chu_tri.nam }}', 1)
        broken.write_text(mistake, encoding="utf-8")
        person = '{"name": "Nguyễn Minh Lâm", "position": "Phó Chủ tịch UBND tỉnh"}'
        target = tmp_path / "x.ucd"
        result = cli("new", "-t", str(broken), "-o", str(target), "--fact", f"chu_tri={person}")
        _, err = text(result)
        assert result.returncode == 2 and not target.exists()
        assert "has no attribute" not in err and "“nam”" in err and "người" in err


def test_templates_id_lists_the_facts() -> None:
    result = cli("templates", "hoi-nghi")
    out, err = text(result)
    assert result.returncode == 0, err
    lines = out.splitlines()
    row = next(line for line in lines if line.strip().startswith("ngay_hop\t"))
    assert "\tngày tháng\t" in row and "\tbắt buộc\t" in row and "Ngày họp" in row
    assert "ví dụ: ngay_hop=26/05/2022" in out
    optional = next(line for line in lines if line.strip().startswith("dong_chu_tri\t"))
    assert "\tkhông bắt buộc\t" in optional
    assert "bundled" not in cli("templates").stdout.decode("utf-8")


def test_import_and_check_say_the_severity_in_words(tmp_path: Path) -> None:
    draft = tmp_path / "nhập.ucd"
    text_file = REPO / "tests" / "data" / "seed-notice.md"
    result = cli("import", str(text_file), "-o", str(draft))
    out, err = text(result)
    assert result.returncode == 0, err
    firsts = {line.split("\t", 1)[0] for line in out.splitlines() if "\t" in line}
    assert firsts and firsts <= {"Lỗi", "Cảnh báo", "Lưu ý"}
    docx_path = tmp_path / "x.docx"
    assert cli("export", str(draft), "-o", str(docx_path)).returncode == 0
    result = cli("check", str(docx_path))
    out, _ = text(result)
    assert "\terror\t" not in out and "\twarning\t" not in out and "\tinfo\t" not in out


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "cp1252"}, {"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C"}],
)
def test_output_to_a_pipe_is_utf8_whatever_the_code_page(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """cp1252 stands in for a Windows code page: "ệ" is not in it (issue 11)."""
    result = cli("export", str(EXAMPLE), "-o", str(tmp_path / "thông báo.docx"), env=env)
    out, err = text(result)
    assert result.returncode == 0, err
    assert "Đã ghi" in out and "thông báo.docx" in out


def test_output_redirected_to_a_file_is_utf8(tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    base["PYTHONIOENCODING"] = "cp1252"
    with log.open("wb") as handle:
        code = subprocess.run(
            [sys.executable, "-m", "ucd_desktop", "validate", str(EXAMPLE), "--lang", "vi"],
            stdout=handle,
            stderr=subprocess.STDOUT,
            env=base,
            timeout=TIMEOUT,
            check=False,
        ).returncode
    assert code == 0
    assert log.read_bytes().decode("utf-8").strip() == "Không phát hiện lỗi."


def test_pips_console_entry_point_writes_utf8_to_a_pipe(tmp_path: Path) -> None:
    """The ``ucd-desktop`` program pip installs, not only ``python -m``."""
    folder = Path(sys.executable).parent
    program = folder / ("ucd-desktop.exe" if os.name == "nt" else "ucd-desktop")
    if not program.exists():  # pragma: no cover - an environment without the entry points
        pytest.skip("the ucd-desktop entry point is not installed here")
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    base["PYTHONIOENCODING"] = "cp1252"
    result = subprocess.run(
        [str(program), "export", str(EXAMPLE), "-o", str(tmp_path / "thông báo.docx")],
        capture_output=True,
        env=base,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Đã ghi" in result.stdout.decode("utf-8")
