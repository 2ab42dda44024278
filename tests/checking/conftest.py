"""A clean export of the example notice, and a way to spoil one part of it."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.model.notice import Notice
from ucd_desktop.storage.drafts import load_draft

Spoil = Callable[[str, str, str], bytes]


def example_notice(example: Path) -> Notice:
    notice = load_draft(example).notice
    notice.number = "5"
    notice.day = 7
    return notice


@pytest.fixture(scope="session")
def clean_docx() -> bytes:
    from tests.conftest import EXAMPLE

    return render_docx(build_layout(example_notice(EXAMPLE)))


def replace_in(data: bytes, part: str, pattern: str, replacement: str, count: int = 0) -> bytes:
    """``data`` with ``pattern`` (a regular expression) replaced in one part of the zip."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            blob = src.read(item)
            if item.filename == part:
                text, n = re.subn(pattern, replacement, blob.decode("utf-8"), count=count)
                assert n, f"{pattern!r} not found in {part}"
                blob = text.encode("utf-8")
            dst.writestr(item, blob)
    return out.getvalue()


@pytest.fixture
def spoil(clean_docx: bytes) -> Spoil:
    def make(part: str, pattern: str, replacement: str) -> bytes:
        return replace_in(clean_docx, part, pattern, replacement)

    return make
