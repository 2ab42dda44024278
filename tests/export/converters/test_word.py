"""Word converter through a fake automation object: the calls Word receives, its
failures, and a Word that hangs (killed at the time limit or on cancel)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from ucd_desktop.export.converters import ConversionError, Job, Reason, Stage, find_converter
from ucd_desktop.export.converters.word import (
    PrintRequest,
    Win32Automation,
    WordConverter,
    find_word,
)
from ucd_desktop.i18n import set_language

PDF = b"%PDF-1.7 made by Word"


class ComError(Exception):
    """Shaped like pywintypes.com_error: (hresult, text, excepinfo, argerror)."""


class FakeDocument:
    def __init__(self, word: FakeWord) -> None:
        self.word = word

    def ExportAsFixedFormat(self, **kwargs: Any) -> None:
        self.word.calls.append(("ExportAsFixedFormat", kwargs))
        if self.word.hang:
            self.word.killed.wait(30)
            raise ComError(-2147023170, "The remote procedure call failed.", None, None)
        if self.word.export_error is not None:
            raise self.word.export_error
        Path(kwargs["OutputFileName"]).write_bytes(PDF)

    def Close(self, **kwargs: Any) -> None:
        self.word.calls.append(("Close", kwargs))

    def PrintOut(self, **kwargs: Any) -> None:
        self.word.calls.append(("PrintOut", kwargs))
        if self.word.export_error is not None:
            raise self.word.export_error


class FakeWordBasic:
    def __init__(self, word: FakeWord) -> None:
        self.word = word

    def FilePrintSetup(self, **kwargs: Any) -> None:
        self.word.calls.append(("FilePrintSetup", kwargs))


class FakeDocuments:
    def __init__(self, word: FakeWord) -> None:
        self.word = word

    def Open(self, **kwargs: Any) -> FakeDocument:
        self.word.calls.append(("Open", kwargs))
        if self.word.open_error is not None:
            raise self.word.open_error
        return FakeDocument(self.word)


class FakeWord:
    """Word.Application as the converter uses it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.Documents = FakeDocuments(self)
        self.WordBasic = FakeWordBasic(self)
        self.Visible = True
        self.DisplayAlerts = -1
        self.Caption = "Microsoft Word"
        self.hang = False
        self.open_error: Exception | None = None
        self.export_error: Exception | None = None
        self.killed = threading.Event()

    def Quit(self, **kwargs: Any) -> None:
        self.calls.append(("Quit", kwargs))


class FakeAutomation(Win32Automation):
    """The Windows calls, replaced; error_text is the real parser of com_error."""

    def __init__(self, word: FakeWord) -> None:
        self.word = word
        self.events: list[str] = []
        self.threads: set[int] = set()

    def begin_thread(self) -> None:
        self.events.append("CoInitialize")
        self.threads.add(threading.get_ident())

    def end_thread(self) -> None:
        self.events.append("CoUninitialize")

    def start_word(self) -> Any:
        self.events.append("DispatchEx")
        return self.word

    def process_id(self, caption: str) -> int | None:
        return 4242 if caption == self.word.Caption else None

    def kill(self, pid: int) -> None:
        self.events.append(f"kill {pid}")
        self.word.killed.set()


@pytest.fixture
def word() -> FakeWord:
    return FakeWord()


def convert(word: FakeWord, tmp_path: Path, job: Job | None = None) -> FakeAutomation:
    automation = FakeAutomation(word)
    source = tmp_path / "notice.docx"
    source.write_bytes(b"PK")
    WordConverter(automation).convert(source, tmp_path / "notice.pdf", job or Job())
    return automation


def test_word_exports_a_pdf_invisibly_and_quits(word: FakeWord, tmp_path: Path) -> None:
    stages: list[Stage] = []
    automation = convert(word, tmp_path, Job(progress=stages.append))
    assert (tmp_path / "notice.pdf").read_bytes() == PDF
    assert word.Visible is False and word.DisplayAlerts == 0
    assert word.Caption.startswith("ucd-desktop-")
    names = [name for name, _ in word.calls]
    assert names == ["Open", "ExportAsFixedFormat", "Close", "Quit"]
    opened = word.calls[0][1]
    assert opened["ReadOnly"] is True and opened["AddToRecentFiles"] is False
    assert opened["FileName"] == str((tmp_path / "notice.docx").resolve())
    exported = word.calls[1][1]
    assert exported["ExportFormat"] == 17  # wdExportFormatPDF
    assert exported["OptimizeFor"] == 0  # for print
    assert exported["OutputFileName"] == str((tmp_path / "notice.pdf").resolve())
    assert exported["OpenAfterExport"] is False and exported["BitmapMissingFonts"] is True
    assert word.calls[2][1] == {"SaveChanges": 0} and word.calls[3][1] == {"SaveChanges": 0}
    assert automation.events == ["CoInitialize", "DispatchEx", "CoUninitialize"]
    # COM ran on its own thread, not on the caller's (the GUI's worker) thread.
    assert threading.get_ident() not in automation.threads
    assert stages == [Stage.STARTING, Stage.CONVERTING]


def test_a_file_in_use(word: FakeWord, tmp_path: Path) -> None:
    word.open_error = ComError(
        -2147352567,
        "Exception occurred.",
        (0, "Microsoft Word", "This file is in use by another application or user.", None, 0, 0),
        None,
    )
    with pytest.raises(ConversionError) as caught:
        convert(word, tmp_path)
    assert caught.value.reason is Reason.LOCKED
    assert "This file is in use" in str(caught.value) and "đang được sử dụng" in str(caught.value)
    assert ("Quit", {"SaveChanges": 0}) in word.calls  # Word is never left running


def test_an_export_error(word: FakeWord, tmp_path: Path) -> None:
    word.export_error = ComError(-2146822284, "Command failed", None, None)
    with pytest.raises(ConversionError) as caught:
        convert(word, tmp_path)
    assert caught.value.reason is Reason.CRASHED and "Command failed" in str(caught.value)
    assert [n for n, _ in word.calls][-2:] == ["Close", "Quit"]
    assert not (tmp_path / "notice.pdf").exists()


def test_word_that_makes_nothing(word: FakeWord, tmp_path: Path) -> None:
    word.export_error = None

    class Silent(FakeDocument):
        def ExportAsFixedFormat(self, **kwargs: Any) -> None:
            pass

    word.Documents.Open = lambda **kw: Silent(word)  # type: ignore[method-assign]
    with pytest.raises(ConversionError) as caught:
        convert(word, tmp_path)
    assert caught.value.reason is Reason.CRASHED


@pytest.mark.parametrize("how", ["timeout", "cancel"])
def test_a_hung_word_is_killed(word: FakeWord, tmp_path: Path, how: str) -> None:
    word.hang = True
    cancel = threading.Event()
    if how == "cancel":
        threading.Timer(0.3, cancel.set).start()
    automation = FakeAutomation(word)
    source = tmp_path / "notice.docx"
    source.write_bytes(b"PK")
    job = Job(timeout_s=0.5 if how == "timeout" else 30, cancel=cancel)
    with pytest.raises(ConversionError) as caught:
        WordConverter(automation).convert(source, tmp_path / "notice.pdf", job)
    assert caught.value.reason is (Reason.TIMEOUT if how == "timeout" else Reason.CANCELLED)
    assert "kill 4242" in automation.events
    if how == "timeout":
        assert "Microsoft Word" in str(caught.value) and "giây" in str(caught.value)


def test_com_error_text() -> None:
    parse = Win32Automation().error_text
    excepinfo = (0, "Microsoft Word", "Word could not read this document.", None, 0, 0)
    assert parse(ComError(-1, "Exception occurred.", excepinfo, None)) == (
        "Word could not read this document."
    )
    assert parse(ComError(-1, "Invalid class string", None, None)) == "Invalid class string"
    assert parse(RuntimeError("plain")) == "plain"


@pytest.mark.skipif(sys.platform == "win32", reason="checks the guard on other systems")
def test_no_word_outside_windows() -> None:
    assert find_word() is None


def test_word_comes_before_libreoffice(word: FakeWord, tmp_path: Path) -> None:
    chosen = WordConverter(FakeAutomation(word))
    assert find_converter(word_probe=lambda: chosen, search_paths=[]) is chosen
    assert find_converter("word", word_probe=lambda: chosen) is chosen


def test_word_prints_the_docx_on_the_chosen_printer(word: FakeWord, tmp_path: Path) -> None:
    automation = FakeAutomation(word)
    source = tmp_path / "notice.docx"
    source.write_bytes(b"PK")
    request = PrintRequest("HP LaserJet P2035 (Phòng VT)", copies=3, pages=(2, 3), collate=False)
    WordConverter(automation).print_file(source, request, Job())
    names = [name for name, _ in word.calls]
    assert names == ["Open", "FilePrintSetup", "PrintOut", "Close", "Quit"]
    setup = word.calls[1][1]
    # The printer for this Word only: the user's default printer is left alone.
    assert setup == {"Printer": "HP LaserJet P2035 (Phòng VT)", "DoNotSetAsSysDefault": 1}
    printed = word.calls[2][1]
    assert printed["Background"] is False and printed["PrintToFile"] is False
    assert (printed["Copies"], printed["Collate"]) == (3, False)
    assert (printed["Range"], printed["From"], printed["To"]) == (3, "2", "3")
    assert word.calls[0][1]["ReadOnly"] is True
    assert automation.events[0] == "CoInitialize" and automation.events[-1] == "CoUninitialize"


def test_word_prints_everything_by_default(word: FakeWord, tmp_path: Path) -> None:
    source = tmp_path / "notice.docx"
    source.write_bytes(b"PK")
    WordConverter(FakeAutomation(word)).print_file(source, PrintRequest(), Job())
    names = [name for name, _ in word.calls]
    assert "FilePrintSetup" not in names  # no printer named: Word's own
    printed = dict(word.calls)["PrintOut"]
    assert printed["Range"] == 0 and "From" not in printed and printed["Copies"] == 1


def test_a_print_failure_says_so(word: FakeWord, tmp_path: Path) -> None:
    set_language("en")
    word.export_error = ComError(-1, "x", (0, "Word", "The printer is offline.", None, 0, 0), None)
    source = tmp_path / "notice.docx"
    source.write_bytes(b"PK")
    with pytest.raises(ConversionError) as caught:
        WordConverter(FakeAutomation(word)).print_file(source, PrintRequest("P"), Job())
    assert "could not print" in str(caught.value) and "offline" in str(caught.value)
    assert [n for n, _ in word.calls][-2:] == ["Close", "Quit"]
