"""The wheel scrolls the form; it changes a combo, spin box or date only while it has focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.model.notice import Urgency


def _wheel(widget: QWidget, steps: int = -1) -> None:
    """Turn the wheel ``steps`` notches (negative: towards the user) over ``widget``."""
    centre = QPointF(widget.rect().center())
    glob = QPointF(widget.mapToGlobal(centre.toPoint()))
    event = QWheelEvent(
        centre,
        glob,
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_combo_scrolls_the_form(window: MainWindow) -> None:
    window.resize(1000, 600)
    urgency = window.form.marks.urgency
    window.form.ensureWidgetVisible(urgency)
    window.form.content.summary.setFocus()
    QApplication.processEvents()
    assert not urgency.hasFocus()
    bar = window.form.verticalScrollBar()
    before = bar.value()
    _wheel(urgency, -3)
    assert urgency.currentIndex() == 0
    assert window.doc.notice.urgency is Urgency.NONE
    assert bar.value() > before  # the form scrolled instead


def test_wheel_changes_the_combo_that_has_focus(window: MainWindow) -> None:
    urgency = window.form.marks.urgency
    window.form.ensureWidgetVisible(urgency)
    urgency.setFocus()
    QApplication.processEvents()
    assert urgency.hasFocus()
    _wheel(urgency, -1)
    assert urgency.currentIndex() == 1


def test_spin_boxes_and_rows_added_later_are_guarded(window: MainWindow) -> None:
    window.resize(1000, 600)
    copies = window.form.recipients.copies
    window.form.content.summary.setFocus()
    QApplication.processEvents()
    value = copies.value()
    _wheel(copies, 2)
    assert copies.value() == value
    # A body row made after the form was built: its kind box is guarded too.
    window.form.body.add_item(None)
    QApplication.processEvents()
    row = next(iter(window.form.body.rows.values()))
    window.form.content.summary.setFocus()
    kind = row.kind_box.currentIndex()
    _wheel(row.kind_box, -1)
    assert row.kind_box.currentIndex() == kind
