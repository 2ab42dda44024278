"""One soffice run: command line, private profile, environment, failures, and the kill
of the whole process tree on time-out or cancel (for PDF export and .doc import alike)."""

from __future__ import annotations

import json
import textwrap
import threading
import time
from pathlib import Path

import pytest

from tests.office.fake import FAKE, fake_soffice, gone, posix_only
from ucd_desktop.office import FLAGS, OfficeError, OfficeReason, child_environment, convert


def test_the_child_gets_the_system_library_path() -> None:
    frozen = {"LD_LIBRARY_PATH": "/app/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/lib/x", "A": "1"}
    env = child_environment(frozen)
    assert env["LD_LIBRARY_PATH"] == "/usr/lib/x" and env["A"] == "1"
    assert "LD_LIBRARY_PATH_ORIG" not in env
    plain = child_environment({"LD_LIBRARY_PATH": "/opt/lib", "QT_PLUGIN_PATH": "/qt"})
    assert plain == {"LD_LIBRARY_PATH": "/opt/lib"}


@posix_only
def test_command_line_profile_and_output_names(tmp_path: Path) -> None:
    program, log = fake_soffice(tmp_path / "bin", "ok")
    sources = [tmp_path / "một.doc", tmp_path / "hai.rtf"]
    for source in sources:
        source.write_bytes(b"x")
    started: list[bool] = []
    made = convert(
        program,
        sources,
        tmp_path / "out",
        "docx:MS Word 2007 XML",
        timeout_s=30,
        profile=tmp_path / "profile",
        started=lambda: started.append(True),
    )
    assert made == [tmp_path / "out" / "một.docx", tmp_path / "out" / "hai.docx"]
    args = json.loads(log.read_text())["args"]
    assert args[0] == f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    assert set(FLAGS) <= set(args) and "--headless" in FLAGS
    assert args[args.index("--convert-to") + 1] == "docx:MS Word 2007 XML"
    assert started == [True] and not (tmp_path / "profile.lock").exists()


@posix_only
def test_a_busy_profile_is_not_shared(tmp_path: Path) -> None:
    program, log = fake_soffice(tmp_path / "bin", "ok")
    (tmp_path / "profile.lock").write_text("another run")
    source = tmp_path / "a.doc"
    source.write_bytes(b"x")
    convert(program, [source], tmp_path / "out", "pdf", timeout_s=30, profile=tmp_path / "profile")
    used = json.loads(log.read_text())["args"][0]
    assert "ucd-lo-profile-" in used and (tmp_path / "profile.lock").exists()


@posix_only
@pytest.mark.parametrize(("mode", "output"), [("crash", "Signal 6"), ("nothing", "not be loaded")])
def test_a_failed_run_keeps_what_soffice_said(tmp_path: Path, mode: str, output: str) -> None:
    program, _ = fake_soffice(tmp_path / "bin", mode)
    source = tmp_path / "a.doc"
    source.write_bytes(b"x")
    with pytest.raises(OfficeError) as caught:
        convert(program, [source], tmp_path / "out", "pdf", timeout_s=30, profile=tmp_path / "p")
    reason = OfficeReason.CRASHED if mode == "crash" else OfficeReason.NOTHING
    assert caught.value.reason is reason
    assert output in caught.value.output and output in str(caught.value)


@posix_only
@pytest.mark.parametrize("how", ["timeout", "cancel"])
def test_a_hung_run_is_killed_with_its_children(tmp_path: Path, how: str) -> None:
    program, log = fake_soffice(tmp_path / "bin", "hang")
    source = tmp_path / "a.doc"
    source.write_bytes(b"x")
    cancel = threading.Event()
    if how == "cancel":

        def click_cancel() -> None:
            while not Path(str(log) + ".child").exists():
                time.sleep(0.05)
            cancel.set()

        threading.Thread(target=click_cancel, daemon=True).start()
    with pytest.raises(OfficeError) as caught:
        convert(
            program,
            [source],
            tmp_path / "out",
            "pdf",
            timeout_s=4.0 if how == "timeout" else 60.0,
            profile=tmp_path / "p",
            cancelled=cancel.is_set,
        )
    expected = OfficeReason.TIMEOUT if how == "timeout" else OfficeReason.CANCELLED
    assert caught.value.reason is expected
    pid = json.loads(log.read_text())["pid"]
    child = int(Path(str(log) + ".child").read_text())
    assert gone(pid) and gone(child)


def test_a_program_that_cannot_start(tmp_path: Path) -> None:
    not_a_program = tmp_path / "soffice"
    not_a_program.write_text("")
    not_a_program.chmod(0o644)
    source = tmp_path / "a.doc"
    source.write_bytes(b"x")
    with pytest.raises(OfficeError) as caught:
        convert(not_a_program, [source], tmp_path / "o", "pdf", timeout_s=5, profile=tmp_path / "p")
    assert caught.value.reason is OfficeReason.MISSING and str(not_a_program) in str(caught.value)


def test_sources_must_have_different_names(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        convert(
            tmp_path / "s",
            [tmp_path / "a/x.doc", tmp_path / "b/x.rtf"],
            tmp_path,
            "pdf",
            timeout_s=1,
        )


def test_the_fake_is_readable() -> None:
    # The script template must stay valid Python once formatted.
    compile(textwrap.dedent(FAKE.format(python="python", log="l", mode="ok")), "fake", "exec")
