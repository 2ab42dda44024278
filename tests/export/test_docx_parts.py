"""Tests for ucd_desktop.export.docx_parts: styles, settings, fonts and theme."""

from __future__ import annotations

from lxml import etree

from tests.export.parts import NS, W
from ucd_desktop.export import docx_parts

FONT = "Times New Roman"
SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def _xml(text: str) -> etree._Element:
    return etree.fromstring(text.encode())


def test_times_new_roman_in_all_four_slots_of_defaults_and_normal() -> None:
    styles = _xml(docx_parts.STYLES_XML)
    for path in ("w:docDefaults/w:rPrDefault/w:rPr", "w:style[@w:styleId='Normal']/w:rPr"):
        rpr = styles.find(path, NS)
        fonts = rpr.find("w:rFonts", NS)
        assert {slot: fonts.get(f"{W}{slot}") for slot in SLOTS} == dict.fromkeys(SLOTS, FONT)
        lang = rpr.find("w:lang", NS)
        assert lang.get(f"{W}val") == "vi-VN" and lang.get(f"{W}eastAsia") == "vi-VN"
        assert rpr.find("w:sz", NS).get(f"{W}val") == "28"


def test_no_theme_fonts_anywhere() -> None:
    for part in (docx_parts.STYLES_XML, docx_parts.SETTINGS_XML, docx_parts.FONT_TABLE_XML):
        for element in _xml(part).iter():
            assert not any("theme" in etree.QName(a).localname.lower() for a in element.attrib)


def test_normal_paragraphs_single_spaced_without_space_after() -> None:
    spacing = _xml(docx_parts.STYLES_XML).find("w:docDefaults/w:pPrDefault/w:pPr/w:spacing", NS)
    assert spacing.get(f"{W}after") == "0" and spacing.get(f"{W}line") == "240"


def test_settings_word_2013_mode_and_no_update_prompt() -> None:
    settings = _xml(docx_parts.SETTINGS_XML)
    modes = {
        s.get(f"{W}name"): s.get(f"{W}val")
        for s in settings.findall("w:compat/w:compatSetting", NS)
    }
    assert modes["compatibilityMode"] == "15"
    assert settings.find("w:updateFields", NS) is None
    assert settings.find("w:themeFontLang", NS).get(f"{W}val") == "vi-VN"


def test_font_table_and_theme_name_times() -> None:
    fonts = _xml(docx_parts.FONT_TABLE_XML).findall("w:font", NS)
    assert [f.get(f"{W}name") for f in fonts] == [FONT]
    theme = _xml(docx_parts.THEME_XML)
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    assert {e.get("typeface") for e in theme.iter(f"{a}latin")} == {FONT}
