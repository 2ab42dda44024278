"""The preview beside the printed PDF for three long-named offices: one PNG to look at.

    python tools/layout_compare.py [--out docs/screenshots/offices-preview-vs-pdf.png]

Each office of tests/data/offices.toml named in LONG_NAMED (tests/render/
test_preview_lines.py) is laid out; the live preview widget is grabbed (under Xvfb
with the xcb platform when Xvfb is installed, else offscreen) and the exported .docx is
printed by LibreOffice and drawn by pdftoppm at the same scale. Each row shows the top
of page 1: the preview on the left, the PDF on the right.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DPI = 110
#: The part of page 1 shown: its top (header, title and the start of the body), in pt.
CROP_PT = 300


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "docs/screenshots/offices-preview-vs-pdf.png"
    )
    args = parser.parse_args()
    if os.environ.get("QT_QPA_PLATFORM") is None and shutil.which("xvfb-run"):
        env = dict(os.environ, QT_QPA_PLATFORM="xcb")
        command = ["xvfb-run", "-a", sys.executable, __file__, "--out", str(args.out)]
        return subprocess.run(command, env=env, check=False).returncode
    return compose(args.out)


def compose(out: Path) -> int:
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from tests.render.test_offices import office_notice, offices
    from tests.render.test_preview_lines import LONG_NAMED
    from ucd_desktop.export.docx_writer import render_docx
    from ucd_desktop.gui.preview.view import PreviewWidget
    from ucd_desktop.layout.build import build_layout
    from ucd_desktop.storage.atomic import atomic_write_bytes

    app = QApplication.instance() or QApplication(sys.argv[:1])
    scale = DPI / 72
    crop_h = round(CROP_PT * scale)
    rows: list[tuple[QImage, QImage, str]] = []
    with tempfile.TemporaryDirectory(prefix="ucd-compare-") as tmp:
        folder = Path(tmp)
        table = offices()
        for index in LONG_NAMED:
            notice = office_notice(table[index])
            layout = build_layout(notice)
            docx = folder / f"office-{index}.docx"
            atomic_write_bytes(docx, render_docx(layout))
            profile = (folder / "profile").resolve().as_uri()
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(folder),
                    str(docx),
                ],
                check=True,
                capture_output=True,
                timeout=300,
            )
            png = folder / f"office-{index}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    str(DPI),
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(folder / f"office-{index}.pdf"),
                    str(png),
                ],
                check=True,
                timeout=120,
            )
            pdf_image = QImage(str(png) + ".png").copy(0, 0, round(595.28 * scale), crop_h)
            widget = PreviewWidget()
            widget.resize(round(595.28 * scale) + 80, crop_h + 200)
            widget.show()
            widget.set_layout(layout)
            widget.set_zoom(DPI / 96)
            widget.flush()
            app.processEvents()
            canvas = widget._canvas
            rect = canvas.page_rect(0).toRect()
            shot = canvas.grab(QRect(rect.topLeft(), rect.size())).toImage()
            preview_image = shot.copy(0, 0, pdf_image.width(), crop_h)
            widget.close()
            label = " / ".join(notice.governing_body + notice.issuing_body)
            rows.append((preview_image, pdf_image, label))
    gap, head = 16, 28
    width = max(p.width() + q.width() for p, q, _l in rows) + 3 * gap
    height = sum(head + max(p.height(), q.height()) + gap for p, q, _l in rows) + head + gap
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor(0x80, 0x86, 0x8B))
    painter = QPainter(sheet)
    painter.setPen(Qt.GlobalColor.white)
    font = QFont("DejaVu Sans")
    font.setPixelSize(15)
    painter.setFont(font)
    x2 = gap * 2 + rows[0][0].width()
    painter.drawText(QPoint(gap, head - 8), "Preview (the app's live preview, grabbed)")
    painter.drawText(QPoint(x2, head - 8), "PDF (the exported .docx printed by LibreOffice)")
    y = head
    for preview_image, pdf_image, label in rows:
        painter.drawText(QPoint(gap, y + head - 8), label)
        y += head
        painter.drawImage(QPoint(gap, y), preview_image)
        painter.drawImage(QPoint(x2, y), pdf_image)
        y += max(preview_image.height(), pdf_image.height()) + gap
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
