from __future__ import annotations

import gettext
import importlib.util
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import REPO
from ucd_desktop import i18n
from ucd_desktop.i18n import current_language, gettext_, ngettext_, set_language


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_message_has_a_vietnamese_translation_and_catalogues_are_compiled() -> None:
    problems = load_tool().check()
    assert problems == [], "\n".join(problems[:20])


def test_switching_language() -> None:
    set_language("en")
    assert current_language() == "en"
    assert gettext_("No problems found.") == "No problems found."
    set_language("vi")
    assert gettext_("No problems found.") == "Không phát hiện lỗi."


def test_catalogues_are_read_only_when_a_message_falls_through_to_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = REPO / "resources" / "translations" / "vi" / "LC_MESSAGES"
    folder = tmp_path / "vi" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    for name in ("core.mo", "gui.mo"):
        shutil.copy(source / name, folder / name)
    (folder / "pdf.mo").write_bytes(b"not a catalogue")  # damaged: English, not a crash
    read: list[str] = []

    class Recording(gettext.GNUTranslations):
        def _parse(self, fp: Any) -> None:
            read.append(Path(fp.name).name)
            super()._parse(fp)

    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(gettext, "GNUTranslations", Recording)
    try:
        set_language("vi")
        assert read == []
        assert gettext_("The issuing body is missing.") == "Chưa có tên cơ quan ban hành."  # core
        assert read == ["core.mo"]
        assert gettext_("&Authority lines:") == "&Quyền hạn ký:"  # in gui: read now
        assert ngettext_("{n} error", "{n} errors", 3) == "{n} lỗi"
        assert read == ["core.mo", "gui.mo"]
        assert gettext_("no such message") == "no such message"  # past the damaged one
        assert read == ["core.mo", "gui.mo", "pdf.mo"]
    finally:
        monkeypatch.undo()
        set_language("vi")
