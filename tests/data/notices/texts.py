"""Wording of the test notices (made up, in the shape of real conclusion notices).

Shared by make_notices.py (which writes the files) and the tests (which compare what
the importer read with what was written).
"""

from __future__ import annotations

PROVINCE_TASKS = [
    "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành rà soát danh mục dự án "
    "đầu tư công năm 2024, đề xuất điều chuyển vốn của các dự án chậm giải ngân sang các "
    "dự án có khối lượng hoàn thành, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/3/2024.",
    "Sở Tài chính hướng dẫn các chủ đầu tư hoàn thiện hồ sơ thanh toán, quyết toán vốn; "
    "kịp thời tham mưu xử lý các vướng mắc phát sinh trong quá trình giải ngân.",
    "Ủy ban nhân dân các huyện, thị xã, thành phố tập trung giải phóng mặt bằng các dự án "
    "trọng điểm, công khai phương án bồi thường, hỗ trợ, tái định cư theo đúng quy định.",
    "Các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tháng, từng quý. Người đứng "
    "đầu chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để chậm giải ngân.",
]

PROVINCE_ASSESSMENT = [
    "Năm 2023, các sở, ngành và địa phương đã tích cực triển khai kế hoạch đầu tư công, "
    "tỷ lệ giải ngân đạt 92,4% kế hoạch vốn được giao, cao hơn mức bình quân cả nước. "
    "Nhiều công trình trọng điểm về giao thông, thủy lợi được hoàn thành và đưa vào sử dụng.",
    "Tuy nhiên, việc giải phóng mặt bằng ở một số dự án còn chậm; công tác chuẩn bị đầu tư "
    "chưa được quan tâm đúng mức; một số chủ đầu tư còn lúng túng trong thủ tục thanh toán.",
]

LONG_PARAGRAPHS = [
    f"Nội dung thứ {i}: các cơ quan, đơn vị tiếp tục rà soát, hoàn thiện thể chế, cắt giảm "
    f"thủ tục hành chính không cần thiết, đẩy mạnh ứng dụng công nghệ thông tin trong giải "
    f"quyết công việc. Kết quả thực hiện được tổng hợp hằng tháng, gửi Văn phòng trước ngày "
    f"25 để theo dõi, đôn đốc. Những việc quá hạn phải nêu rõ nguyên nhân và giải pháp khắc "
    f"phục trong tháng tiếp theo."
    for i in range(1, 13)
]

OFFICE_TASKS = [
    "Phòng Tổng hợp theo dõi, đôn đốc các sở, ngành thực hiện nhiệm vụ được giao tại "
    "Thông báo này.",
    "Phòng Kinh tế ngành phối hợp với Sở Công Thương kiểm tra tình hình cung ứng hàng hóa "
    "dịp cuối năm.",
    "Trung tâm Phục vụ hành chính công tỉnh bảo đảm giải quyết hồ sơ đúng hẹn.",
]

DEPARTMENT_POINTS = [
    "Kiểm tra việc niêm yết giá tại các chợ, siêu thị trên địa bàn thành phố;",
    "Phối hợp với Quản lý thị trường xử lý nghiêm các trường hợp vi phạm;",
    "Báo cáo kết quả về Sở trước ngày 20 tháng 12 năm 2023;",
    "Tổng hợp kiến nghị của doanh nghiệp, đề xuất giải pháp tháo gỡ;",
    "Công khai đường dây nóng tiếp nhận phản ánh của người dân.",
]

MINISTRY_BODY = [
    "Ngày 12 tháng 4 năm 2024, tại trụ sở Bộ Tài chính, Thứ trưởng Trần Văn Hùng chủ trì "
    "cuộc họp về tiến độ xây dựng Nghị định sửa đổi, bổ sung một số điều của Nghị định "
    "quy định về quản lý, sử dụng tài sản công. Tham dự cuộc họp có đại diện lãnh đạo Cục "
    "Quản lý công sản, Vụ Pháp chế, Văn phòng Bộ.",
    "Sau khi nghe Cục Quản lý công sản báo cáo và ý kiến của các đại biểu dự họp, Thứ "
    "trưởng Trần Văn Hùng kết luận như sau:",
    *LONG_PARAGRAPHS[:9],
]
