"""Tests for the render harness itself (no LibreOffice needed)."""

from __future__ import annotations

import shutil

import pytest

from tests.render import harness
from tests.render.harness import Glyph, Line


def test_missing_soffice_fails_the_render_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv(harness.SKIP_ENV, raising=False)
    with pytest.raises(pytest.fail.Exception, match="UCD_SKIP_RENDER=1"):
        harness.soffice()


def test_missing_soffice_skips_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv(harness.SKIP_ENV, "1")
    with pytest.raises(pytest.skip.Exception):
        harness.soffice()


def _glyphs(text: str, x: float = 10, gap: float = 0.0) -> list[Glyph]:
    out = []
    for ch in text:
        out.append(Glyph(ch, x, x + 5, 100, 10, "LiberationSerif"))
        x += 5 + gap
    return out


def test_line_text_and_extent() -> None:
    line = Line(0, 100, [*_glyphs("Số:"), *_glyphs(" "), *_glyphs("05", x=40)])
    assert line.text == "Số: 05"
    assert (line.x0, line.x1, line.width) == (10, 50, 40)
    cells = Line(0, 100, [*_glyphs("STT"), *_glyphs("Đơn", x=60)])
    assert cells.text == "STT Đơn"  # a wide gap between cells reads as a space
    assert cells.glyphs_of("Đơn")[0].x0 == 60


def test_italic_correction_only_for_italic_line_ends() -> None:
    upright = Line(0, 100, _glyphs("ab"))
    italic = Line(0, 100, [Glyph("a", 0, 5, 100, 12, "LiberationSerif-Italic")])
    assert harness.italic_correction(upright) == 0
    assert harness.italic_correction(italic) == pytest.approx(0.5)
