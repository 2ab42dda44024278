"""What every part of the form shares: binding inputs to the document, sections, marks.

``Binder`` is the one place that connects inputs to the document: a text field to its
path, a spin box or a check box to its value key. On every ``Change`` it refreshes only
the inputs whose path or key changed, with their signals blocked, so nothing echoes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from ucd_desktop.gui import style
from ucd_desktop.gui.document import NoticeDocument, normalized_text
from ucd_desktop.gui.fields import LineField, TextField, UndoRouter, set_problem
from ucd_desktop.gui.texts import Texts
from ucd_desktop.gui.undo import Change

__all__ = ["Binder", "Section", "ValueBinding", "discard", "hint_label"]

Field = LineField | TextField


@dataclass
class ValueBinding:
    key: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]


class Binder:
    """Inputs of the form, by the path or value key they edit."""

    def __init__(self, doc: NoticeDocument, router: UndoRouter) -> None:
        self.doc = doc
        self.router = router
        self.fields: dict[str, list[Field]] = {}
        self.values: dict[str, list[ValueBinding]] = {}
        #: The marks shown last (``mark``): an input bound later shows its path's mark too.
        self.marks: dict[str, tuple[str, str]] = {}

    # -- text fields -------------------------------------------------------------------
    def register(self, field: Field) -> Field:
        field.router = self.router
        field.normalizer = normalized_text
        field.epoch = lambda: self.doc.epoch
        field.edited.connect(self._on_edited)
        self.fields.setdefault(field.path, []).append(field)
        field.show_model(self.doc.text(field.path))
        return field

    def unregister(self, field: Field) -> None:
        group = self.fields.get(field.path, [])
        if field in group:
            group.remove(field)
        if not group:
            self.fields.pop(field.path, None)

    def repath(self, field: Field, path: str) -> None:
        """Point ``field`` at ``path`` (a body row reused for another item)."""
        self.unregister(field)
        field.path = path
        field.burst.reset()
        self.fields.setdefault(path, []).append(field)
        field.show_model(self.doc.text(path))
        set_problem(field, *self.marks.get(path, ("", "")))

    def line(self, path: str) -> LineField:
        field = LineField(path)
        self.register(field)
        return field

    def text(self, path: str, lines: int = 2) -> TextField:
        field = TextField(path, lines)
        self.register(field)
        return field

    def _on_edited(self, path: str, raw: str, burst: object) -> None:
        try:
            self.doc.set_text(path, raw, burst)
        except KeyError:
            return  # a row of an item that was just removed

    # -- values ------------------------------------------------------------------------
    def value(
        self,
        key: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
    ) -> None:
        """Bind a value widget: ``read`` gets the widget's value, ``write`` shows one."""
        self.values.setdefault(key, []).append(ValueBinding(key, widget, read, write))
        self._show_value(self.values[key][-1])

    def spin(self, key: str, widget: QSpinBox | QDoubleSpinBox) -> None:
        widget.setKeyboardTracking(False)  # one step per value, not per keystroke
        self.value(key, widget, widget.value, widget.setValue)
        widget.valueChanged.connect(lambda _v: self.doc.set_value(key, widget.value()))

    def check(self, key: str, widget: QCheckBox) -> None:
        self.value(key, widget, widget.isChecked, widget.setChecked)
        widget.toggled.connect(lambda on: self.doc.set_value(key, bool(on)))

    def combo(
        self, key: str, widget: QComboBox, convert: Callable[[Any], Any] = lambda v: v
    ) -> None:
        """A combo box whose items carry the model value (as text) in their data."""

        def write(value: Any) -> None:
            index = widget.findData(str(value))
            widget.setCurrentIndex(max(index, 0))

        def read() -> Any:
            return convert(widget.currentData())

        self.value(key, widget, read, write)
        widget.activated.connect(lambda _i: self.doc.set_value(key, read()))

    def _show_value(self, binding: ValueBinding) -> None:
        value = self.doc.value(binding.key)
        if binding.read() == value:
            return
        blocked = binding.widget.blockSignals(True)
        try:
            binding.write(value)
        finally:
            binding.widget.blockSignals(blocked)

    # -- updates -----------------------------------------------------------------------
    def sync(self, change: Change) -> None:
        for path, group in list(self.fields.items()):
            if change.everything or path in change.paths:
                try:
                    text = self.doc.text(path)
                except KeyError:
                    continue
                for field in group:
                    field.show_model(text)
        for key, bindings in self.values.items():
            if change.everything or key in change.values:
                for binding in bindings:
                    self._show_value(binding)

    def widgets_for(self, path: str) -> list[QWidget]:
        found: list[QWidget] = list(self.fields.get(path, []))
        found += [b.widget for b in self.values.get(path, [])]
        return found

    def all_widgets(self) -> Iterable[tuple[str, QWidget]]:
        for path, group in self.fields.items():
            for field in group:
                yield path, field
        for key, bindings in self.values.items():
            for binding in bindings:
                yield key, binding.widget

    def mark(self, marks: dict[str, tuple[str, str]]) -> None:
        """Show problems: ``marks`` maps a path or key to (severity, message)."""
        self.marks = dict(marks)
        for path, widget in self.all_widgets():
            severity, message = marks.get(path, ("", ""))
            set_problem(widget, severity, message)


class Section(QGroupBox):
    """A titled part of the form; re-applies its texts when the language changes."""

    def __init__(self, title: str, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        self.doc = binder.doc
        self.texts = Texts()
        self.texts.bind(self.setTitle, title)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def add_row(self, message: str, widget: QWidget, field: QWidget | None = None) -> QLabel:
        """A labelled row; ``field`` (default ``widget``) is the input the label names."""
        label = QLabel()
        label.setWordWrap(False)
        self.texts.label(label, field or widget, message)
        self.form.addRow(label, widget)
        return label

    def sync(self, change: Change) -> None:
        """Refresh what the binder does not cover (override)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts not bound through ``texts`` (override)."""


def hint_label(texts: Texts, message: str) -> QLabel:
    """A small grey line of help under an input."""
    label = QLabel()
    label.setWordWrap(True)
    style.hint(label)
    texts.bind(label.setText, message)
    return label


def discard(widget: QWidget) -> None:
    """Take ``widget`` out of the form now and delete it later.

    Hidden first: a widget added since the last turn of the event loop still has its
    queued "show" coming, which would show it, parentless, as a window of its own (two
    settings changes in one turn: save, then open)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
