"""Golden files: the XML parts of fixed notices compared with committed references.

A failure prints a unified diff of the pretty-printed XML. After a deliberate change to
the writer, regenerate the references with ``UCD_UPDATE_GOLDEN=1 pytest tests/export``
and review the diff in git before committing it.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from lxml import etree

from tests.export.parts import docx_bytes, parts
from ucd_desktop.storage.atomic import atomic_write_text

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"
CASES = [
    ("one-page", "word/document.xml"),
    ("one-page", "word/styles.xml"),
    ("one-page", "word/settings.xml"),
    ("one-page", "word/header1.xml"),
    ("one-page", "word/header2.xml"),
    ("one-page", "word/footer1.xml"),
    ("one-page", "docProps/core.xml"),
    ("one-page", "[Content_Types].xml"),
    ("one-page", "word/_rels/document.xml.rels"),
    ("nasty", "word/document.xml"),
    ("nasty", "word/footer2.xml"),
]


def pretty(blob: bytes) -> str:
    """``blob`` re-indented, one element a line, so a diff shows what changed."""
    parser = etree.XMLParser(remove_blank_text=True)
    root = etree.fromstring(blob, parser)
    text: str = etree.tostring(root, pretty_print=True, encoding="unicode")
    return text


def _golden_path(sample: str, part: str) -> Path:
    return GOLDEN / sample / part.replace("/", "__").replace("[", "").replace("]", "")


@pytest.mark.parametrize(("sample", "part"), CASES)
def test_part_matches_golden(sample: str, part: str) -> None:
    actual = pretty(parts(docx_bytes(sample))[part])
    path = _golden_path(sample, part)
    if os.environ.get("UCD_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, actual)
    assert path.exists(), f"no golden file {path}: run with UCD_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"golden/{sample}/{part}",
            tofile=f"produced/{sample}/{part}",
            n=2,
        )
        pytest.fail(
            "".join(list(diff)[:200]) + "\n(UCD_UPDATE_GOLDEN=1 regenerates the references)",
            pytrace=False,
        )


def test_pretty_printing_is_stable_and_readable() -> None:
    text = pretty(b'<a xmlns="urn:x"><b c="1"/><d>e</d></a>')
    assert text == '<a xmlns="urn:x">\n  <b c="1"/>\n  <d>e</d>\n</a>\n'
