"""Shared test set-up: no display, a private user folder, Vietnamese messages."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never look for a display in the tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "resources" / "examples" / "long-an-2022.ucd"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Each test gets its own user folder (settings, user templates, autosave)."""
    home = tmp_path_factory.mktemp("ucd-home")
    monkeypatch.setenv("UCD_DESKTOP_HOME", str(home))
    from ucd_desktop.i18n import set_language

    set_language("vi")
    yield
    set_language("vi")


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE
