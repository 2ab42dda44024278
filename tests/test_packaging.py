"""The wheel holds every package and every bundled file, and an installed wheel exports.

``pip install .`` (the README's first command) installs a wheel, not the checkout: a
package left out of pyproject.toml's list, or a data folder not mapped into the wheel,
breaks the app only there. These tests build the wheel and run it from its own files.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
DATA_PACKAGES = {"ucd_desktop._templates": "templates", "ucd_desktop._resources": "resources"}


def _code_packages() -> set[str]:
    return {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "ucd_desktop").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }


def _tracked(folder: str) -> set[str]:
    out = subprocess.run(
        ["git", "ls-files", folder], cwd=REPO, capture_output=True, text=True, check=False
    )
    if out.returncode != 0:  # not a git checkout (an unpacked sdist): every file there
        return {str(p.relative_to(REPO)) for p in (REPO / folder).rglob("*") if p.is_file()}
    return set(out.stdout.split())


def test_the_package_list_names_every_package_folder() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert listed == _code_packages() | set(DATA_PACKAGES)
    assert PYPROJECT["tool"]["setuptools"]["package-dir"] == DATA_PACKAGES


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build-copy")
    # Build from a copy: setuptools leaves build/ and *.egg-info beside the sources.
    source = build / "src"
    subprocess.run([sys.executable, "-c", _COPY, str(REPO), str(source)], check=True, timeout=120)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (found,) = out.glob("ucd_desktop-*.whl")
    yield found


#: Copies the sources a wheel is made of (not .venv, .git, caches).
_COPY = """
import shutil, sys
from pathlib import Path
src, dst = Path(sys.argv[1]), Path(sys.argv[2])
dst.mkdir(parents=True)
for name in ("ucd_desktop", "templates", "resources"):
    shutil.copytree(src / name, dst / name, ignore=shutil.ignore_patterns("__pycache__"))
for name in ("pyproject.toml", "README.md"):
    shutil.copy2(src / name, dst / name)
"""


def test_the_wheel_holds_every_module_and_bundled_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {str(p.relative_to(REPO)) for p in (REPO / "ucd_desktop").rglob("*.py")} - {
        n for n in names if n.endswith(".py")
    }
    assert not {m for m in modules if "__pycache__" not in m}, "modules left out"
    for package, folder in DATA_PACKAGES.items():
        inside = package.replace(".", "/")
        wanted = {f"{inside}/{Path(f).relative_to(folder).as_posix()}" for f in _tracked(folder)}
        assert wanted and wanted <= names, sorted(wanted - names)[:10]


_RUN_FROM_WHEEL = """
import sys
# Only the unpacked wheel may provide ucd_desktop: drop the checkout's editable install.
sys.meta_path = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
sys.path = [p for p in sys.path if "__editable__" not in p and p != sys.argv[2]]
sys.path.insert(0, sys.argv[1])
import ucd_desktop
from ucd_desktop import resources
assert ucd_desktop.__file__.startswith(sys.argv[1]), ucd_desktop.__file__
example = resources.resources_dir() / "examples" / "long-an-2022.ucd"
from ucd_desktop.cli import main
sys.exit(main(["export", str(example), "-o", sys.argv[3]]))
"""


def test_an_installed_wheel_exports_the_example(wheel: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    target = tmp_path / "thông báo.docx"
    done = subprocess.run(
        [sys.executable, "-c", _RUN_FROM_WHEEL, str(unpacked), str(REPO), str(target)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    import docx

    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Kết luận của Phó Chủ tịch UBND tỉnh" in text
