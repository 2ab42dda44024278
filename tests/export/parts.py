"""Helpers for the export tests: render a notice, open its parts, walk its XML."""

from __future__ import annotations

import io
import zipfile
from functools import cache

from lxml import etree

from tests.render import samples
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
NS = {"w": W_NS}
SAMPLES = {
    "example": samples.example_notice,
    "one-page": samples.one_page_notice,
    "nasty": samples.nasty_notice,
    "long": samples.long_notice,
}


@cache
def docx_bytes(name: str) -> bytes:
    """The .docx of sample ``name``, written with the fixed timestamp."""
    return render_docx(build_layout(SAMPLES[name]()), now=samples.NOW)


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def xml(data: bytes, part: str = "word/document.xml") -> etree._Element:
    return etree.fromstring(parts(data)[part])


def text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def body_paragraph_texts(data: bytes) -> list[str]:
    """The text of every paragraph of the main story, table cells included."""
    return [text_of(p) for p in xml(data).iter(f"{W}p")]


#: A wrapper that declares the namespaces, for parsing a fragment: .format(fragment).
NS_DECL_WRAP = (
    '<root xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{}</root>'
)
