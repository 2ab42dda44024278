from __future__ import annotations

import pytest

from ucd_desktop.templating.template import (
    FactType,
    TemplateError,
    parse_template,
    template_to_toml,
)

GOOD = """
format = "ucd-desktop-template"
id = "thu"
version = 3
name = "Thử"
[[facts]]
key = "chu_tri"
label = "Người chủ trì"
type = "person"
[notice]
summary = "Kết luận của {{ chu_tri }}"
"""


def test_parse_a_template() -> None:
    t = parse_template(GOOD, name="thu.toml")
    assert (t.id, t.version, t.name) == ("thu", 3, "Thử")
    assert t.facts[0].type is FactType.PERSON
    assert t.notice["summary"] == "Kết luận của {{ chu_tri }}"


def test_round_trip_through_toml() -> None:
    t = parse_template(GOOD)
    again = parse_template(template_to_toml(t))
    assert (again.id, again.version, again.facts, again.notice) == (
        t.id,
        t.version,
        t.facts,
        t.notice,
    )


@pytest.mark.parametrize(
    ("text", "reason", "line"),
    [
        (
            'format = "ucd-desktop-template"\nid = "x"\nname = "X"\nversion = \n',
            "không đúng định dạng của mẫu (TOML), cột 11",  # tomllib's own words are English
            4,
        ),
        ('id = "x"\nname = "X"', "không phải mẫu của ucd-desktop", None),
        (
            'format = "ucd-desktop-template"\nformat_version = 9\nid = "x"\nname = "X"',
            "phiên bản ucd-desktop mới hơn",
            None,
        ),
        ('format = "ucd-desktop-template"\nid = "Có dấu"\nname = "X"', "“id”", None),
        (
            'format = "ucd-desktop-template"\nid = "x"\nname = "X"\n'
            '[[facts]]\nkey = "a"\ntype = "zz"',
            "kiểu không hợp lệ",
            None,
        ),
        (
            'format = "ucd-desktop-template"\nid = "x"\nname = "X"\n[[facts]]\nkey = "a"\n'
            '[[facts]]\nkey = "a"',
            "khai báo hai lần",
            None,
        ),
    ],
)
def test_errors_name_the_template_line_and_reason(text: str, reason: str, line: int | None) -> None:
    with pytest.raises(TemplateError) as info:
        parse_template(text, name="hong.toml")
    message = str(info.value)
    assert message.startswith("Mẫu hong.toml")
    assert reason in message
    if line:
        assert info.value.line == line and f"dòng {line}" in message
