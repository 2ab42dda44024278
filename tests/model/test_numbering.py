from __future__ import annotations

from ucd_desktop.model.notice import BodyItem, ItemKind
from ucd_desktop.model.numbering import item_labels

S, C, P, B, T = (
    ItemKind.SECTION,
    ItemKind.CLAUSE,
    ItemKind.POINT,
    ItemKind.BULLET,
    ItemKind.PARAGRAPH,
)


def labels(*kinds: ItemKind) -> list[str]:
    return item_labels([BodyItem(k) for k in kinds])


def test_sections_restart_clauses_and_clauses_restart_points() -> None:
    assert labels(S, C, P, P, C, P, S, C) == ["I.", "1.", "a)", "b)", "2.", "a)", "II.", "1."]


def test_points_use_the_vietnamese_alphabet() -> None:
    got = labels(C, *[P] * 7)
    assert got[1:] == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)"]


def test_paragraphs_and_bullets_do_not_count() -> None:
    assert labels(C, T, B, C, ItemKind.TABLE) == ["1.", "", "-", "2.", ""]


def test_moving_an_item_renumbers() -> None:
    items = [BodyItem(C, title="x"), BodyItem(C, title="y"), BodyItem(S, title="z")]
    items.insert(0, items.pop(2))
    assert item_labels(items) == ["I.", "1.", "2."]
