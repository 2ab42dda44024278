"""The document: cleaning at the boundary, one history, facts, body structure."""

from __future__ import annotations

from typing import Any

from ucd_desktop.gui.document import NoticeDocument, normalized_text
from ucd_desktop.gui.undo import Change
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice
from ucd_desktop.model.numbering import item_labels
from ucd_desktop.templating.binding import instantiate
from ucd_desktop.templating.library import TemplateLibrary


def changes_of(doc: NoticeDocument) -> list[Change]:
    seen: list[Change] = []
    doc.changed.connect(seen.append)
    return seen


def test_text_is_cleaned_at_the_boundary(qtbot: Any) -> None:
    doc = NoticeDocument()
    assert doc.set_text("summary", "Ke\u0302\u0301t lua\u0323\u0302n\x07 cuộc họp")
    assert doc.notice.summary == "Kết luận cuộc họp"
    assert not doc.set_text("summary", "Kết luận cuộc họp")  # nothing new: no step
    assert doc.stack.count() == 1
    doc.set_text("signature.name", "Nguyễn\nVăn A")  # a one-line field
    assert doc.notice.signature.name == "Nguyễn Văn A"
    doc.set_text("issuing_body", " ỦY BAN NHÂN DÂN \n\n TỈNH LONG AN ")
    assert doc.notice.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"]


def test_normalized_text_is_what_the_model_would_hold() -> None:
    assert normalized_text("issuing_body", "A\n\n B ") == "A\nB"
    assert normalized_text("recipients", "- TT. HĐND tỉnh (b/c);\nCác sở") == (
        "TT. HĐND tỉnh (b/c)\nCác sở"
    )
    assert normalized_text("summary", "a\u0301") == "á"


def test_undo_across_fields_in_order(qtbot: Any) -> None:
    doc = NoticeDocument()
    doc.set_text("summary", "Một", object())
    doc.set_text("place", "Long An", object())
    doc.set_value("day", 5)
    doc.undo()
    assert doc.notice.day is None and doc.notice.place == "Long An"
    doc.undo()
    assert doc.notice.place == "" and doc.notice.summary == "Một"
    doc.redo()
    assert doc.notice.place == "Long An"
    assert doc.is_modified()


def test_body_moves_renumber_and_promote(qtbot: Any) -> None:
    items = [BodyItem(ItemKind.CLAUSE, text=t) for t in ("một", "hai", "ba")]
    doc = NoticeDocument(Draft(notice=Notice(body=list(items))))
    seen = changes_of(doc)
    assert item_labels(doc.notice.body) == ["1.", "2.", "3."]
    assert doc.move_item(items[2].id, -2)
    assert [i.text for i in doc.notice.body] == ["ba", "một", "hai"]
    assert not doc.move_item(items[2].id, -1)  # already first
    assert doc.shift_level(items[1].id, +1)  # "hai" becomes a point
    assert item_labels(doc.notice.body) == ["1.", "2.", "a)"]
    assert doc.shift_level(items[1].id, +1)
    assert doc.notice.body[2].kind is ItemKind.BULLET
    assert not doc.shift_level(items[1].id, +1)  # nothing below a bullet
    assert doc.shift_level(items[2].id, -1)  # a clause becomes a section, text as title
    section = doc.notice.body[0]
    assert section.kind is ItemKind.SECTION and section.title == "ba" and section.text == ""
    assert all(c.structure for c in seen)
    for _ in range(4):
        doc.undo()
    assert [(i.kind, i.text) for i in doc.notice.body] == [
        (ItemKind.CLAUSE, "một"),
        (ItemKind.CLAUSE, "hai"),
        (ItemKind.CLAUSE, "ba"),
    ]


def test_facts_render_bound_fields_in_one_step(qtbot: Any) -> None:
    library = TemplateLibrary.default(user=False)
    template = library.find("cuoc-hop")
    assert template is not None
    doc = NoticeDocument(instantiate(template), template=template)
    seen = changes_of(doc)
    burst = object()
    assert doc.set_facts({"dia_diem": "trụ"}, burst) is None
    assert doc.set_facts({"dia_diem": "trụ sở UBND tỉnh"}, burst) is None
    assert "trụ sở UBND tỉnh" in doc.notice.opening
    assert doc.stack.count() == 1
    assert "opening" in seen[-1].paths and "facts" in seen[-1].values
    doc.set_text("closing", "Tự viết.", object())
    doc.set_facts({"dia_phuong": "tỉnh Long An"}, object())
    assert doc.notice.closing == "Tự viết."  # edited by hand: never overwritten
    doc.undo()
    doc.undo()
    doc.undo()
    assert "…" in doc.notice.opening
    assert doc.draft.template is not None and doc.draft.template.facts["dia_diem"] == ""


def test_a_failing_template_changes_nothing(qtbot: Any) -> None:
    library = TemplateLibrary.default(user=False)
    template = library.find("cuoc-hop")
    assert template is not None
    draft = instantiate(template)
    assert draft.template is not None
    draft.template.sources["closing"] = "{{ 1 / 0 }}"
    draft.template.rendered["closing"] = draft.notice.closing
    doc = NoticeDocument(draft, template=template)
    error = doc.set_facts({"dia_diem": "x"})
    assert error is not None and "ZeroDivisionError" in error
    assert doc.stack.count() == 0


def test_load_starts_a_clean_history(qtbot: Any) -> None:
    doc = NoticeDocument()
    doc.set_text("summary", "x")
    doc.load(Draft(), None, None)
    assert doc.stack.count() == 0 and not doc.is_modified()
