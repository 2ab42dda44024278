"""The live preview widget: painting, page count, zoom, clicks, highlights (offscreen)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import EXAMPLE
from tests.gui.preview.decoy_font import register_decoy
from ucd_desktop.decree.numbers import FONT_NAME, mm_to_pt
from ucd_desktop.gui.preview.fonts import BUNDLED_FAMILY
from ucd_desktop.gui.preview.paint import GAP, PX_PER_PT, page_image
from ucd_desktop.gui.preview.view import DEBOUNCE_MS, ZOOM_STEPS, PreviewWidget
from ucd_desktop.i18n import set_language
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.paginate import TextItem, paginate
from ucd_desktop.model.notice import Notice
from ucd_desktop.storage.drafts import load_draft


def example() -> Notice:
    return load_draft(EXAMPLE).notice


@pytest.fixture
def preview(qtbot: Any) -> PreviewWidget:
    widget = PreviewWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 1300)
    widget.show()
    return widget


def shown(widget: PreviewWidget, notice: Notice | None = None) -> PreviewWidget:
    widget.set_layout(build_layout(notice or example()))
    widget.flush()
    QApplication.processEvents()
    return widget


def page_origin(widget: PreviewWidget, index: int = 0) -> QPointF:
    """Top-left corner of page ``index`` in the widget's coordinates."""
    canvas = widget._canvas
    corner = canvas.page_rect(index).topLeft()
    return QPointF(canvas.mapTo(widget, corner.toPoint()))


def dark(image: QImage, rect: QRect) -> int:
    """Pixels darker than mid grey inside ``rect``."""
    count = 0
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            if QImage.pixelColor(image, x, y).lightness() < 128:
                count += 1
    return count


def reddish(image: QImage, rect: QRect) -> int:
    count = 0
    for y in range(rect.top(), rect.bottom() + 1, 3):
        for x in range(rect.left(), rect.right() + 1, 3):
            c = image.pixelColor(x, y)
            if c.red() > 230 and c.green() < 225 and c.blue() < 225:
                count += 1
    return count


@pytest.fixture
def two_fonts_machine(qapp: Any) -> None:
    """A "Times New Roman" without Vietnamese letters is installed, as the old Liberation
    Serif 1.07 is beside Liberation Serif 2 on many Debian machines: the preview must
    notice and paint with the bundled serif."""
    register_decoy(FONT_NAME)


def test_pages_are_painted_inside_the_text_area_only(
    two_fonts_machine: None, preview: PreviewWidget
) -> None:
    assert preview._canvas._painter.family == BUNDLED_FAMILY
    shown(preview)
    preview.set_zoom(0.75)
    QApplication.processEvents()
    image = preview.grab().toImage()
    scale = 0.75 * PX_PER_PT
    origin = page_origin(preview)
    x0, y0 = origin.x(), origin.y()
    page_w, page_h = 595.28 * scale, 841.89 * scale
    left, right = mm_to_pt(30) * scale, mm_to_pt(15) * scale
    top, bottom = mm_to_pt(20) * scale, mm_to_pt(20) * scale

    def box(x: float, y: float, w: float, h: float) -> QRect:
        return QRect(round(x0 + x), round(y0 + y), round(w), round(h))

    inside = box(left, top, page_w - left - right, page_h - top - bottom)
    assert dark(image, inside) > 2000
    margins = [
        box(2, 2, left - 4, page_h - 4),  # left
        box(page_w - right + 2, 2, right - 4, page_h - 4),  # right
        box(2, 2, page_w - 4, top - 4),  # top: page 1 has no page number
        box(2, page_h - bottom + 2, page_w - 4, bottom - 4),  # bottom: no footer here
    ]
    for margin in margins:
        assert dark(image, margin) == 0, margin


def test_page_image_of_a_known_layout() -> None:
    pages = paginate(build_layout(example()))
    image = page_image(pages[0], dpi=72)
    assert (image.width(), image.height()) == (595, 842)
    assert dark(image, QRect(86, 57, 466, 720)) > 1500
    assert dark(image, QRect(0, 0, 80, 842)) == 0
    sharp = page_image(pages[0], dpi=144)
    assert (sharp.width(), sharp.height()) == (1191, 1684)


def test_page_count_signal_after_the_pause(preview: PreviewWidget, qtbot: Any) -> None:
    layout = build_layout(example())
    with qtbot.waitSignal(preview.pageCountChanged, timeout=2000) as blocker:
        preview.set_layout(layout)
        assert preview.page_count() == 0  # set_layout only schedules the work
    assert blocker.args == [3]
    assert preview.page_count() == 3
    assert "3" in preview._count_label.text()


def test_a_burst_of_layouts_is_paginated_once(preview: PreviewWidget, qtbot: Any) -> None:
    counts: list[int] = []
    preview.pageCountChanged.connect(counts.append)
    notice = example()
    for n in range(1, 6):
        bigger = copy.deepcopy(notice)
        bigger.body = notice.body * n
        preview.set_layout(build_layout(bigger))
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=2000)
    qtbot.wait(DEBOUNCE_MS * 3)
    # One pagination, of the last layout only.
    assert counts == [len(paginate(build_layout(bigger)))]
    assert counts[0] > len(paginate(build_layout(notice)))


def test_zoom(preview: PreviewWidget, qtbot: Any) -> None:
    shown(preview)
    preview.set_zoom(1.0)
    width = preview._canvas.page_rect(0).width()
    with qtbot.waitSignal(preview.zoomChanged) as blocker:
        preview.set_zoom(2.0)
    assert blocker.args == [2.0]
    assert preview._canvas.page_rect(0).width() == pytest.approx(width * 2)
    preview.zoom_in()
    assert preview.zoom() == ZOOM_STEPS[ZOOM_STEPS.index(2.0) + 1]
    preview.zoom_out()
    preview.zoom_out()
    assert preview.zoom() == ZOOM_STEPS[ZOOM_STEPS.index(2.0) - 1]
    preview.set_zoom(100)
    assert preview.zoom() == ZOOM_STEPS[-1]
    preview.set_zoom(0.01)
    assert preview.zoom() == ZOOM_STEPS[0]
    assert preview._zoom_label.text().startswith(str(round(ZOOM_STEPS[0] * 100)))


def test_fit_width(preview: PreviewWidget) -> None:
    def fits() -> bool:
        page = preview._canvas.page_rect(0)
        view = preview._scroll.viewport().width()
        return view - 2 * GAP - 30 <= page.width() <= view - 2 * GAP + 1

    shown(preview)
    assert fits()  # a new preview follows the width of the view
    preview.set_zoom(0.5)
    assert not fits()
    preview.fit_width()
    QApplication.processEvents()
    assert fits()
    preview.resize(600, 800)  # ...and keeps following it
    QApplication.processEvents()
    assert fits() and preview.zoom() < 0.8
    preview.zoom_in()
    preview.resize(900, 800)
    QApplication.processEvents()
    assert not fits()  # the user's own zoom stays


def test_ctrl_wheel_zooms_and_plain_wheel_does_not(preview: PreviewWidget) -> None:
    shown(preview)
    preview.set_zoom(1.0)
    viewport = preview._scroll.viewport()

    def wheel(modifiers: Qt.KeyboardModifier, dy: int) -> None:
        at = QPointF(viewport.rect().center())
        event = QWheelEvent(
            at,
            QPointF(viewport.mapToGlobal(at.toPoint())),
            QPoint(0, 0),
            QPoint(0, dy),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)

    wheel(Qt.KeyboardModifier.ControlModifier, 120)
    assert preview.zoom() == pytest.approx(1.1)
    wheel(Qt.KeyboardModifier.ControlModifier, -240)
    assert preview.zoom() == pytest.approx(1.1 / 1.21)
    before = preview.zoom()
    wheel(Qt.KeyboardModifier.NoModifier, -120)
    assert preview.zoom() == before
    assert preview._scroll.verticalScrollBar().value() > 0  # it scrolled instead


def text_point(widget: PreviewWidget, item: TextItem, index: int = 0) -> QPoint:
    scale = widget.zoom() * PX_PER_PT
    canvas = widget._canvas
    corner = canvas.page_rect(index).topLeft()
    return QPoint(
        round(corner.x() + (item.x + item.width / 2) * scale),
        round(corner.y() + (item.y - item.size / 3) * scale),
    )


def test_click_on_text_emits_its_field(preview: PreviewWidget, qtbot: Any) -> None:
    notice = example()
    shown(preview, notice)
    page = preview.pages()[0]
    for source in ("opening", "summary", "place", f"body[{notice.body[0].id}].text"):
        item = next(t for t in page.texts if t.source == source)
        with qtbot.waitSignal(preview.fieldClicked) as blocker:
            qtbot.mouseClick(
                preview._canvas, Qt.MouseButton.LeftButton, pos=text_point(preview, item)
            )
        assert blocker.args == [source]
    with qtbot.assertNotEmitted(preview.fieldClicked):
        qtbot.mouseClick(preview._canvas, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


def test_highlight_tints_the_fields_paragraphs(preview: PreviewWidget) -> None:
    notice = example()
    shown(preview, notice)
    page = preview.pages()[0]
    area = next(a for a in page.areas if a.source == "lead_in")
    scale = preview.zoom() * PX_PER_PT
    origin = page_origin(preview)
    rect = QRect(
        round(origin.x() + area.x * scale),
        round(origin.y() + area.y * scale),
        round(area.width * scale),
        round(area.height * scale),
    )
    assert reddish(preview.grab().toImage(), rect) == 0
    preview.highlight_fields({"lead_in"})
    tinted = preview.grab().toImage()
    assert reddish(tinted, rect) > 100
    other = next(a for a in page.areas if a.source == "opening")
    assert reddish(tinted, rect.translated(0, round((other.y - area.y) * scale))) == 0
    preview.highlight_fields(set())
    assert reddish(preview.grab().toImage(), rect) == 0


def test_only_pages_in_view_are_made(preview: PreviewWidget) -> None:
    notice = example()
    notice.body = notice.body * 12
    shown(preview, notice)
    preview.grab()
    pages = preview.pages()
    assert len(pages) > 20
    assert preview.visible_pages()[0] == 1
    made = [p.number for p in pages if p.made]
    assert made and max(made) <= max(preview.visible_pages()) + 1
    preview._scroll.verticalScrollBar().setValue(preview._scroll.verticalScrollBar().maximum())
    preview.grab()
    assert pages[-1].made


def test_accessible_names_and_language(preview: PreviewWidget) -> None:
    shown(preview)
    assert preview.accessibleName() == "Xem trước văn bản"
    assert preview._count_label.text() == "3 trang"
    set_language("en")
    QApplication.sendEvent(preview, QEvent(QEvent.Type.LanguageChange))
    assert preview.accessibleName() == "Page preview"
    assert preview._count_label.text() == "3 pages"
    assert preview._fit.text() == "Fit width"


def test_empty_notice_and_scroll_to_field(preview: PreviewWidget) -> None:
    shown(preview, Notice())
    assert preview.page_count() == 1
    notice = example()
    notice.body = notice.body * 5
    shown(preview, notice)
    preview.set_zoom(1.5)
    preview.ensure_field_visible("closing")
    QApplication.processEvents()
    assert preview.page_count() in preview.visible_pages()
