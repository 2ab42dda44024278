"""Save as template and new from this notice."""

from __future__ import annotations

import datetime as dt

from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice, Recipient, Signature, Urgency
from ucd_desktop.model.paths import item_path
from ucd_desktop.model.validate import validate
from ucd_desktop.storage.paths import user_templates_dir
from ucd_desktop.templating.binding import bound_paths, instantiate, refresh
from ucd_desktop.templating.from_draft import (
    Keep,
    next_meeting_draft,
    save_user_template,
    template_from_draft,
    template_id_for,
)
from ucd_desktop.templating.library import TemplateLibrary, load_template_file
from ucd_desktop.templating.template import NoticeTemplate, parse_template

FACTS = {
    "ten_hoi_nghi": "sơ kết công tác năm 2021",
    "ngay_hop": "2022-05-26",
    "dia_diem": "Phòng họp trực tuyến UBND tỉnh",
    "chu_tri": {"name": "Nguyễn Minh Lâm", "position": "Phó Chủ tịch UBND tỉnh"},
    "bao_cao": "lãnh đạo Liên đoàn Lao động tỉnh",
    "noi_dung_bao_cao": "kết quả năm 2021",
    "dia_phuong": "tỉnh Long An",
    "noi_ban_hanh": "Long An",
}


def filled_draft() -> tuple[Draft, NoticeTemplate]:
    template = TemplateLibrary.default(user=False).find("hoi-nghi")
    assert template is not None
    draft = instantiate(template, FACTS)
    n = draft.notice
    n.number, n.day, n.month, n.year, n.urgency = "12", 3, 6, 2022, Urgency.KHAN
    n.body = [
        BodyItem(ItemKind.CLAUSE, title="Đề nghị Liên đoàn Lao động tỉnh"),
        BodyItem(ItemKind.BULLET, text="Phối hợp hoàn chỉnh báo cáo {{ không phải Jinja }}."),
        BodyItem(ItemKind.PARAGRAPH, text="Một đoạn văn."),
    ]
    n.closing = "Đoạn kết do người soạn viết lại."
    authority = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    n.signature = Signature(authority, "PHÓ CHỦ TỊCH", "Nguyễn Minh Lâm")
    n.recipients = [Recipient("TT. HĐND tỉnh", "b/c"), Recipient("Các sở, ngành tỉnh")]
    n.archive.unit = "HT"
    return draft, template


def test_template_id_is_ascii_and_unique() -> None:
    assert template_id_for("Kết luận giao ban Đảng ủy") == "ket-luan-giao-ban-dang-uy"
    assert template_id_for("Kết luận", ["ket-luan", "ket-luan-2"]) == "ket-luan-3"
    assert template_id_for("!!!") == "mau"


def test_everything_kept_and_reused_for_a_second_meeting() -> None:
    draft, source = filled_draft()
    template = template_from_draft(draft, name="Hội nghị của tỉnh", source=source)
    path = save_user_template(template)
    assert path.parent == user_templates_dir()
    reread = load_template_file(path)
    assert reread.name == "Hội nghị của tỉnh"
    # The phrasing that still follows the facts asks for them again.
    keys = {f.key for f in reread.facts}
    assert {"ngay_hop", "chu_tri", "dia_diem"} <= keys
    second = instantiate(reread, {**FACTS, "dia_diem": "Hội trường UBND tỉnh"})
    n = second.notice
    assert "Hội trường UBND tỉnh" in n.opening
    assert n.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"]
    assert n.signature.name == "Nguyễn Minh Lâm"
    assert n.recipients[0] == Recipient("TT. HĐND tỉnh", "b/c")
    assert n.archive.unit == "HT"
    assert n.closing == "Đoạn kết do người soạn viết lại."
    assert [i.kind for i in n.body] == [ItemKind.CLAUSE, ItemKind.BULLET, ItemKind.PARAGRAPH]
    # Last meeting's conclusions are left out by default: the structure stays.
    assert [(i.title, i.text) for i in n.body] == [
        ("Đề nghị Liên đoàn Lao động tỉnh", ""),
        ("", "…"),
        ("", "…"),
    ]
    assert not any(i.carried_from for i in n.body)
    # Never kept: number, date, marks.
    assert (n.number, n.day, n.month, n.year, n.urgency) == ("", None, None, None, Urgency.NONE)
    # And the library finds it with the bundled ones.
    assert TemplateLibrary.default().find(template.id) is not None


def test_only_the_skeleton() -> None:
    draft, source = filled_draft()
    keep = Keep(agency=False, signer=False, recipients=False, skeleton=True, phrasing=False)
    template = template_from_draft(draft, name="Khung", keep=keep, source=source)
    second = instantiate(load_template_file(save_user_template(template)))
    n = second.notice
    assert n.issuing_body == [] and n.signature.name == "" and n.recipients == []
    assert n.opening == "" and n.closing == ""
    assert [(i.kind, i.title, i.text) for i in n.body] == [
        (ItemKind.CLAUSE, "Đề nghị Liên đoàn Lao động tỉnh", ""),
        (ItemKind.BULLET, "", "…"),
        (ItemKind.PARAGRAPH, "", "…"),
    ]
    assert template.facts == []


def test_draft_without_template() -> None:
    draft = Draft(notice=Notice(issuing_body=["VĂN PHÒNG"], opening="Ngày 5/3, họp."))
    template = template_from_draft(draft, name="Tự soạn")
    second = instantiate(load_template_file(save_user_template(template)))
    assert second.notice.issuing_body == ["VĂN PHÒNG"]
    assert second.notice.opening == "Ngày 5/3, họp."


def test_next_meeting_clears_number_date_marks_and_facts() -> None:
    draft, source = filled_draft()
    before_bound = set(bound_paths(draft))
    assert "opening" in before_bound
    nxt = next_meeting_draft(draft, source, dt.date(2022, 7, 14))
    n = nxt.notice
    assert (n.number, n.day, n.month, n.year) == ("", None, 7, 2022)
    assert n.urgency is Urgency.NONE and not n.draft_mark
    assert nxt.issued is None
    assert nxt.template is not None and nxt.template.facts["dia_diem"] == ""
    assert "Phòng họp trực tuyến" not in n.opening and "…" in n.opening
    # What the drafter wrote stays; the original draft is untouched.
    assert n.closing == "Đoạn kết do người soạn viết lại."
    assert n.body[0].title == "Đề nghị Liên đoàn Lao động tỉnh"
    assert draft.notice.number == "12" and "Phòng họp" in draft.notice.opening
    # Filling the facts again renders the fields that follow them.
    refresh(nxt, {**FACTS, "dia_diem": "Hội trường"}, source)
    assert "Hội trường" in nxt.notice.opening
    assert nxt.notice.body[0].id == draft.notice.body[0].id
    assert item_path(n.body[0]) == item_path(draft.notice.body[0])


def test_next_meeting_without_the_template_file() -> None:
    draft, _source = filled_draft()
    nxt = next_meeting_draft(draft, None, dt.date(2022, 7, 1))
    assert nxt.template is not None
    assert nxt.template.facts["dia_diem"] == ""
    assert "…" in nxt.notice.opening


def test_conclusions_kept_on_request_are_marked_carried_over() -> None:
    draft, source = filled_draft()
    keep = Keep(conclusions=True)
    template = template_from_draft(draft, name="Có kết luận", keep=keep, source=source)
    second = instantiate(load_template_file(save_user_template(template)), FACTS)
    n = second.notice
    assert n.body[1].text == "Phối hợp hoàn chỉnh báo cáo {{ không phải Jinja }}."
    assert [i.carried_from for i in n.body] == ["", "2022-06-03", "2022-06-03"]
    found = [(p.code, p.field, p.params.get("date")) for p in validate(n)]
    assert ("carried-over", item_path(n.body[1]), "03/06/2022") in found
    assert ("carried-over", item_path(n.body[2]), "03/06/2022") in found


def test_a_new_chair_changes_the_signer_of_a_saved_template() -> None:
    draft, source = filled_draft()
    assert draft.template is not None and draft.template.signer_fact == "chu_tri"
    template = template_from_draft(draft, name="Hội nghị tháng", source=source)
    reread = load_template_file(save_user_template(template))
    assert reread.signer == "chu_tri"
    chair = {"name": "Trần Văn Cần", "position": "Chủ tịch UBND tỉnh"}
    second = instantiate(reread, {**FACTS, "chu_tri": chair})
    assert second.notice.signature.name == "Trần Văn Cần"
    assert "Chủ tịch UBND tỉnh Trần Văn Cần" in second.notice.summary
    # Facts changed again: the signer follows, until it is set by hand.
    refresh(second, {"chu_tri": {"name": "Lê Thị Ba", "position": "Phó Chủ tịch UBND tỉnh"}})
    assert second.notice.signature.name == "Lê Thị Ba"
    second.notice.signature.name = "Nguyễn Văn Ký"
    refresh(second, {"chu_tri": {"name": "Đỗ Văn Tư", "position": "Chủ tịch UBND tỉnh"}})
    assert second.notice.signature.name == "Nguyễn Văn Ký"


def test_a_signer_set_by_hand_is_kept_as_the_office_signer() -> None:
    draft, source = filled_draft()
    draft.notice.signature.name = "Phạm Văn Ký"  # not the chair: chosen by hand
    template = template_from_draft(draft, name="Ký cố định", source=source)
    assert template.signer == ""
    chair = {"name": "Trần Văn Cần", "position": "Chủ tịch UBND tỉnh"}
    second = instantiate(load_template_file(save_user_template(template)), {"chu_tri": chair})
    assert second.notice.signature.name == "Phạm Văn Ký"


def test_next_meeting_marks_what_was_written_as_carried_over() -> None:
    draft, source = filled_draft()
    nxt = next_meeting_draft(draft, source, dt.date(2022, 7, 14))
    n = nxt.notice
    # The clause title alone is structure; the texts written last time are to review.
    assert [i.carried_from for i in n.body] == ["", "2022-06-03", "2022-06-03"]
    codes = [p.code for p in validate(n) if p.field.startswith("body[")]
    assert codes.count("carried-over") == 2
    assert not any(i.carried_from for i in draft.notice.body)


def test_next_meeting_of_an_undated_notice() -> None:
    draft, source = filled_draft()
    draft.notice.day = None
    nxt = next_meeting_draft(draft, source, dt.date(2022, 7, 14))
    assert nxt.notice.body[1].carried_from == "-"
    assert "carried-over-undated" in [p.code for p in validate(nxt.notice)]


def test_conclusions_of_an_older_user_template_are_marked() -> None:
    """A template saved by an earlier version kept the conclusions without a mark."""
    text = """format = "ucd-desktop-template"
id = "cu"
name = "Mẫu cũ"

[[notice.body]]
kind = "clause"
text = "Giao Sở Tài chính chủ trì (kết luận tháng trước)."

[[notice.body]]
kind = "clause"
text = "…"
"""
    template = parse_template(text, name="cu.toml")
    template.origin = "user"
    draft = instantiate(template)
    assert [i.carried_from for i in draft.notice.body] == ["-", ""]
    template.origin = "bundled"
    assert not any(i.carried_from for i in instantiate(template).notice.body)


def test_appendices_kept_with_the_skeleton() -> None:
    from ucd_desktop.model.notice import Appendix, Table

    draft, source = filled_draft()
    rows = [["STT", "Nhiệm vụ"], ["1", "Rà soát hồ sơ"]]
    draft.notice.appendices = [
        Appendix(
            number="I",
            title="Phân công nhiệm vụ",
            items=[
                BodyItem(
                    ItemKind.CLAUSE, title="Sở Nội vụ", text="Rà soát {{ không phải Jinja }}."
                ),
                BodyItem(ItemKind.TABLE, table=Table(rows=rows)),
            ],
        )
    ]
    # The appendices' content is the meeting's, like the conclusions: kept when asked.
    kept = Keep(conclusions=True)
    template = template_from_draft(draft, name="Có phụ lục", keep=kept, source=source)
    (appendix,) = instantiate(
        load_template_file(save_user_template(template)), FACTS
    ).notice.appendices
    assert (appendix.number, appendix.title) == ("I", "Phân công nhiệm vụ")
    assert appendix.items[0].text == "Rà soát {{ không phải Jinja }}."
    assert appendix.items[1].table is not None and appendix.items[1].table.rows == rows
    assert [it.carried_from for it in appendix.items] == ["2022-06-03", "2022-06-03"]
    default = template_from_draft(draft, name="Phụ lục trống", source=source)
    (appendix,) = instantiate(load_template_file(save_user_template(default))).notice.appendices
    assert appendix.title == "Phân công nhiệm vụ" and appendix.items[0].text == "…"
    keep = Keep(agency=False, signer=False, recipients=False, skeleton=True, phrasing=False)
    bare = template_from_draft(draft, name="Khung phụ lục", keep=keep, source=source)
    (appendix,) = instantiate(load_template_file(save_user_template(bare))).notice.appendices
    assert appendix.items[0].text == "…" and appendix.items[1].table.rows[1] == ["", ""]  # type: ignore[union-attr]
