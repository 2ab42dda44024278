"""The notices the layout, export and render tests share.

Each builder returns a fresh ``Notice`` (tests may change it). Text is Vietnamese in NFC,
as ``clean_field`` leaves it; nothing here reads files outside the repository.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from ucd_desktop.model.notice import (
    Archive,
    BodyItem,
    ItemKind,
    Notice,
    PageSetup,
    Recipient,
    Secrecy,
    Signature,
    Table,
    Urgency,
)
from ucd_desktop.storage.drafts import load_draft

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "resources" / "examples" / "long-an-2022.ucd"
SEED = REPO / "tests" / "data" / "seed-notice.md"
#: The creation time written into files compared with golden references.
NOW = dt.datetime(2026, 2, 5, 8, 30, tzinfo=dt.UTC)
HCM_DATE = "Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026"

SENTENCES = (
    "Tăng cường công tác kiểm tra, giám sát việc thực hiện các chế độ, chính sách đối với "
    "người lao động ở các loại hình doanh nghiệp trên địa bàn.",
    "Chủ động phối hợp với các sở, ngành liên quan rà soát, tháo gỡ khó khăn, vướng mắc "
    "trong quá trình triển khai, báo cáo kết quả về UBND tỉnh trước ngày 15/7/2026.",
    "Đẩy mạnh công tác tuyên truyền để cán bộ, công chức, viên chức và Nhân dân nắm rõ chủ "
    "trương của Đảng, chính sách, pháp luật của Nhà nước.",
    "Khẩn trương hoàn thiện hồ sơ thủ tục đầu tư, bảo đảm đúng quy định của Luật Đầu tư "
    "công và các văn bản hướng dẫn thi hành.",
    "Nâng cao hiệu quả công tác tiếp nhận và giải quyết kịp thời các kiến nghị, phản ánh "
    "của người dân và doanh nghiệp; không để tồn đọng, kéo dài.",
    "Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu bố trí nguồn "
    "vốn thực hiện dự án trong kế hoạch đầu tư công trung hạn giai đoạn 2026-2030.",
    "Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo các phòng, ban chuyên môn thực "
    "hiện nghiêm túc, hiệu quả các nội dung được giao.",
)


def _text(start: int, count: int) -> str:
    """``count`` sentences of running text, starting at sentence ``start``."""
    cycle = itertools.islice(itertools.cycle(SENTENCES), start, start + count)
    return " ".join(cycle)


def _recipients() -> list[Recipient]:
    return [
        Recipient("TT. Tỉnh ủy", "b/c"),
        Recipient("TT. HĐND tỉnh", "b/c"),
        Recipient("CT, các PCT UBND tỉnh"),
        Recipient("Các sở, ngành tỉnh"),
        Recipient("UBND các huyện, thị xã, thành phố"),
        Recipient("CVP, các PCVP"),
    ]


def example_notice() -> Notice:
    """The bundled example (the seed notice from Long An, 2022)."""
    return load_draft(EXAMPLE).notice


def one_page_notice() -> Notice:
    """A short notice with a number, a full date and the long Hồ Chí Minh place name."""
    return Notice(
        issuing_body=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"],
        number="5",
        symbol="TB-UBND",
        place="Thành phố Hồ Chí Minh",
        day=5,
        month=2,
        year=2026,
        summary="Kết luận của Phó Chủ tịch UBND Thành phố Trần Văn Bình tại cuộc họp về "
        "tiến độ thực hiện dự án đường Vành đai 3",
        opening="Ngày 02/02/2026, tại trụ sở UBND Thành phố, Phó Chủ tịch UBND Thành phố "
        "Trần Văn Bình chủ trì cuộc họp về tiến độ thực hiện dự án đường Vành đai 3.",
        lead_in="Sau khi nghe Sở Giao thông vận tải báo cáo và ý kiến của các đại biểu dự "
        "họp, Phó Chủ tịch UBND Thành phố Trần Văn Bình kết luận như sau:",
        body=[
            BodyItem(ItemKind.CLAUSE, title="Sở Giao thông vận tải"),
            BodyItem(ItemKind.BULLET, text=_text(0, 2)),
            BodyItem(ItemKind.BULLET, text=_text(3, 1)),
            BodyItem(ItemKind.CLAUSE, title="Sở Tài chính", text=_text(5, 1)),
        ],
        closing="Văn phòng UBND Thành phố thông báo để các cơ quan, đơn vị biết, thực hiện.",
        signature=Signature(
            ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG", "Lê Thị Hoa"
        ),
        recipients=_recipients()[:4],
        archive=Archive("ĐT", 2, "NXT"),
    )


def nasty_notice() -> Notice:
    """Everything at once: governing body, marks, footer, tables (adjacent and last),
    every numbering level, emphasis, XML specials, newlines inside fields, a word
    longer than a line, non-default page settings inside the legal ranges."""
    grid = Table(
        rows=[
            ["STT", "Đơn vị", "Nhiệm vụ", "Thời hạn"],
            ["1", "Sở Tài chính", "Bố trí vốn & thẩm định <dự toán>", "Trước 30/6/2026"],
            ["2", "Sở Xây dựng", _text(2, 2), "Quý III/2026"],
            ["3", "UBND huyện\nBến Lức", "Bàn giao mặt bằng", ""],
        ],
        widths=[0.6, 2.0, 4.0, 1.6],
        header_rows=1,
    )
    small = Table(rows=[["Chỉ tiêu", "Kết quả"], ["Giải ngân", "87,5%"]], widths=[1, 1])
    return Notice(
        governing_body=["UBND TỈNH LONG AN"],
        issuing_body=["VĂN PHÒNG"],
        number="123",
        symbol="TB-VP",
        place="Long An",
        day=26,
        month=12,
        year=2026,
        urgency=Urgency.HOA_TOC,
        secrecy=Secrecy.MAT,
        draft_mark=True,
        summary="Ý kiến kết luận của đồng chí Nguyễn Văn Út, Chủ tịch UBND tỉnh tại buổi "
        "làm việc với Sở Xây dựng về tình hình thực hiện các dự án nhà ở xã hội, thiết chế "
        "công đoàn và hạ tầng khu công nghiệp trên địa bàn tỉnh năm 2026",
        opening="Ngày 20/12/2026, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Nguyễn Văn Út "
        "làm việc với Sở Xây dựng.\nTham dự có lãnh đạo các sở, ngành: Tài chính, Kế hoạch "
        "và Đầu tư, Tài nguyên và Môi trường & các đơn vị <liên quan>.",
        lead_in="Sau khi nghe báo cáo, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:",
        body=[
            BodyItem(ItemKind.SECTION, title="Đánh giá chung"),
            BodyItem(
                ItemKind.PARAGRAPH,
                text="Năm 2026, **Sở Xây dựng** đã *chủ động* "
                "tham mưu; ***kết quả nổi bật*** là " + _text(1, 3),
            ),
            BodyItem(ItemKind.SECTION, title="Nhiệm vụ trọng tâm thời gian tới"),
            BodyItem(ItemKind.CLAUSE, title="Sở Xây dựng", text=_text(0, 1)),
            BodyItem(ItemKind.POINT, text=_text(2, 1)),
            BodyItem(ItemKind.POINT, text=_text(3, 1)),
            BodyItem(ItemKind.POINT, text=_text(4, 1)),
            BodyItem(ItemKind.POINT, text=_text(5, 1)),
            BodyItem(ItemKind.POINT, title="Về nhà ở xã hội", text=_text(6, 1)),
            BodyItem(
                ItemKind.BULLET,
                text="Địa chỉ tra cứu: https://soxaydung.longan.gov.vn/"
                "thong-tin-quy-hoach-chi-tiet-nha-o-xa-hoi-khu-cong-nghiep-2026-2030",
            ),
            BodyItem(ItemKind.CLAUSE, title="Các sở, ngành liên quan"),
            BodyItem(ItemKind.TABLE, table=grid),
            BodyItem(ItemKind.TABLE, table=small),
            BodyItem(ItemKind.CLAUSE, text=_text(4, 2) + "\n" + _text(6, 1)),
            BodyItem(ItemKind.TABLE, table=small),
        ],
        closing="",
        signature=Signature(["KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG", "Phạm Thị\nThu Hà"),
        recipients=[*_recipients(), Recipient("Lưu trữ tỉnh\nTrung tâm Tin học", "để biết")],
        archive=Archive("KTTC", 3, "NVA"),
        footer="Địa chỉ: 61 Nguyễn Huệ, Phường 1, Tân An, Long An\nĐiện thoại: 0272 3826 XXX; "
        "e-mail: vanphong@longan.gov.vn",
        page=PageSetup(
            margin_top_mm=25,
            margin_bottom_mm=25,
            margin_left_mm=35,
            margin_right_mm=20,
            body_size=13,
            line_spacing=1.5,
            first_line_indent_cm=1.0,
            paragraph_spacing_pt=8,
            signature_space_pt=84,
        ),
    )


def long_notice(sections: int = 9) -> Notice:
    """A notice of more than 30 pages: ``sections`` sections of clauses and tasks."""
    body: list[BodyItem] = []
    for s in range(sections):
        body.append(BodyItem(ItemKind.SECTION, title=f"Nhóm nhiệm vụ thứ {s + 1}"))
        body.append(BodyItem(ItemKind.PARAGRAPH, text=_text(s, 5)))
        for c in range(4):
            body.append(BodyItem(ItemKind.CLAUSE, title=f"Lĩnh vực {c + 1} của nhóm {s + 1}"))
            body += [BodyItem(ItemKind.BULLET, text=_text(s + c + t, 3)) for t in range(4)]
            body.append(BodyItem(ItemKind.POINT, text=_text(s * c + 1, 2)))
    notice = one_page_notice()
    notice.summary = "Kết luận của Chủ tịch UBND Thành phố tại Hội nghị tổng kết năm 2026"
    notice.body = body
    notice.recipients = _recipients()
    return notice


def break_notices(count: int = 12) -> list[Notice]:
    """Notices whose body ends a little lower on page 2 each time, so that in some of
    them the recipients and signature block no longer fits under the body."""
    out = []
    for k in range(count):
        notice = one_page_notice()
        notice.body += [BodyItem(ItemKind.BULLET, text=_text(i, 3)) for i in range(4)]
        notice.body.append(BodyItem(ItemKind.PARAGRAPH, text=_text(2, 1 + k)))
        notice.recipients = _recipients()
        out.append(notice)
    return out
