"""The preview's typeface: chosen by what it covers, never by its name alone."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from tests.gui.preview.decoy_font import register_decoy
from tests.render.samples import one_page_notice
from ucd_desktop.gui.preview.fonts import (
    BUNDLED_FAMILY,
    BUNDLED_FILES,
    VIETNAMESE_LETTERS,
    covers,
    load_bundled,
    preview_family,
    renamed_font,
    sfnt_tables,
)
from ucd_desktop.gui.preview.paint import page_image, words_at
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.metrics import text_width
from ucd_desktop.layout.paginate import TextItem, paginate
from ucd_desktop.layout.rules import FONT_NAME
from ucd_desktop.model.notice import BodyItem, ItemKind
from ucd_desktop.resources import resource_path

DECOY = "Decoy Serif"


def test_the_bundled_fonts_are_liberation_serif_2_with_their_licence() -> None:
    for name in BUNDLED_FILES:
        _version, tables = sfnt_tables(resource_path("fonts", name).read_bytes())
        assert b"Liberation Serif" in tables[b"name"].replace(b"\0", b"")
        assert b"Version 2." in tables[b"name"].replace(b"\0", b"")
    licence = resource_path("fonts", "LICENSE-liberation-fonts.txt").read_text("utf-8")
    assert "SIL Open Font License" in licence or "SIL-OFL-1.1" in licence


def test_renamed_font_loads_under_its_new_name(qapp: Any) -> None:
    data = renamed_font(resource_path("fonts", BUNDLED_FILES[1]).read_bytes(), "Renamed Serif")
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
    assert QFontDatabase.applicationFontFamilies(font_id) == ["Renamed Serif"]
    assert "Bold" in QFontDatabase.styles("Renamed Serif")


def test_the_bundled_family_has_every_vietnamese_letter(qapp: Any) -> None:
    assert load_bundled() == BUNDLED_FAMILY
    assert covers(BUNDLED_FAMILY)


def test_a_family_lacking_letters_is_refused(qapp: Any) -> None:
    register_decoy(DECOY)
    bold = QFont(DECOY)
    bold.setBold(True)
    raw = QRawFont.fromFont(bold)
    assert raw.familyName() == DECOY and raw.supportsCharacter(ord("a"))
    assert not raw.supportsCharacter(ord("ơ"))
    assert not covers(DECOY)
    assert preview_family((DECOY,)) == BUNDLED_FAMILY


def test_a_whole_family_is_preferred(qapp: Any) -> None:
    whole = "Whole Serif"
    for name in BUNDLED_FILES:
        data = renamed_font(resource_path("fonts", name).read_bytes(), whole)
        QFontDatabase.addApplicationFontFromData(QByteArray(data))
    assert covers(whole, VIETNAMESE_LETTERS)
    assert preview_family(("Not Installed Serif", whole)) == whole


def test_words_are_placed_by_our_metrics() -> None:
    t = TextItem(100.0, 50.0, "Về công  tác", 14.0, True, False, "", 0.0)
    placed = words_at(t)
    assert [w for _x, w in placed] == ["Về", "công", "tác"]
    space = text_width(" ", 14, bold=True)
    assert placed[1][0] == 100 + text_width("Về", 14, bold=True) + space
    assert placed[2][0] == placed[1][0] + text_width("công", 14, bold=True) + 2 * space
    assert words_at(TextItem(5.0, 1.0, ".", 14.0, False, False, "", 0.0)) == [(5.0, ".")]


@pytest.mark.parametrize("dpi", [48, 62, 72, 83, 96, 115, 144, 192])
def test_spaces_between_bold_title_words_stay_blank_at_every_zoom(qapp: Any, dpi: int) -> None:
    register_decoy(FONT_NAME)  # the two-fonts machine
    notice = one_page_notice()
    notice.body = [
        BodyItem(ItemKind.CLAUSE, title="Về công tác chỉ đạo, điều hành", text="Giao các sở.")
    ]
    page = paginate(build_layout(notice))[0]
    title = [t for t in page.texts if t.bold and t.source.endswith(".text")]
    words = [(x, w, t) for t in title for x, w in words_at(t)]
    assert [w for _x, w, _t in words][:4] == ["1.", "Về", "công", "tác"]
    image = page_image(page, dpi)
    scale = dpi / 72
    blank_gaps = 0
    for (x, word, t), (x2, _w, _t) in pairwise(words):
        end = x + text_width(word, t.size, bold=True)
        middle = round((end + x2) / 2 * scale)
        top, bottom = round((t.y - 0.6 * t.size) * scale), round(t.y * scale)
        ink = [image.pixelColor(middle, y).lightness() < 160 for y in range(top, bottom)]
        blank_gaps += not any(ink)
    assert blank_gaps == len(words) - 1
