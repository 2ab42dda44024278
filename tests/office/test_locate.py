"""Where soffice is found: a chosen path first (argument, variable, setting), then the
PATH and the usual folders; a wrong chosen path is reported, never replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.office.fake import fake_soffice
from ucd_desktop.office import SOFFICE_ENV, OfficeError, OfficeReason, find_soffice
from ucd_desktop.storage.settings import Settings, save_settings


def test_found_on_the_search_paths(tmp_path: Path) -> None:
    program, _ = fake_soffice(tmp_path / "program", "ok")
    assert find_soffice(env={}, search_paths=[tmp_path / "empty", program.parent]) == program
    assert find_soffice(env={}, search_paths=[tmp_path / "empty"]) is None


def test_a_chosen_path_wins_in_order_argument_variable_setting(tmp_path: Path) -> None:
    arg, _ = fake_soffice(tmp_path / "arg", "ok")
    var, _ = fake_soffice(tmp_path / "var", "ok")
    setting, _ = fake_soffice(tmp_path / "setting", "ok")
    save_settings(Settings(libreoffice_path=str(setting)))
    none: list[Path] = []
    assert find_soffice(env={}, search_paths=none) == setting
    assert find_soffice(env={SOFFICE_ENV: str(var)}, search_paths=none) == var
    assert find_soffice(arg, env={SOFFICE_ENV: str(var)}, search_paths=none) == arg
    # The program's folder is as good as the program.
    assert find_soffice(arg.parent, env={}, search_paths=none) == arg


@pytest.mark.parametrize("where", ["argument", "variable", "setting"])
def test_a_wrong_chosen_path_is_reported_not_replaced(tmp_path: Path, where: str) -> None:
    other, _ = fake_soffice(tmp_path / "other", "ok")
    wrong = tmp_path / "Chương trình" / "soffice.exe"
    env = {SOFFICE_ENV: str(wrong)} if where == "variable" else {}
    if where == "setting":
        save_settings(Settings(libreoffice_path=str(wrong)))
    with pytest.raises(OfficeError) as caught:
        find_soffice(wrong if where == "argument" else None, env=env, search_paths=[other.parent])
    assert caught.value.reason is OfficeReason.MISSING
    assert str(wrong) in str(caught.value) and "Không tìm thấy LibreOffice" in str(caught.value)
