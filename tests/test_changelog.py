"""The repository's own records agree: CHANGELOG's newest entry is the package version,
and the LICENSE file is the licence pyproject declares."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import ucd_desktop

ROOT = Path(__file__).resolve().parent.parent
ENTRY = re.compile(r"^## \[?(\d+\.\d+\.\d+)\]?(?: - (.+))?$", re.MULTILINE)


def entries() -> list[tuple[str, str]]:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return [(m.group(1), m.group(2) or "") for m in ENTRY.finditer(text)]


def test_the_newest_changelog_entry_is_the_version() -> None:
    found = entries()
    assert found, "CHANGELOG.md has no '## X.Y.Z - date' entry"
    assert found[0][0] == ucd_desktop.__version__


def test_entries_are_newest_first_and_dated_or_unreleased() -> None:
    found = entries()
    versions = [tuple(int(p) for p in v.split(".")) for v, _date in found]
    assert versions == sorted(versions, reverse=True) and len(set(versions)) == len(versions)
    for _version, date in found:
        assert date == "Unreleased" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), date


def test_the_licence_file_is_the_declared_one() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["license"] == {"text": "MIT"}
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
