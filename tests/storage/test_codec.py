from __future__ import annotations

import pytest

from ucd_desktop.model.notice import Archive, BodyItem, ItemKind, Notice, PageSetup, Table
from ucd_desktop.storage.codec import CodecError, from_jsonable, to_jsonable


def test_round_trip_of_a_full_notice() -> None:
    n = Notice(
        issuing_body=["VĂN PHÒNG"],
        body=[BodyItem(ItemKind.TABLE, table=Table([["a", "b"]], [1.0, 2.0]))],
        archive=Archive("HT", 2, "NXT"),
        page=PageSetup(margin_left_mm=35),
    )
    assert from_jsonable(Notice, to_jsonable(n)) == n


def test_missing_keys_take_defaults() -> None:
    assert from_jsonable(Notice, {}) == Notice(body=[], archive=Archive())


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"page": {"body_size": "14"}}, "page.body_size"),
        ({"draft_mark": 1}, "draft_mark"),
        ({"year": True}, "year"),
        ({"issuing_body": "ỦY BAN"}, "issuing_body"),
        ({"body": [{"kind": "clause", "table": {"rows": [[1]]}}]}, "body[0].table.rows[0][0]"),
    ],
)
def test_errors_name_the_place(data: dict[str, object], where: str) -> None:
    with pytest.raises(CodecError) as info:
        from_jsonable(Notice, data)
    assert where in info.value.where


def test_int_is_accepted_for_float() -> None:
    assert from_jsonable(PageSetup, {"body_size": 13}).body_size == 13.0
