"""The print preview's page view: only what is in view is drawn, sharp at every zoom."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent

from tests.gui.pdf_samples import qt_pdf
from ucd_desktop.gui.printing import view as printing_view
from ucd_desktop.gui.printing.render import LoadedPdf, load_pdf
from ucd_desktop.gui.printing.view import MAX_ZOOM, PX_PER_PT, PdfPagesView, ZoomMode


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return qt_pdf(30)


@pytest.fixture
def view(qtbot: Any, long_pdf: bytes) -> Iterator[PdfPagesView]:
    widget = PdfPagesView(load_pdf(long_pdf))
    widget.resize(700, 900)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.pdf.close()


def drawn(view: PdfPagesView) -> None:
    view.viewport().repaint()


def rendered_pages(view: PdfPagesView) -> set[int]:
    return {key[0] for key in view._tiles}


def test_only_the_pages_in_view_are_drawn(view: PdfPagesView) -> None:
    drawn(view)
    assert view.zoom_mode is ZoomMode.FIT_WIDTH and view.current_page == 0
    assert rendered_pages(view) <= {0, 1}
    first = view.rendered_tiles
    drawn(view)
    assert view.rendered_tiles == first  # kept, not drawn again
    view.go_to_page(29)
    drawn(view)
    assert rendered_pages(view) <= {0, 1, 28, 29} and 29 in rendered_pages(view)
    assert view.current_page == 29


def test_tiles_are_drawn_at_the_screens_real_resolution(view: PdfPagesView) -> None:
    """Sharp at any zoom: one tile pixel per device pixel, whatever the zoom."""
    ratio = view.viewport().devicePixelRatioF()
    for zoom in (0.5, 1.0, 4.0, MAX_ZOOM):
        view.set_zoom(zoom)
        view.go_to_page(3)
        drawn(view)
        page = view.page_rect(3)
        scales = {key[1] for key in view._tiles if key[0] == 3}
        assert round(zoom * PX_PER_PT * ratio, 5) in scales
        assert page.width() == round(595 * zoom * PX_PER_PT)
    # At 800 % a page is 6,600 pixels wide: only the tiles in view exist.
    tiles_8 = [k for k in view._tiles if k[1] == round(MAX_ZOOM * PX_PER_PT * ratio, 5)]
    tile = printing_view.TILE
    in_view = (700 // tile + 2) * (900 // tile + 2)
    assert 0 < len(tiles_8) <= in_view


def test_the_tile_cache_is_bounded(view: PdfPagesView, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing_view, "CACHE_BYTES", 3 * 512 * 512 * 4)
    for index in range(0, 30, 3):
        view.go_to_page(index)
        drawn(view)
    assert view._tile_bytes <= 3 * 512 * 512 * 4
    assert view._tile_bytes == sum(image.sizeInBytes() for image in view._tiles.values())


def test_zoom_modes_and_keeping_the_place(view: PdfPagesView) -> None:
    view.go_to_page(5)
    view.set_zoom_mode(ZoomMode.FIT_PAGE)
    assert view.current_page == 5
    page = view.page_rect(5)
    assert page.height() <= view.viewport().height() - 2 * printing_view.MARGIN + 1
    top = view.verticalScrollBar().value() - view.page_rect(5).top()
    view.set_zoom(2.0)
    assert view.zoom_mode is ZoomMode.CUSTOM and view.zoom == 2.0
    # Zooming keeps the place: the same page at the top, its middle in the middle.
    assert view.current_page == 5
    assert view.verticalScrollBar().value() - view.page_rect(5).top() == top
    across = view.horizontalScrollBar()
    assert across.maximum() > 0
    middle = across.value() + view.viewport().width() / 2
    assert middle == pytest.approx(view.page_rect(5).center().x(), abs=2)
    view.set_zoom(100)
    assert view.zoom == MAX_ZOOM
    view.set_zoom_mode(ZoomMode.FIT_WIDTH)
    assert view.page_rect(0).width() == pytest.approx(
        view.viewport().width() - 2 * printing_view.MARGIN, abs=1
    )


def test_ctrl_wheel_zooms_and_keys_move(view: PdfPagesView, qtbot: Any) -> None:
    view.set_zoom(1.0)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(wheel)
    assert view.zoom == pytest.approx(1.25)
    pages: list[int] = []
    view.current_page_changed.connect(pages.append)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_page == 29 and pages[-1] == 29
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_page == 0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.verticalScrollBar().value() > 0


def test_a_closed_pdf_is_not_drawn(qtbot: Any) -> None:
    pdf: LoadedPdf = load_pdf(qt_pdf(1))
    widget = PdfPagesView(pdf)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    pdf.close()
    widget.viewport().repaint()  # paints the empty page frame, asks PDFium for nothing
    assert widget.rendered_tiles in (0, len(widget._tiles))
