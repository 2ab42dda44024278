"""The main window: the form beside the live A4 preview, the problems panel under the form.

All wiring between the parts happens here; the parts never connect to each other.
An edit schedules a refresh (validation, marks, layout and the preview's pages): at once
after a quiet moment, then throttled while typing goes on (``refresh.RefreshScheduler``),
so the preview follows the user without stalling the keyboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QWidget,
)

from ucd_desktop import APP_NAME, APP_NAME_VI, __version__
from ucd_desktop.gui.actions import ActionKey, ActionRegistry
from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.dialogs.settings_dialog import SettingsDialog
from ucd_desktop.gui.document import NoticeDocument
from ucd_desktop.gui.fields import UndoRouter
from ucd_desktop.gui.files import FileController
from ucd_desktop.gui.flows import DraftFlows
from ucd_desktop.gui.form.panel import NoticeForm
from ucd_desktop.gui.form.problems import ProblemsPanel
from ucd_desktop.gui.geometry import ScreenMemory, window_state
from ucd_desktop.gui.help import GuideDialog
from ucd_desktop.gui.preview.refresh import RefreshScheduler
from ucd_desktop.gui.preview.view import PreviewWidget
from ucd_desktop.gui.qt_locale import apply_locale
from ucd_desktop.gui.recovery import offer_recovery
from ucd_desktop.gui.settings_store import SettingsStore
from ucd_desktop.gui.texts import retranslate_all
from ucd_desktop.gui.undo import Change
from ucd_desktop.gui.welcome import StartPages, WelcomePage
from ucd_desktop.i18n import current_language, set_language
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.problems import validate
from ucd_desktop.model.problems import Problem, Severity
from ucd_desktop.storage.atomic import SaveError
from ucd_desktop.storage.autosave import Autosaver

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    def __init__(self, store: SettingsStore | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store or SettingsStore()
        self.doc = NoticeDocument(parent=self)
        self.router = UndoRouter(self)
        self.router.undoRequested.connect(self.doc.undo)
        self.router.redoRequested.connect(self.doc.redo)
        self.actions_ = ActionRegistry(self)
        self.form = NoticeForm(self.doc, self.store, self.router)
        self.preview = PreviewWidget()
        self.problems = ProblemsPanel()
        self.files = FileController(self)
        self.flows = DraftFlows(self, self.files)
        self.autosaver: Autosaver | None = None
        self._autosaved = -1
        self._problems: list[Problem] = []
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.form)
        left.addWidget(self.problems)
        left.setStretchFactor(0, 4)
        left.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The first-start page, until a draft is opened; then the form and the page.
        self.welcome = WelcomePage()
        self.setCentralWidget(self.welcome.stack_with(self.splitter))
        self._build_menus()
        self._build_status()
        self.start_pages = StartPages(self)
        self._wire()
        self.refresher = RefreshScheduler(lambda: self.refresh(), self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_tick)
        self._apply_settings()
        self.screen_memory = ScreenMemory("window")
        self._restore_geometry()
        self.update_title()
        self._show_zoom(self.preview.zoom())
        self.refresh(measure=False)

    # -- building ----------------------------------------------------------------------
    def action(self, key: ActionKey) -> QAction:
        return self.actions_[key]

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = QMenu(self)
        for key in (ActionKey.NEW, ActionKey.NEW_FROM_NOTICE, ActionKey.OPEN):
            self.menu_file.addAction(a[key])
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addAction(a[ActionKey.IMPORT])
        self.menu_file.addSeparator()
        for key in (ActionKey.SAVE, ActionKey.SAVE_AS, ActionKey.SAVE_AS_TEMPLATE):
            self.menu_file.addAction(a[key])
        self.menu_file.addSeparator()
        for key in (ActionKey.EXPORT_DOCX, ActionKey.EXPORT_PDF, ActionKey.PRINT):
            self.menu_file.addAction(a[key])
        self.menu_file.addSeparator()
        self.menu_file.addAction(a[ActionKey.ISSUE])
        self.menu_file.addAction(a[ActionKey.CHECK_DOCX])
        self.menu_file.addSeparator()
        self.menu_file.addAction(a[ActionKey.SETTINGS])
        self.menu_file.addAction(a[ActionKey.QUIT])
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addAction(a[ActionKey.UNDO])
        self.menu_edit.addAction(a[ActionKey.REDO])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(a[ActionKey.NEXT_PROBLEM])
        self.menu_view = bar.addMenu("")
        for key in (ActionKey.ZOOM_IN, ActionKey.ZOOM_OUT, ActionKey.FIT_WIDTH):
            self.menu_view.addAction(a[key])
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(a[ActionKey.GUIDE])
        self.menu_help.addSeparator()
        self.menu_help.addAction(a[ActionKey.ABOUT])
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for key in (ActionKey.NEW, ActionKey.OPEN, ActionKey.SAVE, ActionKey.EXPORT_DOCX):
            self.toolbar.addAction(a[key])
        self.toolbar.addSeparator()
        for key in (ActionKey.UNDO, ActionKey.REDO):
            self.toolbar.addAction(a[key])
        self.toolbar.addSeparator()
        self.toolbar.addAction(a[ActionKey.ISSUE])
        self.addToolBar(self.toolbar)
        self._retitle_menus()
        self.store.changed.connect(self._fill_recent)
        self._fill_recent()

    def _build_status(self) -> None:
        status = self.statusBar()
        self.status_problems = QLabel()
        self.status_pages = QLabel()
        self.status_zoom = QLabel()
        for widget in (self.status_problems, self.status_pages, self.status_zoom):
            widget.setContentsMargins(10, 0, 10, 0)
            status.addPermanentWidget(widget)

    def _wire(self) -> None:
        a, f, flows = self.actions_, self.files, self.flows
        a[ActionKey.NEW].triggered.connect(f.new_from_template)
        a[ActionKey.NEW_FROM_NOTICE].triggered.connect(flows.new_from_notice)
        a[ActionKey.OPEN].triggered.connect(f.open)
        a[ActionKey.IMPORT].triggered.connect(flows.import_notice)
        a[ActionKey.SAVE].triggered.connect(f.save)
        a[ActionKey.SAVE_AS].triggered.connect(f.save_as)
        a[ActionKey.SAVE_AS_TEMPLATE].triggered.connect(flows.save_as_template)
        a[ActionKey.EXPORT_DOCX].triggered.connect(f.export)
        a[ActionKey.EXPORT_PDF].triggered.connect(f.export_pdf)
        a[ActionKey.PRINT].triggered.connect(f.print_notice)
        a[ActionKey.ISSUE].triggered.connect(flows.issue)
        a[ActionKey.CHECK_DOCX].triggered.connect(flows.check_document)
        a[ActionKey.QUIT].triggered.connect(self.close)
        a[ActionKey.UNDO].triggered.connect(self.doc.undo)
        a[ActionKey.REDO].triggered.connect(self.doc.redo)
        a[ActionKey.SETTINGS].triggered.connect(self.edit_settings)
        a[ActionKey.ZOOM_IN].triggered.connect(self.preview.zoom_in)
        a[ActionKey.ZOOM_OUT].triggered.connect(self.preview.zoom_out)
        a[ActionKey.FIT_WIDTH].triggered.connect(self.preview.fit_width)
        a[ActionKey.NEXT_PROBLEM].triggered.connect(self.next_problem)
        a[ActionKey.ABOUT].triggered.connect(self.about)
        a[ActionKey.GUIDE].triggered.connect(self.show_guide)
        self.welcome.newRequested.connect(f.new_from_template)
        self.welcome.openRequested.connect(f.open)
        self.welcome.importRequested.connect(flows.import_notice)
        self.welcome.guideRequested.connect(self.show_guide)
        stack = self.doc.stack
        stack.canUndoChanged.connect(a[ActionKey.UNDO].setEnabled)
        stack.canRedoChanged.connect(a[ActionKey.REDO].setEnabled)
        a[ActionKey.UNDO].setEnabled(False)
        a[ActionKey.REDO].setEnabled(False)
        stack.undoTextChanged.connect(self._name_undo_steps)
        stack.redoTextChanged.connect(self._name_undo_steps)
        stack.cleanChanged.connect(self.update_title)
        self.doc.fileChanged.connect(self.update_title)
        self.doc.changed.connect(self._on_changed)
        self.problems.problemActivated.connect(self.go_to)
        self.preview.fieldClicked.connect(self.go_to)
        self.preview.pageCountChanged.connect(self._show_pages)
        self.preview.zoomChanged.connect(self._show_zoom)
        self.form.body.message.connect(self._show_message)
        self.form.appendices.message.connect(self._show_message)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    # -- document changes --------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        self.form.sync(change)
        if change.everything and self.showing_welcome():
            self.start_pages.show_editor()
        if change.everything:
            self.update_title()
            self.refresh(measure=False)
        else:
            self.refresher.request()

    def refresh(self, *, measure: bool = True) -> None:
        """Validate, mark the fields, lay out, make the pages; ``measure`` its cost."""
        with self.refresher.timing(measure=measure):
            notice = self.doc.notice
            self._problems = validate(notice)
            self.problems.show_problems(self._problems, notice)
            self.form.mark(self._problems)
            paths = {p.field for p in self._problems if p.severity is not Severity.INFO}
            self.preview.set_layout(build_layout(notice))
            self.preview.flush()  # the refresh is already scheduled: no second pause
            self.preview.highlight_fields(paths)
        errors, warnings = self.problems.counts()
        self.status_problems.setText(_("Errors: {e} · Warnings: {w}").format(e=errors, w=warnings))

    def go_to(self, path: str) -> None:
        """Put the cursor in the field of ``path`` and show it on the page."""
        self.form.focus_path(path)
        self.preview.ensure_field_visible(path)

    def next_problem(self) -> None:
        shown = [p for p in self._problems if p.severity is not Severity.INFO]
        if not shown:
            return
        row = (self.problems.list.currentRow() + 1) % len(shown)
        self.problems.list.setCurrentRow(row)
        self.go_to(shown[row].field)

    def _show_pages(self, count: int) -> None:
        self.status_pages.setText(_("Pages: {n}").format(n=count))

    def _show_zoom(self, zoom: float) -> None:
        self.status_zoom.setText(_("Zoom: {percent} %").format(percent=round(zoom * 100)))

    # -- title, menus, language --------------------------------------------------------
    # A declared slot: QApplication outlives every window; with PySide6 6.11 a focus change
    # after an earlier window was closed reached its undeclared (dynamic) slot and raised
    # "Slot 'MainWindow::' not found".
    @Slot(QWidget, QWidget)
    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The page follows the cursor: the field being edited is scrolled into view."""
        path = getattr(new, "path", "")
        if isinstance(path, str) and path and not path.startswith("facts.") and self.isVisible():
            self.preview.ensure_field_visible(path)

    def _name_undo_steps(self, *_args: object) -> None:
        self.actions_.name_undo_steps(self.doc.stack)

    def _show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 4000)

    def display_name(self) -> str:
        return self.doc.path.name if self.doc.path else _("Untitled notice")

    def update_title(self, *_args: object) -> None:
        issued = _(" (issued)") if self.doc.draft.issued else ""
        title = APP_NAME_VI if current_language() == "vi" else "Conclusion notices"
        self.setWindowTitle(f"{self.display_name()}{issued}[*] – {title}")
        self.setWindowModified(self.doc.is_modified())

    def _retitle_menus(self) -> None:
        self.menu_file.setTitle(_("&File"))
        self.menu_recent.setTitle(_("Open &recent"))
        self.menu_edit.setTitle(_("&Edit"))
        self.menu_view.setTitle(_("&View"))
        self.menu_help.setTitle(_("&Help"))
        self.toolbar.setWindowTitle(_("Main toolbar"))
        # Qt's "»" button, shown when the toolbar does not fit a small screen.
        for button in self.toolbar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            button.setAccessibleName(_("More tools"))
            button.setToolTip(_("More tools"))

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for text in self.store.settings.recent_files:
            path = Path(text)
            action = self.menu_recent.addAction(path.name)
            action.setToolTip(text)
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))
        self.menu_recent.setEnabled(bool(self.store.settings.recent_files))

    def _open_recent(self, path: Path) -> None:
        if self.files.maybe_save():
            self.files.open_path(path)

    def set_language(self, language: str) -> None:
        """Switch the whole window (and the core's messages) to ``language`` now."""
        set_language(language)
        apply_locale(language)
        self.actions_.retranslate()
        self._name_undo_steps()
        self._retitle_menus()
        retranslate_all()
        self.update_title()
        self._show_pages(self.preview.page_count())
        self._show_zoom(self.preview.zoom())
        self.refresh()

    def edit_settings(self) -> None:
        library = self.files.library()
        templates = [(t.id, t.name) for t in library.templates]
        new, ok = SettingsDialog.edit(self, self.store.settings, templates)
        if not ok:
            return
        language_changed = new.language != current_language()
        error = self.store.replace(new)
        if error:
            messages.warn(self, error)
        self._apply_settings()
        if language_changed:
            self.set_language(new.language)

    def _apply_settings(self) -> None:
        self.autosave_timer.setInterval(self.store.settings.autosave_seconds * 1000)

    def show_guide(self) -> GuideDialog:
        return self.start_pages.show_guide()

    def showing_welcome(self) -> bool:
        return self.start_pages.showing_welcome()

    def about(self) -> None:
        messages.inform(
            self,
            f"{APP_NAME} {__version__}\n"
            + _("Drafts Thông báo kết luận laid out by Decree 30/2020/NĐ-CP."),
        )

    # -- autosave and recovery ---------------------------------------------------------
    def start_autosave(self) -> None:
        if self.autosaver is None:
            try:
                self.autosaver = Autosaver()
            except OSError as exc:
                self.statusBar().showMessage(str(exc), 8000)
                return
        self.autosave_timer.start()

    def autosave_tick(self) -> None:
        if self.files.lock is not None:
            self.files.lock.refresh()
        if self.autosaver is None or self.doc.revision == self._autosaved:
            return
        if not self.doc.is_modified():
            self._autosaved = self.doc.revision
            return
        try:
            self.autosaver.save(self.doc.draft, self.doc.path)
            self._autosaved = self.doc.revision
        except SaveError as exc:
            self.statusBar().showMessage(str(exc), 8000)

    def offer_recovery(self) -> bool:
        """Offer the newest autosave a crashed session left; True when one was restored."""
        return offer_recovery(self)

    def start(self, path: Path | None = None, *, first_start: bool = False) -> None:
        """What the app does on opening: restore, open ``path``, the last draft, or new.

        On the very first start (no settings yet) and with nothing to open, the first-start
        page says what to do instead of showing a blank draft full of problems.
        """
        # Autosave first: restored work goes into this session's autosave before the
        # crashed session's copy is deleted (a second crash must not lose it).
        self.start_autosave()
        restored = self.offer_recovery()
        if not restored:
            opened = False
            if path is not None:
                opened = self.files.open_path(path)
            else:
                recent = [Path(p) for p in self.store.settings.recent_files]
                if recent and recent[0].is_file():
                    opened = self.files.open_path(recent[0])
            if not opened and first_start:
                self.start_pages.show_welcome()
                self.store.update(lambda _s: None)  # the settings file: not the first start
            elif not opened:
                library = self.files.library()
                self.files.start_new(self.files.default_template(library))
        if self.store.load_message:
            messages.warn(self, self.store.load_message)

    # -- window state ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """As last time on this screen; the first time 1280×820 or what the screen has."""
        self.screen_memory.restore(self, QSize(1280, 820))
        split = window_state().value("window/splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.screen_memory.save(self)
        window_state().setValue("window/splitter", self.splitter.saveState())
        self.autosave_timer.stop()
        if self.autosaver is not None:
            self.autosaver.close()
            self.autosaver = None
        self.files.release()
        event.accept()
