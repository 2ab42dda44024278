"""Import of a .docx and of pasted text, and ``check`` of a .docx: in-process (median,
peak Python allocation) and as whole ``ucd-desktop import`` / ``check`` processes (median,
peak RSS).

There is no alternative tool to compare with, so the reference printed beside them is
python-docx opening the same file and reading every paragraph's text: the least any
reader of a .docx does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import docx
from docx.oxml.ns import qn

from benchmarks.export_bench import cli_command
from benchmarks.measure import Stats, time_calls, time_processes, traced_peak
from benchmarks.notices import example_doc, long_doc, to_draft
from benchmarks.report import Table, mib, ms
from ucd_desktop.checking import check_docx
from ucd_desktop.export.docx_writer import export_docx
from ucd_desktop.reading import import_notice, import_text

__all__ = ["ReadingCase", "pasted_text", "prepare", "table"]


def paragraph_texts(path: Path) -> list[str]:
    """Every non-empty paragraph of a .docx, in order, table cells included."""
    body = docx.Document(str(path)).element.body
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    return [t for t in texts if t.strip()]


def pasted_text(path: Path) -> str:
    """The notice as a drafter would paste it: one line per paragraph."""
    return "\n".join(paragraph_texts(path))


@dataclass
class ReadingCase:
    name: str
    docx: Path
    text: str
    repeat: int


def prepare(sizes: Sequence[int], repeat: int, work: Path) -> list[ReadingCase]:
    """The example and the long notices, exported by the app: what will be imported."""
    docs = [("example", example_doc())] + [(f"{n} paragraphs", long_doc(n)) for n in sizes]
    out = []
    for i, (name, doc) in enumerate(docs):
        path = work / f"read-{i}.docx"
        export_docx(to_draft(doc).notice, path)
        n = len(doc["notice"]["body"])
        out.append(ReadingCase(name, path, pasted_text(path), max(2, repeat * 10 // max(n, 10))))
    return out


#: Case name -> task -> timings (in-process samples; peak = traced Python allocation).
Results = dict[str, dict[str, Stats]]
TASKS = ("import .docx", "import pasted text", "check .docx", "python-docx read")


def in_process(cases: Sequence[ReadingCase]) -> Results:
    results: Results = {}
    for case in cases:
        calls: dict[str, Callable[[], object]] = {
            "import .docx": partial(import_notice, case.docx),
            "import pasted text": partial(import_text, case.text),
            "check .docx": partial(check_docx, case.docx),
            "python-docx read": partial(paragraph_texts, case.docx),
        }
        stats = time_calls(calls, repeat=case.repeat)
        for name, fn in calls.items():
            stats[name].peak_bytes = traced_peak(fn)
        results[case.name] = stats
    return results


def whole_process(
    cases: Sequence[ReadingCase], work: Path, repeat: int, warmup: int = 1
) -> Results:
    results: Results = {}
    for case in cases:
        commands = {
            "import .docx": [*cli_command(), "import", str(case.docx), "-o", str(work / "r.ucd")],
            "check .docx": [*cli_command(), "check", str(case.docx)],
        }
        results[case.name] = time_processes(commands, repeat=repeat, warmup=warmup)
    return results


def table(inproc: Results, process: Results) -> Table:
    t = Table(
        "Import and check (median; in-process peak = Python allocations, tracemalloc)",
        ["notice", "task", "in-process", "peak (in-process)", "whole process", "peak RSS"],
    )
    for name, by_task in inproc.items():
        for task in TASKS:
            stats = by_task[task]
            proc = process.get(name, {}).get(task)
            t.rows.append(
                [
                    name,
                    task,
                    ms(stats.median),
                    mib(stats.peak_bytes),
                    ms(proc.median) if proc else "",
                    mib(proc.peak_bytes) if proc else "",
                ]
            )
    untouched = any(
        by_task[task].peak_bytes > process[name][task].peak_bytes
        for name, by_task in inproc.items()
        for task in TASKS
        if name in process and task in process[name]
    )
    if untouched:
        t.notes.append(
            "A traced peak above the whole process's peak RSS is memory asked for but never "
            "touched: the reader reads a file with `read(limit + 1)`, and Python allocates a "
            "buffer of the size limit at once before shrinking it to the file's size."
        )
    t.notes.append(
        "The pasted text is the exported notice's paragraphs, one per line (as copied from "
        'Word or a PDF); "python-docx read" is the floor: opening the file and reading '
        "each paragraph's text."
    )
    return t
