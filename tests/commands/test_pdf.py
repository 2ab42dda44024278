"""``ucd-desktop pdf``: a draft or a .docx to PDF through the converter found."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import EXAMPLE
from ucd_desktop.cli import main
from ucd_desktop.export.converters.libreoffice import SOFFICE_ENV

SOFFICE = shutil.which("soffice")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_pdf_of_the_example_then_of_its_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "Thông báo kết luận.pdf"
    code, stdout, stderr = run(
        capsys, "pdf", str(EXAMPLE), "-o", str(out), "--converter", "libreoffice"
    )
    assert code == 0, stderr
    assert (
        stdout.startswith("Đã ghi: ") and "A4, đã nhúng phông chữ; tạo bằng LibreOffice" in stdout
    )
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert f"({len(reader.pages)} trang" in stdout
    docx = tmp_path / "b.docx"
    assert run(capsys, "export", str(EXAMPLE), "-o", str(docx))[0] == 0
    code, stdout, _ = run(capsys, "pdf", str(docx), "-o", str(tmp_path / "b.pdf"))
    assert code == 0 and (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF-")


def test_bad_requests_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "pdf", str(EXAMPLE), "-o", str(tmp_path / "a.docx"))
    assert code == 2 and "phải có đuôi .pdf" in err
    code, _, err = run(capsys, "pdf", str(EXAMPLE), "-o", str(EXAMPLE))
    assert code == 2
    code, _, err = run(capsys, "pdf", str(EXAMPLE), "-o", str(tmp_path / "a.pdf"), "--timeout", "0")
    assert code == 2 and "lớn hơn 0" in err
    monkeypatch.setenv(SOFFICE_ENV, str(tmp_path / "không có" / "soffice"))
    code, _, err = run(
        capsys, "pdf", str(EXAMPLE), "-o", str(tmp_path / "a.pdf"), "--converter", "libreoffice"
    )
    assert code == 2 and "Không tìm thấy LibreOffice tại" in err and "UCD_DESKTOP_SOFFICE" in err
    not_word = tmp_path / "giả.docx"
    not_word.write_text("văn bản thường", encoding="utf-8")
    code, _, err = run(capsys, "pdf", str(not_word), "-o", str(tmp_path / "a.pdf"))
    assert code == 2
    assert list(tmp_path.iterdir()) == [not_word]


def test_word_is_refused_where_there_is_no_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import ucd_desktop.export.converters.word as word

    monkeypatch.setattr(word, "find_word", lambda: None)
    code, _, err = run(
        capsys, "pdf", str(EXAMPLE), "-o", str(tmp_path / "a.pdf"), "--converter", "word"
    )
    assert code == 2 and "Không tìm thấy Microsoft Word" in err
    assert not (tmp_path / "a.pdf").exists()


def test_strict_refuses_a_notice_with_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "n.ucd"
    assert run(capsys, "new", "-t", "cuoc-hop", "-o", str(draft))[0] == 0
    code, _, err = run(capsys, "pdf", str(draft), "-o", str(tmp_path / "n.pdf"), "--strict")
    assert code == 2 and "chưa ghi tệp nào" in err
    assert not (tmp_path / "n.pdf").exists()
