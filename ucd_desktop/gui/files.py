"""File flows of the window: new, open, save, export, issue, templates, import, check.

Every write goes through ``storage.atomic`` (via save_draft, export_docx, ...). A
destination that cannot be written (the .docx still open in Word) offers to try again
or to save under another name; nothing in the window changes until a write succeeded.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.dialogs.templates import NewFromTemplateDialog
from ucd_desktop.gui.document import NoticeDocument
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.problems import Severity
from ucd_desktop.model.validate import validate
from ucd_desktop.storage.atomic import SaveError
from ucd_desktop.storage.drafts import DRAFT_EXTENSION, DraftError, load_draft, save_draft
from ucd_desktop.storage.filenames import suggested_draft_name, suggested_export_name
from ucd_desktop.storage.locks import DraftLock, LockedError
from ucd_desktop.storage.settings import Settings
from ucd_desktop.templating.binding import instantiate
from ucd_desktop.templating.library import TemplateLibrary
from ucd_desktop.templating.template import NoticeTemplate, TemplateError

if TYPE_CHECKING:
    from ucd_desktop.gui.main_window import MainWindow
    from ucd_desktop.model.notice import Notice

__all__ = ["FileController", "new_draft"]


def export_docx(notice: Notice, path: Path) -> None:
    """The .docx writer, loaded on the first export: python-docx is 60 ms of the start."""
    from ucd_desktop.export.docx_writer import export_docx as write

    write(notice, path)


def new_draft(template: NoticeTemplate | None, today: dt.date | None = None) -> Draft:
    """A new draft: from ``template`` (or blank), dated this month with the day left blank."""
    today = today or dt.date.today()
    draft = instantiate(template) if template is not None else Draft()
    n = draft.notice
    if n.year is None:
        n.month, n.year = today.month, today.year
    return draft


class FileController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.lock: DraftLock | None = None

    @property
    def doc(self) -> NoticeDocument:
        return self.window.doc

    @property
    def settings(self) -> Settings:
        return self.window.store.settings

    # -- templates ---------------------------------------------------------------------
    def library(self) -> TemplateLibrary:
        return TemplateLibrary.default(self.settings.template_folder_paths())

    def template_for(
        self, draft: Draft, library: TemplateLibrary | None = None
    ) -> NoticeTemplate | None:
        link = draft.template
        if link is None:
            return None
        library = library or self.library()
        found = library.find(link.id)
        return found if found is not None and found.id == link.id else None

    def default_template(self, library: TemplateLibrary) -> NoticeTemplate | None:
        wanted = self.settings.default_template
        found = library.find(wanted) if wanted else None
        bundled = [t for t in library.templates if t.origin == "bundled"]
        return found or (bundled[0] if bundled else None)

    # -- asking before losing work -----------------------------------------------------
    def maybe_save(self) -> bool:
        """True when the current draft may be replaced (saved, discarded or unchanged)."""
        if not self.doc.is_modified():
            return True
        choice = messages.ask_unsaved(self.window, self.window.display_name())
        if choice == "save":
            return self.save()
        return choice == "discard"

    # -- new, open ---------------------------------------------------------------------
    def new_from_template(self) -> bool:
        if not self.maybe_save():
            return False
        library = self.library()
        template, ok = NewFromTemplateDialog.choose(
            self.window, library, self.settings.default_template
        )
        if not ok:
            return False
        return self.start_new(template)

    def start_new(self, template: NoticeTemplate | None) -> bool:
        try:
            draft = new_draft(template)
        except TemplateError as exc:
            messages.warn(self.window, str(exc))
            return False
        self.set_lock(None)
        self.doc.load(draft, None, template)
        self.window.problems.show_notes([])
        return True

    def open(self) -> bool:
        if not self.maybe_save():
            return False
        path = messages.ask_open_path(
            self.window, _("Open a draft"), self.start_folder(), _("Drafts (*.ucd);;All files (*)")
        )
        return self.open_path(path) if path else False

    def open_path(self, path: Path, *, recovered: Draft | None = None) -> bool:
        """Open the draft at ``path`` (or ``recovered``, which came from there)."""
        path = Path(path)
        try:
            draft = recovered or load_draft(path)
        except DraftError as exc:
            messages.warn(self.window, str(exc))
            return False
        if not self.set_lock(path):
            return False
        self.doc.load(draft, path, self.template_for(draft))
        self.window.problems.show_notes([])
        self.window.store.update(lambda s: s.add_recent(path))
        self.remember_folder(path.parent)
        return True

    def set_lock(self, path: Path | None) -> bool:
        """Hold the lock of ``path`` (warning if the draft is open elsewhere)."""
        if self.lock is not None and path is not None and self.lock.draft == path:
            return True
        new_lock = None
        if path is not None:
            try:
                new_lock = DraftLock.acquire(path)
            except LockedError as exc:
                if not messages.ask_open_locked(self.window, str(exc)):
                    return False
                with contextlib.suppress(LockedError):
                    new_lock = DraftLock.acquire(path, force=True)
        if self.lock is not None:
            self.lock.release()
        self.lock = new_lock
        return True

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- save --------------------------------------------------------------------------
    def save(self) -> bool:
        if self.doc.path is None or self._read_only():
            return self.save_as()
        return self._write_draft(self.doc.path)

    def _read_only(self) -> bool:
        path = self.doc.path
        return path is not None and path.exists() and not os.access(path, os.W_OK)

    def save_as(self) -> bool:
        folder = self.doc.path.parent if self.doc.path else Path(self.start_folder())
        suggested = folder / suggested_draft_name(self.doc.notice, folder=folder)
        path = messages.ask_save_path(
            self.window, _("Save the draft"), suggested, _("Drafts (*.ucd)"), DRAFT_EXTENSION
        )
        return self._write_draft(path) if path else False

    def _write_draft(self, path: Path) -> bool:
        while True:
            try:
                save_draft(self.doc.draft, path)
            except SaveError as exc:
                if exc.reason != "locked":
                    messages.warn(self.window, str(exc))
                    return False
                choice = messages.ask_locked(self.window, str(exc))
                if choice == "retry":
                    continue
                return self.save_as() if choice == "other" else False
            break
        if path != self.doc.path:
            self.set_lock(path)
        self.doc.mark_saved(path)
        self.window.store.update(lambda s: s.add_recent(path))
        self.remember_folder(path.parent)
        self.window.statusBar().showMessage(_("Saved: {path}").format(path=path), 5000)
        return True

    # -- export ------------------------------------------------------------------------
    def export_folder(self) -> Path:
        last = self.settings.last_export_folder
        if last and Path(last).is_dir():
            return Path(last)
        return self.doc.path.parent if self.doc.path else Path(self.start_folder())

    def start_folder(self) -> str:
        """Where a file dialog opens: the last folder used, else Documents, else home.

        Never the folder the app was started from (a shortcut's "Start in", the
        program's own folder), where a drafter would not look for the file again.
        """
        last = self.settings.last_folder
        if last and Path(last).is_dir():
            return last
        return self.documents_folder()

    def remember_folder(self, folder: Path) -> None:
        """The folder a file was opened from or saved to: the next dialog starts there."""
        text = str(folder)
        if self.settings.last_folder == text:
            return

        def remember(settings: Settings) -> None:
            settings.last_folder = text

        self.window.store.update(remember)

    def documents_folder(self) -> str:
        from PySide6.QtCore import QStandardPaths

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if documents and Path(documents).is_dir():
            return documents
        return str(Path.home())

    def _may_export(self) -> bool:
        """No errors, or the drafter chose to export anyway."""
        errors = [p for p in validate(self.doc.notice) if p.severity is Severity.ERROR]
        return not errors or messages.ask_export_with_errors(
            self.window, len(errors), errors[0].message
        )

    def export(self) -> Path | None:
        if not self._may_export():
            return None
        folder = self.export_folder()
        suggested = folder / suggested_export_name(self.doc.notice, folder=folder)
        path = messages.ask_save_path(
            self.window, _("Export .docx"), suggested, _("Word documents (*.docx)"), ".docx"
        )
        if path is None:
            return None
        written = self.write_docx(self.doc.draft, path)
        if written is not None:
            self.after_export(written)
        return written

    def write_docx(self, draft: Draft, path: Path) -> Path | None:
        """Export ``draft``'s notice to ``path``, offering retry or another name if locked."""
        while True:
            try:
                export_docx(draft.notice, path)
            except SaveError as exc:
                if exc.reason != "locked":
                    messages.warn(self.window, str(exc))
                    return None
                choice = messages.ask_locked(self.window, str(exc))
                if choice == "retry":
                    continue
                if choice != "other":
                    return None
                other = messages.ask_save_path(
                    self.window, _("Export .docx"), path, _("Word documents (*.docx)"), ".docx"
                )
                if other is None:
                    return None
                path = other
                continue
            self._remember_folder(path.parent)
            return path

    def _remember_folder(self, folder: Path) -> None:
        def remember(settings: Settings) -> None:
            settings.last_export_folder = str(folder)
            settings.last_folder = str(folder)

        self.window.store.update(remember)

    def after_export(self, path: Path) -> None:
        choice = messages.after_export(self.window, path)
        if choice == "file":
            messages.open_location(path)
        elif choice == "folder":
            messages.open_location(path.parent)

    def export_pdf(self) -> Path | None:
        """As "Export .docx": errors asked about first, then where, then what next."""
        from ucd_desktop.gui.printing import printer as printing

        if not self._may_export():
            return None
        folder = self.export_folder()
        suggested = folder / suggested_export_name(self.doc.notice, ".pdf", folder)
        written = printing.export_pdf(self.window, self.doc.notice, suggested)
        if written is not None:
            self._remember_folder(written.parent)
            self.after_export(written)
        return written

    def print_notice(self) -> bool:
        """Print, after a warning when the notice has errors or unfilled "…" blanks."""
        from ucd_desktop.gui.printing import printer as printing

        problems = validate(self.doc.notice)
        errors = [p for p in problems if p.severity is Severity.ERROR]
        blanks = [p for p in problems if p.code == "placeholder-left"]
        if errors or blanks:
            first = (errors or blanks)[0]
            if not messages.ask_print_with_problems(
                self.window, len(errors), len(blanks), first.message
            ):
                self.window.go_to(first.field)
                return False
        return printing.print_notice(self.window, self.doc.notice)
