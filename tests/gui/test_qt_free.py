"""Every module outside gui/ imports without Qt (the window is the only Qt user).

The modules are found by walking the package recursively, so a new package or module
is covered the day it is added. import-linter's "Only gui imports Qt" contract says the
same of the import statements; this test imports the modules for real, in a fresh
interpreter, and looks at what was loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

#: Modules of gui/ that are Qt-free on purpose (pure text handling the window uses).
QT_FREE_GUI = ["ucd_desktop.gui.body.paste"]
#: Run as a program, not imported.
NOT_IMPORTED = {"ucd_desktop.__main__"}


def test_every_non_gui_module_imports_without_qt() -> None:
    code = textwrap.dedent(
        f"""
        import importlib, json, pkgutil, sys
        import ucd_desktop
        names = []
        for info in pkgutil.walk_packages(ucd_desktop.__path__, "ucd_desktop."):
            if info.name.startswith("ucd_desktop.gui") or info.name in {NOT_IMPORTED!r}:
                continue
            names.append(info.name)
        names += {QT_FREE_GUI!r}
        for name in names:
            importlib.import_module(name)
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        print(json.dumps({{"names": names, "qt": qt}}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    names = set(result["names"])
    # The walk went into every package, sub-packages included.
    for package in (
        "decree",
        "text",
        "model",
        "layout",
        "storage",
        "office",
        "templating",
        "export",
        "export.converters",
        "reading",
        "checking",
        "commands",
    ):
        assert any(n.startswith(f"ucd_desktop.{package}.") for n in names), package
    assert {"ucd_desktop.cli", "ucd_desktop.smoke", "ucd_desktop.i18n"} <= names
    assert result["qt"] == []
