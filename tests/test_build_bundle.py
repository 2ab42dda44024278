"""A real build from build.spec (what tools/build_bundle.sh does): the frozen app's smoke
mode must pass, and its size stay within 15 % of a bare PySide6 window built the same way.

Skipped when PyInstaller is not installed (it is in the test extra: CI builds it, ~40 s).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "build.spec"
BARE_SPEC = REPO / "tools" / "bare_window.spec"


def load_tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (the build extra)")
    folder = tmp_path_factory.mktemp("bundle")
    for spec_path in (SPEC, BARE_SPEC):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(folder / "dist"),
                "--workpath",
                str(folder / f"work-{spec_path.stem}"),
                str(spec_path),
            ],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=900,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-4000:]
    yield folder / "dist"


@pytest.mark.slow
def test_the_bundle_passes_its_smoke_test(built: Path, tmp_path: Path) -> None:
    app = built / "ucd-desktop"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["UCD_DESKTOP_HOME"] = str(tmp_path / "home")
    env.pop("UCD_DESKTOP_SOFFICE", None)
    args = ["--smoke-test", *(["--require-pdf"] if shutil.which("soffice") else [])]
    done = subprocess.run(
        [str(app / "ucd-desktop-cli"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "frozen: " in done.stdout and done.stdout.rstrip().endswith(
        "Kiểm tra nhanh đạt yêu cầu."
    )
    version = subprocess.run(
        [str(app / "ucd-desktop"), "--version"], capture_output=True, text=True, env=env, timeout=60
    )
    assert version.stdout.strip().startswith("ucd-desktop ")
    assert not (app / "data").exists() and not (app / "config").exists()


def sizes(built: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Every file of the bundle and of the bare window (less QtPdf, see bundle_size)."""
    tool = load_tool("bundle_size")
    app = tool.files(built / "ucd-desktop")
    bare = {
        k: v
        for k, v in tool.files(built / "bare-window").items()
        if not tool.QTPDF_IN_BASELINE.search(k)
    }
    return app, bare


@pytest.mark.slow
def test_the_whole_bundle_is_within_15_percent(built: Path) -> None:
    # Everything counted: Qt's print module, PDFium, lxml, Babel, python-docx, Jinja, pypdf,
    # the app, and the second executable.
    app, bare = sizes(built)
    ratio = sum(app.values()) / sum(bare.values())
    assert ratio <= 1.15, f"the bundle is {ratio:.3f} times the bare window"


@pytest.mark.slow
def test_the_bundle_leaves_out_what_the_app_does_not_use(built: Path) -> None:
    """No pdfplumber chain (cryptography alone is 14 MB), Pillow or QtPdf; PDFium is in."""
    app, _bare = sizes(built)
    left_out = load_tool("bundle_size").LEFT_OUT
    assert sorted(k for k in app if left_out.search(k)) == []
    assert any(k.startswith("pypdfium2_raw/") and "pdfium" in k for k in app)
