"""Draw the application icon: resources/icons/ucd-desktop.png (256 px) and .ico (16-256 px).

    QT_QPA_PLATFORM=offscreen python tools/make_icon.py

A sheet of paper with the two-column header, a red title bar and the lines of the body:
a Decree 30 document at a glance, without any state emblem. The .ico holds PNG images
(Windows Vista and later read them), one per size Windows asks for.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ucd_desktop.storage.atomic import atomic_write_bytes  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
INK = QColor("#1f2937")
RED = QColor("#c0262d")
PAPER = QColor("#ffffff")
EDGE = QColor("#94a3b8")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    # The sheet, with a folded corner.
    sheet = QPainterPath()
    sheet.moveTo(44, 12)
    sheet.lineTo(176, 12)
    sheet.lineTo(216, 52)
    sheet.lineTo(216, 244)
    sheet.lineTo(44, 244)
    sheet.closeSubpath()
    p.setPen(QPen(EDGE, 8 if size < 48 else 5))
    p.setBrush(PAPER)
    p.drawPath(sheet)
    fold = QPainterPath()
    fold.moveTo(176, 12)
    fold.lineTo(176, 52)
    fold.lineTo(216, 52)
    p.setBrush(QColor("#e2e8f0"))
    p.drawPath(fold)
    p.setPen(Qt.PenStyle.NoPen)
    thick = size < 48
    # The two-column header, each with its short rule.
    p.setBrush(INK)
    if not thick:
        for left, width in ((62, 48), (124, 70)):
            p.drawRect(QRectF(left, 40, width, 8))
            p.drawRect(QRectF(left + width / 4, 56, width / 2, 3))
    # The title bar: THÔNG BÁO.
    p.setBrush(RED)
    p.drawRoundedRect(QRectF(70, 84 if not thick else 50, 120, 34 if not thick else 50), 6, 6)
    # The lines of the body.
    p.setBrush(INK)
    top = 136 if not thick else 122
    step = 20 if not thick else 38
    y = top
    while y < 224:
        width = 132 if y + step < 224 else 80
        p.drawRect(QRectF(64, y, width, 8 if not thick else 18))
        y += step
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    offset = len(header) + 16 * len(images)
    for size, data in zip(SIZES, images, strict=True):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = [png_bytes(draw(size)) for size in SIZES]
    ICONS.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(ICONS / "ucd-desktop.png", images[-1])
    atomic_write_bytes(ICONS / "ucd-desktop.ico", ico_bytes(images))
    print(f"written: {ICONS / 'ucd-desktop.png'}, {ICONS / 'ucd-desktop.ico'}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
