"""Microsoft Word as a PDF converter, through its COM automation interface (Windows).

Word gives the PDF exactly the line and page breaks the drafter sees in Word. A separate,
invisible Word process is started (``DispatchEx``: the user's open Word windows are left
alone), the .docx is opened read-only, exported with ``ExportAsFixedFormat`` (PDF,
optimised for print, fonts embedded) and Word is closed again.

The Windows-only modules (pywin32's ``pythoncom`` and ``win32com``) are imported only
inside ``Win32Automation``; everything else here runs anywhere, so the tests drive the
same code with a fake automation object. Word can hang on a dialog no one sees (a repair
prompt, an activation wizard): the conversion then runs out of time, and the Word process
found through its window caption is killed.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import secrets
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ucd_desktop.export.converters import ConversionError, Job, Reason, Stage
from ucd_desktop.i18n import gettext_ as _

__all__ = ["PrintRequest", "Win32Automation", "WordAutomation", "WordConverter", "find_word"]

# Word's constants (WdExportFormat, WdExportOptimizeFor, WdExportRange, WdExportItem,
# WdExportCreateBookmarks, WdSaveOptions, WdAlertLevel).
WD_EXPORT_FORMAT_PDF = 17
WD_EXPORT_OPTIMIZE_FOR_PRINT = 0
WD_EXPORT_ALL_DOCUMENT = 0
WD_EXPORT_DOCUMENT_CONTENT = 0
WD_EXPORT_CREATE_NO_BOOKMARKS = 0
WD_DO_NOT_SAVE_CHANGES = 0
WD_ALERTS_NONE = 0
# WdPrintOutRange, WdPrintOutItem.
WD_PRINT_ALL_DOCUMENT = 0
WD_PRINT_FROM_TO = 3
WD_PRINT_DOCUMENT_CONTENT = 0
_POLL_S = 0.1


@dataclass(frozen=True)
class PrintRequest:
    """What the print dialog asked for: the printer's name, copies, pages (1-based)."""

    printer: str = ""
    copies: int = 1
    pages: tuple[int, int] | None = None
    collate: bool = True


class WordAutomation(Protocol):
    """The few Windows calls the converter makes; tests replace them with a fake."""

    def begin_thread(self) -> None:
        """Prepare COM on the calling thread (CoInitialize)."""

    def end_thread(self) -> None:
        """Release COM on the calling thread (CoUninitialize)."""

    def start_word(self) -> Any:
        """A new, invisible Word.Application object."""

    def process_id(self, caption: str) -> int | None:
        """The id of the Word process whose main window has ``caption``."""

    def kill(self, pid: int) -> None:
        """End that process at once."""

    def error_text(self, exc: BaseException) -> str:
        """The readable part of an automation error."""


def _pywin32(name: str) -> Any:
    """A pywin32 module (Windows only; untyped, hence Any)."""
    return importlib.import_module(name)


class Win32Automation:
    """The real thing: pywin32 on Windows."""

    def begin_thread(self) -> None:
        _pywin32("pythoncom").CoInitialize()

    def end_thread(self) -> None:
        _pywin32("pythoncom").CoUninitialize()

    def start_word(self) -> Any:
        return _pywin32("win32com.client").DispatchEx("Word.Application")

    def process_id(self, caption: str) -> int | None:
        hwnd = _pywin32("win32gui").FindWindow("OpusApp", caption)
        if not hwnd:
            return None
        _thread, pid = _pywin32("win32process").GetWindowThreadProcessId(hwnd)
        return int(pid)

    def kill(self, pid: int) -> None:
        with contextlib.suppress(OSError):
            # On Windows os.kill with SIGTERM is TerminateProcess.
            os.kill(pid, signal.SIGTERM)

    def error_text(self, exc: BaseException) -> str:
        # pywintypes.com_error: (hresult, text, excepinfo, argerror); excepinfo[2] is
        # Word's own message ("This file is in use by another application...").
        args: tuple[Any, ...] = tuple(getattr(exc, "args", ()))
        if len(args) >= 3 and isinstance(args[2], tuple) and len(args[2]) >= 3 and args[2][2]:
            return str(args[2][2])
        if len(args) >= 2 and args[1]:
            return str(args[1])
        return str(exc)


def _registered() -> bool:
    if sys.platform != "win32":
        return False
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application\CLSID"):
            return True
    except OSError:
        return False


def find_word() -> WordConverter | None:
    """Word, when this is Windows with Word installed and pywin32 present."""
    if not _registered():
        return None
    try:
        _pywin32("win32com.client")
    except ImportError:
        return None
    return WordConverter(Win32Automation())


class WordConverter:
    key = "word"
    name = "Microsoft Word"

    def __init__(self, automation: WordAutomation) -> None:
        self.automation = automation

    def convert(self, source: Path, target: Path, job: Job) -> None:
        target = Path(target).resolve()

        def export(_word: Any, document: Any) -> None:
            document.ExportAsFixedFormat(
                OutputFileName=str(target),
                ExportFormat=WD_EXPORT_FORMAT_PDF,
                OpenAfterExport=False,
                OptimizeFor=WD_EXPORT_OPTIMIZE_FOR_PRINT,
                Range=WD_EXPORT_ALL_DOCUMENT,
                Item=WD_EXPORT_DOCUMENT_CONTENT,
                IncludeDocProps=True,
                KeepIRM=True,
                CreateBookmarks=WD_EXPORT_CREATE_NO_BOOKMARKS,
                DocStructureTags=True,
                BitmapMissingFonts=True,
                UseISO19005_1=False,
            )

        self._run(Path(source).resolve(), export, job)
        if not target.is_file() or target.stat().st_size == 0:
            raise ConversionError(Reason.CRASHED, _("Microsoft Word did not make the PDF."))

    def print_file(self, source: Path, request: PrintRequest, job: Job) -> None:
        """Print the .docx ``source`` with Word itself, exactly as Word prints it.

        The printer is chosen for this Word process only (``FilePrintSetup`` with
        ``DoNotSetAsSysDefault``: setting ``ActivePrinter`` would change the user's
        default printer); Word sends the job before it is closed (``Background=False``).
        """

        def print_out(word: Any, document: Any) -> None:
            if request.printer:
                word.WordBasic.FilePrintSetup(Printer=request.printer, DoNotSetAsSysDefault=1)
            pages: dict[str, Any] = {"Range": WD_PRINT_ALL_DOCUMENT}
            if request.pages is not None:
                first, last = request.pages
                pages = {"Range": WD_PRINT_FROM_TO, "From": str(first), "To": str(last)}
            document.PrintOut(
                Background=False,
                Append=False,
                Item=WD_PRINT_DOCUMENT_CONTENT,
                Copies=max(1, request.copies),
                Collate=request.collate,
                PrintToFile=False,
                **pages,
            )

        self._run(Path(source).resolve(), print_out, job, printing=True)

    def _run(
        self, source: Path, action: Callable[[Any, Any], None], job: Job, printing: bool = False
    ) -> None:
        """Open ``source`` in a new invisible Word, do ``action(word, document)``, quit."""
        job.check_cancelled()
        state: dict[str, Any] = {"pid": None, "error": None, "printing": printing}
        caption = f"ucd-desktop-{secrets.token_hex(6)}"
        worker = threading.Thread(
            target=self._work,
            args=(source, action, caption, job, state),
            name="ucd-word",
            daemon=True,
        )
        worker.start()
        deadline = time.monotonic() + job.timeout_s
        while worker.is_alive():
            worker.join(_POLL_S)
            if not worker.is_alive():
                break
            if job.cancelled() or time.monotonic() > deadline:
                self._stop(state, caption)
                worker.join(10)
                if job.cancelled():
                    job.check_cancelled()
                raise ConversionError(
                    Reason.TIMEOUT,
                    _(
                        "Microsoft Word did not finish within {seconds} s and was stopped. "
                        "Close any Word window that asks a question, then try again."
                    ).format(seconds=round(job.timeout_s)),
                )
        error = state["error"]
        if isinstance(error, ConversionError):
            raise error

    def _stop(self, state: dict[str, Any], caption: str) -> None:
        pid = state["pid"]
        if pid is None:
            with contextlib.suppress(Exception):
                pid = self.automation.process_id(caption)
        if pid is not None:
            self.automation.kill(int(pid))

    def _work(
        self,
        source: Path,
        action: Callable[[Any, Any], None],
        caption: str,
        job: Job,
        state: dict[str, Any],
    ) -> None:
        automation = self.automation
        word: Any = None
        try:
            automation.begin_thread()
        except Exception as exc:
            state["error"] = self._failure(exc, bool(state["printing"]))
            return
        try:
            job.report(Stage.STARTING)
            word = automation.start_word()
            word.Visible = False
            word.DisplayAlerts = WD_ALERTS_NONE
            word.Caption = caption
            with contextlib.suppress(Exception):
                state["pid"] = automation.process_id(caption)
            job.report(Stage.CONVERTING)
            document = word.Documents.Open(
                FileName=str(source),
                ConfirmConversions=False,
                ReadOnly=True,
                AddToRecentFiles=False,
                Visible=False,
                NoEncodingDialog=True,
            )
            try:
                action(word, document)
            finally:
                with contextlib.suppress(Exception):
                    document.Close(SaveChanges=WD_DO_NOT_SAVE_CHANGES)
        except Exception as exc:
            state["error"] = self._failure(exc, bool(state["printing"]))
        finally:
            if word is not None:
                with contextlib.suppress(Exception):
                    word.Quit(SaveChanges=WD_DO_NOT_SAVE_CHANGES)
            with contextlib.suppress(Exception):
                automation.end_thread()

    def _failure(self, exc: BaseException, printing: bool = False) -> ConversionError:
        detail = " ".join(self.automation.error_text(exc).split()) or type(exc).__name__
        lowered = detail.lower()
        if "in use" in lowered or "locked" in lowered or "đang được sử dụng" in lowered:
            return ConversionError(
                Reason.LOCKED,
                _("Microsoft Word could not open the file: it is in use ({detail}).").format(
                    detail=detail
                ),
            )
        if printing:
            return ConversionError(
                Reason.CRASHED,
                _("Microsoft Word could not print: {detail}").format(detail=detail),
            )
        return ConversionError(
            Reason.CRASHED,
            _("Microsoft Word could not make the PDF: {detail}").format(detail=detail),
        )
