"""The form: the notice from top to bottom, in one scrolling column.

It finds the input of any field path (to focus it from the problems panel or the
preview, and to mark the fields that have problems) and passes each document change to
the parts that show it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ucd_desktop.gui.binding import Binder, Section
from ucd_desktop.gui.body.editor import BodyEditor
from ucd_desktop.gui.document import NoticeDocument
from ucd_desktop.gui.fields import UndoRouter, set_problem
from ucd_desktop.gui.form.appendices import AppendicesSection
from ucd_desktop.gui.form.closing import RecipientsSection, SignatureSection
from ucd_desktop.gui.form.facts import FactsSection
from ucd_desktop.gui.form.header import IssuerSection, MarksSection, NumberDateSection
from ucd_desktop.gui.form.page import PageSection
from ucd_desktop.gui.form.wheel import WheelGuard
from ucd_desktop.gui.settings_store import SettingsStore
from ucd_desktop.gui.undo import Change
from ucd_desktop.i18n import N_
from ucd_desktop.model.problems import Problem, Severity

__all__ = ["NoticeForm"]

_ITEM = re.compile(r"^body\[([^\]]+)\]\.(title|text)$")
#: Problems on fields the form does not show are pointed at the nearest input.
_FALLBACK = {
    "national_title": "issuing_body",
    "motto": "issuing_body",
    "internal_circulation": "urgency",
}


class ContentSection(Section):
    """Summary, opening, lead-in, the body items and the closing paragraph."""

    def __init__(self, binder: Binder) -> None:
        super().__init__(N_("Content"), binder)
        self.summary = binder.text("summary", 2)
        self.add_row(N_("&Summary (trích yếu):"), self.summary)
        # A "Kính gửi" block read from an old notice: shown only while there is one, so
        # the drafter can move it to the recipients and clear it (a Thông báo has none).
        self.doc = binder.doc
        self.addressees = binder.text("addressees", 2)
        self.add_row(N_("“&Kính gửi” (not printed):"), self.addressees)
        self._show_addressees()
        self.opening = binder.text("opening", 3)
        self.add_row(N_("&Opening:"), self.opening)
        self.lead_in = binder.text("lead_in", 2)
        self.add_row(N_("&Lead-in:"), self.lead_in)
        self.body = BodyEditor(binder)
        # The body gets the whole width: its label goes above it.
        label = QLabel()
        self.texts.bind(label.setText, N_("Conclusions (numbered automatically):"))
        self.form.addRow(label)
        self.form.addRow(self.body)
        self.closing = binder.text("closing", 2)
        self.add_row(N_("&Closing:"), self.closing)

    def sync(self, change: Change) -> None:
        self.body.sync(change)
        self._show_addressees()

    def _show_addressees(self) -> None:
        shown = bool(self.doc.notice.addressees) or self.addressees.hasFocus()
        self.form.setRowVisible(self.addressees, shown)


class NoticeForm(QScrollArea):
    def __init__(self, doc: NoticeDocument, store: SettingsStore, router: UndoRouter) -> None:
        super().__init__()
        self.doc = doc
        self.binder = Binder(doc, router)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(10)
        self.issuer = IssuerSection(self.binder, store)
        self.number_date = NumberDateSection(self.binder)
        self.marks = MarksSection(self.binder)
        self.facts = FactsSection(self.binder)
        self.content = ContentSection(self.binder)
        self.signature = SignatureSection(self.binder, store)
        self.recipients = RecipientsSection(self.binder, store)
        self.appendices = AppendicesSection(self.binder)
        self.page = PageSection(self.binder)
        self.sections: list[Section] = [
            self.issuer,
            self.number_date,
            self.marks,
            self.facts,
            self.content,
            self.signature,
            self.recipients,
            self.appendices,
            self.page,
        ]
        for section in self.sections:
            column.addWidget(section)
        column.addStretch(1)
        self.setWidget(inner)
        self.wheel_guard = WheelGuard(self)
        self.wheel_guard.watch(inner)
        self._marked: list[QWidget] = []

    @property
    def body(self) -> BodyEditor:
        return self.content.body

    def editor_of(self, item_id: str) -> BodyEditor:
        """The body editor showing ``item_id``: the body's or an appendix's."""
        owner = self.doc.notice.owner_of(item_id)
        editors = self.appendices.editors()
        if owner is not None and owner < len(editors):
            return editors[owner]
        return self.body

    def sync(self, change: Change) -> None:
        self.binder.sync(change)
        for section in self.sections:
            section.sync(change)

    # -- paths -> widgets --------------------------------------------------------------
    def widgets_for(self, path: str) -> list[QWidget]:
        path = _FALLBACK.get(path, path)
        if path in ("day", "month", "year"):
            return self.number_date.widgets_for(path)
        m = _ITEM.match(path)
        found = [w for w in self.binder.widgets_for(path) if not w.isHidden()]
        if m and not found:
            other = f"body[{m.group(1)}].{'title' if m.group(2) == 'text' else 'text'}"
            found = [w for w in self.binder.widgets_for(other) if not w.isHidden()]
            found = found or self.editor_of(m.group(1)).row_widgets(m.group(1))
        return found

    def focus_path(self, path: str) -> bool:
        """Put the cursor in the input of ``path``; False when there is none."""
        m = _ITEM.match(path)
        editor = self.editor_of(m.group(1)) if m else self.body
        if m and editor.focus_item(m.group(1), m.group(2)):
            self._reveal(editor.rows[m.group(1)])
            return True
        widgets = self.widgets_for(path)
        if not widgets:
            return False
        widget = widgets[0]
        self._reveal(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _reveal(self, widget: QWidget) -> None:
        self.ensureWidgetVisible(widget, 40, 60)
        # Rows laid out a moment ago have their geometry only after the event loop runs.
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(widget, 40, 60))

    def mark(self, problems: list[Problem]) -> None:
        """Mark each input that has a problem (the worst one wins) and clear the others."""
        marks: dict[str, tuple[str, str]] = {}
        rank = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}
        for problem in problems:
            if problem.severity is Severity.INFO:
                continue
            severity = problem.severity.value
            key = _FALLBACK.get(problem.field, problem.field)
            old = marks.get(key)
            if old is None or rank[Severity(old[0])] < rank[problem.severity]:
                marks[key] = (severity, problem.message)
            elif old[0] == severity:
                marks[key] = (severity, f"{old[1]}\n{problem.message}")
        # Clear the marks given to other inputs first: an input marked for its hidden
        # neighbour last time (or a body row reused since) may have a mark of its own now.
        for widget in self._marked:
            set_problem(widget, "", "")
        self._marked = []
        self.binder.mark(marks)
        for key in ("day", "month", "year"):
            if key in marks:
                for widget in self.number_date.widgets_for(key):
                    set_problem(widget, *marks[key])
                    self._marked.append(widget)
        for path, value in marks.items():
            m = _ITEM.match(path)
            if m and not [w for w in self.binder.widgets_for(path) if not w.isHidden()]:
                for widget in self.widgets_for(path):
                    set_problem(widget, *value)
                    self._marked.append(widget)
