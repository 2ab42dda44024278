"""The appendices ("Phụ lục") of the notice: add, remove, reorder, number, title, items.

Each appendix is a box with its number (empty: numbered automatically, I, II… when there
are two or more), its title and its items, edited with the same body editor as the
notice's body. Every change is a step of the document's one undo history. The layout
prints each appendix on its own page after the signature, under "Phụ lục …" and the
"(Kèm theo Thông báo số …)" line it fills from the notice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.gui.binding import Binder, Section, discard, hint_label
from ucd_desktop.gui.body.editor import BodyEditor
from ucd_desktop.gui.undo import Change
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import Appendix
from ucd_desktop.model.numbering import appendix_labels
from ucd_desktop.model.paths import appendix_path

__all__ = ["AppendicesSection", "AppendixBox"]

#: The value key a change of the appendices' list (add, remove, move) carries.
APPENDICES = "appendices"


class AppendixBox(Section):
    """One appendix: number, title, buttons to move or delete it, and its items."""

    def __init__(self, binder: Binder, index: int, run: Callable[[str, int], None]) -> None:
        super().__init__(N_("Appendix"), binder)
        self.index = index
        self.number = binder.line(appendix_path(index, "number"))
        self.texts.bind(
            self.number.setPlaceholderText, N_("automatic (I, II… when there are several)")
        )
        self.add_row(N_("N&umber:"), self.number)
        self.title_field = binder.text(appendix_path(index, "title"), 2)
        self.texts.bind(
            self.title_field.setPlaceholderText, N_("e.g. Danh mục công trình chậm tiến độ")
        )
        self.add_row(N_("&Title:"), self.title_field)
        bar = QWidget()
        line = QHBoxLayout(bar)
        line.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        for key, label, tip in (
            ("up", N_("Move up"), N_("Move this appendix before the previous one")),
            ("down", N_("Move down"), N_("Move this appendix after the next one")),
            ("remove", N_("Delete the appendix"), N_("Delete this appendix and its items")),
        ):
            button = QToolButton()
            self.texts.bind(button.setText, label)
            self.texts.named(button, label, tip)
            button.clicked.connect(lambda _c=False, k=key: run(k, self.index))
            line.addWidget(button)
            self.buttons[key] = button
        line.addStretch(1)
        self.form.addRow(bar)
        self.form.addRow(hint_label(self.texts, N_("Content (numbered automatically):")))
        self.body = BodyEditor(binder, owner=index)
        self.form.addRow(self.body)

    def show_label(self, label: str, count: int) -> None:
        self.setTitle(label)
        self.buttons["up"].setEnabled(self.index > 0)
        self.buttons["down"].setEnabled(self.index < count - 1)

    def retranslate(self) -> None:
        notice = self.doc.notice
        if self.index < len(notice.appendices):
            self.setTitle(appendix_labels(notice.appendices)[self.index])


class AppendicesSection(Section):
    """The list of appendices, each in its own box, and the button that adds one."""

    #: A message for the status bar from an appendix's items (e.g. "3 items pasted").
    message = Signal(str)

    def __init__(self, binder: Binder) -> None:
        super().__init__(N_("Appendices (Phụ lục)"), binder)
        self.form.addRow(
            hint_label(
                self.texts,
                N_(
                    "Each appendix is printed on a new page after the signature, under "
                    "“Phụ lục” and the line “(Kèm theo Thông báo số …)”, which is filled "
                    "in from the number and date."
                ),
            )
        )
        holder = QWidget()
        self.column = QVBoxLayout(holder)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(holder)
        self.add_button = QPushButton()
        self.texts.bind(self.add_button.setText, N_("Add an appendix"))
        self.texts.named(self.add_button, N_("Add an appendix"), N_("Add an appendix at the end"))
        self.add_button.clicked.connect(self.add_appendix)
        self.form.addRow(self.add_button)
        self.boxes: list[AppendixBox] = []
        self.sync(Change(everything=True, structure=True))

    # -- model -> boxes ------------------------------------------------------------------
    def sync(self, change: Change) -> None:
        count = len(self.doc.notice.appendices)
        if change.everything or APPENDICES in change.values or count != len(self.boxes):
            self._rebuild()
        else:
            for box in self.boxes:
                box.body.sync(change)
        labels = appendix_labels(self.doc.notice.appendices)
        for box, label in zip(self.boxes, labels, strict=True):
            box.show_label(label, count)

    def _rebuild(self) -> None:
        for box in self.boxes:
            self._unbind(box)
            discard(box)
        self.boxes = []
        for index in range(len(self.doc.notice.appendices)):
            box = AppendixBox(self.binder, index, self.run)
            box.body.message.connect(self.message)
            self.column.addWidget(box)
            self.boxes.append(box)

    def _unbind(self, box: QWidget) -> None:
        """Forget the inputs of ``box`` (its number, title and item rows)."""
        for group in list(self.binder.fields.values()):
            for field in list(group):
                if box.isAncestorOf(field):
                    self.binder.unregister(field)

    # -- commands ------------------------------------------------------------------------
    def _edit(self, label: str, mutate: Callable[[Draft], None]) -> None:
        change = Change(structure=True, values=frozenset({APPENDICES}))
        self.doc.edit(label, mutate, change)

    def add_appendix(self) -> None:
        def mutate(draft: Draft) -> None:
            draft.notice.appendices.append(Appendix())

        self._edit(_("Add an appendix"), mutate)
        if self.boxes:
            self._show(self.boxes[-1])

    def run(self, key: str, index: int) -> None:
        appendices = self.doc.notice.appendices
        if not 0 <= index < len(appendices):
            return
        if key == "remove":

            def remove(draft: Draft) -> None:
                del draft.notice.appendices[index]

            self._edit(_("Delete an appendix"), remove)
            return
        target = index + (-1 if key == "up" else 1)
        if not 0 <= target < len(appendices):
            return

        def move(draft: Draft) -> None:
            found = draft.notice.appendices
            found[index], found[target] = found[target], found[index]

        self._edit(_("Move an appendix"), move)
        self._show(self.boxes[target])

    def _show(self, box: AppendixBox) -> None:
        """Put the cursor in ``box``'s title and scroll the form to it (once laid out)."""
        box.title_field.setFocus()
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea):
            scroll = area
            field = box.title_field  # the timer dies with it if the box is rebuilt first
            QTimer.singleShot(0, field, lambda: scroll.ensureWidgetVisible(field, 40, 120))

    def editors(self) -> list[BodyEditor]:
        return [box.body for box in self.boxes]
