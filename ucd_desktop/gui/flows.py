"""The flows that start from the current draft: issue it, next meeting, make a template,
and the two that use other areas' APIs: open an old notice (reading) and check a document
(checking), imported when first used.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ucd_desktop.export.issue import issue_notice
from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.dialogs.issue import CheckReportDialog, IssueDialog
from ucd_desktop.gui.dialogs.templates import SaveAsTemplateDialog
from ucd_desktop.gui.document import NoticeDocument
from ucd_desktop.gui.files import FileController
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.issue import IssueError, issued_draft
from ucd_desktop.storage.atomic import SaveError
from ucd_desktop.storage.filenames import suggested_export_name
from ucd_desktop.templating.from_draft import (
    next_meeting_draft,
    save_user_template,
    template_from_draft,
    template_id_for,
    template_name_for,
)
from ucd_desktop.templating.template import TemplateError

if TYPE_CHECKING:
    from ucd_desktop.gui.main_window import MainWindow

__all__ = ["DraftFlows"]


class DraftFlows(QObject):
    def __init__(self, window: MainWindow, files: FileController) -> None:
        super().__init__(window)
        self.window = window
        self.files = files

    @property
    def doc(self) -> NoticeDocument:
        return self.window.doc

    # -- issue, next meeting -----------------------------------------------------------
    def issue(self) -> Path | None:
        """Record the clerk's number and date, export the final .docx, keep an issued copy
        (``export.issue.issue_notice``); the window then shows the issued notice."""
        issuing, ok = IssueDialog.ask(self.window, self.doc.notice.number)
        if not ok:
            return None
        try:
            issued = issued_draft(self.doc.draft, issuing.number, issuing.date)
        except IssueError as exc:
            messages.warn(self.window, str(exc))
            return None
        folder = self.files.export_folder()
        suggested = folder / suggested_export_name(issued.notice, folder=folder)
        path = messages.ask_save_path(
            self.window,
            _("Export the issued notice"),
            suggested,
            _("Word documents (*.docx)"),
            ".docx",
        )
        if path is None:
            return None
        result = issue_notice(
            self.doc.draft, issuing.number, issuing.date, path, write=self.files.write_docx
        )
        if result is None:
            return None
        if result.copy_error:
            messages.warn(self.window, result.copy_error)

        def mutate(draft: Draft) -> None:
            draft.notice = copy.deepcopy(result.draft.notice)
            draft.issued = copy.deepcopy(result.draft.issued)

        self.doc.edit(_("Issue the notice"), mutate)
        self.files.after_export(result.docx)
        return result.docx

    def new_from_notice(self) -> bool:
        if not self.files.maybe_save():
            return False
        try:
            draft = next_meeting_draft(self.doc.draft, self.doc.template)
        except TemplateError as exc:
            messages.warn(self.window, str(exc))
            return False
        self.files.set_lock(None)
        self.doc.load(draft, None, self.doc.template)
        return True

    def save_as_template(self) -> Path | None:
        link = self.doc.draft.template
        library = self.files.library()
        # Never the name of a template already there (the bundled one it came from).
        default = template_name_for(link.name if link else "", [t.name for t in library.templates])
        choice, ok = SaveAsTemplateDialog.ask(self.window, default)
        if not ok:
            return None
        taken = [t.id for t in library.templates]
        template = template_from_draft(
            self.doc.draft,
            name=choice.name,
            description=choice.description,
            keep=choice.keep,
            source=self.doc.template,
            template_id=template_id_for(choice.name, taken),
        )
        try:
            path = save_user_template(template)
        except SaveError as exc:
            messages.warn(self.window, str(exc))
            return None
        messages.inform(
            self.window,
            _("The template “{name}” was saved. It is offered under “New from a template”.").format(
                name=template.name
            ),
        )
        return path

    # -- old notices and checks (other areas' APIs, imported when used) ----------------
    def import_notice(self) -> bool:
        if not self.files.maybe_save():
            return False
        path = messages.ask_open_path(
            self.window,
            _("Open an old notice"),
            self.files.start_folder(),
            _(
                "Notices (*.docx *.doc *.pdf *.txt *.md);;"
                "Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"
            ),
        )
        if path is None:
            return False
        from ucd_desktop.gui.ocr_progress import OcrProgress
        from ucd_desktop.reading import ReadError, import_notice

        self.files.remember_folder(path.parent)
        progress = OcrProgress(self.window, path.name)
        try:
            result = import_notice(path, self.files.settings.tesseract_path, progress)
        except ReadError as exc:
            progress.close()
            if not progress.cancelled:
                messages.warn(self.window, str(exc))
            return False
        progress.close()
        self.files.set_lock(None)
        self.doc.load(result.draft, None, self.files.template_for(result.draft))
        self.window.problems.show_notes([(n.field, n.message, n.severity) for n in result.notes])
        return True

    def check_document(self) -> None:
        path = messages.ask_open_path(
            self.window,
            _("Check a document"),
            self.files.start_folder(),
            _("Word documents (*.docx)"),
        )
        if path is None:
            return
        from ucd_desktop.checking import check_docx
        from ucd_desktop.reading import ReadError

        self.files.remember_folder(path.parent)
        try:
            report = check_docx(path)
        except ReadError as exc:
            messages.warn(self.window, str(exc))
            return
        CheckReportDialog.show_report(self.window, path.name, list(report.findings))
