"""Inputs past the size of any notice, built in memory: the cases of the hostile review
(round 2) that took minutes and gigabytes. The benchmarks time the app on them; the
robustness tests draw their sizes and check the outcome (imported, or refused in words).

Each builder returns bytes (or text) of a file a user could be sent.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

__all__ = [
    "docx_with_body",
    "draft_with_table",
    "draft_with_text",
    "grid_docx",
    "many_cells_docx",
    "nested_tables_docx",
    "pages_pdf",
    "pasted_text",
]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_LINE = "Đề nghị Sở Tài chính chủ trì, phối hợp các đơn vị liên quan"


def docx_with_body(body: str) -> bytes:
    """A minimal .docx whose document body is ``body`` (WordprocessingML, w: prefix)."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document)
    return out.getvalue()


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _notice_start() -> str:
    return _p("ỦY BAN NHÂN DÂN") + _p("THÔNG BÁO") + _p("Kết luận của Chủ tịch UBND tỉnh")


def nested_tables_docx(depth: int) -> bytes:
    """Tables nested ``depth`` deep, a paragraph in the innermost cell (6 KB for 1,000)."""
    inner = _p(_LINE)
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
    return docx_with_body(_notice_start() + inner + _p("Nơi nhận:"))


def grid_docx(width: str) -> bytes:
    """A table whose grid column width is ``width`` (``"abc"``, ``"1e999"``, 5,000 digits)."""
    table = (
        f'<w:tbl><w:tblGrid><w:gridCol w:w="{width}"/><w:gridCol w:w="{width}"/></w:tblGrid>'
        f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="{width}"/><w:tcW w:w="{width}"/></w:tcPr>'
        f"{_p(_LINE)}</w:tc></w:tr></w:tbl>"
    )
    return docx_with_body(_notice_start() + table + _p("Nơi nhận:"))


def many_cells_docx(cells: int, columns: int = 50) -> bytes:
    """One table of ``cells`` cells (500,000 cells pack into about 100 KB)."""
    rows = max(cells // columns, 1)
    row = "<w:tr>" + "<w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>" * columns + "</w:tr>"
    return docx_with_body(_notice_start() + "<w:tbl>" + row * rows + "</w:tbl>")


def pasted_text(characters: int) -> str:
    """A notice pasted as text, its body repeated to ``characters`` characters."""
    head = "ỦY BAN NHÂN DÂN TỈNH LONG AN\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n"
    lines = []
    size = len(head)
    n = 0
    while size < characters:
        n += 1
        line = f"{n}. {_LINE} số {n}, báo cáo kết quả trước ngày 30/6/2026."
        lines.append(line)
        size += len(line) + 1
    return head + "\n".join(lines) + "\nNơi nhận:\n- Lưu: VT."


def pages_pdf(pages: int, lines_per_page: int = 40) -> bytes:
    """A PDF of ``pages`` pages of text in a standard font, written by hand (no tools)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for page in range(pages):
        text = "".join(
            f"BT /F1 11 Tf 60 {780 - 18 * i} Td (Line {i} of page {page + 1}: "
            f"the office reports by June) Tj ET\n"
            for i in range(lines_per_page)
        ).encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        pages,
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def draft_with_table(example: dict[str, Any], rows: int, columns: int) -> str:
    """The example draft (JSON) with a ``rows`` x ``columns`` table added to its body."""
    doc = json.loads(json.dumps(example))
    table = {"rows": [[f"{r}.{c}" for c in range(columns)] for r in range(rows)]}
    doc["notice"]["body"].append({"kind": "table", "table": table})
    return json.dumps(doc, ensure_ascii=False)


def draft_with_text(example: dict[str, Any], megabytes: float) -> str:
    """The example draft (JSON) with a body of paragraphs filling about ``megabytes``."""
    doc = json.loads(json.dumps(example))
    text = f"{_LINE}, báo cáo kết quả thực hiện trước ngày 30/6/2026. " * 60
    count = int(megabytes * 2**20 / len(text.encode()))
    doc["notice"]["body"] = [
        {"kind": "paragraph", "title": "", "text": text, "table": None, "id": f"p{i:07x}"}
        for i in range(count)
    ]
    return json.dumps(doc, ensure_ascii=False)
