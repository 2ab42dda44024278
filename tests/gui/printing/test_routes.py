"""Which way the pages go to the printer: Word, the print queue, or painted pages."""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from tests.gui.pdf_samples import qt_pdf
from ucd_desktop.export.converters import Job
from ucd_desktop.export.converters.word import PrintRequest
from ucd_desktop.gui.printing import routes
from ucd_desktop.gui.printing.pages import load_pdf
from ucd_desktop.gui.printing.routes import PrintError, PrintJob, choose_route, print_request


class FakeWord:
    name = "Microsoft Word"

    def __init__(self) -> None:
        self.printed: list[tuple[bytes, PrintRequest]] = []

    def print_file(self, source: Path, request: PrintRequest, job: Job) -> None:
        self.printed.append((source.read_bytes(), request))


def never_painted(_pdf: Any, _printer: QPrinter) -> int:
    raise AssertionError("painted")


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> None:
    """QPrinter needs the application."""


@pytest.fixture
def job() -> PrintJob:
    data = qt_pdf(3)
    return PrintJob(load_pdf(data), data, b"PK docx")


def a_printer(copies: int = 1, pages: tuple[int, int] | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(copies)
    if pages is not None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(*pages)
    printer.setCollateCopies(False)
    return printer


def test_word_prints_the_docx_when_it_is_there(job: PrintJob) -> None:
    word = FakeWord()
    route, send = choose_route(
        a_printer(2, (2, 3)), job, never_painted, word=lambda: word, native=lambda _p: True
    )
    assert route == "word"
    assert send(job, a_printer(2, (2, 3)), "Thông báo") == 3
    docx, request = word.printed[0]
    assert docx == b"PK docx"
    assert (request.copies, request.pages, request.collate) == (2, (2, 3), False)


def test_all_pages_is_no_range(job: PrintJob) -> None:
    assert print_request(a_printer(1, (1, 3)), 3).pages is None
    assert print_request(a_printer(), 3).pages is None


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for lp")
def test_without_word_the_pdf_goes_to_the_print_queue(job: PrintJob, tmp_path: Path) -> None:
    record = tmp_path / "lp.txt"
    lp = tmp_path / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > "{record}"\ncat > "{tmp_path / "spooled.pdf"}"\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    route, send = choose_route(
        a_printer(2, (2, 3)),
        job,
        never_painted,
        word=lambda: None,
        queue=lambda: str(lp),
        native=lambda _p: True,
    )
    assert route == "queue"
    assert send(job, a_printer(2, (2, 3)), "Thông báo kết luận") == 3
    # The PDF itself (vectors) is what is spooled, with the dialog's choices.
    assert (tmp_path / "spooled.pdf").read_bytes() == job.pdf_data
    words = record.read_text().split()
    assert words[words.index("-n") + 1] == "2" and words[words.index("-P") + 1] == "2-3"
    assert "collate=false" in words


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for lp")
def test_a_queue_that_refuses_says_why(job: PrintJob, tmp_path: Path) -> None:
    lp = tmp_path / "lp"
    lp.write_text('#!/bin/sh\necho "lp: The printer or class does not exist." >&2\nexit 1\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    _route, send = choose_route(
        a_printer(),
        job,
        never_painted,
        word=lambda: None,
        queue=lambda: str(lp),
        native=lambda _p: True,
    )
    with pytest.raises(PrintError, match="does not exist"):
        send(job, a_printer(), "x")


def test_printing_into_a_file_is_painted(job: PrintJob) -> None:
    word = FakeWord()
    painted: list[int] = []
    route, send = choose_route(
        a_printer(), job, lambda pdf, _p: painted.append(pdf.page_count) or 3, word=lambda: word
    )
    assert route == "paint"  # no printer here: Qt prints into a PDF file
    assert send(job, a_printer(), "x") == 3 and painted == [3] and not word.printed


def test_no_docx_no_word(job: PrintJob) -> None:
    job.docx = None
    route, _send = choose_route(
        a_printer(), job, never_painted, word=FakeWord, queue=lambda: None, native=lambda _p: True
    )
    assert route == "paint"


def test_the_painted_route_is_capped_at_300_dpi() -> None:
    from ucd_desktop.gui.printing import pages

    assert pages.MAX_PRINT_DPI == 300
    assert routes.PRINT_TIMEOUT_S > 0
