"""Notices with appendices ("Phụ lục"), shared by the layout, export, render and import tests.

The content is what such appendices hold in real notices of a provincial committee: a
list of works with their sections and lists, a table of tasks with deadlines, and the
abbreviations used ("BTCT: Bê tông cốt thép").
"""

from __future__ import annotations

from tests.render.samples import one_page_notice
from ucd_desktop.model.notice import Appendix, BodyItem, ItemKind, Notice, Table


def works_appendix(number: str = "") -> Appendix:
    return Appendix(
        number=number,
        title="Danh mục công trình chậm tiến độ cần tập trung tháo gỡ",
        items=[
            BodyItem(ItemKind.SECTION, title="Công trình giao thông"),
            BodyItem(
                ItemKind.CLAUSE,
                title="Tên công trình:",
                text="Đường tỉnh 830 đoạn từ thị trấn Bến Lức đến cầu Kênh Xáng.",
            ),
            BodyItem(
                ItemKind.BULLET,
                text="Khối lượng còn lại: mặt đường BTCT, hệ thống thoát nước dọc hai bên.",
            ),
            BodyItem(
                ItemKind.BULLET,
                text="Nguyên nhân chậm: vướng giải phóng mặt bằng 17 hộ dân tại xã Thạnh Lợi.",
            ),
            BodyItem(
                ItemKind.CLAUSE,
                title="Tên công trình:",
                text="Cầu Long Kim 2 trên Quốc lộ 50, huyện Cần Giuộc.",
            ),
            BodyItem(
                ItemKind.POINT,
                text="Chủ đầu tư hoàn thành điều chỉnh thiết kế trước ngày 30/7/2026.",
            ),
            BodyItem(
                ItemKind.POINT,
                text="Nhà thầu bổ sung nhân lực, thiết bị, thi công ba ca mỗi ngày.",
            ),
            BodyItem(ItemKind.SECTION, title="Chữ viết tắt"),
            BodyItem(ItemKind.BULLET, text="BTCT: Bê tông cốt thép."),
            BodyItem(ItemKind.BULLET, text="GPMB: Giải phóng mặt bằng."),
        ],
    )


def tasks_appendix(number: str = "") -> Appendix:
    rows = [
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
        ["1", "Hoàn thành bồi thường, hỗ trợ tái định cư", "UBND huyện Bến Lức", "30/8/2026"],
        ["2", "Thẩm định điều chỉnh dự toán xây dựng", "Sở Xây dựng", "15/7/2026"],
        ["3", "Bố trí vốn ngân sách tỉnh năm 2026", "Sở Tài chính", "31/7/2026"],
    ]
    return Appendix(
        number=number,
        title="Phân công nhiệm vụ và thời hạn hoàn thành",
        items=[
            BodyItem(
                ItemKind.PARAGRAPH,
                text="Các đơn vị báo cáo kết quả thực hiện về Văn phòng UBND tỉnh trước "
                "ngày 05 hằng tháng.",
            ),
            BodyItem(ItemKind.TABLE, table=Table(rows=rows, widths=[0.6, 3.0, 2.0, 1.2])),
        ],
    )


def two_appendix_notice() -> Notice:
    """A one-page notice with two appendices numbered by position (I and II)."""
    notice = one_page_notice()
    notice.appendices = [works_appendix(), tasks_appendix()]
    return notice


def blank_number_notice() -> Notice:
    """A single appendix numbered "01" as its drafter wrote it; the number and the day
    of the notice are left blank for the clerk."""
    notice = one_page_notice()
    notice.number, notice.day = "", None
    notice.appendices = [works_appendix("01")]
    return notice
