"""Export PDF… and Print…: conversion off the GUI thread with progress and cancel, the
messages on failure, the print preview of the real pages, printing with copies."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import ImageChops
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from tests.gui.pdf_samples import qt_pdf
from tests.render.samples import example_notice
from ucd_desktop.export.converters import ConversionError, Job, Reason, Stage
from ucd_desktop.export.pdf import inspect_pdf
from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.printing import printer as printing
from ucd_desktop.gui.printing.pages import PdfPrintPreview, load_pdf, page_order, paint_pdf
from ucd_desktop.gui.printing.task import PdfProgressDialog
from ucd_desktop.gui.printing.view import ZoomMode

SOFFICE = shutil.which("soffice")


class Fake:
    """A converter the test controls from the GUI thread."""

    key = "fake"
    name = "Fake Office"

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.release = threading.Event()
        self.started = threading.Event()
        self.error: ConversionError | None = None
        self.thread: int | None = None
        self.wait = True

    def convert(self, source: Path, target: Path, job: Job) -> None:
        self.thread = threading.get_ident()
        job.report(Stage.STARTING)
        job.report(Stage.CONVERTING)
        self.started.set()
        while self.wait and not self.release.wait(0.02):
            job.check_cancelled()
        if self.error is not None:
            raise self.error
        target.write_bytes(self.data)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the user is told (instead of message boxes)."""
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "warn", lambda parent, text, details="": told.append((text, details))
    )
    return told


@pytest.fixture
def parent(qtbot: Any) -> Iterator[QWidget]:
    window = QWidget()
    window.resize(800, 600)
    qtbot.addWidget(window)
    window.show()
    yield window


def use(monkeypatch: pytest.MonkeyPatch, converter: Any) -> None:
    monkeypatch.setattr(printing, "find_converter", lambda: converter)


def while_converting(action: Callable[[PdfProgressDialog], None]) -> None:
    """Run ``action`` on the progress dialog once it shows (inside its event loop)."""

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfProgressDialog)]
        shown = [d for d in dialogs if d.isVisible() and d.running]
        if shown:
            action(shown[0])
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def test_export_runs_off_the_gui_thread_with_progress(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[Any]
) -> None:
    fake = Fake(qt_pdf())
    use(monkeypatch, fake)
    ticks: list[int] = []
    seen: dict[str, Any] = {}
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def check(dialog: PdfProgressDialog) -> None:
        if not fake.started.is_set() or not ticks:
            QTimer.singleShot(20, lambda: check(dialog))
            return
        before = len(ticks)

        def later() -> None:
            # The GUI thread kept running while the converter was busy.
            seen["ticks"] = len(ticks) - before
            seen["step"] = dialog.step.text()
            seen["bar"] = dialog.bar.value()
            seen["modal"] = dialog.isModal() or dialog.windowModality()
            seen["title"] = dialog.windowTitle()
            fake.release.set()

        QTimer.singleShot(200, later)

    while_converting(check)
    target = tmp_path / "Thông báo kết luận.pdf"
    assert printing.export_pdf_to(parent, example_notice(), target) == target
    timer.stop()
    assert target.read_bytes() == fake.data and said == []
    assert fake.thread is not None and fake.thread != threading.get_ident()
    assert seen["ticks"] >= 5
    assert seen["step"] == "Fake Office đang tạo tệp PDF…" and seen["bar"] == 3
    assert seen["title"] == "Xuất PDF"


def test_cancel_stops_and_writes_nothing(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[Any]
) -> None:
    fake = Fake(qt_pdf())
    use(monkeypatch, fake)
    target = tmp_path / "a.pdf"
    target.write_bytes(b"%PDF-1.4 earlier")

    def click_cancel(dialog: PdfProgressDialog) -> None:
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert button.text() == "Hủy"
        button.click()

    while_converting(click_cancel)
    assert printing.export_pdf_to(parent, example_notice(), target) is None
    assert target.read_bytes() == b"%PDF-1.4 earlier" and said == []
    assert list(tmp_path.iterdir()) == [target]


def test_a_failure_is_told_and_changes_nothing(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[Any]
) -> None:
    fake = Fake(qt_pdf())
    fake.wait = False
    fake.error = ConversionError(Reason.CRASHED, "LibreOffice dừng do lỗi (mã 134): Signal 6")
    use(monkeypatch, fake)
    notice = example_notice()
    before = repr(notice)
    target = tmp_path / "a.pdf"
    assert printing.export_pdf_to(parent, notice, target) is None
    assert said == [("Không tạo được tệp PDF.", "LibreOffice dừng do lỗi (mã 134): Signal 6")]
    assert not target.exists() and repr(notice) == before


def test_no_converter_says_what_to_install(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[Any]
) -> None:
    from ucd_desktop.export.converters import find_converter

    monkeypatch.setattr(
        printing, "find_converter", lambda: find_converter(word_probe=lambda: None, search_paths=[])
    )
    monkeypatch.delenv("UCD_DESKTOP_SOFFICE", raising=False)
    assert printing.export_pdf_to(parent, example_notice(), tmp_path / "a.pdf") is None
    assert printing.print_notice(parent, example_notice()) is False
    assert len(said) == 2 and "LibreOffice" in said[0][0] and "Microsoft Word" in said[0][0]
    assert not any(
        isinstance(w, PdfProgressDialog) for w in QApplication.topLevelWidgets() if w.isVisible()
    )


def test_export_pdf_asks_where(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[Any]
) -> None:
    fake = Fake(qt_pdf(1))
    fake.wait = False
    use(monkeypatch, fake)
    asked: list[Path] = []
    answer: list[Path | None] = [None, tmp_path / "chọn.pdf"]

    def ask(parent: Any, title: str, suggested: Path, filters: str, extension: str) -> Path | None:
        asked.append(suggested)
        assert title == "Xuất PDF" and extension == ".pdf" and "*.pdf" in filters
        return answer.pop(0)

    monkeypatch.setattr(messages, "ask_save_path", ask)
    suggested = tmp_path / "05-TB-UBND 2026-03-05 Kết luận v.v"
    assert printing.export_pdf(parent, example_notice(), suggested) is None
    assert fake.thread is None  # nothing converted when the user cancels the question
    assert printing.export_pdf(parent, example_notice(), suggested.with_suffix(".pdf")) == (
        tmp_path / "chọn.pdf"
    )
    assert asked == [
        tmp_path / "05-TB-UBND 2026-03-05 Kết luận v.v.pdf",
        tmp_path / "05-TB-UBND 2026-03-05 Kết luận v.pdf",
    ]
    assert (tmp_path / "chọn.pdf").read_bytes() == fake.data


def ink_boxes(data: bytes) -> list[tuple[int, int, int, int] | None]:
    """Where each page has ink, at 50 dpi."""
    boxes = []
    for page in pdfium.PdfDocument(data):
        image = page.render(scale=50 / 72).to_pil().convert("L")
        boxes.append(ImageChops.invert(image).getbbox())
    return boxes


def close(a: Any, b: Any, tolerance: int = 2) -> bool:
    if a is None or b is None:
        return False
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def file_printer(path: Path, copies: int = 1) -> QPrinter:
    # Screen resolution keeps the test quick; a real printer gets up to 600 dpi.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setCopyCount(copies)
    return printer


def test_print_preview_shows_the_real_pages_and_prints_them(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[Any], qtbot: Any
) -> None:
    source = qt_pdf(3)
    fake = Fake(source)
    fake.wait = False
    use(monkeypatch, fake)
    seen: dict[str, Any] = {}

    def exec_(self: PdfPrintPreview) -> int:
        self.show()
        qtbot.waitExposed(self)
        seen["title"] = self.windowTitle()
        seen["pages"] = self.view.pdf.page_count
        seen["label"] = self.page_label.text()
        seen["page size"] = self.printer.pageLayout().pageSize().id()
        seen["modal"] = self.windowModality()
        self.grab().save(str(tmp_path / "preview.png"))
        # "Print…": the print dialog (printer, copies) is answered, then the pages go out.
        self.printer = file_printer(tmp_path / "printed.pdf", copies=2)

        def answer(dialog: QPrintDialog) -> int:
            seen["range"] = (dialog.minPage(), dialog.maxPage())
            return int(QDialog.DialogCode.Accepted)

        monkeypatch.setattr(QPrintDialog, "exec", answer)
        self.print_button.click()
        seen["result"] = self.result()
        return self.result()

    monkeypatch.setattr(PdfPrintPreview, "exec", exec_)
    assert printing.print_notice(parent, example_notice()) is True
    assert seen["title"] == "Xem trước khi in – 3 trang, tạo bằng Fake Office"
    assert seen["pages"] == 3 and seen["label"] == "Trang 1/3" and seen["range"] == (1, 3)
    assert seen["page size"] == QPageSize.PageSizeId.A4 and said == []
    assert seen["modal"] == Qt.WindowModality.WindowModal
    printed = (tmp_path / "printed.pdf").read_bytes()
    report = inspect_pdf(printed)
    assert report.pages == 6 and report.all_a4
    # Two collated copies of the converted pages, each where the converter put it.
    original, copies = ink_boxes(source), ink_boxes(printed)
    assert all(close(a, b) for a, b in zip(original * 2, copies, strict=True))
    assert not close(original[0], original[1])


def test_the_preview_zooms(parent: QWidget, qtbot: Any) -> None:
    from ucd_desktop.export.pdf import PdfDocument

    data = qt_pdf(2)
    preview = PdfPrintPreview(PdfDocument(data, inspect_pdf(data), "Fake Office"), "x", parent)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.view.zoom_mode is ZoomMode.FIT_WIDTH
    preview.fit_page()
    assert preview.view.zoom_mode is ZoomMode.FIT_PAGE
    whole = preview.view.page_rect(0)
    assert whole.height() <= preview.view.viewport().height()
    preview.view.set_zoom(1.0)
    preview.zoom_by(1.25)
    assert preview.view.zoom_mode is ZoomMode.CUSTOM
    assert preview.view.zoom == pytest.approx(1.25)
    assert preview.zoom_label.text() == "125 %"
    preview.fit_width()
    assert preview.view.zoom_mode is ZoomMode.FIT_WIDTH
    assert preview.view.page_rect(0).width() > whole.width()
    preview.view.go_to_page(1)
    assert preview.page_label.text() == "Trang 2/2"


def test_page_order_follows_the_print_dialog(tmp_path: Path) -> None:
    printer = file_printer(tmp_path / "x.pdf", copies=2)
    assert not printer.supportsMultipleCopies()  # so the app repeats the pages itself
    printer.setCollateCopies(True)
    assert page_order(printer, 3) == [0, 1, 2, 0, 1, 2]
    printer.setCollateCopies(False)
    assert page_order(printer, 3) == [0, 0, 1, 1, 2, 2]
    printer.setCopyCount(1)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert page_order(printer, 3) == [1, 2]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert page_order(printer, 3) == [2, 1]
    printer.setFromTo(2, 9)
    assert page_order(printer, 3) == [2, 1]


def test_a_page_is_painted_on_the_whole_sheet_at_actual_size(tmp_path: Path) -> None:
    source = qt_pdf(1)
    printer = file_printer(tmp_path / "one.pdf")
    assert paint_pdf(load_pdf(source), printer) == 1
    assert close(ink_boxes(source)[0], ink_boxes((tmp_path / "one.pdf").read_bytes())[0], 1)


def test_an_unreadable_pdf_is_refused() -> None:
    with pytest.raises(ValueError, match="PDFium"):
        load_pdf(b"%PDF-1.4 broken")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_print_preview_of_libreoffice_pages(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch, said: list[Any], qtbot: Any
) -> None:
    counted: dict[str, int] = {}

    def exec_(self: PdfPrintPreview) -> int:
        self.show()
        counted["preview"] = self.view.pdf.page_count
        counted["pdf"] = self.document.report.pages
        return int(QDialog.DialogCode.Rejected)  # the user closes the preview

    monkeypatch.setattr(PdfPrintPreview, "exec", exec_)
    monkeypatch.delenv("UCD_DESKTOP_SOFFICE", raising=False)
    assert printing.print_notice(parent, example_notice()) is False
    assert counted["preview"] == counted["pdf"] >= 2 and said == []


def test_smoke_check_renders_and_prints(tmp_path: Path) -> None:
    from ucd_desktop.export.pdf import PdfDocument

    data = qt_pdf(2)
    document = PdfDocument(data, inspect_pdf(data), "Fake Office")
    assert printing.smoke_check(document) == []
    wrong = PdfDocument(data, inspect_pdf(qt_pdf(3)), "Fake Office")
    assert printing.smoke_check(wrong) == ["PDFium sees 2 pages, pypdf 3"]
    assert printing.smoke_check(None) == []
