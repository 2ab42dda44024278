"""Tests for ucd_desktop.export.docx_writer, read back with python-docx and lxml."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import docx
import pytest
from docx.shared import Mm
from lxml import etree

from tests.export.parts import NS, W, body_paragraph_texts, docx_bytes, parts, text_of, xml
from tests.render import samples
from ucd_desktop.decree import numbers as rules
from ucd_desktop.export.docx_writer import export_docx, render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.model.notice import PageSetup
from ucd_desktop.storage.atomic import SaveError

ALL = ["example", "one-page", "nasty", "long"]
THEME_ATTRS = {"asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"}


def _open(name: str) -> docx.document.Document:
    return docx.Document(io.BytesIO(docx_bytes(name)))


@pytest.mark.parametrize("name", ALL)
def test_python_docx_reads_back_fonts_and_language(name: str) -> None:
    d = _open(name)
    for rpr in (
        d.styles.element.find("w:docDefaults/w:rPrDefault/w:rPr", NS),
        d.styles["Normal"].element.find("w:rPr", NS),
    ):
        fonts = rpr.find("w:rFonts", NS)
        assert [fonts.get(f"{W}{s}") for s in ("ascii", "hAnsi", "eastAsia", "cs")] == [
            "Times New Roman"
        ] * 4
        assert rpr.find("w:lang", NS).get(f"{W}val") == "vi-VN"
    assert d.styles["Normal"].font.name == "Times New Roman"
    for part_name, blob in parts(docx_bytes(name)).items():
        if part_name.endswith(".xml") and part_name.startswith("word/"):
            for element in etree.fromstring(blob).iter():
                assert not {etree.QName(a).localname for a in element.attrib} & THEME_ATTRS


@pytest.mark.parametrize("name", ALL)
def test_settings_and_section(name: str) -> None:
    d = _open(name)
    settings = d.settings.element
    assert settings.find("w:updateFields", NS) is None
    compat = settings.find("w:compat/w:compatSetting[@w:name='compatibilityMode']", NS)
    assert compat.get(f"{W}val") == "15"
    (section,) = d.sections
    assert (section.page_width, section.page_height) == (11906 * 635, 16838 * 635)
    assert section.page_width is not None and abs(section.page_width - Mm(210)) < Mm(0.02)
    assert section.orientation == 0  # portrait
    assert section.different_first_page_header_footer  # w:titlePg


@pytest.mark.parametrize(
    ("setup", "twips"),
    [
        (PageSetup(20, 25, 30, 15), {"top": 1134, "bottom": 1417, "left": 1701, "right": 851}),
        (PageSetup(25, 20, 35, 20), {"top": 1417, "bottom": 1134, "left": 1984, "right": 1133}),
    ],
)
def test_margins_in_twips_rounded_inward(setup: PageSetup, twips: dict[str, int]) -> None:
    notice = samples.one_page_notice()
    notice.page = setup
    data = render_docx(build_layout(notice), now=samples.NOW)
    pgmar = xml(data).find("w:body/w:sectPr/w:pgMar", NS)
    assert {side: int(pgmar.get(f"{W}{side}")) for side in twips} == twips
    section = docx.Document(io.BytesIO(data)).sections[0]
    for side, rng in rules.MARGIN_RANGES.items():
        assert getattr(section, f"{side}_margin").mm in rng, side


def test_header_with_page_number_hidden_on_page_one() -> None:
    d = _open("example")
    section = d.sections[0]
    page = section.header._element
    chars = [c.get(f"{W}fldCharType") for c in page.iter(f"{W}fldChar")]
    assert chars == ["begin", "separate", "end"]
    assert "".join(t.text for t in page.iter(f"{W}instrText")).strip() == "PAGE"
    (para,) = section.header.paragraphs
    assert para.alignment == 1  # centred
    assert [text_of(p) for p in section.first_page_header._element.iter(f"{W}p")] == [""]
    assert not section.footer.paragraphs[0].text


def test_first_page_footer() -> None:
    footer = _open("nasty").sections[0].first_page_footer
    texts = [p.text for p in footer.paragraphs]
    assert texts[0].startswith("Địa chỉ: 61 Nguyễn Huệ") and texts[1].startswith("Điện thoại")
    assert footer.paragraphs[0]._p.find("w:pPr/w:pBdr/w:top", NS) is not None


def test_core_properties() -> None:
    props = _open("example").core_properties
    notice = samples.example_notice()
    assert props.title == notice.summary
    assert props.author == "ỦY BAN NHÂN DÂN TỈNH LONG AN"
    assert props.language == "vi-VN"
    assert props.created == samples.NOW
    assert props.modified == props.created


@pytest.mark.parametrize("name", ALL)
def test_no_manual_breaks_and_every_run_sized(name: str) -> None:
    root = xml(docx_bytes(name))
    assert root.find(".//w:br", NS) is None and root.find(".//w:cr", NS) is None
    for run in root.iter(f"{W}r"):
        assert run.find("w:rPr/w:sz", NS) is not None
        assert run.find("w:rPr/w:szCs", NS) is not None
    for t in root.iter(f"{W}t"):
        assert "\n" not in (t.text or "")


def test_a_newline_in_a_field_starts_a_new_paragraph() -> None:
    texts = body_paragraph_texts(docx_bytes("nasty"))
    first = "Ngày 20/12/2026, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Nguyễn Văn Út làm việc"
    assert f"{first} với Sở Xây dựng." in texts
    assert any(t.startswith("Tham dự có lãnh đạo các sở, ngành") for t in texts)
    assert "Phạm Thị" in texts and "Thu Hà" in texts


@pytest.mark.parametrize("name", ALL)
def test_tables_fit_the_text_width_and_never_touch(name: str) -> None:
    root = xml(docx_bytes(name))
    body = root.find("w:body", NS)
    pgmar = body.find("w:sectPr/w:pgMar", NS)
    text_width = 11906 - int(pgmar.get(f"{W}left")) - int(pgmar.get(f"{W}right"))
    for tbl in body.iter(f"{W}tbl"):
        grid = [int(g.get(f"{W}w")) for g in tbl.findall("w:tblGrid/w:gridCol", NS)]
        assert sum(grid) == text_width
        assert tbl.find("w:tblPr/w:tblLayout", NS).get(f"{W}type") == "fixed"
        for row in tbl.findall("w:tr", NS):
            cells = row.findall("w:tc", NS)
            assert [int(c.find("w:tcPr/w:tcW", NS).get(f"{W}w")) for c in cells] == grid
    children = [etree.QName(c).localname for c in body]
    assert children[-1] == "sectPr" and children[-2] == "p"  # Word needs it after a table
    assert all((a, b) != ("tbl", "tbl") for a, b in itertools.pairwise(children))


def test_long_notice_exports(tmp_path: Path) -> None:
    target = tmp_path / "dài.docx"
    export_docx(samples.long_notice(), target, now=samples.NOW)
    assert target.read_bytes() == docx_bytes("long")
    assert len(docx.Document(str(target)).paragraphs) > 200


def test_export_is_all_or_nothing(tmp_path: Path) -> None:
    target = tmp_path / "tb.docx"
    target.write_bytes(b"old")
    export_docx(samples.one_page_notice(), target, now=samples.NOW)
    assert target.read_bytes() == docx_bytes("one-page")
    missing = tmp_path / "không có" / "tb.docx"
    with pytest.raises(SaveError) as info:
        export_docx(samples.one_page_notice(), missing)
    assert "thư mục không tồn tại" in str(info.value)  # a clear message, in Vietnamese
    assert not missing.parent.exists()
    assert list(tmp_path.iterdir()) == [target]


def test_same_notice_same_bytes() -> None:
    layout = build_layout(samples.nasty_notice())
    assert render_docx(layout, now=samples.NOW) == render_docx(layout, now=samples.NOW)


def test_members_carry_the_document_time_so_exports_are_reproducible() -> None:
    import datetime as dt
    import io
    import zipfile

    from ucd_desktop.export.docx_writer import render_docx
    from ucd_desktop.layout.build import build_layout
    from ucd_desktop.model.notice import Notice

    stamp = dt.datetime(2026, 3, 5, 8, 30, 12)
    data = render_docx(build_layout(Notice(summary="x")), now=stamp)
    infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    assert infos and all(i.date_time == (2026, 3, 5, 8, 30, 12) for i in infos)
    assert data == render_docx(build_layout(Notice(summary="x")), now=stamp)
