"""PDF pages drawn by PDFium into QImages: sizes, parts, white paper, errors."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from tests.gui.pdf_samples import qt_pdf
from ucd_desktop.gui.printing.render import load_pdf, render_page


def ink(image: QImage, step: int = 2) -> list[tuple[int, int]]:
    """Where ``image`` is dark, every ``step``-th pixel."""
    return [
        (x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 128
    ]


def test_a_page_at_a_resolution(qtbot: Any) -> None:
    pdf = load_pdf(qt_pdf(2))
    assert pdf.page_count == 2
    # QPdfWriter at 72 dpi rounds A4 to whole points.
    assert (pdf.page_points(0).width(), pdf.page_points(0).height()) == (595, 842)
    image = render_page(pdf, 0, 72)
    assert (image.width(), image.height()) == (595, 842)
    assert image.dotsPerMeterX() == round(72 / 0.0254)
    # White, opaque paper; the line of text where the PDF has it (baseline at 100 pt).
    assert image.pixelColor(5, 5) == QColor(255, 255, 255)
    assert all(image.pixelColor(x, y).alpha() == 255 for x, y in [(0, 0), (300, 400)])
    dark = ink(image)
    assert dark and all(78 <= x <= 420 and 80 <= y <= 125 for x, y in dark)
    # Page 2 has its text 150 points lower.
    assert min(y for _x, y in ink(render_page(pdf, 1, 72))) >= 230


def test_a_part_is_the_same_pixels_as_the_whole(qtbot: Any) -> None:
    pdf = load_pdf(qt_pdf(1))
    scale = 3.0
    whole = pdf.render(0, scale)
    part = QRect(200, 230, 300, 160)
    piece = pdf.render(0, scale, part)
    assert (piece.width(), piece.height()) == (300, 160)
    assert ink(piece)  # the text is in this part
    same = whole.copy(part)
    # The same pixels: PDFium's anti-aliasing may differ by one level at the edges.
    worst = max(
        max(
            abs(a - b)
            for a, b in zip(
                piece.pixelColor(x, y).getRgb(), same.pixelColor(x, y).getRgb(), strict=True
            )
        )
        for y in range(piece.height())
        for x in range(piece.width())
    )
    assert worst <= 2


def test_sizes_follow_the_scale(qtbot: Any) -> None:
    pdf = load_pdf(qt_pdf(1))
    for scale in (0.5, 1.0, 600 / 72):
        size = pdf.page_pixels(0, scale)
        assert (size.width(), size.height()) == (round(595 * scale), round(842 * scale))
    band = pdf.render(0, 600 / 72, QRect(0, 600, 4958, 1024), printing=True)
    assert (band.width(), band.height()) == (4958, 1024)
    assert ink(band, 4)  # the text, 80 to 125 points from the top: 667 to 1042 pixels


def test_unreadable_and_closed_pdfs(qtbot: Any) -> None:
    with pytest.raises(ValueError, match="PDFium không đọc được"):
        load_pdf(b"%PDF-1.4 broken")
    pdf = load_pdf(qt_pdf(1))
    pdf.close()
    pdf.close()  # twice is harmless
    with pytest.raises(ValueError):
        pdf.render(0, 1.0)
