"""Page items: made lazily, read back as lines, rules and boxes where Word draws them."""

from __future__ import annotations

import pytest

from ucd_desktop.decree.numbers import RULE_WEIGHT_PT
from ucd_desktop.layout.blocks import Align, Para, Run
from ucd_desktop.layout.measure import BOX_SPACE, BOX_WEIGHT, measure_para
from ucd_desktop.layout.pageitems import Area, Page, emit_para, para_job


def test_items_are_made_on_first_use() -> None:
    page = Page(1, 595.0, 842.0)
    mp = measure_para(Para([Run("Nơi nhận:")], 12, source="recipients"), 85, 185)
    page.add_job(para_job(mp, 0, 1, 100))
    assert not page.made
    assert [t.text for t in page.texts] == ["Nơi nhận:"]
    assert page.made
    assert page.texts[0].y == pytest.approx(100 + mp.ascent)
    assert page.texts[0].source == "recipients"
    assert page.line_texts() == [(round(100 + mp.ascent, 1), "Nơi nhận:")]


def test_rule_and_box_positions() -> None:
    page = Page(1, 595.0, 842.0)
    rule = measure_para(Para([], 2, left_indent=20, right_indent=30, border_top=True), 10, 200)
    emit_para(page, rule, 0, 1, 50)
    (r,) = page.rules
    assert (r.x1, r.x2) == (30, 180)
    assert r.y1 == r.y2 == pytest.approx(50 + RULE_WEIGHT_PT / 2)
    mark = measure_para(
        Para([Run("KHẨN")], 13, Align.CENTER, left_indent=60, right_indent=60, box=True), 0, 200
    )
    emit_para(page, mark, 0, 1, 100)
    (b,) = page.boxes
    assert b.x == pytest.approx(60 - BOX_SPACE - BOX_WEIGHT / 2)
    assert b.x + b.width == pytest.approx(140 + BOX_SPACE + BOX_WEIGHT / 2)
    (text,) = page.texts
    assert b.y < text.y - mark.ascent + 3 and text.y < b.y + b.height


def test_line_texts_join_pieces_and_areas_contain_points() -> None:
    page = Page(2, 595.0, 842.0)
    mp = measure_para(Para([Run("Về "), Run("đầu", bold=True), Run("tư")], 14), 0, 300)
    emit_para(page, mp, 0, 1, 0)
    assert page.line_texts()[0][1] == "Về đầutư"
    area = Area(10, 20, 30, 40, "summary", "summary")
    assert area.contains(10, 20) and area.contains(40, 60) and not area.contains(41, 30)
    assert repr(page) == "Page(2)"
