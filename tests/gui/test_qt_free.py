"""The core packages import without Qt (the window is the only Qt user)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CORE = [
    "ucd_desktop",
    "ucd_desktop.cli",
    "ucd_desktop.i18n",
    "ucd_desktop.model.notice",
    "ucd_desktop.model.validate",
    "ucd_desktop.layout.build",
    "ucd_desktop.export.docx_writer",
    "ucd_desktop.templating.library",
    "ucd_desktop.templating.binding",
    "ucd_desktop.templating.from_draft",
    "ucd_desktop.storage.drafts",
    "ucd_desktop.storage.settings",
    "ucd_desktop.storage.autosave",
    "ucd_desktop.storage.filenames",
    "ucd_desktop.text.clean",
    "ucd_desktop.commands.new",
    "ucd_desktop.commands.export",
    "ucd_desktop.gui.body.paste",
]
PACKAGES = ["model", "layout", "export", "templating", "storage", "text", "commands"]


def test_core_imports_without_qt() -> None:
    code = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        import ucd_desktop
        names = {CORE!r}
        for package in {PACKAGES!r}:
            module = importlib.import_module("ucd_desktop." + package)
            names += [m.name for m in pkgutil.iter_modules(module.__path__, module.__name__ + ".")]
        for name in names:
            importlib.import_module(name)
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        print(len(names), qt)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    count, qt = done.stdout.strip().split(" ", 1)
    assert int(count) > 40
    assert qt == "[]"
