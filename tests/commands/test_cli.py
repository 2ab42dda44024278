from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest

from tests.conftest import EXAMPLE
from ucd_desktop.cli import main
from ucd_desktop.storage.drafts import load_draft


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_the_example(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "thông báo.docx"
    code, stdout, _ = run(capsys, "export", str(EXAMPLE), "-o", str(out))
    assert code == 0 and "Đã ghi" in stdout
    d = docx.Document(str(out))
    assert d.core_properties.title.startswith("Kết luận của Phó Chủ tịch UBND tỉnh")


def test_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate", str(EXAMPLE))[0] == 0
    code, out, _ = run(capsys, "new", "-t", "cuoc-hop", "-o", str(tmp_path / "n.ucd"))
    assert code == 0
    code, out, _ = run(capsys, "validate", str(tmp_path / "n.ucd"))
    # Each problem: its severity and the field as the window names it, in Vietnamese.
    assert code == 1 and "Lỗi — Họ tên người ký: Chưa có họ tên người ký." in out
    assert "Cảnh báo — Trích yếu:" in out and "\terror\t" not in out
    code, out, _ = run(capsys, "--lang", "en", "validate", "--json", str(tmp_path / "n.ucd"))
    assert code == 1 and '"code": "signer-missing"' in out and "The signer's name" in out


def test_new_with_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "hop.ucd"
    code, _, err = run(
        capsys,
        "new",
        "--template",
        "hoi-nghi",
        "-o",
        str(target),
        "--fact",
        "ngay_hop=2026-03-05",
        "--fact",
        'chu_tri={"name": "Nguyễn Minh Lâm", "position": "Phó Chủ tịch UBND tỉnh"}',
        "--fact",
        "ten_hoi_nghi=triển khai nhiệm vụ năm 2026",
    )
    assert code == 0, err
    draft = load_draft(target)
    assert draft.notice.summary == (
        "Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm tại Hội nghị triển khai nhiệm vụ "
        "năm 2026"
    )
    assert draft.notice.opening.startswith("Ngày 05/3/2026")
    assert draft.template is not None and draft.template.id == "hoi-nghi"


def test_templates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates")
    assert code == 0
    for tid in ("hoi-nghi", "cuoc-hop", "lam-viec"):
        assert tid in out


@pytest.mark.parametrize(
    "args",
    [
        ["export", "{missing}", "-o", "{out}"],
        ["export", "{broken}", "-o", "{out}"],
        ["export", "{example}", "-o", "{tmp}/no/such/folder/x.docx"],
        ["export", "{example}", "-o", "{tmp}/x.pdf"],
        ["new", "-t", "khong-co", "-o", "{out}"],
        ["new", "-t", "hoi-nghi", "-o", "{out}", "--fact", "khong_co=1"],
        ["new", "-t", "hoi-nghi", "-o", "{out}", "--fact", "chu_tri={{hỏng"],
        ["validate", "{broken}"],
    ],
)
def test_bad_input_one_line_non_zero_nothing_written(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.ucd"
    broken.write_text("{ hỏng", "utf-8")
    out = tmp_path / "out.docx"
    values = {
        "missing": str(tmp_path / "none.ucd"),
        "broken": str(broken),
        "out": str(out),
        "example": str(EXAMPLE),
        "tmp": str(tmp_path),
    }
    before = sorted(p.name for p in tmp_path.rglob("*"))
    code, _stdout, err = run(capsys, *[a.format(**values) for a in args])
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("ucd-desktop: ")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_python_dash_m_and_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ucd_desktop", "--help"],
        capture_output=True,
        encoding="utf-8",  # what the command line writes to a pipe, whatever the code page
        check=False,
    )
    assert result.returncode == 0
    for command in ("export", "validate", "new", "templates"):
        assert command in result.stdout


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """``ucd-desktop validate DRAFT | head``: the CLI stops quietly when stdout closes."""
    from ucd_desktop.model.notice import BodyItem, ItemKind
    from ucd_desktop.storage.drafts import save_draft

    draft = load_draft(EXAMPLE)
    # Far more output than a pipe holds: one problem per item (a template's blank "…").
    draft.notice.body = [BodyItem(kind=ItemKind.PARAGRAPH, text="…") for _ in range(3000)]
    path = tmp_path / "long.ucd"
    save_draft(draft, path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "ucd_desktop", "validate", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(200)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err
