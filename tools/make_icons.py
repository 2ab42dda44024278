"""Render resources/icons/ucd-desktop.svg to the PNG sizes and the Windows .ico.

    python tools/make_icons.py

Also writes ucd-desktop.png (256 px) and ucd-desktop.ico, the names build.spec and the
window use. The .ico holds PNG images (Windows Vista and later read them), written here by hand so
no image library is needed beyond Qt's SVG renderer.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ucd_desktop.storage.atomic import atomic_write_bytes  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "ucd-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file with one PNG entry per size."""
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(images)
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in PNG_SIZES}
    for size, png in pngs.items():
        atomic_write_bytes(ICONS / f"ucd-desktop-{size}.png", png)
    # The names build.spec and the window use: 256 px PNG and the multi-size .ico.
    atomic_write_bytes(ICONS / "ucd-desktop.png", pngs[256])
    atomic_write_bytes(ICONS / "ucd-desktop.ico", ico({s: pngs[s] for s in ICO_SIZES}))
    print(f"wrote {len(pngs)} PNG files and ucd-desktop.ico to {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
