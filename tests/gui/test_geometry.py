"""The window and dialogs fit a 1366×768 laptop and remember their size for each screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.pdf_samples import qt_pdf
from ucd_desktop.export.pdf import PdfDocument, inspect_pdf
from ucd_desktop.gui import geometry
from ucd_desktop.gui.dialogs.templates import NewFromTemplateDialog
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.gui.printing.pages import PdfPrintPreview
from ucd_desktop.templating.library import TemplateLibrary

#: A 1366×768 screen less a 40-pixel taskbar, and a larger office monitor.
LAPTOP = QRect(0, 0, 1366, 728)
MONITOR = QRect(0, 0, 1920, 1040)


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> Callable[[QRect], None]:
    def use(area: QRect) -> None:
        monkeypatch.setattr(geometry, "available_area", lambda _widget=None: QRect(area))

    use(LAPTOP)
    return use


def inside(widget: QWidget, area: QRect) -> bool:
    return area.contains(widget.frameGeometry()) and area.contains(widget.geometry())


def test_the_window_fits_a_laptop_screen(
    screen: Callable[[QRect], None], make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    assert inside(window, LAPTOP)
    assert window.height() < 728 and window.width() <= 1280
    # The problems panel and the status bar are on the screen.
    status = window.statusBar()
    bottom = status.mapTo(window, status.rect().bottomLeft()).y() + window.geometry().y()
    assert bottom <= LAPTOP.bottom()
    assert window.problems.isVisible() and window.problems.height() > 40


def test_the_size_is_remembered_for_each_screen(
    screen: Callable[[QRect], None], make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.resize(1000, 600)
    window.move(30, 20)
    QApplication.processEvents()
    window.close()
    again = make_window()
    assert again.size() == QSize(1000, 600)
    assert inside(again, LAPTOP)
    again.close()
    # Another screen has its own memory: the first time there, the preferred size.
    screen(MONITOR)
    other = make_window()
    assert other.size() == QSize(1280, 820)
    assert inside(other, MONITOR)


def test_a_remembered_size_larger_than_the_screen_is_cut_to_it(
    screen: Callable[[QRect], None], make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.resize(1360, 900)  # a size the window manager allowed once
    window.move(500, 300)
    geometry.ScreenMemory("window").save(window)
    window.close()
    again = make_window()
    assert inside(again, LAPTOP)


def test_the_print_preview_fits_and_remembers(screen: Callable[[QRect], None], qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    data = qt_pdf(2)
    document = PdfDocument(data, inspect_pdf(data), "Fake Office")
    preview = PdfPrintPreview(document, "x", parent)
    qtbot.addWidget(preview)
    assert preview.height() <= 728 * 0.96 and preview.width() == 860
    preview.resize(700, 500)
    preview.reject()
    again = PdfPrintPreview(document, "x", parent)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 500)


def test_dialogs_fit_a_small_screen(screen: Callable[[QRect], None], qtbot: Any) -> None:
    screen(QRect(0, 0, 800, 420))
    dialog = NewFromTemplateDialog(TemplateLibrary.default(user=False))
    qtbot.addWidget(dialog)
    assert dialog.height() <= 420 and dialog.width() <= 800


def test_dialogs_remember_their_size(screen: Callable[[QRect], None], qtbot: Any) -> None:
    library = TemplateLibrary.default(user=False)
    dialog = NewFromTemplateDialog(library)
    qtbot.addWidget(dialog)
    dialog.resize(700, 520)
    dialog.done(0)
    again = NewFromTemplateDialog(library)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 520)
