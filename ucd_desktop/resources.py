"""The one place that finds bundled files: templates/ and resources/.

Three ways to run, one lookup:
- source checkout or editable install: the folders sit beside the package;
- installed wheel: pyproject maps them into the package as ``_templates``/``_resources``;
- frozen build (PyInstaller): build.spec puts them at the same ``_templates``/``_resources``
  places inside the bundle, next to the frozen package, so ``__file__`` still leads there.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["examples_dir", "resource_path", "resources_dir", "templates_dir", "translations_dir"]

_PACKAGE = Path(__file__).resolve().parent


@cache
def _find(name: str) -> Path:
    candidates = (_PACKAGE / f"_{name}", _PACKAGE.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"bundled folder {name!r} not found (tried {tried})")


def templates_dir() -> Path:
    """Folder of the templates shipped with the app."""
    return _find("templates")


def resources_dir() -> Path:
    """Folder of icons, translations, examples and data tables."""
    return _find("resources")


def resource_path(*parts: str) -> Path:
    """Path of a file inside resources/ (it may not exist; callers check)."""
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    return resource_path("translations")


def examples_dir() -> Path:
    return resource_path("examples")
