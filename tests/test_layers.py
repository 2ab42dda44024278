"""The layers CONTRIBUTING.md describes are the ones import-linter enforces, and every
top-level package and module of ucd_desktop has its place in them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def contract_layers() -> list[list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [layers] = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    return [
        [name.strip().removeprefix("ucd_desktop.") for name in layer.split("|")]
        for layer in layers["layers"]
    ]


def documented_layers() -> list[list[str]]:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text[text.index("## Layers") :]
    block = re.search(r"```\n(.*?)```", section, re.DOTALL)
    assert block, "CONTRIBUTING.md's Layers section has no diagram"
    rows = [re.split(r"\s{2,}", line.strip())[0] for line in block.group(1).splitlines()]
    return [[name.strip() for name in row.split("|")] for row in rows if row]


def test_contributing_shows_the_enforced_layers() -> None:
    assert documented_layers() == contract_layers()


def test_every_package_and_module_has_a_layer() -> None:
    placed = {name for layer in contract_layers() for name in layer}
    package = ROOT / "ucd_desktop"
    present = {p.name for p in package.iterdir() if (p / "__init__.py").is_file()}
    present |= {p.stem for p in package.glob("*.py") if not p.stem.startswith("__")}
    assert present == placed
