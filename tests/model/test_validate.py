from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import EXAMPLE
from ucd_desktop.i18n import set_language
from ucd_desktop.model.notice import (
    MOTTO,
    Archive,
    BodyItem,
    ItemKind,
    Notice,
    Recipient,
    Signature,
    TitleEnd,
)
from ucd_desktop.model.problems import MESSAGES, Problem, Severity
from ucd_desktop.model.validate import validate
from ucd_desktop.storage.drafts import load_draft


def good() -> Notice:
    return Notice(
        issuing_body=["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"],
        number="05",
        place="Long An",
        day=5,
        month=3,
        year=2026,
        summary="Kết luận của Chủ tịch UBND tỉnh tại cuộc họp",
        opening="Ngày 04/3/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp.",
        body=[BodyItem(ItemKind.CLAUSE, title="Sở Công Thương", text="chủ trì thực hiện.")],
        closing="Văn phòng thông báo để các cơ quan biết, thực hiện.",
        signature=Signature(["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", "Nguyễn Văn Út"),
        recipients=[Recipient("Các sở, ngành tỉnh")],
        archive=Archive("TH"),
    )


def codes(n: Notice) -> dict[str, str]:
    return {p.code: p.field for p in validate(n)}


def test_a_complete_notice_has_no_problems() -> None:
    assert validate(good()) == []


def test_the_example_has_no_problems() -> None:
    assert validate(load_draft(EXAMPLE).notice) == []


def test_a_new_notice_asks_for_what_is_missing() -> None:
    found = codes(Notice())
    for code in ("issuing-body-missing", "summary-missing", "signer-missing", "place-missing"):
        assert code in found
    assert found["signer-missing"] == "signature.name"


@pytest.mark.parametrize(
    ("number", "code"),
    [("5", "number-zero"), ("0", "number-nil"), ("5a", "number-form"), ("12", None), ("", None)],
)
def test_number_rules(number: str, code: str | None) -> None:
    found = codes(dataclasses.replace(good(), number=number))
    number_codes = {c for c in found if c.startswith("number")}
    assert number_codes == ({code} if code else set())


@pytest.mark.parametrize(
    ("symbol", "ok"),
    [
        ("TB-UBND", True),
        ("TB-VP", True),
        ("TB-UBND-KT", True),
        ("QĐ-UBND", False),
        ("TB - UBND", False),
        ("TB-", False),
        ("tb-ubnd", False),
    ],
)
def test_symbol_rules(symbol: str, ok: bool) -> None:
    assert ("symbol-form" not in codes(dataclasses.replace(good(), symbol=symbol))) == ok


@pytest.mark.parametrize(
    ("day", "month", "year", "code"),
    [
        (31, 2, 2026, "impossible-date"),
        (29, 2, 2025, "impossible-date"),
        (29, 2, 2024, None),
        (5, None, 2026, "day-without-month"),
        (None, 3, None, "month-without-year"),
        (None, None, 2026, None),
        (None, None, None, None),
        (32, 1, 2026, "day-range"),
    ],
)
def test_date_rules(day: int | None, month: int | None, year: int | None, code: str | None) -> None:
    found = codes(dataclasses.replace(good(), day=day, month=month, year=year))
    date_codes = {c for c in found if "date" in c or "day" in c or "month" in c or "year" in c}
    assert date_codes == ({code} if code else set())


def test_altered_national_title_and_motto() -> None:
    n = dataclasses.replace(good(), national_title="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert "national-title-altered" in codes(n)
    n = dataclasses.replace(good(), motto=MOTTO.replace(" - ", " – "))
    assert "motto-altered" in codes(n)


def test_signature_rules() -> None:
    n = good()
    n.signature = Signature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "", "TS. Nguyễn Minh Lâm")
    found = codes(n)
    assert found["authority-without-position"] == "signature.position"
    assert "name-title" in found
    n.signature = Signature(["KT. CHỦ TỊCH"], "CHỦ TỊCH", "NGUYỄN MINH LÂM")
    found = codes(n)
    assert "deputy-position" in found and "name-caps" in found
    n.signature = Signature(["Thay mặt UBND"], "Phó Chủ tịch", "Lâm")
    found = codes(n)
    assert "authority-prefix" in found and "authority-case" in found


def test_summary_rules() -> None:
    n = dataclasses.replace(good(), summary="KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP.")
    found = codes(n)
    assert "summary-caps" in found and "summary-period" in found


def test_body_rules() -> None:
    n = good()
    n.body = [
        BodyItem(ItemKind.POINT, text="trước khoản nào"),
        BodyItem(ItemKind.PARAGRAPH, text="1. Gõ tay số thứ tự"),
        BodyItem(ItemKind.BULLET),
    ]
    found = codes(n)
    assert {"point-without-clause", "typed-numbering", "item-empty"} <= set(found)
    assert found["typed-numbering"] == f"body[{n.body[1].id}].text"


def test_placeholders_are_reported_where_they_are() -> None:
    n = dataclasses.replace(good(), archive=Archive("…"))
    assert codes(n)["placeholder-left"] == "archive.unit"


def test_page_settings_out_of_range() -> None:
    n = good()
    n.page.margin_left_mm = 20
    n.page.body_size = 12
    n.page.line_spacing = 2
    n.page.first_line_indent_cm = 0.5
    n.page.paragraph_spacing_pt = 3
    found = codes(n)
    assert {
        "margin-range",
        "body-size-range",
        "line-spacing-range",
        "indent-value",
        "spacing-min",
    } <= set(found)


def test_every_code_has_a_message_in_both_languages() -> None:
    set_language("vi")
    for code in MESSAGES:
        vi = Problem("x", code, Severity.ERROR).message
        assert vi, code
    set_language("en")
    assert Problem("x", "signer-missing").message == "The signer's name is missing."
    set_language("vi")
    assert Problem("x", "signer-missing").message == "Chưa có họ tên người ký."


def test_translated_parameters() -> None:
    p = Problem(
        "page.margin_left_mm",
        "margin-range",
        params={"side": "left", "value": 20, "low": 30, "high": 35},
    )
    assert "Lề trái" in p.message


def test_the_mark_after_a_clause_title_is_the_layouts() -> None:
    n = good()
    n.body[0].text = ": chủ trì thực hiện."
    assert codes(n)["title-text-punctuation"] == f"body[{n.body[0].id}].text"
    n.body[0].text = "chủ trì thực hiện."
    n.body[0].title_end = TitleEnd.STOP
    assert "title-stop-lowercase" in codes(n)
    n.body[0].title_end = TitleEnd.PARAGRAPH  # on lines of their own: nothing to say
    assert not {"title-stop-lowercase", "title-text-punctuation"} & set(codes(n))
