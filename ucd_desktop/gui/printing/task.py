"""A PDF conversion off the GUI thread, with a progress dialog that can cancel it.

The conversion (seconds with LibreOffice, more with Word on a first start) runs in a
QThread; the dialog shows the current step, the time spent and a Cancel button, and the
window behind it keeps repainting. Nothing is written until the PDF is complete and
checked, so a cancel, a crash or a time-out leaves every file as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.export.converters import ConversionError, Job, Reason, Stage
from ucd_desktop.export.pdf import PdfDocument
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.storage.atomic import SaveError

__all__ = ["PdfProgressDialog", "PdfTask", "stage_text"]

_STAGES = list(Stage)


def stage_text(stage: Stage, converter: str) -> str:
    texts = {
        Stage.PREPARING: _("Writing the Word document…"),
        Stage.STARTING: _("Starting {converter}…"),
        Stage.CONVERTING: _("{converter} is making the PDF…"),
        Stage.CHECKING: _("Checking the PDF: pages, A4 paper, embedded fonts…"),
        Stage.SAVING: _("Saving the PDF…"),
    }
    return texts[stage].format(converter=converter)


class PdfTask(QThread):
    """Runs ``work(job)`` on its own thread; the result or the error is kept on it."""

    stage_changed = Signal(str)

    def __init__(
        self,
        work: Callable[[Job], PdfDocument],
        *,
        timeout_s: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_event = threading.Event()
        self.job = Job(timeout_s=timeout_s, cancel=self.cancel_event, progress=self._progress)
        self.result: PdfDocument | None = None
        self.reason = ""
        self.error = ""

    def _progress(self, stage: Stage) -> None:
        self.stage_changed.emit(stage.value)  # queued to the GUI thread

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            self.result = self._work(self.job)
        except ConversionError as exc:
            self.reason, self.error = exc.reason.value, exc.message
        except SaveError as exc:
            self.reason = Reason.LOCKED.value if exc.reason == "locked" else "save"
            self.error = exc.message
        except Exception as exc:  # a bug must end as a message, never as a dead thread
            self.reason = Reason.CRASHED.value
            self.error = _("Unexpected error while making the PDF: {error}").format(
                error=f"{type(exc).__name__}: {exc}"
            )


class PdfProgressDialog(QDialog):
    """Shows a PdfTask's progress until it ends; ``run()`` returns its PDF or None."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        converter: str,
        work: Callable[[Job], PdfDocument],
        *,
        timeout_s: float,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.converter = converter
        self.task = PdfTask(work, timeout_s=timeout_s, parent=self)
        self.task.stage_changed.connect(self._on_stage)
        self.task.finished.connect(self._on_finished)

        heading = QLabel(_("Making the PDF with {converter}").format(converter=converter))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.step = QLabel(stage_text(Stage.PREPARING, converter))
        self.bar = QProgressBar()
        self.bar.setRange(0, len(_STAGES))
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_("Cancel"))
        cancel.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(self.clock)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

        self._elapsed = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Start the conversion without waiting (``run`` starts it and waits)."""
        if self._running:
            return
        self._running = True
        self._elapsed.start()
        self._tick()
        self._ticker.start()
        self.task.start()

    def run(self) -> PdfDocument | None:
        self.start()
        self.exec()
        return self.task.result

    def cancel(self) -> None:
        if not self._running:
            return
        self.task.cancel()
        self.step.setText(_("Stopping…"))
        self.buttons.setEnabled(False)

    def _on_stage(self, value: str) -> None:
        stage = Stage(value)
        self.step.setText(stage_text(stage, self.converter))
        self.bar.setValue(_STAGES.index(stage) + 1)

    def _tick(self) -> None:
        seconds = self._elapsed.elapsed() // 1000 if self._elapsed.isValid() else 0
        self.clock.setText(_("{seconds} s").format(seconds=seconds))

    def _on_finished(self) -> None:
        self._running = False
        self._ticker.stop()
        self.bar.setValue(len(_STAGES))
        self.done(QDialog.DialogCode.Accepted if self.task.result else QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        # Esc or the close button: stop the conversion; the dialog closes when it has.
        if self._running:
            self.cancel()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            self.cancel()
            event.ignore()
        else:
            super().closeEvent(event)
