"""Windows paths as offices have them (issue 11 item 5).

Pure-Python where Linux cannot have the real thing (PureWindowsPath, error codes), real
files everywhere else; tools/windows/check.sh runs this file under Wine as well, where
the sys.platform == "win32" tests run against Windows' own APIs.
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path, PureWindowsPath

import pytest

from tests.conftest import EXAMPLE
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.storage.atomic import SaveError, atomic_write_text
from ucd_desktop.storage.autosave import Autosaver, find_recoveries
from ucd_desktop.storage.drafts import load_draft, save_draft
from ucd_desktop.storage.filenames import MAX_NAME, safe_filename, suggested_export_name
from ucd_desktop.storage.locks import DraftLock, read_lock
from ucd_desktop.storage.paths import (
    autosave_dir,
    installer_template_folders,
    split_folder_list,
)
from ucd_desktop.templating.library import TemplateLibrary

PROFILE = "Nguyễn Thị Hoà"
ONEDRIVE_DOCUMENTS = ("OneDrive - UBND tỉnh Long An", "Tài liệu")
RESERVED = ["CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT9"]


@pytest.mark.parametrize("name", [*RESERVED, *(n.lower() for n in RESERVED)])
@pytest.mark.parametrize("tail", ["", ".docx", ". ", " ", "...", ".tar.gz"])
def test_reserved_names_are_never_suggested(name: str, tail: str) -> None:
    stem = safe_filename(name + tail)
    device = stem.split(".", 1)[0].strip().upper()
    assert device not in RESERVED
    assert not stem.endswith((".", " "))


def test_a_notice_about_con_gets_a_usable_name(example_path: Path) -> None:
    notice = load_draft(example_path).notice
    notice.number, notice.symbol, notice.summary = "", "", "CON"
    notice.year = None
    name = suggested_export_name(notice)
    assert PureWindowsPath(name).stem.upper() not in RESERVED
    assert not PureWindowsPath(name).stem.endswith((".", " "))


@pytest.mark.parametrize("summary", ["Kết luận . . .", "Kết luận   ", "Kết luận về việc A/B: C?*"])
def test_trailing_dots_spaces_and_forbidden_characters(example_path: Path, summary: str) -> None:
    notice = load_draft(example_path).notice
    notice.summary = summary
    stem = PureWindowsPath(suggested_export_name(notice)).stem
    assert not stem.endswith((".", " "))
    assert not set(stem) & set('<>:"/\\|?*')


def test_names_leave_room_under_the_260_character_limit(example_path: Path) -> None:
    notice = load_draft(example_path).notice
    notice.summary = "Kết luận " + "rất dài " * 80
    name = suggested_export_name(notice)
    folder = PureWindowsPath("C:/Users", PROFILE, *ONEDRIVE_DOCUMENTS, "Thông báo 2026")
    assert len(name) <= MAX_NAME
    assert len(str(folder / name)) < 260


def test_a_path_too_long_is_said_in_words() -> None:
    too_long = OSError(errno.ENAMETOOLONG, "File name too long")
    assert describe_os_error(too_long) == "tên hoặc đường dẫn quá dài"
    windows = OSError(errno.EINVAL, "The filename or extension is too long")
    windows.winerror = 206  # type: ignore[attr-defined]
    assert describe_os_error(windows) == "tên hoặc đường dẫn quá dài"
    in_use = PermissionError(errno.EACCES, "The process cannot access the file")
    in_use.winerror = 32  # type: ignore[attr-defined]
    assert "Word" in describe_os_error(in_use)


def test_a_deep_path_is_written_or_refused_in_words(tmp_path: Path) -> None:
    folder = tmp_path
    while len(str(folder)) < 280:
        folder = folder / "Thư mục lưu trữ văn bản"
    target = folder / "thông báo.ucd"
    try:
        folder.mkdir(parents=True)
        atomic_write_text(target, "{}")
    except SaveError as exc:
        assert "quá dài" in str(exc) or "không có" in str(exc)
    except OSError as exc:  # the folder itself could not be made: still worded
        assert describe_os_error(exc) != exc.strerror or exc.errno not in (errno.ENAMETOOLONG,)
    else:
        assert target.read_text(encoding="utf-8") == "{}"


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Vietnamese profile folder whose Documents is redirected to OneDrive."""
    profile = tmp_path / "Users" / PROFILE
    home = profile / "AppData" / "Local" / "ucd-desktop"
    monkeypatch.setenv("UCD_DESKTOP_HOME", str(home))
    folder = profile.joinpath(*ONEDRIVE_DOCUMENTS)
    folder.mkdir(parents=True)
    return folder


def test_drafts_in_onedrive_documents_of_a_vietnamese_profile(documents: Path) -> None:
    draft = load_draft(EXAMPLE)
    path = documents / "Thông báo kết luận tháng 5.ucd"
    save_draft(draft, path)
    with DraftLock.acquire(path):
        info = read_lock(path)
        assert info is not None and info.mine
        save_draft(draft, path)  # the atomic replace beside its own lock
    assert read_lock(path) is None
    assert load_draft(path).notice.summary == draft.notice.summary
    saver = Autosaver()
    saver.save(draft, path)
    saved = [p for p in autosave_dir().iterdir() if p.is_file()]
    assert saved and all(PROFILE in str(p) for p in saved)
    saver.close()
    assert find_recoveries() == []
    assert PROFILE in str(path) and "OneDrive" in str(path)


def test_a_network_share_for_shared_templates() -> None:
    value = r' \\server\mau ; "D:\Mẫu dùng chung" ;; \\server\mau '
    assert split_folder_list(value) == [r"\\server\mau", r"D:\Mẫu dùng chung"]
    share = PureWindowsPath(r"\\server\mau")
    assert share.drive == r"\\server\mau" and share.is_absolute()
    assert str(share / "hoi-nghi.toml") == r"\\server\mau\hoi-nghi.toml"
    # Unreachable (no such server here): the library still works with what it has.
    library = TemplateLibrary.default([Path(r"\\server\mau")])
    assert {"hoi-nghi", "cuoc-hop", "lam-viec"} <= {t.id for t in library.templates}


@pytest.mark.skipif(sys.platform == "win32", reason="the registry exists there")
def test_no_installer_folders_outside_windows() -> None:
    assert installer_template_folders() == []


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' registry (runs under Wine)")
def test_the_installer_setting_is_read_from_the_registry() -> None:  # pragma: no cover
    import winreg

    key = winreg.CreateKey(winreg.HKEY_CURRENT_USER, r"Software\ucd-desktop")
    try:
        winreg.SetValueEx(key, "SharedTemplates", 0, winreg.REG_SZ, r"\\server\mau;D:\Mẫu")
        assert installer_template_folders() == [Path(r"\\server\mau"), Path(r"D:\Mẫu")]
    finally:
        winreg.DeleteValue(key, "SharedTemplates")
        winreg.CloseKey(key)
