"""LibreOffice converter: where soffice is found, how it is run, and how it fails.

A fake soffice (a small script) stands in for LibreOffice, so the failures (crash,
nothing written, hang, cancel) and the command line are tested without LibreOffice;
tests/export/test_pdf.py runs the real one.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from tests.office.fake import fake_soffice, gone, posix_only
from ucd_desktop.export.converters import ConversionError, Job, Reason, Stage
from ucd_desktop.export.converters.libreoffice import (
    SOFFICE_ENV,
    LibreOfficeConverter,
    find_soffice,
)
from ucd_desktop.storage.settings import Settings, save_settings

# -- finding soffice ----------------------------------------------------------------------


def test_found_on_the_search_paths(tmp_path: Path) -> None:
    program, _ = fake_soffice(tmp_path / "program", "ok")
    assert find_soffice(env={}, search_paths=[tmp_path / "empty", program.parent]) == program
    assert find_soffice(env={}, search_paths=[tmp_path / "empty"]) is None


@pytest.mark.parametrize("where", ["argument", "variable", "setting"])
def test_a_wrong_chosen_path_is_reported_not_replaced(tmp_path: Path, where: str) -> None:
    other, _ = fake_soffice(tmp_path / "other", "ok")
    wrong = tmp_path / "Chương trình" / "soffice.exe"
    env = {SOFFICE_ENV: str(wrong)} if where == "variable" else {}
    if where == "setting":
        save_settings(Settings(libreoffice_path=str(wrong)))
    with pytest.raises(ConversionError) as caught:
        find_soffice(wrong if where == "argument" else None, env=env, search_paths=[other.parent])
    assert caught.value.reason is Reason.MISSING
    assert str(wrong) in str(caught.value) and "Không tìm thấy LibreOffice" in str(caught.value)


# -- running it ---------------------------------------------------------------------------


@posix_only
def test_command_line_and_private_profile(tmp_path: Path) -> None:
    program, log = fake_soffice(tmp_path / "bin", "ok")
    source = tmp_path / "notice.docx"
    source.write_bytes(b"PK fake docx")
    stages: list[Stage] = []
    converter = LibreOfficeConverter(program, profile=tmp_path / "profile")
    converter.convert(source, tmp_path / "notice.pdf", Job(progress=stages.append))
    assert (tmp_path / "notice.pdf").read_bytes() == b"%PDF-1.6 fake"
    args = json.loads(log.read_text())["args"]
    assert args[0] == f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    assert {"--headless", "--norestore", "--nolockcheck"} <= set(args)
    assert args[args.index("--convert-to") + 1] == "pdf:writer_pdf_Export"
    assert args[-1] == str(source)
    assert stages == [Stage.STARTING, Stage.CONVERTING]
    assert not (tmp_path / "profile.lock").exists()


@posix_only
def test_a_busy_profile_is_not_shared(tmp_path: Path) -> None:
    program, log = fake_soffice(tmp_path / "bin", "ok")
    (tmp_path / "profile.lock").write_text("another conversion")
    source = tmp_path / "a.docx"
    source.write_bytes(b"PK")
    LibreOfficeConverter(program, profile=tmp_path / "profile").convert(
        source, tmp_path / "a.pdf", Job()
    )
    used = json.loads(log.read_text())["args"][0]
    assert "ucd-lo-profile-" in used and (tmp_path / "profile.lock").exists()


@posix_only
def test_many_files_in_one_run(tmp_path: Path) -> None:
    program, log = fake_soffice(tmp_path / "bin", "ok")
    sources = []
    for name in ("một", "hai", "ba"):
        path = tmp_path / f"{name}.docx"
        path.write_bytes(b"PK")
        sources.append(path)
    made = LibreOfficeConverter(program, profile=tmp_path / "p").convert_many(
        sources, tmp_path / "out", Job()
    )
    assert [p.name for p in made] == ["một.pdf", "hai.pdf", "ba.pdf"]
    assert json.loads(log.read_text())["args"][-3:] == [str(s) for s in sources]


@posix_only
@pytest.mark.parametrize(
    ("mode", "words"),
    [("crash", ["mã 134", "Signal 6"]), ("nothing", ["không tạo được", "could not be loaded"])],
)
def test_a_failed_run_says_why(tmp_path: Path, mode: str, words: list[str]) -> None:
    program, _ = fake_soffice(tmp_path / "bin", mode)
    source = tmp_path / "a.docx"
    source.write_bytes(b"PK")
    with pytest.raises(ConversionError) as caught:
        LibreOfficeConverter(program, profile=tmp_path / "p").convert(
            source, tmp_path / "a.pdf", Job()
        )
    assert caught.value.reason is Reason.CRASHED
    assert all(w in str(caught.value) for w in words), str(caught.value)
    assert not (tmp_path / "a.pdf").exists()


@posix_only
@pytest.mark.parametrize("how", ["timeout", "cancel"])
def test_a_hung_run_is_killed_with_its_children(tmp_path: Path, how: str) -> None:
    program, log = fake_soffice(tmp_path / "bin", "hang")
    source = tmp_path / "a.docx"
    source.write_bytes(b"PK")
    cancel = threading.Event()
    job = Job(timeout_s=1.0 if how == "timeout" else 60.0, cancel=cancel)
    if how == "cancel":

        def click_cancel() -> None:
            while not Path(str(log) + ".child").exists():
                time.sleep(0.05)
            cancel.set()

        threading.Thread(target=click_cancel, daemon=True).start()
    with pytest.raises(ConversionError) as caught:
        LibreOfficeConverter(program, profile=tmp_path / "p").convert(
            source, tmp_path / "a.pdf", job
        )
    expected = Reason.TIMEOUT if how == "timeout" else Reason.CANCELLED
    assert caught.value.reason is expected
    if how == "timeout":
        assert "1 giây" in str(caught.value)
    pid = json.loads(log.read_text())["pid"]
    child = int(Path(str(log) + ".child").read_text())
    assert gone(pid) and gone(child)
    assert not (tmp_path / "a.pdf").exists()


def test_a_program_that_cannot_start(tmp_path: Path) -> None:
    not_a_program = tmp_path / "soffice"
    not_a_program.write_text("")
    not_a_program.chmod(0o644)
    source = tmp_path / "a.docx"
    source.write_bytes(b"PK")
    with pytest.raises(ConversionError) as caught:
        LibreOfficeConverter(not_a_program, profile=tmp_path / "p").convert(
            source, tmp_path / "a.pdf", Job()
        )
    assert caught.value.reason is Reason.MISSING and str(not_a_program) in str(caught.value)


def test_sources_must_have_different_names(tmp_path: Path) -> None:
    converter = LibreOfficeConverter(tmp_path / "soffice")
    with pytest.raises(ValueError):
        converter.convert_many([tmp_path / "a/x.docx", tmp_path / "b/x.docx"], tmp_path, Job())
