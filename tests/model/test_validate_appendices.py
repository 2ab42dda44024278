"""Validation of appendices (Decree 30: Roman numerals for two or more, a title, content)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.render.appendix_samples import tasks_appendix, works_appendix
from ucd_desktop.i18n import current_language, set_language
from ucd_desktop.model.notice import Appendix, BodyItem, ItemKind, Notice
from ucd_desktop.model.numbering import appendix_labels
from ucd_desktop.model.paths import FieldError, get_text, set_text, text_paths
from ucd_desktop.model.validate import validate


@pytest.fixture
def english() -> Iterator[None]:
    before = current_language()
    set_language("en")
    yield
    set_language(before)


def _codes(notice: Notice) -> dict[str, str]:
    return {p.code: p.field for p in validate(notice) if p.code.startswith("appendix")}


def _notice(*appendices: Appendix) -> Notice:
    return Notice(
        summary="Kết luận",
        closing="Chi tiết tại các Phụ lục kèm theo.",
        appendices=list(appendices),
    )


def test_well_formed_appendices_raise_nothing() -> None:
    assert _codes(_notice(works_appendix(), tasks_appendix())) == {}
    assert _codes(_notice(works_appendix("I"), tasks_appendix("II"))) == {}
    assert _codes(_notice(works_appendix("01"))) == {}


def test_the_old_not_laid_out_info_is_gone() -> None:
    assert all(p.code != "appendix-not-laid-out" for p in validate(_notice(works_appendix())))


def test_title_and_content_are_required() -> None:
    codes = _codes(_notice(works_appendix(), Appendix()))
    assert codes == {
        "appendix-title-missing": "appendices[1].title",
        "appendix-empty": "appendices[1].title",
    }


def test_two_or_more_take_roman_numerals_in_order() -> None:
    assert "appendix-number-roman" in _codes(_notice(works_appendix("1"), tasks_appendix("2")))
    assert "appendix-number-mixed" in _codes(_notice(works_appendix("I"), tasks_appendix()))
    order = _codes(_notice(works_appendix("I"), tasks_appendix("III")))
    assert order == {"appendix-number-order": "appendices[0].number"}
    assert "appendix-number-form" in _codes(_notice(works_appendix("A")))


def test_notice_must_refer_to_its_appendix() -> None:
    notice = _notice(works_appendix())
    notice.closing = "Văn phòng thông báo để các cơ quan biết."
    assert _codes(notice) == {"appendix-not-referred": "closing"}


def test_items_of_an_appendix_are_checked_like_the_body() -> None:
    bad = Appendix(title="Tiến độ", items=[BodyItem(ItemKind.POINT, text="Chưa có khoản.")])
    problems = [p for p in validate(_notice(bad)) if p.code == "point-without-clause"]
    assert [p.field for p in problems] == [f"body[{bad.items[0].id}].text"]


def test_labels_derived_or_as_typed() -> None:
    assert appendix_labels([Appendix()]) == ["Phụ lục"]
    assert appendix_labels([Appendix(), Appendix()]) == ["Phụ lục I", "Phụ lục II"]
    assert appendix_labels([Appendix(number=" 01 "), Appendix(number="")]) == [
        "Phụ lục 01",
        "Phụ lục II",
    ]


def test_paths_reach_appendix_fields_and_items() -> None:
    notice = _notice(works_appendix(), tasks_appendix())
    item = notice.appendices[1].items[0]
    assert get_text(notice, "appendices[0].title").startswith("Danh mục")
    set_text(notice, "appendices[1].number", "II")
    set_text(notice, f"body[{item.id}].text", "Nội dung mới.")
    assert notice.appendices[1].number == "II" and item.text == "Nội dung mới."
    paths = text_paths(notice)
    assert "appendices[1].title" in paths and f"body[{item.id}].text" in paths
    assert notice.items_of(item.id) is notice.appendices[1].items
    assert notice.item_index(item.id) == 0
    for bad in ("appendices[2].title", "appendices[0].items"):
        try:
            get_text(notice, bad)
        except FieldError:
            continue
        raise AssertionError(bad)


def test_problems_name_the_appendix_they_are_in(english: None) -> None:
    from ucd_desktop.model.field_names import field_name

    notice = _notice(works_appendix(), tasks_appendix())
    item = notice.appendices[1].items[1]
    assert field_name("appendices[0].title", notice) == "Phụ lục I (title)"
    assert field_name("appendices[1].number", notice) == "Phụ lục II (number)"
    assert field_name(f"body[{item.id}].text", notice) == "Phụ lục II, item ¶2"
    clause = notice.appendices[0].items[1]
    assert field_name(f"body[{clause.id}].text", notice) == "Phụ lục I, item 1."
    assert field_name("appendices[5].title", notice) == ""
    set_language("vi")
    assert field_name("appendices[0].title", notice) == "Phụ lục I (tên)"
    assert field_name(f"body[{clause.id}].text", notice) == "Phụ lục I, mục 1."
