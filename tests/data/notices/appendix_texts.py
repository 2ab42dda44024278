# ruff: noqa: E501  (a notice typed as plain text keeps its long lines)
"""Wording of the appendices of the test notices (made up, in the shape of real ones).

Shared by make_appendix_notice.py (which writes the hand-made .docx) and the tests
(which compare what the importer read with what was written).
"""

from __future__ import annotations

#: Appendix I: typed sections, clauses, points and bullets.
WORKS_TITLE = "DANH MỤC CÁC DỰ ÁN CHẬM GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2024"
WORKS = [
    "I. DỰ ÁN GIAO THÔNG",
    "1. Tên công trình: Đường nối Quốc lộ 4E với cao tốc Nội Bài - Lào Cai, đoạn qua "
    "thành phố Lào Cai.",
    "a) Giá trị giải ngân đến ngày 29/02/2024 đạt 12,5% kế hoạch vốn được giao.",
    "b) Nguyên nhân: vướng mắc giải phóng mặt bằng 23 hộ dân tại phường Bắc Lệnh; nhà "
    "thầu chưa huy động đủ máy móc, thiết bị.",
    "2. Tên công trình: Cầu Phố Mới qua sông Hồng, hạng mục đường dẫn hai đầu cầu.",
    "- Khối lượng còn lại: mố cầu BTCT, kè bảo vệ mái taluy, hệ thống chiếu sáng.",
    "- Đề nghị: chủ đầu tư lập phương án thi công bù tiến độ, báo cáo trước ngày 20/3/2024.",
    "II. CHỮ VIẾT TẮT",
    "- BTCT: Bê tông cốt thép.",
    "- GPMB: Giải phóng mặt bằng.",
]
#: Appendix II: a sentence and a table.
TASKS_TITLE = "PHÂN CÔNG NHIỆM VỤ VÀ THỜI HẠN HOÀN THÀNH"
TASKS_LEAD = (
    "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân tỉnh "
    "trước ngày 25 hằng tháng để tổng hợp."
)
TASKS_TABLE = [
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
    ["1", "Hoàn thành bồi thường, hỗ trợ và tái định cư", "UBND thành phố Lào Cai", "30/4/2024"],
    ["2", "Thẩm định điều chỉnh dự toán xây dựng", "Sở Xây dựng", "15/3/2024"],
    ["3", "Điều chuyển vốn của các dự án chậm giải ngân", "Sở Kế hoạch và Đầu tư", "31/3/2024"],
]

#: Plain text of a notice whose appendix follows the signature, typed as in the issue
#: ("Phụ lục 01 (Kèm theo Thông báo số …)" on one line), with wrapped headings and lists.
TEXT_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/TB-UBND
Lào Cai, ngày 12 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ các công trình giao thông

Ngày 08/3/2024, Chủ tịch UBND tỉnh chủ trì cuộc họp về tiến độ các công trình giao thông trọng điểm.

Sau khi nghe Sở Giao thông vận tải báo cáo, Chủ tịch UBND tỉnh kết luận như sau:

1. Sở Giao thông vận tải đôn đốc các nhà thầu thi công bù tiến độ các công trình tại Phụ lục kèm theo.

2. UBND các huyện hoàn thành giải phóng mặt bằng trước ngày 30/4/2024.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- TT. Tỉnh ủy (b/c);
- Sở Giao thông vận tải;
- UBND các huyện;
- Lưu: VT, GT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Trọng Hài

Phụ lục 01 (Kèm theo Thông báo số 15/TB-UBND ngày 12 tháng 3 năm 2024)
DANH MỤC CÔNG TRÌNH CHẬM TIẾN ĐỘ
I. CÔNG TRÌNH ĐƯỜNG BỘ
1. Tên công trình: Đường Võ Nguyên Giáp kéo dài, đoạn Km3+200 đến Km5+800.
- Khối lượng còn lại: mặt đường BTCT, hệ thống thoát nước dọc.
- Nguyên nhân: chưa bàn giao mặt bằng 11 hộ dân.
2. Tên công trình: Cầu Cốc Lếu mới, hạng mục cầu dẫn.
- Đề nghị chủ đầu tư bổ sung mũi thi công, hoàn thành trong quý II năm 2024.
II. CHỮ VIẾT TẮT
- BTCT: Bê tông cốt thép.
"""
