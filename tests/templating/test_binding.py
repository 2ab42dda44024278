from __future__ import annotations

import pytest

from ucd_desktop.model.paths import get_text, item_path, set_text
from ucd_desktop.model.validate import validate
from ucd_desktop.templating.binding import bound_paths, instantiate, refresh, reset_field
from ucd_desktop.templating.library import TemplateLibrary
from ucd_desktop.templating.template import NoticeTemplate, TemplateError, parse_template

CHAIR = {"name": "Nguyễn Minh Lâm", "position": "Phó Chủ tịch UBND tỉnh"}


def bundled(key: str) -> NoticeTemplate:
    t = TemplateLibrary.default().find(key)
    assert t is not None
    return t


def example_facts(t: NoticeTemplate) -> dict[str, object]:
    return {f.key: f.example for f in t.facts if f.example is not None}


def test_the_conference_template_writes_the_seed_phrasing() -> None:
    t = bundled("hoi-nghi")
    n = instantiate(t, example_facts(t)).notice
    assert n.summary == (
        "Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm tại Hội nghị sơ kết đánh giá kết quả "
        "thực hiện Quy chế về mối quan hệ công tác giữa UBND tỉnh và Liên đoàn Lao động tỉnh "
        "năm 2021"
    )
    assert n.lead_in == (
        "Sau khi nghe lãnh đạo Liên đoàn Lao động tỉnh báo cáo kết quả thực hiện Quy chế về mối "
        "quan hệ công tác giữa UBND tỉnh và LĐLĐ tỉnh năm 2021; ý kiến của đại biểu dự Hội nghị, "
        "Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm kết luận như sau:"
    )
    assert n.opening.startswith(
        "Ngày 26/5/2022, tại Phòng họp trực tuyến UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Minh "
        "Lâm và Chủ tịch Liên đoàn Lao động tỉnh cùng chủ trì Hội nghị"
    )
    assert n.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"]
    assert n.signature.name == "Nguyễn Minh Lâm"


@pytest.mark.parametrize("key", ["hoi-nghi", "cuoc-hop", "lam-viec"])
def test_every_bundled_template_makes_a_sound_notice(key: str) -> None:
    t = bundled(key)
    draft = instantiate(t, example_facts(t))
    n = draft.notice
    assert n.summary and n.opening and n.lead_in.endswith("như sau:") and n.closing
    assert n.recipients and n.signature.position
    errors = [p for p in validate(n) if p.severity.value == "error"]
    assert errors == []
    # Only the template's deliberate gaps remain, and validation points at each of them.
    assert {p.code for p in validate(n) if p.severity.value == "warning"} <= {"placeholder-left"}


def test_an_empty_fact_leaves_a_visible_gap() -> None:
    n = instantiate(bundled("cuoc-hop")).notice
    assert "…" in n.opening
    assert any(p.code == "placeholder-left" and p.field == "opening" for p in validate(n))


def test_refresh_changes_only_bound_fields() -> None:
    t = bundled("hoi-nghi")
    draft = instantiate(t, {"chu_tri": CHAIR, "ten_hoi_nghi": "tổng kết năm 2025"})
    set_text(draft.notice, "lead_in", "Lời dẫn do người soạn tự viết:")
    changed = refresh(
        draft, {"chu_tri": {"name": "Trần Văn Cần", "position": "Chủ tịch UBND tỉnh"}}, t
    )
    assert "summary" in changed and "lead_in" not in changed
    assert draft.notice.summary.startswith("Kết luận của Chủ tịch UBND tỉnh Trần Văn Cần")
    assert draft.notice.lead_in == "Lời dẫn do người soạn tự viết:"
    assert draft.notice.signature.name == "Trần Văn Cần"
    assert "lead_in" not in bound_paths(draft)


def test_refresh_without_the_template_file_uses_the_draft_sources() -> None:
    draft = instantiate(bundled("hoi-nghi"), {"chu_tri": CHAIR})
    refresh(draft, {"ten_hoi_nghi": "triển khai nhiệm vụ năm 2026"})
    assert draft.notice.summary.endswith("tại Hội nghị triển khai nhiệm vụ năm 2026")


def test_reset_field_binds_it_again() -> None:
    t = bundled("hoi-nghi")
    draft = instantiate(t, {"chu_tri": CHAIR})
    set_text(draft.notice, "summary", "Tự viết")
    assert reset_field(draft, "summary", t)
    assert draft.notice.summary.startswith("Kết luận của Phó Chủ tịch")
    assert "summary" in bound_paths(draft)


def test_deleted_items_are_skipped() -> None:
    t = bundled("lam-viec")
    draft = instantiate(t, {"chu_tri": CHAIR, "don_vi": "UBND huyện Cần Giuộc"})
    first = draft.notice.body[1]
    del draft.notice.body[1]
    refresh(draft, {"don_vi": "UBND huyện Bến Lức"}, t)
    assert draft.notice.item(first.id) is None
    assert any("Bến Lức" in get_text(draft.notice, item_path(i)) for i in draft.notice.body)


BROKEN = """
format = "ucd-desktop-template"
id = "hong"
name = "Hỏng"
[[facts]]
key = "a"
[notice]
summary = "tốt"
opening = \"\"\"
dòng một
{{ a | khong_co_bo_loc }}\"\"\"
"""


def test_a_template_error_names_the_line() -> None:
    t = parse_template(BROKEN, name="hong.toml")
    with pytest.raises(TemplateError) as info:
        instantiate(t, {"a": "x"})
    assert info.value.line == 11
    assert "khong_co_bo_loc" in str(info.value)


def test_a_failed_refresh_changes_nothing() -> None:
    t = bundled("hoi-nghi")
    draft = instantiate(t, {"chu_tri": CHAIR})
    draft.template.sources["summary"] = "{{ 'x' * 300000000 }}"  # type: ignore[union-attr]
    before = draft.notice.summary
    with pytest.raises(TemplateError, match="đã dừng"):
        refresh(draft, {"ten_hoi_nghi": "khác"})
    assert draft.notice.summary == before


def test_the_example_keeps_its_issuing_body_bound_to_the_facts() -> None:
    """The bundled example was once saved while the reader joined the template's heading
    lines into one: its issuing body then no longer followed the province fact."""
    from tests.conftest import EXAMPLE
    from ucd_desktop.storage.drafts import load_draft

    draft = load_draft(EXAMPLE)
    assert "issuing_body" in bound_paths(draft)
    refresh(draft, {"dia_phuong": "tỉnh Đồng Tháp"}, bundled("hoi-nghi"))
    assert draft.notice.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"]
