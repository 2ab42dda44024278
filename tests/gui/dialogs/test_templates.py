"""The template list shows each description whole, at any width of the dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from ucd_desktop.gui.dialogs.templates import NewFromTemplateDialog
from ucd_desktop.templating.library import TemplateLibrary
from ucd_desktop.templating.template import NoticeTemplate

LONG = (
    "Thông báo kết luận của lãnh đạo UBND tỉnh tại buổi làm việc với một đơn vị hoặc địa "
    "phương (kiểm tra tình hình, nghe báo cáo, giải quyết kiến nghị). Ký thừa lệnh Chủ tịch. "
    "Dùng cho các buổi làm việc định kỳ hằng quý với UBND các huyện, thị xã, thành phố."
)


def test_descriptions_are_not_cut_off(qtbot: Any) -> None:
    library = TemplateLibrary.default(user=False)
    library.templates.append(NoticeTemplate("dai", 1, "Mẫu có mô tả dài", description=LONG))
    dialog = NewFromTemplateDialog(library)
    qtbot.addWidget(dialog)
    for width in (620, 420):
        dialog.resize(width, 600)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(20)
        view = dialog.list
        metrics = QFontMetrics(view.font())
        room = view.viewport().width() - 12
        for row in range(view.count()):
            item = view.item(row)
            template = item.data(Qt.ItemDataRole.UserRole)
            description = str(item.data(Qt.ItemDataRole.UserRole + 1))
            if isinstance(template, NoticeTemplate):
                # The whole description, not the first 140 characters.
                assert description == " ".join(template.description.split())
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
            needed = metrics.boundingRect(QRect(0, 0, room, 10_000), flags, description)
            rect = view.visualItemRect(item)
            assert rect.height() >= needed.height() + metrics.lineSpacing(), (width, row)
