"""A notice like the seed, drafted through the window and exported with the action, passes
the checks the core's exports pass: python-docx reopens it, openxml-audit finds nothing,
and LibreOffice renders it on A4 inside the margins in Liberation Serif."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from openxml_audit import OpenXmlValidator

from tests.gui.conftest import Answers, type_text
from tests.gui.test_templates_flow import fill_fact, pick_template
from tests.render.harness import FONTS, Frame, Pdf, convert
from ucd_desktop.gui.actions import ActionKey
from ucd_desktop.gui.fields import LineField
from ucd_desktop.gui.form.date_input import DateInput
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.layout.build import build_layout
from ucd_desktop.model.problems import Severity
from ucd_desktop.storage.filenames import suggested_export_name

SEED = Path(__file__).resolve().parents[1] / "data" / "seed-notice.md"
TOL = 0.5


def seed_body() -> str:
    """The seed's conclusions as someone would copy them from the old notice."""
    text = SEED.read_text("utf-8")
    start = text.index("Năm 2021 là năm")
    end = text.index("Căn cứ nội dung Kết luận")
    lines = [re.sub(r"^#+\s*|\*\*", "", ln).strip() for ln in text[start:end].splitlines()]
    return "\n".join(ln for ln in lines if ln)


def draft_the_seed(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    pick_template(monkeypatch, "hoi-nghi")
    window.action(ActionKey.NEW).trigger()
    facts = {
        "ten_hoi_nghi": "sơ kết đánh giá kết quả thực hiện Quy chế về mối quan hệ công tác "
        "giữa UBND tỉnh và Liên đoàn Lao động tỉnh năm 2021",
        "dia_diem": "Phòng họp trực tuyến UBND tỉnh",
        "bao_cao": "lãnh đạo Liên đoàn Lao động tỉnh",
        "noi_dung_bao_cao": "kết quả thực hiện Quy chế về mối quan hệ công tác giữa UBND tỉnh "
        "và LĐLĐ tỉnh năm 2021",
    }
    for key, value in facts.items():
        fill_fact(window, key, value)
    # The province and the place are typed once, in the header (not asked as facts).
    issuing = window.form.issuer.issuing
    issuing.setFocus()
    issuing.selectAll()
    type_text(issuing, "ỦY BAN NHÂN DÂN\nTỈNH LONG AN")
    place = window.form.number_date.place
    place.setFocus()
    place.selectAll()
    type_text(place, "Long An")
    date = window.form.facts.widgets["ngay_hop"]
    assert isinstance(date, DateInput)
    date.field.setFocus()
    type_text(date.field, "26/05/2022")
    position, name = window.form.facts.widgets["chu_tri"].findChildren(LineField)
    position.setFocus()
    type_text(position, "Phó Chủ tịch UBND tỉnh")
    name.setFocus()
    type_text(name, "Nguyễn Minh Lâm")
    # The seed has no sections: the template's skeleton goes, the copied text comes in.
    window.doc.remove_items([item.id for item in window.doc.notice.body])
    window.form.body.paste_text(None, seed_body())
    closing = window.form.content.closing
    closing.setFocus()
    closing.selectAll()
    type_text(
        closing,
        "Căn cứ nội dung Kết luận trên, Thủ trưởng các sở, ngành liên quan triển khai thực "
        "hiện, định kỳ báo cáo kết quả thực hiện về UBND tỉnh.",
    )
    for path, text in (
        ("signature.name", "Nguyễn Minh Lâm"),
        (
            "recipients",
            "TT.TU (b/c)\nTT. HĐND tỉnh (b/c)\nCT, các PCT. UBND tỉnh\nCác sở, ngành tỉnh",
        ),
        ("archive.unit", "HT"),
    ):
        window.doc.set_text(path, text)


@pytest.mark.render
def test_exported_seed_passes_the_checks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: Answers, tmp_path: Path
) -> None:
    draft_the_seed(window, monkeypatch)
    n = window.doc.notice
    window.refresh()
    errors = [p.message for p in window.problems.problems if p.severity is Severity.ERROR]
    assert errors == []
    assert n.summary.startswith("Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm tại Hội nghị")
    assert [i.kind.value for i in n.body[:4]] == ["paragraph", "paragraph", "clause", "bullet"]
    name = suggested_export_name(n)
    assert name.startswith("Dự thảo TB-UBND ") and "Kết luận của Phó Chủ tịch" in name
    target = tmp_path / name
    answers["ask_save_path"] = target
    answers["after_export"] = "folder"
    answers["open_location"] = True
    window.action(ActionKey.EXPORT_DOCX).trigger()
    assert answers.names() == ["ask_save_path", "after_export", "open_location"]
    assert answers.asked[-1][1][0] == tmp_path  # "open the folder" opened the folder
    # python-docx reopens it; the text is the notice's.
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Phối hợp hoàn chỉnh lại Báo cáo sơ kết" in text
    # openxml-audit: schema, relationships, package.
    result = OpenXmlValidator().validate(target)
    assert [str(e) for e in result.errors] == []
    # LibreOffice renders it as the render tests measure the core's exports.
    pdf = Pdf.read(convert([target], tmp_path, tmp_path / "lo-profile")[target])
    layout = build_layout(n)
    frame = Frame.of(layout)
    assert pdf.width == pytest.approx(595.28, abs=TOL)
    assert pdf.height == pytest.approx(841.89, abs=TOL)
    window.preview.flush()
    assert 2 <= pdf.page_count <= 3
    assert pdf.page_count == window.preview.page_count()  # the preview showed these pages
    fonts = {g.font for page in pdf.glyphs for g in page if not g.text.isspace()}
    assert fonts <= set(FONTS.values())
    for page in range(pdf.page_count):
        for line in pdf.lines(page):
            if line.baseline < frame.top:  # the page number, from page 2 on
                assert page > 0 and line.text == str(page + 1)
                continue
            assert line.x0 >= frame.text_left - TOL, line.text
            assert line.x1 <= frame.text_right + TOL, line.text
    pdf.find("THÔNG BÁO", page=0)
    pdf.find("Nguyễn Minh Lâm", page=pdf.page_count - 1)


def test_export_with_errors_asks_first(
    window: MainWindow, answers: Answers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answers["ask_export_with_errors"] = False
    window.action(ActionKey.EXPORT_DOCX).trigger()
    assert answers.names() == ["ask_export_with_errors"]
    assert list(tmp_path.iterdir()) == []


def test_export_to_a_locked_file_offers_another_name(
    window: MainWindow, answers: Answers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ucd_desktop.gui import files
    from ucd_desktop.storage.atomic import SaveError

    locked = tmp_path / "dang-mo.docx"
    real = files.export_docx

    def refuse(notice: object, path: Path) -> None:
        if path == locked:
            raise SaveError(path, "locked", "Tệp đang mở trong Word")
        real(notice, path)  # type: ignore[arg-type]

    monkeypatch.setattr(files, "export_docx", refuse)
    answers["ask_export_with_errors"] = True
    answers["ask_save_path"] = locked
    answers["ask_locked"] = "other"
    answers["ask_save_path"] = tmp_path / "khac.docx"
    answers["after_export"] = "close"
    written = window.files.export()
    assert written == tmp_path / "khac.docx" and written.exists() and not locked.exists()
    assert window.store.settings.last_export_folder == str(tmp_path)
