"""Small PDFs made with Qt for the print preview and printing tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter


def qt_pdf(pages: int = 3) -> bytes:
    """An A4 PDF whose pages differ: "Trang n" written lower on each page."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "qt.pdf"
        writer = QPdfWriter(str(target))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        writer.setResolution(72)
        painter = QPainter(writer)
        painter.setFont(QFont("Liberation Serif", 20))
        for n in range(pages):
            if n:
                writer.newPage()
            y = 100 + 150 * (n % 5)
            painter.drawText(80, y, f"Trang {n + 1} – Thông báo kết luận")
            painter.drawText(80, y + 20, "x" * (10 + 15 * (n % 5)))
        painter.end()
        return target.read_bytes()
