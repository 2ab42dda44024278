"""What build.spec and tools/bare_window.spec share, so that both are built the same way.

The size target compares the app's bundle with a bare PySide6 window's: both specs use
the same PyInstaller options (onedir, windowed, no UPX, no strip) and the same generic
trimming of Qt, so the difference measured is what the app itself adds.

Generic trimming (both builds): Qt's own translations (.qm) are left out. Qt has no
Vietnamese catalogue and English is built into Qt, so the 99 files (7 MB) serve neither
language the app speaks (the app brings its own Vietnamese one for Qt's texts, under
resources/translations/qt).

Plain Python, no PyInstaller import: tests/test_build_spec.py loads it directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

__all__ = ["PYINSTALLER_OPTIONS", "TocEntry", "is_qt_translation", "keep_generic"]

#: Options both specs pass to EXE/COLLECT.
PYINSTALLER_OPTIONS = {"strip": False, "upx": False}

TocEntry = tuple[str, str, str]


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def is_qt_translation(dest: str) -> bool:
    parts = _parts(dest)
    return (
        len(parts) >= 4
        and parts[:3] == ("PySide6", "Qt", "translations")
        and parts[-1].endswith(".qm")
    ) or (len(parts) >= 3 and parts[:2] == ("PySide6", "translations"))


def keep_generic(dest: str) -> bool:
    """False for files both builds leave out."""
    return not is_qt_translation(dest)


def filtered(toc: Iterable[TocEntry], keep: object) -> list[TocEntry]:
    """The TOC entries whose destination ``keep(dest)`` accepts."""
    assert callable(keep)
    return [entry for entry in toc if keep(entry[0])]
