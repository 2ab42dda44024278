"""The meeting facts a template asks for, as typed inputs (date, person, people...).

A change of facts renders again only the fields that still follow the template, as one
undo step (``NoticeDocument.set_facts``); typing in one fact merges like typing anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.gui import style
from ucd_desktop.gui.binding import Binder, Section, discard
from ucd_desktop.gui.fields import Burst, LineField, TextField
from ucd_desktop.gui.form.date_input import DateInput
from ucd_desktop.gui.undo import Change
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import FactValue
from ucd_desktop.templating.from_draft import link_fact_specs
from ucd_desktop.templating.header_facts import header_rules
from ucd_desktop.templating.template import FactSpec, FactType
from ucd_desktop.text.clean import clean_field

__all__ = ["FactsSection", "PeopleEditor"]


def _clean_line(_path: str, raw: str) -> str:
    return clean_field(raw, multiline=False).strip()


def _clean_text(_path: str, raw: str) -> str:
    return clean_field(raw).strip()


class PeopleEditor(QWidget):
    """A list of people: name and position per row, rows added and removed."""

    def __init__(self, binder: Binder, on_change: Callable[[list[dict[str, str]], object], None]):
        super().__init__()
        self.binder = binder
        self.on_change = on_change
        self.burst = Burst()
        self.rows: list[tuple[LineField, LineField, QWidget]] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.add = QPushButton(_("Add a person"))
        self.add.setAccessibleName(_("Add a person"))
        self.add.clicked.connect(self._add)
        self.box.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)

    def value(self) -> list[dict[str, str]]:
        return [
            {"name": _clean_line("", n.text()), "position": _clean_line("", p.text())}
            for n, p, _row in self.rows
        ]

    def show_value(self, people: Any) -> None:
        people = people if isinstance(people, list) else []
        if self.value() == [
            {"name": str(p.get("name", "")), "position": str(p.get("position", ""))}
            for p in people
            if isinstance(p, dict)
        ]:
            return
        while self.rows:
            self._drop(self.rows[-1][2], emit=False)
        for p in people:
            if isinstance(p, dict):
                self._row(str(p.get("name", "")), str(p.get("position", "")))

    def _row(self, name: str, position: str) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        name_edit, pos_edit = LineField("facts.people"), LineField("facts.people")
        for edit, text, label in (
            (name_edit, name, _("Name")),
            (pos_edit, position, _("Position")),
        ):
            edit.router = self.binder.router
            edit.setText(text)
            edit.setPlaceholderText(label)
            edit.setAccessibleName(label)
            edit.textEdited.connect(lambda _t: self._emit())
            line.addWidget(edit, 1)
        remove = QPushButton("×")
        remove.setAccessibleName(_("Remove this person"))
        remove.setToolTip(_("Remove this person"))
        remove.clicked.connect(lambda: self._drop(row))
        line.addWidget(remove)
        self.rows.append((name_edit, pos_edit, row))
        self.box.insertWidget(self.box.count() - 1, row)

    def _add(self) -> None:
        self._row("", "")
        self.rows[-1][0].setFocus()
        self._emit()

    def _drop(self, row: QWidget, emit: bool = True) -> None:
        self.rows = [r for r in self.rows if r[2] is not row]
        discard(row)
        if emit:
            self._emit()

    def _emit(self) -> None:
        self.on_change(self.value(), self.burst.token(self.binder.doc.epoch))


class FactsSection(Section):
    """One input per fact of the draft's template."""

    def __init__(self, binder: Binder) -> None:
        super().__init__(N_("Meeting facts"), binder)
        # Template labels are long sentences: each goes above its input.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        style.mark(self.error, "error")
        self.error.hide()
        self.form.addRow(self.template_label)
        self.form.addRow(self.error)
        self.inputs: dict[str, tuple[Callable[[], FactValue], Callable[[FactValue], None]]] = {}
        self.widgets: dict[str, QWidget] = {}
        self._specs: list[FactSpec] = []
        self.rebuild()

    def specs(self) -> list[FactSpec]:
        """The facts to ask for: not those the header above already gives."""
        link = self.doc.draft.template
        given = set(header_rules(link.sources)) if link is not None else set()
        specs = self.doc.template.facts if self.doc.template is not None else None
        if specs is None:
            specs = link_fact_specs(self.doc.draft)
        return [s for s in specs if s.key not in given]

    def sync(self, change: Change) -> None:
        if change.everything:
            self.rebuild()
        elif "facts" in change.values:
            self._show_values()

    def retranslate(self) -> None:
        self._show_title()

    def _show_title(self) -> None:
        link = self.doc.draft.template
        name = (self.doc.template.name if self.doc.template else "") or (link.name if link else "")
        self.template_label.setText(
            _("Template: {name}. Fill these in and the notice follows them.").format(name=name)
        )

    def rebuild(self) -> None:
        self.setVisible(self.doc.draft.template is not None)
        specs = self.specs()
        self._show_title()
        if specs == self._specs and self.inputs:
            self._show_values()
            return
        while self.form.rowCount() > 2:
            self.form.removeRow(2)
        self.inputs.clear()
        self.widgets.clear()
        self._specs = list(specs)
        for spec in specs:
            widget = self._input(spec)
            label = QLabel(spec.label + ":")
            label.setWordWrap(True)
            label.setBuddy(widget)
            widget.setAccessibleName(spec.label)
            proxy = widget.focusProxy()
            if proxy is not None:
                proxy.setAccessibleName(spec.label)
            if spec.help:
                widget.setToolTip(spec.help)
            self.form.addRow(label)  # full width, so a long label wraps only when it must
            self.form.addRow(widget)
            self.widgets[spec.key] = widget
        self._show_values()

    def _show_values(self) -> None:
        link = self.doc.draft.template
        facts = link.facts if link else {}
        for key, (_read, write) in self.inputs.items():
            write(facts.get(key))

    def _set(self, key: str, value: FactValue, burst: object) -> None:
        error = self.doc.set_facts({key: value}, burst)
        self.error.setVisible(bool(error))
        self.error.setText(error or "")

    def _input(self, spec: FactSpec) -> QWidget:
        key = spec.key
        kind = spec.type
        if kind in (FactType.MULTILINE, FactType.LIST):
            return self._text_input(spec)
        if kind is FactType.DATE:
            return self._date_input(key)
        if kind is FactType.PERSON:
            return self._person_input(key)
        if kind is FactType.PEOPLE:
            people = PeopleEditor(self.binder, lambda v, b: self._set(key, v, b))
            self.inputs[key] = (people.value, people.show_value)
            return people
        if kind is FactType.CHOICE and spec.options:
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems(spec.options)
            burst = Burst()
            combo.currentTextChanged.connect(
                lambda t: self._set(key, clean_field(t).strip(), burst.token(self.doc.epoch))
            )

            def show_choice(v: FactValue) -> None:
                combo.blockSignals(True)
                combo.setCurrentText(str(v or ""))
                combo.blockSignals(False)

            self.inputs[key] = (combo.currentText, show_choice)
            return combo
        return self._line_input(spec)

    def _line(self, path: str) -> LineField:
        field = LineField(path)
        field.router = self.binder.router
        field.normalizer = _clean_line
        field.epoch = lambda: self.doc.epoch
        return field

    def _line_input(self, spec: FactSpec) -> LineField:
        key = spec.key
        field = self._line(f"facts.{key}")
        if spec.example and isinstance(spec.example, str | int | float):
            field.setPlaceholderText(_("e.g. {example}").format(example=spec.example))
        number = spec.type is FactType.NUMBER
        if number:
            field.setValidator(QDoubleValidator())

        def value_of(raw: str) -> FactValue:
            text = _clean_line("", raw)
            if number:
                try:
                    as_float = float(text.replace(",", "."))
                except ValueError:
                    return ""
                return int(as_float) if as_float.is_integer() else as_float
            return text

        field.edited.connect(lambda _p, raw, burst: self._set(key, value_of(raw), burst))
        self.inputs[key] = (
            lambda: value_of(field.text()),
            lambda v: field.show_model("" if v is None else str(v)),
        )
        return field

    def _text_input(self, spec: FactSpec) -> TextField:
        key = spec.key
        field = TextField(f"facts.{key}", 2)
        field.router = self.binder.router
        field.normalizer = _clean_text
        field.epoch = lambda: self.doc.epoch
        as_list = spec.type is FactType.LIST

        def value_of(raw: str) -> FactValue:
            text = _clean_text("", raw)
            return [ln.strip() for ln in text.split("\n") if ln.strip()] if as_list else text

        def show(v: FactValue) -> None:
            text = "\n".join(str(x) for x in v) if isinstance(v, list) else str(v or "")
            field.show_model(text)

        field.edited.connect(lambda _p, raw, burst: self._set(key, value_of(raw), burst))
        self.inputs[key] = (lambda: value_of(field.toPlainText()), show)
        return field

    def _date_input(self, key: str) -> DateInput:
        date = DateInput(f"facts.{key}", self.binder.router, lambda: self.doc.epoch)
        date.changed.connect(lambda iso, burst: self._set(key, iso, burst))
        self.inputs[key] = (date.value, date.show_value)
        return date

    def _person_input(self, key: str) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        name, position = self._line(f"facts.{key}.name"), self._line(f"facts.{key}.position")
        burst = Burst()
        for edit, label in ((position, _("Position")), (name, _("Name"))):
            edit.setPlaceholderText(label)
            edit.setAccessibleName(label)
            line.addWidget(edit, 1)

        def read() -> FactValue:
            return {
                "name": _clean_line("", name.text()),
                "position": _clean_line("", position.text()),
            }

        def show(v: FactValue) -> None:
            v = v if isinstance(v, dict) else {}
            name.show_model(str(v.get("name", "")))
            position.show_model(str(v.get("position", "")))

        for edit in (name, position):
            edit.edited.connect(
                lambda _p, _r, _b: self._set(key, read(), burst.token(self.doc.epoch))
            )
        self.inputs[key] = (read, show)
        return row
