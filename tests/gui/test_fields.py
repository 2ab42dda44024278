"""Inputs: Unikey-style typing is never rewritten, Ctrl+Z goes to the one history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Qt

from tests.gui.conftest import key, type_text
from ucd_desktop.gui.binding import Binder
from ucd_desktop.gui.document import NoticeDocument
from ucd_desktop.gui.fields import BURST_PAUSE, Burst, LineField, TextField, UndoRouter


def bound(qtbot: Any) -> tuple[NoticeDocument, Binder, UndoRouter]:
    doc = NoticeDocument()
    router = UndoRouter()
    router.undoRequested.connect(doc.undo)
    router.redoRequested.connect(doc.redo)
    binder = Binder(doc, router)
    doc.changed.connect(binder.sync)
    return doc, binder, router


def test_unikey_backspaces_are_not_rewritten(qtbot: Any) -> None:
    doc, binder, _router = bound(qtbot)
    field = binder.line("place")
    qtbot.addWidget(field)
    field.setFocus()
    rewrites: list[str] = []
    field.textChanged.connect(rewrites.append)
    # Telex as Unikey sends it: "Haf" -> "Ha", backspace, "à"; "Nooij" -> "No", backspace,
    # "ô", "i", two backspaces, "ội".
    keys = "Ha\bà No\bôi\b\bội"
    type_text(field, keys)
    assert field.text() == "Hà Nội"
    assert doc.notice.place == "Hà Nội"
    # One text change per key sent: the model never wrote back into the field.
    assert len(rewrites) == len(keys)
    assert doc.stack.count() == 1  # one burst, one step


def test_widget_keeps_decomposed_text_model_gets_nfc(qtbot: Any) -> None:
    doc, binder, _router = bound(qtbot)
    field = binder.text("summary")
    qtbot.addWidget(field)
    field.setFocus()
    type_text(field, "Ke\u0302\u0301t  lua\u0323\u0302n ")  # EVKey may send combining marks
    assert field.toPlainText() == "Ke\u0302\u0301t  lua\u0323\u0302n "
    assert doc.notice.summary == "Kết  luận "


def test_ctrl_z_in_a_line_edit_undoes_the_model(qtbot: Any) -> None:
    doc, binder, _router = bound(qtbot)
    place, name = binder.line("place"), binder.line("signature.name")
    for w in (place, name):
        qtbot.addWidget(w)
    place.setFocus()
    type_text(place, "Long An")
    name.setFocus()
    type_text(name, "Nguyễn Văn A")
    key(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.notice.signature.name == "" and name.text() == ""
    key(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the other field's step
    assert doc.notice.place == "" and place.text() == ""
    key(name, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert doc.notice.place == "Long An" and place.text() == "Long An"
    assert not place.isUndoAvailable() or place.text() == "Long An"


def test_text_edit_has_no_history_of_its_own(qtbot: Any) -> None:
    doc, binder, _router = bound(qtbot)
    field = binder.text("summary")
    qtbot.addWidget(field)
    assert not field.isUndoRedoEnabled()
    field.setFocus()
    type_text(field, "abc")
    key(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.notice.summary == "" and field.toPlainText() == ""


def test_context_menu_undo_is_the_documents(qtbot: Any) -> None:
    doc, binder, _router = bound(qtbot)
    field = binder.line("place")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    field._fix_menu(menu)
    undo = [a for a in menu.actions() if a.objectName() == "document-undo"]
    assert undo and undo[0].text().replace("&", "").startswith("Hoàn tác")
    texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert {"Cắt", "Sao chép", "Dán", "Chọn tất cả"} <= set(texts)
    field.setFocus()
    type_text(field, "x")
    undo[0].trigger()
    assert doc.notice.place == ""


def test_bursts_break_after_a_pause_and_on_focus() -> None:
    now = [0.0]
    burst = Burst(lambda: now[0])
    first = burst.token()
    now[0] += BURST_PAUSE / 2
    assert burst.token() is first
    now[0] += BURST_PAUSE * 2
    second = burst.token()
    assert second is not first
    burst.reset()
    assert burst.token() is not second
    assert burst.token(epoch=5) is not burst.token(epoch=6)


def test_undo_updates_the_widget_but_typing_never_does(qtbot: Any) -> None:
    doc, binder, _router = bound(qtbot)
    field = binder.text("summary")
    qtbot.addWidget(field)
    field.setFocus()
    type_text(field, "Kết luận  ")  # trailing spaces: the model keeps them too
    assert field.toPlainText() == "Kết luận  "
    doc.undo()
    assert field.toPlainText() == ""


def test_multi_paragraph_paste_is_offered_for_splitting(qtbot: Any) -> None:
    field = TextField("body[x].text")
    qtbot.addWidget(field)
    field.split_paste = True
    offered: list[str] = []
    field.pasteSplitRequested.connect(offered.append)
    data = QMimeData()
    data.setText("1. Một\n2. Hai")
    field.insertFromMimeData(data)
    assert offered == ["1. Một\n2. Hai"] and field.toPlainText() == ""
    data.setText("một  dòng\x07 thôi")
    field.insertFromMimeData(data)
    assert field.toPlainText() == "một dòng thôi"


def test_line_field_without_document(qtbot: Any) -> None:
    field = LineField("place")
    qtbot.addWidget(field)
    seen: list[tuple[str, str]] = []
    field.edited.connect(lambda p, t, _b: seen.append((p, t)))
    field.setFocus()
    type_text(field, "ab")
    assert seen == [("place", "a"), ("place", "ab")]


def test_window_shortcuts_pass_through_text_inputs(qtbot: Any, monkeypatch: Any) -> None:
    """On X11 Ctrl+E is "end of line" in text inputs; the window's Export must still get it.

    Offscreen has no such binding, so the mechanism is shown with Ctrl+A (select all, which
    every platform binds): listed as a window key, the input lets it through.
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from ucd_desktop.gui import fields

    def overridden(field: Any, key: Qt.Key) -> bool:
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
        event.setAccepted(False)
        field.event(event)
        return event.isAccepted()

    for field in (LineField("place"), TextField("summary")):
        qtbot.addWidget(field)
        assert overridden(field, Qt.Key.Key_A)  # the input's own binding
        monkeypatch.setattr(fields, "WINDOW_KEYS", ("Ctrl+E", "Ctrl+A"))
        assert not overridden(field, Qt.Key.Key_A)  # now the window's
        assert not overridden(field, Qt.Key.Key_E)
        monkeypatch.setattr(fields, "WINDOW_KEYS", ("Ctrl+E",))
