"""Templates end to end: new from a template, facts, save as template, a second meeting,
new from this notice, and issuing the signed notice."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import Answers, type_text
from ucd_desktop.gui.actions import ActionKey
from ucd_desktop.gui.dialogs.issue import IssueDialog
from ucd_desktop.gui.dialogs.templates import NewFromTemplateDialog, SaveAsTemplateDialog
from ucd_desktop.gui.fields import LineField
from ucd_desktop.gui.form.date_input import DateInput
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.storage.drafts import load_draft


def pick_template(monkeypatch: pytest.MonkeyPatch, template_id: str) -> None:
    def run(dialog: NewFromTemplateDialog) -> int:
        for row in range(dialog.list.count()):
            t = dialog.list.item(row).data(256)
            if getattr(t, "id", None) == template_id:
                dialog.list.setCurrentRow(row)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewFromTemplateDialog, "exec", run)


def fill_fact(window: MainWindow, key: str, text: str) -> None:
    widget = window.form.facts.widgets[key]
    assert isinstance(widget, LineField)
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)


def test_new_from_template_then_facts_fill_the_notice(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pick_template(monkeypatch, "hoi-nghi")
    window.action(ActionKey.NEW).trigger()
    assert window.doc.draft.template is not None
    assert window.doc.draft.template.id == "hoi-nghi"
    assert window.form.facts.isVisibleTo(window)
    fill_fact(window, "dia_diem", "Phòng họp trực tuyến UBND tỉnh")
    assert "Phòng họp trực tuyến UBND tỉnh" in window.doc.notice.opening
    assert window.form.content.opening.toPlainText() == window.doc.notice.opening
    date = window.form.facts.widgets["ngay_hop"]
    assert isinstance(date, DateInput)
    date.field.setFocus()
    type_text(date.field, "26/5/202")  # not a date yet: nothing changes
    assert window.doc.draft.template.facts["ngay_hop"] == ""
    type_text(date.field, "2")
    assert window.doc.draft.template.facts["ngay_hop"] == "2022-05-26"
    assert "26/5/2022" in window.doc.notice.opening
    assert date.field.text() == "26/5/2022"  # what was typed stays as typed
    person = window.form.facts.widgets["chu_tri"]
    position, name = person.findChildren(LineField)
    position.setFocus()
    type_text(position, "Phó Chủ tịch UBND tỉnh")
    name.setFocus()
    type_text(name, "Nguyễn Minh Lâm")
    assert "Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm" in window.doc.notice.summary
    # A field edited by hand is the drafter's: new facts never overwrite it.
    window.doc.set_text("lead_in", "Câu dẫn tự viết.")
    fill_fact(window, "bao_cao", "lãnh đạo Liên đoàn Lao động tỉnh")
    assert window.doc.notice.lead_in == "Câu dẫn tự viết."
    # Undo takes the facts back one input at a time.
    window.doc.undo()
    assert window.doc.draft.template.facts["bao_cao"] == ""


def test_template_saved_and_reused_for_a_second_meeting(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    pick_template(monkeypatch, "hoi-nghi")
    window.action(ActionKey.NEW).trigger()
    window.doc.set_text("issuing_body", "ỦY BAN NHÂN DÂN\nTỈNH LONG AN")
    fill_fact(window, "dia_diem", "Hội trường A")
    window.doc.set_text("signature.name", "Nguyễn Minh Lâm")
    window.doc.set_text("recipients", "TT. HĐND tỉnh (b/c)\nCác sở, ngành tỉnh")

    def save_dialog(dialog: SaveAsTemplateDialog) -> int:
        dialog.name.setText("Hội nghị của UBND tỉnh Long An")
        dialog.checks["phrasing"].setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SaveAsTemplateDialog, "exec", save_dialog)
    answers["choose"] = "ok"  # "the template was saved"
    window.action(ActionKey.SAVE_AS_TEMPLATE).trigger()
    assert "Hội nghị của UBND tỉnh Long An" in answers.asked[-1][1][3]
    # The second meeting, next month, from the new template.
    pick_template(monkeypatch, "hoi-nghi-cua-ubnd-tinh-long-an")
    answers["ask_unsaved"] = "discard"
    window.action(ActionKey.NEW).trigger()
    n = window.doc.notice
    assert n.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"]
    assert n.signature.name == "Nguyễn Minh Lâm"
    assert [r.text for r in n.recipients] == ["TT. HĐND tỉnh", "Các sở, ngành tỉnh"]
    assert "dia_diem" in window.form.facts.widgets  # still asked for each meeting
    fill_fact(window, "dia_diem", "Phòng họp số 2")
    assert "Phòng họp số 2" in window.doc.notice.opening


def test_new_from_this_notice_clears_what_belongs_to_one_meeting(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pick_template(monkeypatch, "cuoc-hop")
    window.action(ActionKey.NEW).trigger()
    fill_fact(window, "dia_diem", "trụ sở UBND tỉnh")
    window.doc.set_text("number", "12")
    window.doc.set_value("urgency", window.doc.notice.urgency.__class__("KHẨN"))
    window.doc.set_text("closing", "Đoạn kết viết tay.")
    window.doc.stack.setClean()
    window.action(ActionKey.NEW_FROM_NOTICE).trigger()
    n = window.doc.notice
    assert n.number == "" and n.urgency.value == "" and n.day is None
    assert n.closing == "Đoạn kết viết tay."
    assert "trụ sở UBND tỉnh" not in n.opening
    assert window.doc.path is None
    facts = window.form.facts.widgets["dia_diem"]
    assert isinstance(facts, LineField) and facts.text() == ""


def test_issue_records_number_and_date_and_keeps_a_read_only_copy(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: Answers, tmp_path: Path
) -> None:
    window.doc.set_value("draft_mark", True)

    def issue_dialog(dialog: IssueDialog) -> int:
        dialog.number.setText("7")
        dialog.date.setDate(QDate(2026, 3, 5))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(IssueDialog, "exec", issue_dialog)
    target = tmp_path / "07-TB.docx"
    answers["ask_save_path"] = target
    answers["after_export"] = "close"
    window.action(ActionKey.ISSUE).trigger()
    n = window.doc.notice
    assert (n.number, n.day, n.month, n.year, n.draft_mark) == ("7", 5, 3, 2026, False)
    assert window.doc.draft.issued is not None
    assert window.doc.draft.issued.date == dt.date(2026, 3, 5).isoformat()
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "DỰ THẢO" not in text
    copy_path = target.with_suffix(".ucd")
    assert load_draft(copy_path).issued is not None
    assert not os.access(copy_path, os.W_OK) or os.geteuid() == 0
    assert not (copy_path.stat().st_mode & 0o222)
    assert "(đã ban hành)" in window.windowTitle()
    window.doc.undo()  # the issue is one step
    assert window.doc.notice.number == "" and window.doc.notice.draft_mark


def test_cancelled_issue_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    monkeypatch.setattr(IssueDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)
    before = window.doc.stack.count()
    window.action(ActionKey.ISSUE).trigger()
    assert window.doc.stack.count() == before and answers.asked == []


def test_a_missing_shared_folder_is_reported_and_the_app_keeps_working(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ucd_desktop.storage.settings import Settings

    gone = tmp_path / "o-mang" / "mau"
    window = make_window(settings=Settings(template_folders=[str(gone)]))
    assert window.doc.draft.template is not None  # started from a bundled template
    seen: list[str] = []

    def look(dialog: NewFromTemplateDialog) -> int:
        seen.extend(label.text() for label in dialog.findChildren(type(dialog.details)))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(NewFromTemplateDialog, "exec", look)
    window.action(ActionKey.NEW).trigger()
    assert any(str(gone) in text for text in seen)


def test_broken_and_shadowing_templates_are_listed_and_the_window_starts(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 5,000-digit number in one user template and a user template taking a bundled
    id: the window starts, the list says which file is broken where, and shows both
    templates of the shared id with their folders."""
    from PySide6.QtWidgets import QLabel

    from tests.conftest import REPO
    from ucd_desktop.storage.paths import user_templates_dir
    from ucd_desktop.templating.library import TemplateLibrary

    folder = user_templates_dir()
    (folder / "so-lon.toml").write_text("format = 'ucd-desktop-template'\nversion = " + "9" * 5000)
    text = (REPO / "templates" / "cuoc-hop.toml").read_text("utf-8")
    (folder / "cuoc-hop.toml").write_text(text.replace('name = "', 'name = "Của tôi: ', 1), "utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = NewFromTemplateDialog(TemplateLibrary.default())
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "so-lon.toml" in labels and str(folder) in labels
    titles = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    shadowed = [t for t in titles if "—" in t]
    assert len(shadowed) == 2, titles
    if os.environ.get("UCD_SCREENSHOT_DIR"):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(os.path.join(os.environ["UCD_SCREENSHOT_DIR"], "broken-templates.png"))


@pytest.mark.parametrize(
    "summary",
    [
        "{{ {}.pop('a') }}",
        "{{ '{0}{1}'.format(1) }}",
        "{% if 1 %}" * 30 + "x" + "{% endif %}" * 30,
    ],
)
def test_a_failing_template_is_one_message_in_the_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, summary: str
) -> None:
    """KeyError, IndexError, nesting past Python's limit: the window says which template,
    which line and why, and keeps the draft it had."""
    from tests.conftest import REPO
    from ucd_desktop.gui.dialogs import messages
    from ucd_desktop.templating.template import parse_template

    text = (REPO / "templates" / "cuoc-hop.toml").read_text("utf-8")
    line = next(x for x in text.splitlines() if x.startswith("summary = "))
    source = text.replace(line, f"summary = '''{summary}'''")
    template = parse_template(source, name="hong.toml")
    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, message: warned.append(message))
    before = window.doc.draft
    assert window.files.start_new(template) is False
    assert len(warned) == 1, warned
    at = next(i for i, x in enumerate(source.splitlines(), 1) if x.startswith("summary = "))
    assert template.name in warned[0] and f" {at}:" in warned[0], (at, warned[0])
    assert "Traceback" not in warned[0]
    assert window.doc.draft is before
