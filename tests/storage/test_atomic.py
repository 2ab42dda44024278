from __future__ import annotations

import os
from pathlib import Path

import pytest

from ucd_desktop.storage import atomic
from ucd_desktop.storage.atomic import SaveError, atomic_write_bytes, atomic_write_text


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    atomic_write_text(target, "một")
    atomic_write_text(target, "hai")
    assert target.read_text("utf-8") == "hai"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left


def test_a_failed_replace_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notice.docx"
    target.write_bytes(b"old")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(SaveError) as info:
        atomic_write_bytes(target, b"new")
    assert info.value.reason == "locked"
    assert "đang mở trong chương trình khác" in str(info.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["notice.docx"]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as info:
        atomic_write_bytes(tmp_path / "no" / "such" / "x.ucd", b"x")
    assert info.value.reason == "missing-folder"


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_keeps_the_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "m.txt"
    target.write_text("x")
    target.chmod(0o640)
    atomic_write_text(target, "y")
    assert target.stat().st_mode & 0o777 == 0o640


def test_old_leftovers_of_killed_writers_are_swept(tmp_path: Path) -> None:
    target = tmp_path / "a.ucd"
    old = tmp_path / ".a.ucd.abc123.tmp"
    fresh = tmp_path / ".a.ucd.def456.tmp"
    old.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(old, (1_000_000, 1_000_000))
    atomic_write_text(target, "x")
    assert not old.exists() and fresh.exists()  # a fresh one may belong to a live writer


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_new_file_gets_the_umask_mode_not_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "new.docx", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "new.docx").stat().st_mode & 0o777 == 0o644
