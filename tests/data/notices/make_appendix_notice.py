"""Write tests/data/notices/appendix-hand-made.docx (run by hand; the file is committed).

    python tests/data/notices/make_appendix_notice.py

A notice with two appendices typed by hand in python-docx the way clerks do it in Word,
in a style unlike ucd-desktop's own: each appendix after a manual page break (a
``w:br w:type="page"`` run), "PHỤ LỤC I" in capitals, the "(Kèm theo … của …)" line
before the title, numbering typed, a table with a heading row.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from appendix_texts import (  # noqa: E402
    TASKS_LEAD,
    TASKS_TABLE,
    TASKS_TITLE,
    WORKS,
    WORKS_TITLE,
)
from make_notices import CENTER, JUSTIFY, _a4, _font, para  # noqa: E402


def _appendix_top(doc, heading: str, title: str) -> None:
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = para(doc, heading, 14, bold=True, align=CENTER)
    para(
        doc,
        "(Kèm theo Thông báo số 21/TB-UBND ngày 12 tháng 3 năm 2024 của Ủy ban nhân dân "
        "tỉnh Lào Cai)",
        14,
        italic=True,
        align=CENTER,
    )
    para(doc, title, 14, bold=True, align=CENTER)
    para(doc, "", 14)


def hand_made(path: Path) -> None:
    doc = Document()
    _a4(doc)
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _font(left.paragraphs[0].add_run("ỦY BAN NHÂN DÂN"), size=13, bold=True)
    left.paragraphs[0].alignment = CENTER
    para(left, "TỈNH LÀO CAI", 13, bold=True, align=CENTER)
    para(left, "Số: 21/TB-UBND", 13, align=CENTER)
    _font(right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), size=13, bold=True)
    right.paragraphs[0].alignment = CENTER
    para(right, "Độc lập - Tự do - Hạnh phúc", 14, bold=True, align=CENTER)
    para(right, "Lào Cai, ngày 12 tháng 3 năm 2024", 14, italic=True, align=CENTER)
    para(doc, "THÔNG BÁO", 14, bold=True, align=CENTER)
    para(
        doc,
        "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân vốn "
        "đầu tư công năm 2024",
        14,
        bold=True,
        align=CENTER,
    )
    para(
        doc,
        "Ngày 08/3/2024, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ giải "
        "ngân vốn đầu tư công năm 2024.",
        indent=True,
        align=JUSTIFY,
    )
    para(
        doc,
        "Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:",
        indent=True,
        align=JUSTIFY,
    )
    para(
        doc,
        "1. Các chủ đầu tư tập trung tháo gỡ vướng mắc của các dự án tại Phụ lục I kèm theo.",
        indent=True,
        align=JUSTIFY,
    )
    para(
        doc,
        "2. Các cơ quan, đơn vị thực hiện nhiệm vụ được phân công tại Phụ lục II kèm theo.",
        indent=True,
        align=JUSTIFY,
    )
    para(
        doc,
        "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        indent=True,
        align=JUSTIFY,
    )
    sig = doc.add_table(rows=1, cols=2)
    left, right = sig.rows[0].cells
    _font(left.paragraphs[0].add_run("Nơi nhận:"), size=12, bold=True, italic=True)
    for line in ("- TT. Tỉnh ủy (b/c);", "- Các sở, ngành tỉnh;", "- Lưu: VT, TH."):
        para(left, line, 11)
    right.paragraphs[0].alignment = CENTER
    _font(right.paragraphs[0].add_run("TM. ỦY BAN NHÂN DÂN"), size=14, bold=True)
    para(right, "CHỦ TỊCH", 14, bold=True, align=CENTER)
    para(right, "", 14)
    para(right, "Trịnh Xuân Trường", 14, bold=True, align=CENTER)

    _appendix_top(doc, "PHỤ LỤC I", WORKS_TITLE)
    for text in WORKS:
        bold = text.startswith(("I.", "II."))
        para(doc, text, 14, bold=bold, indent=True, align=JUSTIFY)
    _appendix_top(doc, "PHỤ LỤC II", TASKS_TITLE)
    para(doc, TASKS_LEAD, 14, indent=True, align=JUSTIFY)
    grid = doc.add_table(rows=len(TASKS_TABLE), cols=len(TASKS_TABLE[0]))
    grid.style = "Table Grid"
    for r, row in enumerate(TASKS_TABLE):
        for c, text in enumerate(row):
            cell = grid.rows[r].cells[c]
            _font(cell.paragraphs[0].add_run(text), size=13, bold=r == 0)
    doc.save(path)


if __name__ == "__main__":
    hand_made(HERE / "appendix-hand-made.docx")
