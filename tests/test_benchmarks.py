"""Smoke test of benchmarks/: the pieces run on tiny inputs and measure what they claim.

No timing is asserted here (timings belong to ``python benchmarks/run.py``); what is
checked is that the alternatives print the same notice as the app, that a child process's
memory is its own, and that the script runs end to end and leaves the README alone.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from benchmarks import docxtpl_bench, naive_docx, run
from benchmarks.context import notice_context
from benchmarks.measure import run_process, time_calls
from benchmarks.notices import example_doc, long_doc, to_draft
from benchmarks.report import END, START, Table, Target, markdown, replace_between_markers
from ucd_desktop.checking import check_docx
from ucd_desktop.export.docx_writer import export_docx

REPO = Path(__file__).resolve().parent.parent


def _texts(path: Path) -> list[str]:
    """Every non-empty paragraph's text, in document order (table cells included)."""
    body = docx.Document(str(path)).element.body
    out = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    return [t for t in out if t.strip()]


def _with_every_kind() -> dict[str, Any]:
    doc = long_doc(6)
    body = doc["notice"]["body"]
    extra = [
        {"kind": "section", "title": "Nhiệm vụ trọng tâm", "text": "Đoạn dưới phần."},
        {"kind": "clause", "title": "", "text": "Khoản không tiêu đề."},
        {"kind": "point", "title": "", "text": "Điểm thứ nhất."},
        {"kind": "point", "title": "", "text": "Điểm thứ hai & <ba>\nđoạn tiếp theo."},
        {"kind": "section", "title": "Tổ chức thực hiện", "text": ""},
        {"kind": "clause", "title": "Giao Sở Tài chính", "text": "chủ trì."},
    ]
    for i, item in enumerate(extra):
        body.append({**item, "table": None, "id": f"e{i:07x}"})
    return doc


@pytest.mark.parametrize("make", [example_doc, _with_every_kind], ids=["example", "every-kind"])
def test_the_alternatives_print_the_same_notice_as_the_app(tmp_path: Path, make: Any) -> None:
    doc = make()
    ours, tpl, naive = tmp_path / "ours.docx", tmp_path / "tpl.docx", tmp_path / "naive.docx"
    template = tmp_path / "template.docx"
    export_docx(to_draft(doc).notice, ours)
    docxtpl_bench.build_template(template)
    docxtpl_bench.render(template, notice_context(doc), tpl)
    naive_docx.build(notice_context(doc), naive)
    expected = _texts(ours)
    assert len(expected) > 30
    assert _texts(tpl) == expected
    assert _texts(naive) == expected
    # Laid out alike: the checker finds nothing in them that it does not find in ours.
    found = {str(f) for f in check_docx(ours).findings}
    assert {str(f) for f in check_docx(tpl).findings} <= found
    assert {str(f) for f in check_docx(naive).findings} <= found


def test_the_template_loops_over_body_and_recipients(tmp_path: Path) -> None:
    template = tmp_path / "template.docx"
    docxtpl_bench.build_template(template)
    texts = "\n".join(_texts(template))
    assert "{%p for e in body %}" in texts
    assert "{%p for r in recipients %}" in texts
    assert "{{ summary }}" in texts


def test_long_notices_have_the_paragraphs_asked_for() -> None:
    doc = long_doc(25)
    assert len(doc["notice"]["body"]) == 25
    assert len({item["id"] for item in doc["notice"]["body"]}) == 25
    assert doc["notice"]["signature"] == example_doc()["notice"]["signature"]


def test_a_child_process_reports_its_own_peak_memory() -> None:
    ballast = bytearray(200 * 2**20)  # this process is big; the child must not inherit it
    ballast[::4096] = b"x" * len(ballast[::4096])
    child = [sys.executable, "-c", "b = bytearray(60 * 2**20); b[::4096] = b'x' * len(b[::4096])"]
    result = run_process(child)
    assert result.returncode == 0
    assert 60 * 2**20 <= result.peak_rss < 150 * 2**20
    assert run_process([sys.executable, "-c", "raise SystemExit(3)"]).returncode == 3


def test_calls_are_interleaved_and_each_timed() -> None:
    order: list[str] = []
    stats = time_calls({"a": lambda: order.append("a"), "b": lambda: order.append("b")}, 3)
    assert order == ["a", "b"] * 4  # one warm-up round, then three timed
    assert len(stats["a"].samples) == 3
    assert stats["b"].p95 >= stats["b"].median >= stats["b"].best >= 0


def test_the_table_goes_between_the_markers_only() -> None:
    readme = f"# Title\n\ntext\n\n{START}\nold table\n{END}\n\nafter\n"
    table = Table("Export", ["notice", "time"], [["example", "3 ms"]])
    target = Target("example export in-process vs docxtpl", 0.8, 0.7, "x", why_missed="because")
    text = markdown({"CPU": "test"}, [table], [target], command="run", seconds=1.0)
    out = replace_between_markers(readme, text)
    assert out.startswith("# Title\n\ntext\n\n" + START)
    assert out.endswith(END + "\n\nafter\n")
    assert "old table" not in out
    assert "| example export in-process vs docxtpl | 0.80x | ≤ 0.70x | no |" in out
    assert "because" in out
    with pytest.raises(ValueError):
        replace_between_markers("no markers", text)


def test_quick_run_prints_the_table_and_leaves_the_readme_alone(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []
    monkeypatch.setattr(run, "write_readme", lambda path, text: written.append(path))
    assert run.main(["--quick"]) == 0
    printed = capsys.readouterr().out
    assert "Export, in-process" in printed
    assert "Export, whole process" in printed
    assert "import pasted text" in printed
    assert "Cold start to a usable window" in printed
    assert "Preview refresh after one keystroke" in printed
    assert "Memory while editing" in printed
    assert "failed" not in printed
    assert "example export in-process vs docxtpl" in printed
    assert written == []
