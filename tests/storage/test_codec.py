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


def test_one_line_fields_are_those_marked_on_the_model() -> None:
    from dataclasses import dataclass, field

    from ucd_desktop.model.notice import ONE_LINE

    @dataclass
    class Thing:
        name: str = ""
        label: str = field(default="", metadata=ONE_LINE)
        lines: list[str] = field(default_factory=list, metadata=ONE_LINE)

    # The bare name decides nothing: an unmarked "name" keeps its line break.
    got = from_jsonable(Thing, {"name": "a\nb", "label": "a\nb", "lines": ["x\ny", "z"]})
    assert (got.name, got.label, got.lines) == ("a\nb", "a b", ["x y", "z"])


def test_the_notice_keeps_line_breaks_only_where_they_mean_something() -> None:
    data = {
        "place": "Long\nAn",
        "summary": "Kết luận\ncủa Giám đốc",
        "issuing_body": ["ỦY BAN\nNHÂN DÂN"],
        "signature": {"name": "Nguyễn\nVăn A", "position": "PHÓ\nCHỦ TỊCH"},
        "recipients": [{"text": "Sở A\nSở B", "note": "b/c\nđể biết"}],
    }
    n = from_jsonable(Notice, data, "notice")
    assert n.place == "Long An" and n.summary == "Kết luận\ncủa Giám đốc"
    assert n.issuing_body == ["ỦY BAN NHÂN DÂN"]
    assert (n.signature.name, n.signature.position) == ("Nguyễn Văn A", "PHÓ CHỦ TỊCH")
    assert (n.recipients[0].text, n.recipients[0].note) == ("Sở A\nSở B", "b/c để biết")


def test_a_templates_record_of_a_line_field_keeps_its_lines() -> None:
    # The bug this replaced: "issuing_body" as a dict key made its text one line.
    from ucd_desktop.model.draft import TemplateLink

    link = from_jsonable(
        TemplateLink, {"id": "t", "version": 1, "rendered": {"issuing_body": "A\nB"}}
    )
    assert link.rendered == {"issuing_body": "A\nB"}
