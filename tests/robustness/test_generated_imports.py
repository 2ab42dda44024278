"""Importing hostile text or a hostile .docx: a draft that saves, reloads and exports a
valid .docx, or a clear ReadError. Never another exception.

Pasted text is notice-shaped (header lines, "THÔNG BÁO", numbered items, "Nơi nhận:")
with hostile pieces mixed in. The .docx files are built with python-docx from the same
material: bold runs, tables, page breaks, empty paragraphs.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from hypothesis import given
from hypothesis import strategies as st

from tests.robustness import strategies as S
from tests.robustness.conftest import settings_for
from tests.robustness.docx_check import DocxAudit
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.reading import ImportResult, ReadError, import_notice, import_text
from ucd_desktop.storage.drafts import draft_from_json, draft_to_json
from ucd_desktop.text.clean import xml_safe

TEXTS = 200
DOCX_FILES = 60
NOW = dt.datetime(2026, 3, 5, 8, 0, tzinfo=dt.UTC)
STATS: Counter[str] = Counter()

NOTICE_LINES = (
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH LONG AN\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 05/TB-UBND\tLong An, ngày 05 tháng 3 năm 2026",
    "THÔNG BÁO",
    "Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm tại Hội nghị",
    "Ngày 26/5/2022, tại Phòng họp trực tuyến UBND tỉnh, đã diễn ra Hội nghị.",
    "kết luận như sau:",
    "I. NHIỆM VỤ",
    "1. Đề nghị Liên đoàn Lao động tỉnh",
    "a) Phối hợp hoàn chỉnh báo cáo;",
    "- Tăng cường kiểm tra, giám sát.",
    "**Giao Sở Tài chính** chủ trì.",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Minh Lâm",
    "Nơi nhận:",
    "- TT. HĐND tỉnh (b/c);",
    "- Lưu: VT, HT.",
    "# Tiêu đề Markdown",
    "_______________",
    "---",
    "| a | b |",
)
line = st.one_of(st.sampled_from(NOTICE_LINES), S.text, st.tuples(S.text, S.text).map("\t".join))
pasted = st.lists(line, max_size=40).map("\n".join)


def check_result(result: ImportResult, audit: DocxAudit) -> None:
    for note in result.notes:
        assert note.message.strip(), note
    again = draft_from_json(draft_to_json(result.draft))
    assert again.notice == result.draft.notice
    problems = audit.problems(render_docx(build_layout(again.notice), now=NOW))
    assert not problems, problems[:5]


def clear(exc: ReadError) -> None:
    message = str(exc)
    assert message.strip() and "Traceback" not in message and len(message) < 600, message[:300]


@settings_for(TEXTS)
@given(text=pasted)
def test_pasted_text_imports_or_says_why(text: str, audit: DocxAudit) -> None:
    STATS["pasted texts"] += 1
    try:
        result = import_text(text)
    except ReadError as exc:
        clear(exc)
        STATS["refused with a message"] += 1
        return
    check_result(result, audit)
    STATS["imported"] += 1


@st.composite
def docx_bytes(draw: st.DrawFn) -> bytes:
    document = docx.Document()
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 4))
        if kind == 3:
            rows, cols = draw(st.integers(1, 3)), draw(st.integers(1, 3))
            table = document.add_table(rows=rows, cols=cols)
            for cell in table._cells:
                cell.text = xml_safe(draw(line))
            continue
        para = document.add_paragraph()
        for _ in range(draw(st.integers(0, 3))):
            run = para.add_run(xml_safe(draw(line)))
            run.bold = draw(st.booleans())
            run.italic = draw(st.booleans())
        if kind == 4:
            para.add_run().add_break(WD_BREAK.PAGE)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@settings_for(DOCX_FILES)
@given(data=docx_bytes())
def test_a_docx_from_anyone_imports_or_says_why(
    data: bytes, audit: DocxAudit, tmp_path: Path
) -> None:
    STATS[".docx files"] += 1
    path = tmp_path / "cu.docx"
    path.write_bytes(data)
    try:
        result = import_notice(path)
    except ReadError as exc:
        clear(exc)
        STATS["refused with a message"] += 1
        return
    check_result(result, audit)
    assert path.read_bytes() == data  # reading never writes
    STATS["imported"] += 1


def teardown_module() -> None:
    print("\ngenerated imports:", dict(STATS))
