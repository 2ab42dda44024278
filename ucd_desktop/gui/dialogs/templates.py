"""New from a template (a list with each template's name and description); save as template.

Both dialogs follow one shape: a classmethod builds the dialog, runs it and returns
``(value, ok)``; callers never touch the widgets, tests replace ``exec``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.gui.geometry import remember_size
from ucd_desktop.gui.style import hint as style_hint
from ucd_desktop.gui.style import mark
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.templating.from_draft import Keep
from ucd_desktop.templating.library import TemplateLibrary
from ucd_desktop.templating.template import NoticeTemplate

__all__ = ["NewFromTemplateDialog", "SaveAsTemplateDialog", "TemplateChoice"]

_TEMPLATE_ROLE = Qt.ItemDataRole.UserRole
_DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
_PAD = 6


class _TemplateDelegate(QStyledItemDelegate):
    """Each template as its name in bold over two lines of its description."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the name and the whole description, wrapped at the list's width."""
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QAbstractScrollArea):
            width = view.viewport().width()
        width = max(width, 200)
        description = str(index.data(_DESCRIPTION_ROLE) or "")
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        text = metrics.boundingRect(QRect(0, 0, width - 2 * _PAD, 100_000), flags, description)
        lines = max(1, round(text.height() / line)) if description else 0
        return QSize(width, (1 + lines) * line + 2 * _PAD + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        rect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        bold = QFont(opt.font)
        bold.setBold(True)
        line = QFontMetrics(opt.font).lineSpacing()
        painter.setFont(bold)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(opt.font)
        description = str(index.data(_DESCRIPTION_ROLE) or "")
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.drawText(rect.adjusted(0, line, 0, 0), int(flags), description)
        painter.restore()


#: Problems shown above the list; a folder of broken files must not push the list away.
_PROBLEM_LINES = 8


def _origin(template: NoticeTemplate) -> str:
    if template.origin == "user":
        return _("your template")
    if template.origin == "shared":
        folder = template.path.parent if template.path else ""
        return _("shared template ({folder})").format(folder=folder)
    return _("bundled template")


def _one_paragraph(text: str) -> str:
    return " ".join(text.split())


class NewFromTemplateDialog(QDialog):
    def __init__(
        self, library: TemplateLibrary, default_id: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("New notice"))
        remember_size(self, "new-notice", QSize(620, 460))
        layout = QVBoxLayout(self)
        intro = QLabel(_("Choose the kind of meeting. You fill in its facts in the form."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(_("Templates"))
        self.list.setAlternatingRowColors(True)
        # Each row as tall as its whole description at the list's width, again on resizing.
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        if library.problems:
            lines = library.problems[:_PROBLEM_LINES]
            if len(library.problems) > _PROBLEM_LINES:
                more = len(library.problems) - _PROBLEM_LINES
                lines.append(
                    _("… and {n} more (ucd-desktop templates lists them all)").format(n=more)
                )
            problems = QLabel("\n".join(lines))
            problems.setWordWrap(True)
            mark(problems, "warning")
            layout.addWidget(problems)
        self.list.setItemDelegate(_TemplateDelegate(self.list))
        shared_ids = library.duplicates()
        for template in library.templates:
            title = template.name
            if template.id in shared_ids:  # two folders, one id: say which one this is
                title = f"{template.name} — {_origin(template)}"
            item = QListWidgetItem(title)
            item.setData(_TEMPLATE_ROLE, template)
            item.setData(_DESCRIPTION_ROLE, _one_paragraph(template.description))
            item.setToolTip(template.description)
            self.list.addItem(item)
        blank = QListWidgetItem(_("Blank notice"))
        blank.setData(_DESCRIPTION_ROLE, _("Start from an empty form, without meeting facts."))
        blank.setData(_TEMPLATE_ROLE, None)
        self.list.addItem(blank)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("&Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        start = 0
        for row in range(self.list.count()):
            t = self.list.item(row).data(_TEMPLATE_ROLE)
            if isinstance(t, NoticeTemplate) and t.id == default_id:
                start = row
        self.list.setCurrentRow(start)
        self.list.setFocus()

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        template = item.data(_TEMPLATE_ROLE) if item else None
        if isinstance(template, NoticeTemplate):
            facts = ", ".join(f.label for f in template.facts[:6])
            more = "…" if len(template.facts) > 6 else ""
            self.details.setText(
                _("{origin}. Asks for: {facts}{more}").format(
                    origin=_origin(template).capitalize(), facts=facts or "–", more=more
                )
            )
        else:
            self.details.setText("")

    def selected(self) -> NoticeTemplate | None:
        item = self.list.currentItem()
        value = item.data(_TEMPLATE_ROLE) if item else None
        return value if isinstance(value, NoticeTemplate) else None

    @classmethod
    def choose(
        cls, parent: QWidget | None, library: TemplateLibrary, default_id: str = ""
    ) -> tuple[NoticeTemplate | None, bool]:
        """The template picked (None for a blank notice) and whether the user went ahead."""
        dialog = cls(library, default_id, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.selected()
        dialog.deleteLater()
        return value, ok


@dataclass(frozen=True)
class TemplateChoice:
    name: str
    description: str
    keep: Keep


class SaveAsTemplateDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Save as template"))
        remember_size(self, "save-template", QSize(520, 420))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setAccessibleName(_("Template name"))
        form.addRow(_("&Name:"), self.name)
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(_("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(_("&Description:"), self.description)
        layout.addLayout(form)
        intro = QLabel(_("Keep for the next meetings:"))
        layout.addWidget(intro)
        self.checks: dict[str, QCheckBox] = {}
        for key, text in (
            ("agency", _("The issuing body, symbol and place")),
            ("signer", _("The signer and the authority lines")),
            ("recipients", _("The recipients and the archive line")),
            ("skeleton", _("The sections and clauses (their headings)")),
            ("phrasing", _("The wording (opening, lead-in, closing)")),
            (
                "conclusions",
                _("The conclusions' text (each one to be reviewed in the next notice)"),
            ),
        ):
            check = QCheckBox(text)
            check.setChecked(key != "conclusions")
            check.setAccessibleName(text)
            layout.addWidget(check)
            self.checks[key] = check
        hint = QLabel(
            _(
                "Number, date and marks are never kept. Text that follows the meeting facts keeps "
                "following them."
            )
        )
        hint.setWordWrap(True)
        style_hint(hint)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(_("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        ok.setEnabled(bool(self.name.text().strip()))

    def value(self) -> TemplateChoice:
        keep = Keep(**{key: check.isChecked() for key, check in self.checks.items()})
        return TemplateChoice(
            self.name.text().strip(), self.description.toPlainText().strip(), keep
        )

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> tuple[TemplateChoice, bool]:
        dialog = cls(name, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value()
        dialog.deleteLater()
        return value, ok and bool(value.name)
