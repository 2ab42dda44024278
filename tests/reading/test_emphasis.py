"""Bold and italic words inside a body paragraph survive the import and the export."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from tests.render.harness import convert
from ucd_desktop.export.docx_writer import export_docx, render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.model.inline import plain_text
from ucd_desktop.model.notice import ItemKind, Notice
from ucd_desktop.reading import import_notice
from ucd_desktop.reading.assemble import from_lines
from ucd_desktop.reading.body import read_body
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.docx_read import docx_lines
from ucd_desktop.reading.emphasis import BOLD, ITALIC, align, render_marked, slice_marked
from ucd_desktop.reading.lines import Line
from ucd_desktop.text.legacy import encode_tcvn3

# A paragraph: (text, bold, italic, font) runs.
Run = tuple[str, bool, bool, str]
TNR = "Times New Roman"

BODY: list[list[Run]] = [
    [("Ngày 12/3/2024, Ủy ban nhân dân tỉnh họp về giải ngân vốn đầu tư công.", False, False, TNR)],
    [("Ủy ban nhân dân tỉnh kết luận như sau:", False, False, TNR)],
    [
        ("1. Giao ", False, False, TNR),
        ("Sở Tài chính", True, False, TNR),
        (" chủ trì, hoàn thành ", False, False, TNR),
        ("trước ngày 30/6/2024", False, True, TNR),
        (".", False, False, TNR),
    ],
    [
        ("2. Các chủ đầu tư ", False, False, TNR),
        ("tuyệt đối không", True, True, TNR),
        (" để chậm giải ngân; ", False, False, TNR),
        ("báo cáo ", True, False, TNR),  # the trailing space is not marked
        ("hằng tháng", False, False, TNR),
        (", ", False, True, TNR),  # emphasis on punctuation only is dropped
        ("mục 2*", False, False, TNR),  # a literal asterisk
        (" của kế hoạch.", False, False, TNR),
    ],
    [
        ("3. Về giải phóng mặt bằng: ", True, False, TNR),
        ("các huyện công khai phương án bồi thường ", False, False, TNR),
        ("theo đúng quy định", False, True, TNR),
        (".", False, False, TNR),
    ],
    [
        ("4. Sở Xây dựng kiểm tra ", False, False, TNR),
        (encode_tcvn3("chất lượng công trình"), True, False, ".VnTime"),
        (" trọng điểm./.", False, False, TNR),
    ],
]

EXPECTED = [
    "Giao **Sở Tài chính** chủ trì, hoàn thành *trước ngày 30/6/2024*.",
    "Các chủ đầu tư ***tuyệt đối không*** để chậm giải ngân; **báo cáo** hằng tháng, "
    "mục 2\\* của kế hoạch.",
    "các huyện công khai phương án bồi thường *theo đúng quy định*.",
    "Sở Xây dựng kiểm tra **chất lượng công trình** trọng điểm.",
]


def _notice_docx() -> bytes:
    d = docx.Document()
    for text in ("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"):
        d.add_paragraph().add_run(text).bold = True
    d.add_paragraph("Số: 12/TB-UBND")
    d.add_paragraph().add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    d.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    d.add_paragraph().add_run("Bắc Ninh, ngày 15 tháng 3 năm 2024").italic = True
    d.add_paragraph().add_run("THÔNG BÁO").bold = True
    d.add_paragraph().add_run("Kết luận của Chủ tịch về giải ngân vốn đầu tư công").bold = True
    for runs in BODY:
        p = d.add_paragraph()
        for text, bold, italic, font in runs:
            run = p.add_run(text)
            run.bold, run.italic, run.font.name = bool(bold), bool(italic), font
    d.add_paragraph().add_run("Nơi nhận:").bold = True
    d.add_paragraph("- Các sở, ngành;")
    d.add_paragraph("- Lưu: VT.")
    d.add_paragraph().add_run("TM. ỦY BAN NHÂN DÂN").bold = True
    d.add_paragraph().add_run("CHỦ TỊCH").bold = True
    d.add_paragraph().add_run("Nguyễn Văn An").bold = True
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def notice() -> Notice:
    lines, _encoding = docx_lines(_notice_docx())
    return from_lines(lines, "docx").draft.notice


def test_mixed_runs_import_as_marks(notice: Notice) -> None:
    clauses = [it for it in notice.body if it.kind is ItemKind.CLAUSE]
    assert [it.text for it in clauses] == EXPECTED
    # The bold prefix is the clause's title, not marked again in its text.
    assert clauses[2].title == "Về giải phóng mặt bằng:"
    # Paragraphs in one style keep no marks.
    assert notice.opening.startswith("Ngày 12/3/2024") and "*" not in notice.opening


def _styled_words(data: bytes) -> dict[str, tuple[bool, bool]]:
    """Each word of the body paragraphs of an exported .docx with its (bold, italic)."""
    out: dict[str, tuple[bool, bool]] = {}
    for para in docx.Document(io.BytesIO(data)).paragraphs:
        for run in para.runs:
            for word in run.text.split():
                out[word] = (bool(run.bold), bool(run.italic))
    return out


def test_export_has_runs_on_exactly_those_words(notice: Notice) -> None:
    data = render_docx(build_layout(notice))
    doc = docx.Document(io.BytesIO(data))
    styled = {
        run.text.strip(): (bool(run.bold), bool(run.italic))
        for para in doc.paragraphs
        if any(e in para.text for e in ("Sở Tài chính", "tuyệt đối", "bồi thường", "Xây dựng"))
        for run in para.runs
        if (run.bold or run.italic) and run.text.strip()
    }
    title = next(k for k in styled if "Về giải phóng" in k)
    del styled[title]  # the clause title is bold as a title
    assert styled == {
        "Sở Tài chính": (True, False),
        "trước ngày 30/6/2024": (False, True),
        "tuyệt đối không": (True, True),
        "báo cáo": (True, False),
        "theo đúng quy định": (False, True),
        "chất lượng công trình": (True, False),
    }
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "mục 2* của kế hoạch" in text and "\\" not in text
    # Every other word of those paragraphs is upright and regular.
    assert _styled_words(data)["hằng"] == (False, False)


def test_plain_text_of_the_marks_is_the_source_text(notice: Notice) -> None:
    for item, runs in zip(
        [it for it in notice.body if it.kind is ItemKind.CLAUSE], BODY[2:], strict=True
    ):
        assert plain_text(item.text) in "".join(r[0] for r in runs).replace(
            encode_tcvn3("chất lượng công trình"), "chất lượng công trình"
        )


def test_render_marked_edges() -> None:
    text = "a b c"
    assert render_marked(text, [BOLD, BOLD, BOLD, 0, 0]) == "**a b** c"
    assert render_marked(text, [0, BOLD, BOLD, BOLD, 0]) == "a **b** c"  # edge spaces out
    # Italic words with upright spaces between them are one italic phrase.
    assert render_marked(text, [ITALIC, 0, ITALIC, 0, ITALIC]) == "*a b c*"
    assert render_marked("a, b", [0, BOLD, BOLD, 0]) == "a, b"  # only punctuation
    assert render_marked("a*b", [BOLD, 0, 0]) == "**a**\\*b"
    # Two styles touching read back wrongly: plain text rather than wrong marks.
    assert render_marked("ab", [BOLD, ITALIC]) == "ab"
    # A newline (a new paragraph of the field) is never inside marks.
    assert render_marked("a\nb", [BOLD] * 3) == "**a**\n**b**"


def test_align_follows_cleaning() -> None:
    source = [(c, BOLD if c == "x" else 0) for c in "a  x\u200b ,\ty"]
    assert align(source, "a x, y") == [0, 0, BOLD, 0, 0, 0]
    assert align(source, "a z, y") is None


def test_slices_and_changed_text_fall_back_to_plain() -> None:
    marked = "Giao **Sở Tài chính** chủ trì *trước ngày 30/6*."
    assert slice_marked(marked, 5) == "**Sở Tài chính** chủ trì *trước ngày 30/6*."
    assert slice_marked(marked, 8, 29) == "**Tài chính** chủ trì *trư*"
    line = Line(
        "1. Giao Sở Tài chính chủ trì.", bold=False, marked="1. Giao **Sở Tài chính** chủ trì."
    )
    ctx = Context()
    read_body([line, line.with_text("2. Giao Sở Tài chính chủ trì.")], ctx)
    assert [it.text for it in ctx.notice.body] == [
        "Giao **Sở Tài chính** chủ trì.",
        "Giao Sở Tài chính chủ trì.",  # text changed, marks dropped
    ]
    # Marks that no longer match the text are not used.
    stale = Line("1. Giao Sở Tài chính chủ trì nhé.", bold=False, marked=line.marked)
    ctx = Context()
    read_body([stale], ctx)
    assert ctx.notice.body[0].text == "Giao Sở Tài chính chủ trì nhé."


def test_final_mark_inside_emphasis_is_taken_off() -> None:
    line = Line(
        "1. Giao Sở Tài chính thực hiện./.",
        bold=False,
        marked="1. Giao **Sở Tài chính thực hiện./.**",
    )
    ctx = Context()
    read_body([line], ctx)
    assert ctx.notice.body[0].text == "Giao **Sở Tài chính thực hiện**."


@pytest.mark.render
@pytest.mark.slow
def test_pdf_import_keeps_the_marks(notice: Notice, tmp_path: Path) -> None:
    """The exported draft printed by LibreOffice and imported again: the PDF's bold and
    italic fonts give the same marks."""
    path = tmp_path / "notice.docx"
    export_docx(notice, path)
    made = convert([path], tmp_path, tmp_path / "lo-profile")
    again = import_notice(made[path]).draft.notice
    clauses = [it.text for it in again.body if it.kind is ItemKind.CLAUSE]
    assert clauses == EXPECTED
