# ruff: noqa: E501  (HTML and long Vietnamese sentences of the test notices)
"""Write the test notices of tests/data/notices (run by hand; the files are committed).

    python tests/data/notices/make_notices.py

Each notice is made the way real ones are: by hand in python-docx (as a clerk types in
Word: header in a table or typed with tabs, rules typed as underscores or drawn as
borders, numbering typed or automatic, TCVN3 fonts), by LibreOffice (from HTML, and
.doc and PDF conversions). LibreOffice runs once per format with a private profile.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from texts import (  # noqa: E402
    DEPARTMENT_POINTS,
    LONG_PARAGRAPHS,
    MINISTRY_BODY,
    OFFICE_TASKS,
    PROVINCE_ASSESSMENT,
    PROVINCE_TASKS,
)

sys.path.insert(0, str(HERE.parent.parent.parent))
from ucd_desktop.text.legacy import encode_tcvn3  # noqa: E402

CENTER, RIGHT, JUSTIFY = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.RIGHT,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
)


def _font(
    run, name: str = "Times New Roman", size: float = 14, bold: bool = False, italic: bool = False
) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)


def para(
    container,
    text: str = "",
    size: float = 14,
    *,
    bold=False,
    italic=False,
    align=None,
    font="Times New Roman",
    indent=False,
):
    p = container.add_paragraph()
    if text:
        _font(p.add_run(text), font, size, bold, italic)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Mm(12.7)
        p.paragraph_format.space_before = Pt(6)
    return p


def _a4(doc, top=20, bottom=20, left=30, right=15) -> None:
    s = doc.sections[0]
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = (
        Mm(top),
        Mm(bottom),
        Mm(left),
        Mm(right),
    )


def _bottom_border(p) -> None:
    ppr = p._element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    borders.append(bottom)
    ppr.append(borders)


def provincial(path: Path) -> None:
    """A provincial committee, several pages, typed by hand with its usual faults:
    Letter paper, capitals summary, en-dash motto, old "HOÀ", number without its zero,
    a month with a zero it should not have, rules typed as underscores, a recipient
    without ";", typed numbering "I.", "1."."""
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    _font(left.paragraphs[0].add_run("ỦY BAN NHÂN DÂN"), size=13, bold=True)
    left.paragraphs[0].alignment = CENTER
    para(left, "TỈNH LÀO CAI", 13, bold=True, align=CENTER)
    para(left, "_________", 13, align=CENTER)
    para(left, "Số: 5/TB-UBND", 13, align=CENTER)
    _font(right.paragraphs[0].add_run("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), size=12, bold=True)
    right.paragraphs[0].alignment = CENTER
    para(right, "Độc lập – Tự do – Hạnh phúc", 13, bold=True, align=CENTER)
    para(right, "_________________________", 13, align=CENTER)
    para(right, "Lào Cai, ngày 5 tháng 03 năm 2024", 13, italic=True, align=CENTER)
    para(doc, "THÔNG BÁO", 14, bold=True, align=CENTER)
    para(
        doc,
        "KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TẠI CUỘC HỌP VỀ TIẾN ĐỘ GIẢI NGÂN "
        "VỐN ĐẦU TƯ CÔNG NĂM 2024",
        14,
        bold=True,
        align=CENTER,
    )
    para(doc, "-----------------", 14, align=CENTER)
    para(
        doc,
        "Ngày 28/02/2024, tại trụ sở Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh "
        "Hoàng Văn Minh chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công năm 2024. "
        "Tham dự có lãnh đạo các sở, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố.",
        indent=True,
        align=JUSTIFY,
    )
    para(
        doc,
        "Sau khi nghe Sở Kế hoạch và Đầu tư báo cáo, ý kiến của các đại biểu dự họp, Chủ "
        "tịch Ủy ban nhân dân tỉnh kết luận như sau:",
        indent=True,
        align=JUSTIFY,
    )
    para(doc, "I. ĐÁNH GIÁ CHUNG", bold=True, indent=True)
    for text in PROVINCE_ASSESSMENT:
        para(doc, text, indent=True, align=JUSTIFY)
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM", bold=True, indent=True)
    for i, text in enumerate(PROVINCE_TASKS, 1):
        para(doc, f"{i}. {text}", indent=True, align=JUSTIFY)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True, indent=True)
    for text in LONG_PARAGRAPHS:
        para(doc, f"- {text}", indent=True, align=JUSTIFY)
    para(
        doc,
        "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        indent=True,
        align=JUSTIFY,
    )
    sig = doc.add_table(rows=1, cols=2)
    left, right = sig.rows[0].cells
    _font(left.paragraphs[0].add_run("Nơi nhận:"), size=12, bold=True, italic=True)
    for line in (
        "- Thường trực Tỉnh ủy (b/c);",
        "- Thường trực HĐND tỉnh (b/c)",
        "- Các sở, ngành tỉnh;",
        "- UBND các huyện, thị xã, thành phố;",
        "- Lưu: VT, TH.",
    ):
        para(left, line, 11)
    right.paragraphs[0].alignment = CENTER
    _font(right.paragraphs[0].add_run("TM. ỦY BAN NHÂN DÂN"), size=14, bold=True)
    para(right, "CHỦ TỊCH", 14, bold=True, align=CENTER)
    para(right, "(Đã ký)", 14, italic=True, align=CENTER)
    para(right, "", 14)
    para(right, "Hoàng Văn Minh", 14, bold=True, align=CENTER)
    doc.save(path)


def _auto_numbering(doc) -> None:
    """python-docx's template: "List Number" is numbered 1., "List Bullet" bulleted."""


def office(path: Path) -> None:
    """A provincial office, one page: no tables (columns typed with tabs), Word's automatic
    numbering, rules as paragraph borders, number and day left blank for the clerk."""
    doc = Document()
    _a4(doc)
    p = para(doc, "", 13)
    _font(p.add_run("UBND TỈNH LÀO CAI"), size=13)
    _font(p.add_run("\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), size=13, bold=True)
    p = para(doc, "", 13)
    _font(p.add_run("VĂN PHÒNG"), size=13, bold=True)
    _font(p.add_run("\t\t\tĐộc lập - Tự do - Hạnh phúc"), size=14, bold=True)
    _bottom_border(p)
    p = para(doc, "", 13)
    _font(p.add_run("Số:      /TB-VP"), size=13)
    _font(p.add_run("\t\tLào Cai, ngày      tháng 12 năm 2023"), size=14, italic=True)
    para(doc, "THÔNG BÁO", 14, bold=True, align=CENTER)
    summary = para(
        doc,
        "Ý kiến kết luận của đồng chí Chánh Văn phòng tại cuộc họp giao ban tháng 12 năm 2023",
        14,
        bold=True,
        align=CENTER,
    )
    del summary
    rule = para(doc, "", 14, align=CENTER)
    rule.paragraph_format.left_indent = Mm(60)
    rule.paragraph_format.right_indent = Mm(60)
    _bottom_border(rule)
    para(
        doc,
        "Chiều ngày 18/12/2023, đồng chí Chánh Văn phòng chủ trì cuộc họp giao ban tháng 12 "
        "năm 2023. Tham dự có các đồng chí Phó Chánh Văn phòng và lãnh đạo các phòng, đơn vị.",
        indent=True,
        align=JUSTIFY,
    )
    para(doc, "Đồng chí Chánh Văn phòng kết luận như sau:", indent=True, align=JUSTIFY)
    for text in OFFICE_TASKS:
        p = doc.add_paragraph(style="List Number")
        _font(p.add_run(text))
    for text in ("Các phòng chủ động bố trí cán bộ trực Tết.", "Bảo đảm an toàn cơ quan."):
        p = doc.add_paragraph(style="List Bullet")
        _font(p.add_run(text))
    para(
        doc,
        "Văn phòng thông báo để các phòng, đơn vị biết, thực hiện./.",
        indent=True,
        align=JUSTIFY,
    )
    para(doc, "Nơi nhận:", 12, bold=True, italic=True)
    for line in (
        "- Lãnh đạo Văn phòng;",
        "- Các phòng, đơn vị thuộc Văn phòng;",
        "- Lưu: VT, TH (2)NTL.",
    ):
        para(doc, line, 11)
    para(doc, "CHÁNH VĂN PHÒNG", 14, bold=True, align=RIGHT)
    para(doc, "Nguyễn Thị Lan", 14, bold=True, align=RIGHT)
    doc.save(path)


def ministry(path: Path) -> None:
    """A ministry's office, two pages, A4, header and signature in tables (to PDF)."""
    doc = Document()
    _a4(doc)
    table = doc.add_table(rows=2, cols=2)
    (l1, r1), (l2, r2) = table.rows[0].cells, table.rows[1].cells
    _font(l1.paragraphs[0].add_run("BỘ TÀI CHÍNH"), size=13)
    l1.paragraphs[0].alignment = CENTER
    para(l1, "VĂN PHÒNG", 13, bold=True, align=CENTER)
    _font(r1.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), size=13, bold=True)
    r1.paragraphs[0].alignment = CENTER
    para(r1, "Độc lập - Tự do - Hạnh phúc", 14, bold=True, align=CENTER)
    _font(l2.paragraphs[0].add_run("Số: 45/TB-VP"), size=13)
    l2.paragraphs[0].alignment = CENTER
    _font(r2.paragraphs[0].add_run("Hà Nội, ngày 15 tháng 4 năm 2024"), size=14, italic=True)
    r2.paragraphs[0].alignment = CENTER
    para(doc, "THÔNG BÁO", 14, bold=True, align=CENTER)
    para(
        doc,
        "Kết luận của Thứ trưởng Trần Văn Hùng tại cuộc họp về tiến độ xây dựng Nghị định "
        "sửa đổi, bổ sung một số điều của Nghị định quy định về quản lý, sử dụng tài sản công",
        14,
        bold=True,
        align=CENTER,
    )
    para(doc, "_______________", 14, align=CENTER)
    for text in MINISTRY_BODY[:2]:
        para(doc, text, indent=True, align=JUSTIFY)
    for i, text in enumerate(MINISTRY_BODY[2:], 1):
        para(doc, f"{i}. {text}", indent=True, align=JUSTIFY)
    para(
        doc,
        "Văn phòng Bộ thông báo để các đơn vị liên quan biết, thực hiện./.",
        indent=True,
        align=JUSTIFY,
    )
    sig = doc.add_table(rows=1, cols=2)
    left, right = sig.rows[0].cells
    _font(left.paragraphs[0].add_run("Nơi nhận:"), size=12, bold=True, italic=True)
    for line in (
        "- Bộ trưởng (để b/c);",
        "- Cục Quản lý công sản;",
        "- Vụ Pháp chế;",
        "- Lưu: VT, VP.",
    ):
        para(left, line, 11)
    right.paragraphs[0].alignment = CENTER
    _font(right.paragraphs[0].add_run("TL. BỘ TRƯỞNG"), size=14, bold=True)
    for line in ("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"):
        para(right, line, 14, bold=True, align=CENTER)
    for _ in range(3):
        para(right, "", 14)
    para(right, "Phạm Thu Hà", 14, bold=True, align=CENTER)
    doc.save(path)


def tcvn3(path: Path) -> None:
    """A district committee typed in the TCVN3 fonts .VnTime and .VnTimeH."""
    doc = Document()
    _a4(doc)
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _font(
        left.paragraphs[0].add_run(encode_tcvn3("ủy ban nhân dân", uppercase_font=True)),
        ".VnTimeH",
        13,
        bold=True,
    )
    para(
        left,
        encode_tcvn3("huyện mường khương", uppercase_font=True),
        13,
        bold=True,
        font=".VnTimeH",
        align=CENTER,
    )
    para(left, encode_tcvn3("Số: 07/TB-UBND"), 13, font=".VnTime", align=CENTER)
    _font(
        right.paragraphs[0].add_run(
            encode_tcvn3("cộng hòa xã hội chủ nghĩa việt nam", uppercase_font=True)
        ),
        ".VnTimeH",
        12,
        bold=True,
    )
    para(
        right,
        encode_tcvn3("Độc lập - Tự do - Hạnh phúc"),
        13,
        bold=True,
        font=".VnTime",
        align=CENTER,
    )
    para(
        right,
        encode_tcvn3("Mường Khương, ngày 12 tháng 9 năm 2019"),
        13,
        italic=True,
        font=".VnTime",
        align=CENTER,
    )
    para(
        doc,
        encode_tcvn3("thông báo", uppercase_font=True),
        14,
        bold=True,
        font=".VnTimeH",
        align=CENTER,
    )
    para(
        doc,
        encode_tcvn3("Kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Bản Lầu"),
        14,
        bold=True,
        font=".VnTime",
        align=CENTER,
    )
    body = [
        "Ngày 10 tháng 9 năm 2019, Chủ tịch UBND huyện làm việc với xã Bản Lầu về tình hình phát triển kinh tế - xã hội.",
        "1. Xã Bản Lầu tập trung chỉ đạo thu hoạch vụ mùa, bảo đảm đúng tiến độ.",
        "2. Phòng Nông nghiệp hướng dẫn xã chuyển đổi cơ cấu cây trồng phù hợp.",
        "3. UBND xã báo cáo kết quả thực hiện trước ngày 30 tháng 9 năm 2019./.",
    ]
    for text in body:
        para(doc, encode_tcvn3(text), font=".VnTime", indent=True, align=JUSTIFY)
    para(doc, encode_tcvn3("Nơi nhận:"), 12, bold=True, italic=True, font=".VnTime")
    for line in ("- Thường trực Huyện ủy (b/c);", "- UBND xã Bản Lầu;", "- Lưu: VT."):
        para(doc, encode_tcvn3(line), 11, font=".VnTime")
    para(
        doc,
        encode_tcvn3("chủ tịch", uppercase_font=True),
        14,
        bold=True,
        font=".VnTimeH",
        align=RIGHT,
    )
    para(doc, encode_tcvn3("Vàng Seo Phủ"), 14, bold=True, font=".VnTime", align=RIGHT)
    doc.save(path)


def department_html() -> str:
    points = "".join(
        f"<p style='text-indent:1.27cm'>{chr(97 + i) if i < 4 else 'đ'}) {t}</p>"
        for i, t in enumerate(DEPARTMENT_POINTS)
    )
    return f"""<html><head><meta charset="utf-8"><style>
body {{ font-family: 'Times New Roman'; font-size: 14pt; }}
p {{ margin: 6pt 0 0 0; text-align: justify; }}
.c {{ text-align: center; }}
</style></head><body>
<table width="100%"><tr>
<td class="c"><p class="c">UBND THÀNH PHỐ HÀ NỘI</p><p class="c"><b>SỞ CÔNG THƯƠNG</b></p>
<p class="c">Số: 125/TB-SCT</p><p class="c"><b>KHẨN</b></p></td>
<td class="c"><p class="c"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>
<p class="c"><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p class="c"><i>Hà Nội, ngày 05 tháng 12 năm 2023</i></p></td></tr></table>
<p class="c"><b>THÔNG BÁO</b></p>
<p class="c"><b>Kết luận của Giám đốc Sở Công Thương tại cuộc họp về bình ổn giá dịp Tết Nguyên đán</b></p>
<p style='text-indent:1.27cm'>Ngày 01/12/2023, Giám đốc Sở Công Thương chủ trì cuộc họp về bình ổn giá dịp Tết Nguyên đán. Sau khi nghe các phòng báo cáo, Giám đốc Sở kết luận như sau:</p>
<p style='text-indent:1.27cm'><b>1. Phòng Quản lý thương mại</b></p>
{points}
<p style='text-indent:1.27cm'><b>2. Phân công theo dõi</b></p>
<table border="1"><tr><td><b>Đơn vị</b></td><td><b>Nhiệm vụ</b></td><td><b>Thời hạn</b></td></tr>
<tr><td>Phòng Quản lý thương mại</td><td>Kiểm tra giá</td><td>20/12/2023</td></tr>
<tr><td>Văn phòng Sở</td><td>Tổng hợp báo cáo</td><td>25/12/2023</td></tr></table>
<p style='text-indent:1.27cm'>Sở Công Thương thông báo để các phòng, đơn vị biết, thực hiện./.</p>
<table width="100%"><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Giám đốc Sở (b/c);</p>
<p>- Các phòng, đơn vị;</p><p>- Lưu: VT, QLTM.</p></td>
<td class="c"><p class="c"><b>GIÁM ĐỐC</b></p><p class="c">&nbsp;</p><p class="c"><b>Lê Quang Huy</b></p></td></tr></table>
</body></html>"""


def _soffice(args: list[str], outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                *args,
                "--outdir",
                str(outdir),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )


def main() -> None:
    provincial(HERE / "provincial-committee.docx")
    office(HERE / "provincial-office.docx")
    ministry(HERE / "ministry-office.docx")
    tcvn3(HERE / "district-tcvn3.docx")
    with tempfile.TemporaryDirectory() as work:
        w = Path(work)
        html = w / "department-libreoffice.html"
        html.write_text(department_html(), encoding="utf-8")
        _soffice(
            ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", str(html)], w
        )
        shutil.copy(w / "department-libreoffice.docx", HERE / "department-libreoffice.docx")
        for stem in ("ministry-office", "provincial-office"):
            _soffice(["--convert-to", "pdf", str(HERE / f"{stem}.docx")], w)
            shutil.copy(w / f"{stem}.pdf", HERE / f"{stem}.pdf")
        _soffice(["--convert-to", "doc:MS Word 97", str(HERE / "provincial-committee.docx")], w)
        shutil.copy(w / "provincial-committee.doc", HERE / "provincial-committee.doc")


if __name__ == "__main__":
    main()
