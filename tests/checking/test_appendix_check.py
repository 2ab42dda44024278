"""``check`` on notices with appendices: our export is clean; a badly typed heading is found."""

from __future__ import annotations

import io
import re
import zipfile

from tests.render.appendix_samples import two_appendix_notice
from ucd_desktop.checking import check_docx_bytes
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout


def _bytes() -> bytes:
    return render_docx(build_layout(two_appendix_notice()))


def test_our_export_with_appendices_is_clean() -> None:
    report = check_docx_bytes(_bytes(), "appendices.docx")
    assert report.ok, [str(f) for f in report.findings]
    assert report.findings == []


def test_a_heading_not_bold_and_too_small_is_reported() -> None:
    source = io.BytesIO(_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(out, "w") as w:
        for name in z.namelist():
            data = z.read(name)
            if name == "word/document.xml":
                text = data.decode()
                at = text.index(">Phụ lục II<")
                start = text.rindex("<w:p>", 0, at)
                end = text.index("</w:p>", at)
                para = text[start:end]
                para = para.replace("<w:b/><w:bCs/>", "")
                para = re.sub(r'w:val="28"', 'w:val="24"', para)
                text = text[:start] + para + text[end:]
                data = text.encode()
            w.writestr(name, data)
    report = check_docx_bytes(out.getvalue(), "bad.docx")
    assert {f.key for f in report.findings} == {"appendix-heading"}, report.findings
    assert len(report.findings) == 2  # its size and its weight


def test_a_heading_in_capitals_or_arabic_numbers_is_reported() -> None:
    from tests.reading.conftest import NOTICES
    from ucd_desktop.checking import check_docx

    report = check_docx(NOTICES / "appendix-hand-made.docx")
    headings = [f for f in report.findings if f.key == "appendix-heading"]
    assert [(f.found, f.expected) for f in headings] == [
        ("PHỤ LỤC I", "Phụ lục I"),
        ("PHỤ LỤC II", "Phụ lục II"),
    ]
    assert not [f for f in report.findings if f.key == "recipient"]
