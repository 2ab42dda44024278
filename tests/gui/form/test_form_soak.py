"""A long, seeded run of what a drafter does to the whole form, checked after every step.

From the bundled example and from a new draft of a bundled template, a fixed random
order of: focusing any bound input and typing (NFD-decomposed text, backspaces), pasting
or committing text with a tab, a vertical tab or a control character (cleaned at the
model boundary), select-all + delete, the urgency / secrecy / date-mode combo boxes, the
date picker and "Today", the DỰ THẢO box, the meeting facts (which render bound fields
again), saved offices, signers and recipient lists, free recipient lines and "(b/c)",
the copies count, undo and redo, a click on a problem, English and back, save and reopen,
a refresh. After each step: every bound input stands for what the model holds for its
path (the widget may keep what was typed; the model has it NFC and cleaned), the value
inputs and the date show the model, the problems panel lists ``validate(notice)``, the
title's modified marker follows the history. At the end, undoing every step gives back
the draft as loaded (or as last reopened), redoing them the draft as it was left, and
that draft exports to a .docx python-docx reads back.

It found the saved recipient lists' boxes coming loose as windows of their own: a save
then an open in one turn (Open recent > Save) filled the boxes twice, and the "show"
Qt had queued for each box of the first fill reached it after it was taken out of the
form (``RecipientsSection._fill``; the people rows of a fact were dropped the same way).
And a draft saved and reopened lost the line break of its template's issuing body: the
draft reader cleaned each value of ``TemplateLink.sources`` / ``rendered`` as the field
its key names, and "issuing_body" is single-line there (``storage.codec``), so new facts
then rendered the two heading lines as one.
"""

from __future__ import annotations

import io
import os
import random
import unicodedata
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from tests.conftest import EXAMPLE
from tests.gui.body.test_item_list import settle
from tests.gui.conftest import Answers, type_text
from tests.gui.form_check import check_form, shown_windows
from tests.gui.test_templates_flow import pick_template
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.gui.actions import ActionKey
from ucd_desktop.gui.fields import LineField, TextField
from ucd_desktop.gui.form.date_input import DateInput
from ucd_desktop.gui.form.facts import PeopleEditor
from ucd_desktop.gui.form.problems import PATH_ROLE
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.i18n import current_language
from ucd_desktop.layout.build import build_layout
from ucd_desktop.model.notice import Recipient
from ucd_desktop.storage.drafts import draft_to_json
from ucd_desktop.storage.settings import IssuerPreset, RecipientList, Settings, SignerPreset

#: CI runs a few seeds; a hunt sets FORM_SOAK_SEEDS=1-40 FORM_SOAK_STEPS=300 (and more starts).
STEPS = int(os.environ.get("FORM_SOAK_STEPS", "150"))
_FIRST, _SEP, _LAST = os.environ.get("FORM_SOAK_SEEDS", "1-2").partition("-")
SEEDS = tuple(range(int(_FIRST), int(_LAST or _FIRST) + 1))
STARTS = tuple(os.environ.get("FORM_SOAK_STARTS", "example,hoi-nghi").split(","))

NFD = unicodedata.normalize("NFD", " Nguyễn Thị Ánh Hồng")
TYPED = (" Sở Tài chính", " đã", " ổn", NFD, "\b\b", "Phòng họp số 3", "\b", " (b/c)")
PASTED = (
    "Sở\tNội vụ",
    "dòng một\x0bdòng hai",
    "chuông\x07 reo",
    NFD,
    "ẩn\u200bdanh",
    "hai\r\ndòng",
    "\x1b[31mđỏ",
)
DATES = ("26/5/2022", "1/1/2023", "31/12/2021", "30/2/2022", "12/13")


def presets() -> Settings:
    return Settings(
        issuers=[
            IssuerPreset("Sở Nội vụ", ["UBND TỈNH LONG AN"], ["SỞ NỘI VỤ"], "TB-SNV", "Tân An")
        ],
        signers=[SignerPreset("Trần Văn B", "GIÁM ĐỐC", ["KT. GIÁM ĐỐC"])],
        recipient_lists=[
            RecipientList(
                "Khối nội chính", [Recipient("Công an tỉnh"), Recipient("TT. HĐND tỉnh", "b/c")]
            ),
            RecipientList("Huyện", [Recipient("UBND các huyện, thị xã, thành phố")]),
        ],
    )


class Session:
    """The drafter: one random step at a time."""

    def __init__(self, window: MainWindow, rng: random.Random, answers: Answers, tmp: Path):
        self.window, self.rng, self.answers, self.tmp = window, rng, answers, tmp
        self.doc, self.form = window.doc, window.form
        self.saves = 0
        #: The draft the history starts from (the loaded one, or the one last reopened).
        self.base = draft_to_json(self.doc.draft)

    # -- inputs ------------------------------------------------------------------------
    def inputs(self) -> list[LineField | TextField]:
        found: list[LineField | TextField] = [
            f for group in self.form.binder.fields.values() for f in group
        ]
        found += self.form.facts.findChildren(LineField)
        found += self.form.facts.findChildren(TextField)
        return [f for f in found if f.isVisibleTo(self.window) and f.isEnabled()]

    def focus(self) -> LineField | TextField:
        field = self.rng.choice(self.inputs())
        self.form.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return field

    def focus_any(self) -> None:
        self.focus()

    def focused(self) -> LineField | TextField:
        widget = QApplication.focusWidget()
        if isinstance(widget, LineField | TextField) and widget.isVisibleTo(self.window):
            return widget
        return self.focus()

    def type(self) -> None:
        type_text(self.focused(), self.rng.choice(TYPED))

    def paste(self) -> None:
        field = self.focused()
        QApplication.clipboard().setText(self.rng.choice(PASTED))
        field.paste()

    def commit(self) -> None:
        """Text from an input method (Unikey, IBus): no key filter stands in its way."""
        event = QInputMethodEvent()
        event.setCommitString(self.rng.choice(PASTED))
        QApplication.sendEvent(self.focused(), event)

    def clear(self) -> None:
        field = self.focused()
        field.selectAll()
        type_text(field, "\b")

    # -- the other inputs --------------------------------------------------------------
    def choose(self, combo: QComboBox) -> None:
        index = self.rng.randrange(combo.count())
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def mark(self) -> None:
        marks = self.form.marks
        self.choose(self.rng.choice([marks.urgency, marks.secrecy]))

    def date(self) -> None:
        nd = self.form.number_date
        what = self.rng.randrange(3)
        if what == 0:
            self.choose(nd.mode)
        elif what == 1:
            nd.date.setDate(
                QDate(
                    self.rng.randint(2020, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)
                )
            )
        else:
            nd.today.click()

    def preset(self) -> None:
        self.choose(self.rng.choice([self.form.issuer.presets, self.form.signature.presets]))

    def fact(self) -> None:
        widgets = list(self.form.facts.widgets.values())
        if not widgets or not self.form.facts.isVisibleTo(self.window):
            return
        widget = self.rng.choice(widgets)
        if isinstance(widget, DateInput):
            if self.rng.random() < 0.3:
                widget.calendar.clicked.emit(QDate(2022, self.rng.randint(1, 12), 15))
                return
            widget.field.setFocus()
            widget.field.selectAll()
            type_text(widget.field, self.rng.choice(DATES))
        elif isinstance(widget, PeopleEditor):
            if widget.rows and self.rng.random() < 0.4:
                _n, _p, row = self.rng.choice(widget.rows)
                row.findChildren(QPushButton)[-1].click()
            elif widget.rows and self.rng.random() < 0.6:
                edit = self.rng.choice(widget.rows)[self.rng.randrange(2)]
                edit.setFocus()
                type_text(edit, self.rng.choice(TYPED))
            else:
                widget.add.click()
        else:
            edits = [widget] if isinstance(widget, LineField | TextField) else []
            edits += widget.findChildren(LineField)
            edit = self.rng.choice(edits)
            edit.setFocus()
            type_text(edit, self.rng.choice(TYPED))

    def recipients(self) -> None:
        section = self.form.recipients
        what = self.rng.randrange(3)
        if what == 0:
            box, _preset = self.rng.choice(section.list_checks)
            box.click()
        elif what == 1:
            lines = section.lines
            lines.setFocus()
            cursor = lines.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            lines.setTextCursor(cursor)
            type_text(
                lines, "\n" + self.rng.choice(["UBND huyện Cần Đước", "Sở Y tế;", "- Lưu: VT"])
            )
        else:
            lines = section.lines
            count = lines.document().blockCount()
            cursor = lines.textCursor()
            cursor.setPosition(
                lines.document().findBlockByNumber(self.rng.randrange(count)).position()
            )
            lines.setTextCursor(cursor)
            section.report.click()

    def copies(self) -> None:
        self.form.recipients.copies.setValue(self.rng.choice([0, 1, 2, 5, 12]))

    def problem(self) -> None:
        lst = self.window.problems.list
        if not lst.count():
            return
        item = lst.item(self.rng.randrange(lst.count()))
        path = str(item.data(PATH_ROLE))
        lst.scrollToItem(item)
        rect = lst.visualItemRect(item)
        QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        settle()
        widgets = self.form.widgets_for(path)
        focus = QApplication.focusWidget()
        if widgets:
            assert focus is not None
            assert any(w is focus or w.isAncestorOf(focus) for w in widgets), (path, focus)

    def language(self) -> None:
        self.window.set_language("en" if current_language() == "vi" else "vi")

    def save_and_reopen(self) -> None:
        self.saves += 1
        target = self.tmp / f"lưu {self.saves}.ucd"
        saved = draft_to_json(self.doc.draft)
        self.answers["ask_save_path"] = target
        self.window.action(ActionKey.SAVE_AS).trigger()
        assert target.exists() and not self.doc.is_modified()
        self.answers["ask_open_path"] = target
        self.window.action(ActionKey.OPEN).trigger()
        assert self.doc.path == target
        assert draft_to_json(self.doc.draft) == saved  # the file holds the draft as it was
        self.base = saved  # a new history starts here

    def steps(self) -> list[tuple[int, Callable[[], None]]]:
        return [
            (4, self.focus_any),
            (8, self.type),
            (2, self.paste),
            (2, self.commit),
            (2, self.clear),
            (2, self.mark),
            (2, self.date),
            (1, self.form.marks.draft_mark.click),
            (4, self.fact),
            (3, self.recipients),
            (1, self.copies),
            (1, self.preset),
            (4, self.doc.undo),
            (2, self.doc.redo),
            (2, self.problem),
            (1, self.language),
            (1, self.save_and_reopen),
            (1, self.window.refresh),
        ]


def start(window: MainWindow, how: str, monkeypatch: pytest.MonkeyPatch, tmp: Path) -> None:
    if how == "example":
        copy = tmp / "long-an-2022.ucd"
        copy.write_bytes(EXAMPLE.read_bytes())
        assert window.files.open_path(copy)
    else:
        pick_template(monkeypatch, how)
        window.action(ActionKey.NEW).trigger()
        assert window.doc.draft.template is not None and window.doc.draft.template.id == how
    settle()


def catch_up(window: MainWindow) -> None:
    """Queued events run; a refresh the window has scheduled runs now (time passes)."""
    settle()
    if window.refresher.pending():
        window.refresh()
    settle()


def run_session(window: MainWindow, answers: Answers, tmp: Path, seed: int, steps: int) -> None:
    rng = random.Random(seed)
    session = Session(window, rng, answers, tmp)
    doc = window.doc
    actions = session.steps()
    weights = [w for w, _a in actions]
    known = shown_windows()
    catch_up(window)
    check_form(window, known)
    for step in range(steps):
        (_w, act) = rng.choices(actions, weights)[0]
        print(step, act.__name__)  # shown when the test fails: the steps that led there
        act()
        catch_up(window)
        check_form(window, known)
    if current_language() != "vi":
        window.set_language("vi")
    left, at = draft_to_json(doc.draft), doc.stack.index()  # (the last steps may be undos)
    while doc.stack.canUndo():
        doc.undo()
    catch_up(window)
    assert draft_to_json(doc.draft) == session.base
    assert not doc.is_modified()
    check_form(window, known)
    while doc.stack.index() < at:
        doc.redo()
    catch_up(window)
    assert draft_to_json(doc.draft) == left
    check_form(window, known)
    data = render_docx(build_layout(doc.notice))
    body = docx.Document(io.BytesIO(data)).element.body
    words = "".join(t.text or "" for t in body.iter(qn("w:t")))
    assert doc.notice.signature.name.replace(" ", "") in words.replace(" ", "")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("how", STARTS)
def test_a_long_random_session_keeps_the_form_on_the_model(
    make_window: Callable[..., MainWindow],
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    how: str,
    seed: int,
) -> None:
    window = make_window(settings=presets())
    start(window, how, monkeypatch, tmp_path)
    run_session(window, answers, tmp_path, seed, STEPS)
