"""Export: ucd-desktop against docxtpl and a direct python-docx script, in-process and as
whole processes, for the example notice and long notices."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import docxtpl_bench, naive_docx
from benchmarks.context import notice_context
from benchmarks.measure import Stats, time_calls, time_processes
from benchmarks.notices import example_doc, long_doc, to_draft, write_doc
from benchmarks.report import Table, mib, ms
from ucd_desktop.export.docx_writer import export_docx

__all__ = ["Case", "ExportResults", "cases", "cli_command", "in_process", "whole_process"]

REPO = Path(__file__).resolve().parent.parent
TOOLS = ("ucd-desktop", "docxtpl", "python-docx")


@dataclass
class Case:
    name: str
    doc: dict[str, Any]
    repeat: int


def cases(sizes: Sequence[int], repeat: int) -> list[Case]:
    """The example, then one long notice per size; fewer repeats for the long ones."""
    out = [Case("example", example_doc(), repeat)]
    for n in sizes:
        out.append(Case(f"{n} paragraphs", long_doc(n), max(3, repeat * 10 // max(n, 10))))
    return out


#: Case name -> tool -> timings.
ExportResults = dict[str, dict[str, Stats]]


def in_process(items: Sequence[Case], work: Path, template: Path) -> ExportResults:
    """Each tool turns the loaded notice into a .docx file, in this process."""
    results: ExportResults = {}
    for case in items:
        notice = to_draft(case.doc).notice
        doc = case.doc
        out = {t: work / f"in-{t}.docx" for t in TOOLS}

        def ours(notice: Any = notice, path: Path = out["ucd-desktop"]) -> None:
            export_docx(notice, path)

        def tpl(doc: Any = doc, path: Path = out["docxtpl"]) -> None:
            docxtpl_bench.render(template, notice_context(doc), path)

        def naive(doc: Any = doc, path: Path = out["python-docx"]) -> None:
            naive_docx.build(notice_context(doc), path)

        calls = {"ucd-desktop": ours, "docxtpl": tpl, "python-docx": naive}
        results[case.name] = time_calls(calls, repeat=case.repeat)
    return results


def cli_command() -> list[str]:
    """How to start `ucd-desktop`: the installed script, else `python -m ucd_desktop`."""
    script = Path(sys.executable).with_name("ucd-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ucd_desktop"]


def whole_process(
    items: Sequence[Case], work: Path, template: Path, repeat: int, warmup: int = 1
) -> ExportResults:
    """Each tool as a fresh process: start Python, read the draft, write the .docx."""
    results: ExportResults = {}
    alt = [sys.executable, "-m", "benchmarks.alt_export"]
    for i, case in enumerate(items):
        draft = write_doc(case.doc, work / f"case{i}.ucd")
        commands = {
            "ucd-desktop": [*cli_command(), "export", str(draft), "-o", str(work / "p-ours.docx")],
            "docxtpl": [
                *alt,
                "docxtpl",
                str(draft),
                str(work / "p-tpl.docx"),
                "--template",
                str(template),
            ],
            "python-docx": [*alt, "naive", str(draft), str(work / "p-naive.docx")],
        }
        results[case.name] = time_processes(commands, repeat=repeat, cwd=REPO, warmup=warmup)
    return results


def _ratio(a: Stats, b: Stats) -> str:
    return f"{a.median / b.median:.2f}x"


def table(title: str, results: ExportResults, *, memory: bool) -> Table:
    headers = ["notice", *TOOLS, "ours / docxtpl", "ours / python-docx"]
    if memory:
        headers += ["ours / docxtpl (CPU time)", "peak RSS (ours, docxtpl, python-docx)"]
    t = Table(title, headers)
    for name, by_tool in results.items():
        row = [name, *(ms(by_tool[tool].median) for tool in TOOLS)]
        row += [
            _ratio(by_tool["ucd-desktop"], by_tool["docxtpl"]),
            _ratio(by_tool["ucd-desktop"], by_tool["python-docx"]),
        ]
        if memory:
            cpu = by_tool["ucd-desktop"].cpu_median / by_tool["docxtpl"].cpu_median
            row.append(f"{cpu:.2f}x")
            row.append(", ".join(mib(by_tool[tool].peak_bytes) for tool in TOOLS))
        t.rows.append(row)
    return t


def main(argv: Sequence[str] | None = None) -> int:
    """Only the export comparison, printed (the README is left alone):

    python -m benchmarks.export_bench [--repeat 11] [--sizes 10 600]
    """
    import argparse
    import tempfile
    import time

    from benchmarks.machine import describe
    from benchmarks.measure import compile_bytecode
    from benchmarks.report import Target, markdown

    parser = argparse.ArgumentParser(prog="export_bench")
    parser.add_argument("--repeat", type=int, default=11, help="runs of each process")
    parser.add_argument("--sizes", type=int, nargs="*", default=[], help="long notices")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    compile_bytecode(REPO / "ucd_desktop", REPO / "benchmarks")
    with tempfile.TemporaryDirectory(prefix="ucd-export-bench-") as tmp:
        work = Path(tmp)
        template = work / "notice-template.docx"
        docxtpl_bench.build_template(template)
        items = cases(args.sizes, args.repeat)
        process = whole_process(items, work, template, args.repeat)
    tables = [table("Export, whole process (median, peak RSS)", process, memory=True)]
    example = process["example"]
    ratio = example["ucd-desktop"].median / example["docxtpl"].median
    targets = [Target("example export as a process vs docxtpl", ratio, 0.6, "x")]
    command = "python -m benchmarks.export_bench"
    took = time.perf_counter() - start
    print(markdown(describe(), tables, targets, command=command, seconds=took))
    return 0


if __name__ == "__main__":
    sys.exit(main())
