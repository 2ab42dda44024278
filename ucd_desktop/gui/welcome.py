"""The first-start page: what the app is for, the five steps, and where to begin.

On the very first start the window used to open a blank draft showing "2 errors, 13
warnings" and no word of what to do. Instead it shows this page: the five steps of a
notice and three ways to begin (a new notice from a template, a saved draft, an old
notice written in Word). The form appears as soon as a draft is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.gui import style
from ucd_desktop.gui.actions import ActionKey
from ucd_desktop.gui.help import GuideDialog
from ucd_desktop.gui.texts import Texts
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

if TYPE_CHECKING:
    from ucd_desktop.gui.main_window import MainWindow

__all__ = ["DRAFT_ACTIONS", "STEPS", "StartPages", "WelcomePage", "step_html"]

#: The five steps of a notice, as the user guide names them too (title, what to do).
STEPS: tuple[tuple[str, str], ...] = (
    (
        N_("Choose a template"),
        N_(
            "“New from a template” (Ctrl+N): pick the kind of meeting. The header, the "
            "signature block and the recipients come filled in."
        ),
    ),
    (
        N_("Fill in the meeting facts"),
        N_(
            "Date, place, who chaired, who reported: the summary, the opening and the "
            "signer follow them."
        ),
    ),
    (
        N_("Write the conclusions"),
        N_(
            "One item per conclusion; numbering is automatic (Ctrl+Enter adds an item, "
            "Alt+← Alt+→ change its level, Ctrl+Shift+V pastes text from Word as items)."
        ),
    ),
    (
        N_("Check"),
        N_(
            "The problems panel lists what breaks Decree 30 and what to look at; click one "
            "to go to its field (F8: the next one). The page on the right is the A4 sheet."
        ),
    ),
    (
        N_("Export, print, issue"),
        N_(
            "Export .docx (Ctrl+E) or PDF, print (Ctrl+P); after signing, “Issue” records "
            "the number and date and removes DỰ THẢO."
        ),
    ),
)


class WelcomePage(QScrollArea):
    """Shown instead of a blank draft on the first start; the buttons start the work."""

    newRequested = Signal()
    openRequested = Signal()
    importRequested = Signal()
    guideRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.texts = Texts()
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(40, 30, 40, 30)
        column.setSpacing(12)
        title = QLabel()
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        self.texts.bind(title.setText, N_("Drafting a conclusion notice (Thông báo kết luận)"))
        column.addWidget(title)
        intro = QLabel()
        intro.setWordWrap(True)
        self.texts.bind(
            intro.setText,
            N_(
                "The notice is laid out by Decree 30/2020/NĐ-CP as you type: fonts, margins, "
                "numbering and punctuation are the app's work. Five steps:"
            ),
        )
        column.addWidget(intro)
        self.step_labels: list[QLabel] = []
        for number, (name, what) in enumerate(STEPS, start=1):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.texts.bind(_step_setter(label, number, name), what)
            column.addWidget(label)
            self.step_labels.append(label)
        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.import_button = QPushButton()
        self.guide_button = QPushButton()
        for button, text, signal in (
            (self.new_button, N_("&New from a template…"), self.newRequested),
            (self.open_button, N_("&Open a draft…"), self.openRequested),
            (self.import_button, N_("Open an old &notice…"), self.importRequested),
            (self.guide_button, N_("User &guide (F1)"), self.guideRequested),
        ):
            self.texts.bind(button.setText, text)
            button.clicked.connect(signal.emit)
            button.setMinimumHeight(button.sizeHint().height() + 10)
            buttons.addWidget(button)
        self.new_button.setDefault(True)
        buttons.addStretch(1)
        column.addSpacing(8)
        column.addLayout(buttons)
        hint = QLabel()
        hint.setWordWrap(True)
        style.hint(hint)
        self.texts.bind(
            hint.setText,
            N_(
                "An old notice (.docx, .pdf, .txt) is read into the form, to be checked and "
                "reused. The guide is under Help > User guide."
            ),
        )
        column.addWidget(hint)
        column.addStretch(1)
        self.setWidget(inner)

    def stack_with(self, editor: QWidget) -> QStackedWidget:
        """The window's central widget: ``editor`` (the form and the page), or this page."""
        self.stack = QStackedWidget()
        self.stack.addWidget(editor)
        self.stack.addWidget(self)
        return self.stack

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
        super().changeEvent(event)


#: Actions that need a draft: off while the first-start page is shown.
DRAFT_ACTIONS = (
    ActionKey.NEW_FROM_NOTICE,
    ActionKey.SAVE,
    ActionKey.SAVE_AS,
    ActionKey.SAVE_AS_TEMPLATE,
    ActionKey.EXPORT_DOCX,
    ActionKey.EXPORT_PDF,
    ActionKey.PRINT,
    ActionKey.ISSUE,
    ActionKey.NEXT_PROBLEM,
)


class StartPages(QObject):
    """Switches the window between the first-start page and the editor; opens the guide."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide: GuideDialog | None = None

    def showing_welcome(self) -> bool:
        return self.window.welcome.stack.currentWidget() is self.window.welcome

    def show_welcome(self) -> None:
        """The first-start page instead of a blank draft full of problems."""
        window = self.window
        window.welcome.stack.setCurrentWidget(window.welcome)
        self._enable_draft_actions(False)
        window.status_problems.hide()
        window.welcome.new_button.setFocus()

    def show_editor(self) -> None:
        window = self.window
        window.welcome.stack.setCurrentIndex(0)
        self._enable_draft_actions(True)
        window.status_problems.show()

    def _enable_draft_actions(self, enabled: bool) -> None:
        for key in DRAFT_ACTIONS:
            self.window.action(key).setEnabled(enabled)

    def show_guide(self) -> GuideDialog:
        """The user guide (F1), beside the window; one at a time."""
        if self.guide is None:
            self.guide = GuideDialog(self.window)
        else:
            self.guide.load()  # the language may have changed
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide


def _step_setter(label: QLabel, number: int, name: str) -> Callable[[str], None]:
    def set_text(what: str) -> None:
        label.setText(step_html(number, name, what))

    return set_text


def step_html(number: int, name: str, what: str) -> str:
    """Step ``number``: its name (translated here) in bold, then ``what`` to do."""
    return f"<b>{number}. {escape(_(name))}</b> – {escape(what)}"
