"""Field names for problems, in both languages, without Qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ucd_desktop.i18n import set_language
from ucd_desktop.model.field_names import SEVERITY_NAMES, field_name
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice
from ucd_desktop.model.problems import Severity


@pytest.fixture
def vietnamese() -> Iterator[None]:
    set_language("vi")
    yield
    set_language("en")


def test_named_fields_in_vietnamese(vietnamese: None) -> None:
    assert field_name("summary", None) == "Trích yếu"
    assert field_name("signature.name", None) == "Họ tên người ký"
    assert field_name("page.margin_left", None) == "Trang in"
    assert field_name("no.such.field", None) == ""
    from ucd_desktop.i18n import gettext_ as _

    assert [_(SEVERITY_NAMES[s]) for s in Severity] == ["Lỗi", "Cảnh báo", "Lưu ý"]


def test_body_items_are_named_by_their_automatic_number() -> None:
    set_language("en")
    notice = Notice()
    notice.body = [
        BodyItem(kind=ItemKind.SECTION, title="Kết quả"),
        BodyItem(kind=ItemKind.CLAUSE, text="Một"),
        BodyItem(kind=ItemKind.CLAUSE, text="Hai"),
        BodyItem(kind=ItemKind.BULLET, text="Ba"),
    ]
    third = notice.body[2]
    assert field_name(f"body[{third.id}].text", notice) == "Conclusions, item 2"
    bullet = notice.body[3]
    assert field_name(f"body[{bullet.id}].text", notice) == "Conclusions, paragraph 4"
    assert field_name("body[gone].text", notice) == ""
