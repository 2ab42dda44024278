"""Facts the header gives (province, place) are read back from it."""

from __future__ import annotations

import pytest

from ucd_desktop.templating.binding import instantiate, refresh
from ucd_desktop.templating.header_facts import facts_from_header, header_rules, running_case
from ucd_desktop.templating.library import TemplateLibrary


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TỈNH LONG AN", "tỉnh Long An"),
        ("THÀNH PHỐ HỒ CHÍ MINH", "thành phố Hồ Chí Minh"),
        ("TỈNH BÀ RỊA - VŨNG TÀU", "tỉnh Bà Rịa - Vũng Tàu"),
        ("HUYỆN CẦN GIUỘC", "huyện Cần Giuộc"),
        ("THỊ XÃ KIẾN TƯỜNG", "thị xã Kiến Tường"),
        ("QUẬN 1", "quận 1"),
        ("ĐẮK LẮK", "Đắk Lắk"),
    ],
)
def test_running_case(line: str, expected: str) -> None:
    assert running_case(line) == expected


@pytest.mark.parametrize("template_id", ["hoi-nghi", "cuoc-hop", "lam-viec"])
def test_the_bundled_templates_take_province_and_place_from_the_header(template_id: str) -> None:
    template = TemplateLibrary.default(user=False).find(template_id)
    assert template is not None
    draft = instantiate(template)
    assert draft.template is not None
    rules = header_rules(draft.template.sources)
    assert set(rules) == {"dia_phuong", "noi_ban_hanh"}
    assert rules["noi_ban_hanh"].path == "place"
    n = draft.notice
    # Nothing in the header yet: the facts stay empty.
    assert facts_from_header(draft) == {"dia_phuong": "", "noi_ban_hanh": ""}
    rule = rules["dia_phuong"]
    lines = (n.issuing_body if rule.path == "issuing_body" else n.governing_body)[:]
    lines[rule.line] = rule.prefix + "TỈNH LONG AN"
    setattr(n, rule.path, lines)
    n.place = "Long An"
    given = facts_from_header(draft)
    assert given == {"dia_phuong": "tỉnh Long An", "noi_ban_hanh": "Long An"}
    refresh(draft, given, template)
    n = draft.notice  # refresh replaces the notice
    assert "…" not in n.place and n.place == "Long An"
    assert all("…" not in line for line in [*n.issuing_body, *n.governing_body])
    if "dia_phuong" in template.source_text.split("[notice]", 1)[1].split("closing", 1)[-1]:
        assert "tỉnh Long An" in n.closing
