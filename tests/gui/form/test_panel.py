"""The form's parts: presets, date modes, marks, recipients and (b/c), page setup ranges."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox

from tests.gui.conftest import Answers
from ucd_desktop.decree import numbers as rules
from ucd_desktop.gui.form.header import DateMode
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.model.notice import Recipient, Urgency
from ucd_desktop.storage.settings import RecipientList, load_settings


def test_issuer_preset_saved_and_applied_as_one_step(window: MainWindow, answers: Answers) -> None:
    doc = window.doc
    doc.set_text("issuing_body", "ỦY BAN NHÂN DÂN\nTỈNH LONG AN")
    doc.set_text("place", "Long An")
    answers["ask_text"] = ("UBND tỉnh Long An", True)
    window.form.issuer.save_preset.click()
    assert [p.label for p in load_settings()[0].issuers] == ["UBND tỉnh Long An"]
    combo = window.form.issuer.presets
    assert combo.isEnabled() and combo.count() == 2
    doc.set_text("issuing_body", "VĂN PHÒNG")
    doc.set_text("place", "Hà Nội")
    steps = doc.stack.count()
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert doc.notice.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"]
    assert doc.notice.place == "Long An"
    assert doc.stack.count() == steps + 1
    assert window.form.issuer.issuing.toPlainText() == "ỦY BAN NHÂN DÂN\nTỈNH LONG AN"


def test_signer_preset(window: MainWindow, answers: Answers) -> None:
    doc = window.doc
    doc.set_text("signature.authority", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH")
    doc.set_text("signature.position", "PHÓ CHỦ TỊCH")
    doc.set_text("signature.name", "Nguyễn Minh Lâm")
    window.form.signature.save_preset.click()
    doc.set_text("signature.name", "Người khác")
    doc.set_text("signature.authority", "")
    combo = window.form.signature.presets
    combo.activated.emit(1)
    sig = doc.notice.signature
    assert (sig.authority, sig.position, sig.name) == (
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
        "PHÓ CHỦ TỊCH",
        "Nguyễn Minh Lâm",
    )
    assert combo.itemText(1) == "Nguyễn Minh Lâm – PHÓ CHỦ TỊCH"


def test_recipient_lists_ticked_and_b_c_toggled(window: MainWindow, answers: Answers) -> None:
    window.store.update(
        lambda s: s.put_recipient_list(
            RecipientList("Báo cáo", [Recipient("TT. Tỉnh ủy", "b/c"), Recipient("TT. HĐND tỉnh")])
        )
    )
    doc = window.doc
    doc.set_text("recipients", "Các sở, ngành tỉnh")
    section = window.form.recipients
    (check, _preset) = section.list_checks[0]
    assert not check.isChecked()
    check.setChecked(True)
    assert [r.text for r in doc.notice.recipients] == [
        "Các sở, ngành tỉnh",
        "TT. Tỉnh ủy",
        "TT. HĐND tỉnh",
    ]
    cursor = section.lines.textCursor()
    cursor.setPosition(section.lines.toPlainText().index("TT. HĐND"))
    section.lines.setTextCursor(cursor)
    section.report.click()
    assert doc.notice.recipients[2] == Recipient("TT. HĐND tỉnh", "b/c")
    section.report.click()
    assert doc.notice.recipients[2] == Recipient("TT. HĐND tỉnh", "")
    check.setChecked(False)
    assert [r.text for r in doc.notice.recipients] == ["Các sở, ngành tỉnh"]
    answers["ask_text"] = ("Sở ngành", True)
    section.save_list.click()
    assert [p.name for p in load_settings()[0].recipient_lists] == ["Báo cáo", "Sở ngành"]


def test_date_modes(window: MainWindow) -> None:
    section = window.form.number_date
    doc = window.doc
    section.date.setDate(QDate(2026, 3, 5))
    assert (doc.notice.day, doc.notice.month, doc.notice.year) == (None, 3, 2026)  # day blank
    section.mode.setCurrentIndex(list(DateMode).index(DateMode.FULL))
    section.mode.activated.emit(0)
    assert (doc.notice.day, doc.notice.month, doc.notice.year) == (5, 3, 2026)
    section.mode.setCurrentIndex(list(DateMode).index(DateMode.YEAR_ONLY))
    section.mode.activated.emit(2)
    assert (doc.notice.day, doc.notice.month, doc.notice.year) == (None, None, 2026)
    assert section.date.displayFormat() == "yyyy"
    doc.undo()
    assert section.mode.currentData() == DateMode.FULL.value
    assert section.date.date() == QDate(2026, 3, 5)


def test_marks(window: MainWindow) -> None:
    marks = window.form.marks
    marks.urgency.setCurrentIndex(marks.urgency.findData("HỎA TỐC"))
    marks.urgency.activated.emit(marks.urgency.currentIndex())
    assert window.doc.notice.urgency is Urgency.HOA_TOC
    marks.draft_mark.setChecked(True)
    assert window.doc.notice.draft_mark
    window.doc.undo()
    window.doc.undo()
    assert window.doc.notice.urgency is Urgency.NONE and not marks.draft_mark.isChecked()
    assert marks.urgency.currentIndex() == 0


def test_page_setup_stays_inside_the_decree(window: MainWindow) -> None:
    page = window.form.page
    for side in ("top", "bottom", "left", "right"):
        spin = page.spins[f"page.margin_{side}_mm"]
        rng = rules.MARGIN_RANGES[side]
        assert (spin.minimum(), spin.maximum()) == (rng.low, rng.high)
    left = page.spins["page.margin_left_mm"]
    left.setValue(50)  # out of range: held at the Decree's limit
    assert window.doc.notice.page.margin_left_mm == rules.MARGIN_RANGES["left"].high
    page.reset.click()
    assert window.doc.notice.page.margin_left_mm == 30.0 and left.value() == 30.0
    sizes = [page.body_size.itemData(i) for i in range(page.body_size.count())]
    assert sizes == ["13.0", "14.0"]


def test_a_circulation_note_in_a_draft_is_reported_near_the_marks(window: MainWindow) -> None:
    """The note is not laid out yet, so the form has no box for it (one that prints
    nothing would mislead); a draft that has it says so, and the click goes to the marks."""
    assert not [w for w in window.findChildren(QCheckBox) if "nội bộ" in w.text().lower()]
    window.doc.edit("t", lambda d: setattr(d.notice, "internal_circulation", True))
    window.refresh()
    assert "internal_circulation" in [p.field for p in window.problems.problems]
    assert window.form.focus_path("internal_circulation")
    assert window.form.widgets_for("internal_circulation") == [window.form.marks.urgency]


def test_an_imported_kinh_gui_block_is_shown_until_cleared(window: MainWindow) -> None:
    from tests.reading.conftest import NOTICES
    from ucd_desktop.reading import import_text

    content = window.form.content
    assert content.form.isRowVisible(content.addressees) is False  # a new notice has none
    draft = import_text((NOTICES / "addressees.txt").read_text(encoding="utf-8")).draft
    window.doc.load(draft, None, None)
    assert content.form.isRowVisible(content.addressees) is True
    assert content.addressees.toPlainText() == "Sở Kế hoạch và Đầu tư\nSở Tài chính"
    window.doc.set_text("addressees", "")
    assert window.doc.notice.addressees == []
    assert content.form.isRowVisible(content.addressees) is False
