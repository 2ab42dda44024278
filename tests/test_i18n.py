from __future__ import annotations

import importlib.util
from types import ModuleType

from tests.conftest import REPO
from ucd_desktop.i18n import current_language, gettext_, set_language


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
