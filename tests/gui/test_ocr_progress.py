"""The OCR progress dialog: shown page by page, Cancel stops the reading."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ucd_desktop.gui.ocr_progress import OcrProgress


def test_progress_shows_pages_and_cancel_stops(qtbot: object) -> None:
    parent = QWidget()
    progress = OcrProgress(parent, "scan.pdf")
    assert progress(0, 3) is True
    assert progress.dialog is not None
    assert progress.dialog.maximum() == 3
    assert progress(1, 3) is True
    assert "1" in progress.dialog.labelText() and "3" in progress.dialog.labelText()
    progress.dialog.cancel()
    assert progress(2, 3) is False
    assert progress.cancelled
    progress.close()
    assert progress.dialog is None
    parent.deleteLater()
