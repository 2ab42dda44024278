from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import DATA, EXAMPLE
from ucd_desktop.model.draft import Draft, TemplateLink
from ucd_desktop.model.notice import BodyItem, ItemKind, Notice, Table, TitleEnd, Urgency
from ucd_desktop.storage.drafts import (
    FORMAT_VERSION,
    DraftError,
    draft_from_json,
    draft_to_json,
    load_draft,
    save_draft,
)

SAMPLES = sorted((DATA / "drafts").glob("v*.ucd"))


def test_there_is_a_sample_for_every_format_version() -> None:
    versions = {int(p.stem[1:]) for p in SAMPLES}
    assert versions == set(range(1, FORMAT_VERSION + 1))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_sample_still_loads(sample: Path) -> None:
    draft = load_draft(sample)
    assert draft.notice.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"]
    assert draft.notice.signature.name == "Nguyễn Minh Lâm"
    assert len(draft.notice.body) >= 10


def test_clause_title_ends_load_from_format_2_and_default_in_format_1() -> None:
    v1, v2 = (load_draft(DATA / "drafts" / f"v{n}.ucd").notice for n in (1, 2))
    titled = [it for it in v1.body if it.kind is ItemKind.CLAUSE]
    assert {it.title_end for it in titled} == {TitleEnd.COLON}  # the default
    assert [it.title_end for it in v2.body if it.kind is ItemKind.CLAUSE] == [
        TitleEnd.COLON,
        TitleEnd.PARAGRAPH,
    ]


def test_round_trip_is_identical(tmp_path: Path) -> None:
    draft = load_draft(EXAMPLE)
    draft.notice.urgency = Urgency.HOA_TOC
    draft.notice.body[2].title_end = TitleEnd.STOP
    draft.notice.body.append(
        BodyItem(ItemKind.TABLE, table=Table([["Đơn vị", "Việc"], ["Sở", "Làm"]], [1.0, 3.0]))
    )
    path = tmp_path / "a.ucd"
    save_draft(draft, path)
    again = load_draft(path)
    assert again == draft
    save_draft(again, tmp_path / "b.ucd")
    assert (tmp_path / "b.ucd").read_text("utf-8") == path.read_text("utf-8")


def test_text_is_nfc_and_clean_on_the_way_in() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Minh Lâm")
    doc = json.loads(draft_to_json(Draft(Notice())))
    doc["notice"]["signature"]["name"] = nfd + "\u0007"
    doc["notice"]["summary"] = "dòng một\u000bdòng hai"
    doc["notice"]["place"] = "Long\nAn"
    draft = draft_from_json(json.dumps(doc))
    assert draft.notice.signature.name == "Nguyễn Minh Lâm"
    assert unicodedata.is_normalized("NFC", draft.notice.signature.name)
    assert draft.notice.summary == "dòng một\ndòng hai"
    assert draft.notice.place == "Long An"  # a single-line field


def test_template_link_survives(tmp_path: Path) -> None:
    link = TemplateLink(
        "hoi-nghi",
        2,
        "Hội nghị",
        {"chu_tri": {"name": "A", "position": "B"}},
        {"summary": "{{ chu_tri }}"},
        {"summary": "B A"},
    )
    save_draft(Draft(Notice(), template=link), tmp_path / "t.ucd")
    assert load_draft(tmp_path / "t.ucd").template == link


def test_template_link_keeps_the_line_breaks_of_a_list_field(tmp_path: Path) -> None:
    """Keys of sources/rendered are paths: "issuing_body" there is one text of two lines."""
    two_lines = "ỦY BAN NHÂN DÂN\n{{ dia_phuong|viet_hoa }}"
    link = TemplateLink(
        "hoi-nghi",
        1,
        "Hội nghị",
        {"dia_phuong": "tỉnh Long An"},
        {"issuing_body": two_lines},
        {"issuing_body": "ỦY BAN NHÂN DÂN\nTỈNH LONG AN"},
    )
    save_draft(Draft(Notice(), template=link), tmp_path / "t.ucd")
    assert load_draft(tmp_path / "t.ucd").template == link


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{not json", "bị hỏng hoặc không phải tệp bản nháp"),
        ('{"format": "other", "version": 1}', "không phải tệp bản nháp của ucd-desktop"),
        ('{"format": "ucd-desktop-draft", "version": 99}', "phiên bản ucd-desktop mới hơn"),
        ('{"format": "ucd-desktop-draft"}', "không có phiên bản định dạng hợp lệ"),
        (
            '{"format": "ucd-desktop-draft", "version": 1, "notice": {"body": [{"kind": "x"}]}}',
            "notice.body[0].kind",
        ),
        ('{"format": "ucd-desktop-draft", "version": 1, "notice": {"day": "5"}}', "notice.day"),
        ("[1, 2]", "không phải tệp bản nháp của ucd-desktop"),
    ],
)
def test_broken_drafts_get_a_clear_message(content: str, fragment: str, tmp_path: Path) -> None:
    path = tmp_path / "broken.ucd"
    path.write_text(content, "utf-8")
    before = path.read_bytes()
    with pytest.raises(DraftError) as info:
        load_draft(path)
    assert fragment in str(info.value)
    assert path.read_bytes() == before


def test_truncated_and_binary_files(tmp_path: Path) -> None:
    text = EXAMPLE.read_text("utf-8")
    (tmp_path / "cut.ucd").write_text(text[: len(text) // 2], "utf-8")
    (tmp_path / "bin.ucd").write_bytes(b"\xff\xfe\x00PK\x03\x04" * 10)
    for name in ("cut.ucd", "bin.ucd"):
        with pytest.raises(DraftError):
            load_draft(tmp_path / name)
    with pytest.raises(DraftError, match="Không tìm thấy tệp"):
        load_draft(tmp_path / "missing.ucd")
    with pytest.raises(DraftError, match="là thư mục"):
        load_draft(tmp_path)
