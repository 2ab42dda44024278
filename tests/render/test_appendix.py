"""Appendices as LibreOffice prints them: each starts a page, with the Decree's heading
sizes and styles, and the page numbers go on from the notice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.render import appendix_samples, samples
from tests.render.conftest import Rendered
from tests.render.harness import FONTS, Pdf, convert
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.paginate import paginate
from ucd_desktop.storage.atomic import atomic_write_bytes

pytestmark = pytest.mark.render

DOCUMENTS = {
    "appendices": appendix_samples.two_appendix_notice,
    "appendix-blank": appendix_samples.blank_number_notice,
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Rendered]]:
    """The notices with appendices, through one LibreOffice conversion (kept apart from
    the shared one, whose tests take the signature block for the last block)."""
    folder = tmp_path_factory.mktemp("render-appendix")
    made = {}
    for name, make in DOCUMENTS.items():
        notice = make()
        layout = build_layout(notice)
        path = folder / f"{name}.docx"
        atomic_write_bytes(path, render_docx(layout, now=samples.NOW))
        made[name] = (notice, layout, path)
    pdfs = convert([m[2] for m in made.values()], folder, folder / "lo-profile")
    yield {
        name: Rendered(name, notice, layout, Pdf.read(pdfs[path]))
        for name, (notice, layout, path) in made.items()
    }


def _first_lines(doc: Rendered, page: int) -> list[str]:
    return [ln.text for ln in doc.pdf.lines(page)[:4]]


def test_each_appendix_starts_a_page_and_numbers_go_on(rendered: dict[str, Rendered]) -> None:
    doc = rendered["appendices"]
    pdf = doc.pdf
    assert pdf.page_count == 3 == len(paginate(doc.layout))
    # Page 1: the notice, ending with its signature block; no appendix on it.
    assert not any(ln.text.startswith("Phụ lục") for ln in pdf.lines(0))
    assert _first_lines(doc, 1)[:2] == ["2", "Phụ lục I"]
    assert _first_lines(doc, 2)[:2] == ["3", "Phụ lục II"]
    frame = doc.frame
    for page, heading in ((1, "Phụ lục I"), (2, "Phụ lục II")):
        line = pdf.find(heading, page)
        # The first line of the text area, centred on it.
        assert line.baseline < frame.top + 20
        assert line.centre == pytest.approx(frame.centre, abs=1.0)


def test_heading_title_and_reference_styles(rendered: dict[str, Rendered]) -> None:
    pdf = rendered["appendices"].pdf
    heading = pdf.find("Phụ lục I", 1)
    assert heading.sizes == {14.0} and heading.fonts == {FONTS[(True, False)]}
    # The title in two even lines, each as the layout made it (never wrapped again).
    assert [ln.text for ln in pdf.lines(1)[2:4]] == [
        "DANH MỤC CÔNG TRÌNH CHẬM",
        "TIẾN ĐỘ CẦN TẬP TRUNG THÁO GỠ",
    ]
    for title in pdf.lines(1)[2:4]:
        assert title.sizes == {14.0} and title.fonts == {FONTS[(True, False)]}
    reference = pdf.find("(Kèm theo Thông báo số 05/TB-UBND ngày 05 tháng 02 năm 2026)", 2)
    assert reference.sizes == {14.0} and reference.fonts == {FONTS[(False, True)]}
    # Under the title of appendix II, then the table's heading row.
    lines = [ln.text for ln in pdf.lines(2)]
    assert lines.index(reference.text) == lines.index("Phụ lục II") + 2
    assert "STT Nhiệm vụ Đơn vị chủ trì Thời hạn" in lines


def test_blank_number_and_day_stay_blank_in_print(rendered: dict[str, Rendered]) -> None:
    doc = rendered["appendix-blank"]
    line = next(ln for ln in doc.pdf.lines(1) if ln.text.startswith("(Kèm"))
    assert line.text == "(Kèm theo Thông báo số /TB-UBND ngày tháng 02 năm 2026)"
    slash = line.glyphs_of("/TB")[0]
    so = line.glyphs_of("số")[-1]
    assert slash.x0 - so.x1 > 10.0  # room for the clerk to write the number
    assert doc.pdf.find("Phụ lục 01", 1).fonts == {FONTS[(True, False)]}
