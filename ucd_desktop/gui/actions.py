"""The window's actions, keyed by an enum: menus, toolbar and tests look them up by key."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QStyle, QWidget

from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _

__all__ = ["ActionKey", "ActionRegistry", "ActionSpec"]

Std = QKeySequence.StandardKey
Pix = QStyle.StandardPixmap


class ActionKey(Enum):
    NEW = auto()
    NEW_FROM_NOTICE = auto()
    OPEN = auto()
    IMPORT = auto()
    SAVE = auto()
    SAVE_AS = auto()
    SAVE_AS_TEMPLATE = auto()
    EXPORT_DOCX = auto()
    EXPORT_PDF = auto()
    PRINT = auto()
    ISSUE = auto()
    CHECK_DOCX = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    SETTINGS = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    FIT_WIDTH = auto()
    NEXT_PROBLEM = auto()
    GUIDE = auto()
    ABOUT = auto()


@dataclass(frozen=True)
class ActionSpec:
    text: str
    tip: str = ""
    keys: tuple[QKeySequence.StandardKey | str, ...] = ()
    icon: QStyle.StandardPixmap | None = None


SPECS: dict[ActionKey, ActionSpec] = {
    ActionKey.NEW: ActionSpec(
        N_("&New from a template…"),
        N_("Start a notice from a template"),
        (Std.New,),
        Pix.SP_FileIcon,
    ),
    ActionKey.NEW_FROM_NOTICE: ActionSpec(
        N_("New from &this notice"),
        N_("Next meeting: a copy without number, date, marks and meeting facts"),
    ),
    ActionKey.OPEN: ActionSpec(
        N_("&Open a draft…"), N_("Open a saved draft (.ucd)"), (Std.Open,), Pix.SP_DialogOpenButton
    ),
    ActionKey.IMPORT: ActionSpec(
        N_("Open an old &notice…"),
        N_("Read a notice from Word (.docx, .doc), a PDF, plain text or a scan"),
    ),
    ActionKey.SAVE: ActionSpec(
        N_("&Save"), N_("Save the draft"), (Std.Save,), Pix.SP_DialogSaveButton
    ),
    ActionKey.SAVE_AS: ActionSpec(
        N_("Save &as…"), N_("Save the draft under another name"), ("Ctrl+Shift+S",)
    ),
    ActionKey.SAVE_AS_TEMPLATE: ActionSpec(
        N_("Save as &template…"), N_("Make a template of this notice for later meetings")
    ),
    ActionKey.EXPORT_DOCX: ActionSpec(
        N_("&Export .docx…"),
        N_("Write the notice as a Word file to print"),
        ("Ctrl+E",),
        Pix.SP_ArrowDown,
    ),
    ActionKey.EXPORT_PDF: ActionSpec(N_("Export &PDF…"), N_("Write the notice as a PDF file")),
    ActionKey.PRINT: ActionSpec(N_("&Print…"), N_("Print the notice"), (Std.Print,)),
    ActionKey.ISSUE: ActionSpec(
        N_("&Issue…"),
        N_("After signing: record the number and date, remove DỰ THẢO, export the final file"),
    ),
    ActionKey.CHECK_DOCX: ActionSpec(
        N_("&Check a document…"), N_("Check any .docx notice against Decree 30")
    ),
    ActionKey.QUIT: ActionSpec(N_("&Quit"), "", ("Ctrl+Q",)),
    ActionKey.UNDO: ActionSpec(N_("&Undo"), "", (Std.Undo,), Pix.SP_ArrowBack),
    ActionKey.REDO: ActionSpec(N_("&Redo"), "", ("Ctrl+Y", "Ctrl+Shift+Z"), Pix.SP_ArrowForward),
    ActionKey.SETTINGS: ActionSpec(N_("&Settings…"), N_("Language, templates, autosave")),
    ActionKey.ZOOM_IN: ActionSpec(N_("Zoom &in"), "", (Std.ZoomIn,)),
    ActionKey.ZOOM_OUT: ActionSpec(N_("Zoom &out"), "", (Std.ZoomOut,)),
    ActionKey.FIT_WIDTH: ActionSpec(N_("&Fit the width"), "", ("Ctrl+0",)),
    ActionKey.NEXT_PROBLEM: ActionSpec(N_("Next &problem"), N_("Go to the next problem"), ("F8",)),
    ActionKey.GUIDE: ActionSpec(
        N_("User &guide"),
        N_("The five steps, shortcuts, templates, import, checks and printing"),
        ("F1",),
    ),
    ActionKey.ABOUT: ActionSpec(N_("&About ucd-desktop")),
}


class ActionRegistry(QObject):
    """One QAction per ActionKey, with its shortcuts and translated texts."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.actions: dict[ActionKey, QAction] = {}
        style = window.style()
        for key, spec in SPECS.items():
            action = QAction(window)
            action.setObjectName(key.name.lower())
            shortcuts = [QKeySequence(k) for k in spec.keys]
            action.setShortcuts([s for s in shortcuts if not s.isEmpty()])
            if spec.icon is not None:
                action.setIcon(style.standardIcon(spec.icon))
            window.addAction(action)
            self.actions[key] = action
        self.retranslate()

    def __getitem__(self, key: ActionKey) -> QAction:
        return self.actions[key]

    def name_undo_steps(self, stack: QUndoStack) -> None:
        """ "Hoàn tác: sửa Trích yếu": Undo and Redo say what they would do."""
        for key, step, plain, named in (
            (ActionKey.UNDO, stack.undoText(), _("&Undo"), _("&Undo: {what}")),
            (ActionKey.REDO, stack.redoText(), _("&Redo"), _("&Redo: {what}")),
        ):
            action = self.actions[key]
            what = step[:1].lower() + step[1:] if step[1:2].islower() else step
            action.setText(named.format(what=what) if step else plain)
            tip = action.text().replace("&", "")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)

    def retranslate(self) -> None:
        for key, spec in SPECS.items():
            action = self.actions[key]
            action.setText(_(spec.text))
            tip = _(spec.tip) if spec.tip else action.text().replace("&", "").rstrip("…")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
