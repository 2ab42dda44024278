from __future__ import annotations

import pytest

from ucd_desktop.model.notice import BodyItem, ItemKind, Notice, Recipient
from ucd_desktop.model.paths import (
    FieldError,
    get_text,
    get_value,
    item_path,
    parse_recipients,
    set_text,
    set_value,
    single_line,
    text_paths,
)


def test_plain_and_nested_fields() -> None:
    n = Notice()
    set_text(n, "summary", "Kết luận")
    set_text(n, "signature.name", "Nguyễn Minh Lâm")
    set_text(n, "archive.unit", "HT")
    assert (n.summary, n.signature.name, n.archive.unit) == ("Kết luận", "Nguyễn Minh Lâm", "HT")
    assert get_text(n, "signature.name") == "Nguyễn Minh Lâm"


def test_line_fields_split_and_drop_empty_lines() -> None:
    n = Notice()
    set_text(n, "issuing_body", "ỦY BAN NHÂN DÂN\n\n  TỈNH LONG AN ")
    assert n.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"]
    assert get_text(n, "issuing_body") == "ỦY BAN NHÂN DÂN\nTỈNH LONG AN"


def test_body_items_by_id() -> None:
    item = BodyItem(ItemKind.CLAUSE, title="Sở Công Thương")
    n = Notice(body=[item])
    set_text(n, item_path(item), "chủ trì")
    assert item.text == "chủ trì"
    assert get_text(n, item_path(item, "title")) == "Sở Công Thương"
    with pytest.raises(FieldError):
        get_text(n, "body[nope].text")


def test_recipients_round_trip_with_notes() -> None:
    n = Notice()
    set_text(n, "recipients", "- TT. Tỉnh ủy (b/c);\nCác sở, ngành tỉnh;\n\n+ Công an tỉnh")
    assert n.recipients == [
        Recipient("TT. Tỉnh ủy", "b/c"),
        Recipient("Các sở, ngành tỉnh"),
        Recipient("Công an tỉnh"),
    ]
    assert get_text(n, "recipients") == "TT. Tỉnh ủy (b/c)\nCác sở, ngành tỉnh\nCông an tỉnh"
    assert parse_recipients(get_text(n, "recipients")) == n.recipients


def test_unknown_path_is_an_error() -> None:
    with pytest.raises(FieldError):
        set_text(Notice(), "nothing", "x")


def test_text_paths_cover_every_item_in_order() -> None:
    a, b = BodyItem(ItemKind.SECTION), BodyItem(ItemKind.BULLET)
    paths = text_paths(Notice(body=[a, b]))
    assert paths.index(item_path(a, "title")) < paths.index(item_path(b, "text"))
    assert paths.index("summary") < paths.index("closing") < paths.index("recipients")
    for path in paths:
        get_text(Notice(body=[a, b]), path)  # every path is readable


def test_values_by_path() -> None:
    n = Notice()
    set_value(n, "day", 7)
    set_value(n, "page.body_size", 13.0)
    set_value(n, "archive.copies", 20)
    assert (n.day, n.page.body_size, n.archive.copies) == (7, 13.0, 20)
    assert get_value(n, "page.body_size") == 13.0 and get_value(n, "urgency") == n.urgency
    for wrong in ("page.nope", "nope", "signature", "body[x].text", "recipients.x"):
        with pytest.raises(FieldError):
            set_value(n, wrong, 1)
    with pytest.raises(FieldError):
        get_value(n, "page.nope")


def test_single_line_comes_from_the_model() -> None:
    item = BodyItem(ItemKind.CLAUSE)
    assert single_line("place") and single_line("signature.name") and single_line("archive.unit")
    assert single_line(f"body[{item.id}].title") and not single_line(f"body[{item.id}].text")
    # Lines of a list field are separate entries; the summary and recipients may wrap.
    for path in ("issuing_body", "signature.authority", "summary", "recipients", "nope"):
        assert not single_line(path), path
