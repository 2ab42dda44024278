"""What a ``ucd-desktop export`` process imports: the standard library and ucd_desktop.

python-docx (and lxml under it) was half of every export process, for packaging alone;
Jinja, Babel, pypdf, PDFium and Qt are not needed to write a draft as a .docx, not even
one made from a template. Run in a fresh interpreter: this test process has imported all
of them already.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO
from ucd_desktop.cli import main

EXAMPLE = REPO / "resources" / "examples" / "long-an-2022.ucd"

_PROBE = textwrap.dedent(
    """
    import contextlib, io, json, sys
    before = set(sys.modules)
    from ucd_desktop.cli import main
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["export", sys.argv[1], "-o", sys.argv[2]])
    print(json.dumps({"code": code, "new": sorted(set(sys.modules) - before)}))
    """
)


def _export_imports(draft: Path, out: Path) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(draft), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["code"], report["new"]


_KEPT_OFF = {"calendar", "gzip", "hashlib", "secrets", "zipfile"}


def _outside_stdlib(modules: list[str]) -> list[str]:
    return [
        m
        for m in modules
        if m.split(".")[0] not in sys.stdlib_module_names and m.split(".")[0] != "ucd_desktop"
    ]


def _from_template(folder: Path) -> Path:
    """A draft made from a bundled template (it keeps a link to the template)."""
    draft = folder / "from-template.ucd"
    assert main(["new", "--template", "cuoc-hop", "-o", str(draft)]) == 0
    return draft


@pytest.mark.parametrize("make", [lambda _: EXAMPLE, _from_template], ids=["example", "template"])
def test_export_imports_nothing_outside_the_standard_library(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    out = tmp_path / "tb.docx"
    code, modules = _export_imports(make(tmp_path), out)
    assert code == 0 and zipfile.is_zipfile(out)
    assert "ucd_desktop.export.docx_writer" in modules  # the probe did export
    assert not [m for m in modules if m == "docx" or m.startswith("docx.")]
    assert _outside_stdlib(modules) == []
    # Standard modules imported for one call each, a few ms apiece (OpenSSL for hashlib),
    # kept off the path: import them inside the function that needs them.
    assert sorted(set(modules) & _KEPT_OFF) == []
    # Nor the other commands' modules: the command line sets up only the one it runs
    # (beside its own small helpers, commands/_*.py: routing, output, argparse's texts).
    commands = [m for m in modules if m.startswith("ucd_desktop.commands.")]
    assert [m for m in commands if not m.rsplit(".", 1)[1].startswith("_")] == [
        "ucd_desktop.commands.export"
    ]


def test_the_check_sees_a_third_party_import() -> None:
    """The filter above can fail: python-docx and Jinja count as outside."""
    assert _outside_stdlib(["docx.api", "jinja2", "json", "ucd_desktop.cli", "_io"]) == [
        "docx.api",
        "jinja2",
    ]
