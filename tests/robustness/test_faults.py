"""Faults at the moment of writing, on every path the app writes by.

Each write path (draft, template, settings, .docx export, PDF export, autosave) is hit
by a fault at its write point: the destination locked or read-only (PermissionError at
the replace, as Word's lock on Windows gives; the folder read-only when the temporary
file is created), the disk full, the folder gone, and a real immutable file
(``chattr +i``, which even root cannot replace) where the file system allows it. Every
time: a SaveError with a Vietnamese message that says what to do, the old file intact,
no temporary file left, and the same content saved at once on retry or under another
name (nothing is lost).
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfWriter

from tests.conftest import EXAMPLE
from ucd_desktop.export.converters import Job
from ucd_desktop.export.docx_writer import export_docx
from ucd_desktop.export.pdf import export_pdf
from ucd_desktop.model.draft import Draft
from ucd_desktop.storage.atomic import SaveError
from ucd_desktop.storage.autosave import Autosaver
from ucd_desktop.storage.drafts import load_draft, save_draft
from ucd_desktop.storage.settings import Settings, save_settings
from ucd_desktop.templating.from_draft import save_user_template, template_from_draft

#: The file as it was before the save. It reads as a draft: a draft is saved only over a
#: draft (storage/targets.py), and these tests are about the faults of the write itself.
OLD = b'{"format": "ucd-desktop-draft", "version": 2, "notice": {}}\n'
Write = Callable[[], None]
Writer = tuple[Path, str, Write]


@dataclass
class BlankPdf:
    """A converter that makes a blank A4 PDF (LibreOffice is not what is tested here)."""

    key: str = "blank"
    name: str = "Blank"

    def convert(self, source: Path, target: Path, job: Job) -> None:
        writer = PdfWriter()
        writer.add_blank_page(595.28, 841.89)
        out = io.BytesIO()
        writer.write(out)
        target.write_bytes(out.getvalue())


def _draft() -> Draft:
    return load_draft(EXAMPLE)


def _ignore(_value: object) -> None:
    """Drop a return value."""


def _save_draft(folder: Path, name: str) -> Write:
    return lambda: save_draft(_draft(), folder / name)


def _save_template(folder: Path, name: str) -> Write:
    template_id = name.removesuffix(".toml")
    template = template_from_draft(_draft(), name="Mẫu họp", template_id=template_id)
    return lambda: _ignore(save_user_template(template, folder))


def _save_settings(folder: Path, name: str) -> Write:
    return lambda: save_settings(Settings(), folder / name)


def _export_docx(folder: Path, name: str) -> Write:
    return lambda: export_docx(_draft().notice, folder / name)


def _export_pdf(folder: Path, name: str) -> Write:
    return lambda: _ignore(export_pdf(_draft().notice, folder / name, converter=BlankPdf()))


SESSIONS: list[Autosaver] = []


@pytest.fixture(autouse=True)
def _close_sessions() -> Iterator[None]:
    yield
    while SESSIONS:
        SESSIONS.pop().close(keep=True)


def _autosave(folder: Path, name: str) -> Write:
    saver = Autosaver(folder)  # a session starts while its folder is there
    SESSIONS.append(saver)
    saver.draft_path = folder / name  # the session's draft file, at a known name
    return lambda: saver.save(_draft(), None)


#: name -> (file name, prepare(folder, file name) -> write). Each writes through its
#: real API, as the window and the command line do.
WRITERS: dict[str, tuple[str, Callable[[Path, str], Write]]] = {
    "draft": ("hop.ucd", _save_draft),
    "template": ("mau-hop.toml", _save_template),
    "settings": ("settings.json", _save_settings),
    ".docx export": ("hop.docx", _export_docx),
    "PDF export": ("hop.pdf", _export_pdf),
    "autosave": ("session.ucd", _autosave),
}


@pytest.fixture(params=list(WRITERS))
def writer(request: pytest.FixtureRequest, tmp_path: Path) -> Writer:
    name, prepare = WRITERS[request.param]
    folder = tmp_path / "dest"
    folder.mkdir()
    (folder / name).write_bytes(OLD)
    return folder, name, prepare(folder, name)


def _leftovers(folder: Path, name: str) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(f".{name}.")]


def _assert_nothing_lost(folder: Path, name: str, error: SaveError, reason: str) -> None:
    assert error.reason == reason, (error.reason, error.message)
    assert (folder / name).read_bytes() == OLD, "the old file changed"
    assert _leftovers(folder, name) == [], "a temporary file was left"


def test_a_locked_destination_keeps_the_old_file_and_says_what_to_do(
    writer: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, name, write = writer
    real_replace = os.replace

    def locked(src: str, dst: str) -> None:
        if Path(dst) == folder / name:  # only the destination is locked
            raise PermissionError(errno.EACCES, "The process cannot access the file", dst)
        real_replace(src, dst)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", locked)
        with pytest.raises(SaveError) as caught:
            write()
    _assert_nothing_lost(folder, name, caught.value, "locked")
    message = str(caught.value)
    assert "Word" in message and "thử lại" in message and "tên khác" in message, message
    write()  # retry once the file is closed: it works
    assert (folder / name).read_bytes() != OLD


def test_a_read_only_folder_keeps_the_old_file(
    writer: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, name, write = writer
    real_open = os.open

    def read_only(path: str, flags: int, mode: int = 0o777, **kwargs: int) -> int:
        if flags & os.O_CREAT and Path(path).parent == folder:  # only there: read-only
            raise PermissionError(errno.EROFS, "Read-only file system", path)
        return real_open(path, flags, mode, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", read_only)
        with pytest.raises(SaveError) as caught:
            write()
    _assert_nothing_lost(folder, name, caught.value, "locked")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to tell files apart")
def test_a_full_disk_keeps_the_old_file_and_removes_the_temporary_one(
    writer: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, name, write = writer
    real_fsync = os.fsync

    def full(fd: int) -> None:
        if Path(os.readlink(f"/proc/self/fd/{fd}")).parent == folder:  # only that disk
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", full)
        with pytest.raises(SaveError) as caught:
            write()
    _assert_nothing_lost(folder, name, caught.value, "no-space")
    assert "đầy" in str(caught.value)


def test_a_folder_that_went_away_is_reported(writer: Writer) -> None:
    folder, _name, write = writer
    shutil.rmtree(folder)  # a network drive unplugged, a USB stick pulled out
    with pytest.raises(SaveError) as caught:
        write()
    assert caught.value.reason == "missing-folder"
    assert "không tồn tại" in str(caught.value)


def _chattr(flag: str, path: Path) -> bool:
    tool = shutil.which("chattr")
    if tool is None:
        return False
    done = subprocess.run([tool, flag, str(path)], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Path]:
    """A folder where files can be made immutable with chattr +i (undone afterwards)."""
    if os.name != "posix":
        pytest.skip("chattr is a Linux tool")
    folder = tmp_path / "immutable"
    folder.mkdir()
    probe = folder / "probe"
    probe.write_bytes(b"x")
    if not _chattr("+i", probe):
        pytest.skip("chattr +i is not possible here (file system, or no CAP_LINUX_IMMUTABLE)")
    _chattr("-i", probe)
    probe.unlink()
    yield folder
    for path in folder.iterdir():
        _chattr("-i", path)


@pytest.mark.parametrize("kind", list(WRITERS))
def test_an_immutable_file_is_never_replaced(kind: str, immutable: Path) -> None:
    name, prepare = WRITERS[kind]
    target = immutable / name
    target.write_bytes(OLD)
    write = prepare(immutable, name)
    assert _chattr("+i", target)
    with pytest.raises(SaveError) as caught:
        write()
    _assert_nothing_lost(immutable, name, caught.value, "locked")
    _chattr("-i", target)
    prepare(immutable, "khac-" + name)()  # saved under another name: nothing is lost
    assert (immutable / ("khac-" + name)).stat().st_size > 0
