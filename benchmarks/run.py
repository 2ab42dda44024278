"""Run the benchmarks of issue 7, print the table and write it into the README.

    python benchmarks/run.py            # the full run (a few minutes), README updated
    python benchmarks/run.py --quick    # tiny inputs, one or two repeats, README untouched

Needs ``pip install -e '.[test,bench]'``; the window measurements need PySide6 (and Xvfb
for the X11 column; it is skipped, and says so, when Xvfb is missing).
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the repository (and so the ``benchmarks`` package) importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import docxtpl_bench, export_bench, gui_bench, hostile_bench, reading_bench
from benchmarks.machine import describe
from benchmarks.measure import compile_bytecode
from benchmarks.report import Table, Target, markdown, mib, write_readme
from benchmarks.xvfb import xvfb_display

__all__ = ["Settings", "main", "run_all"]

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
COMMAND = "python benchmarks/run.py"


class Settings:
    """How much to measure: the full run, or ``--quick`` for the smoke test."""

    def __init__(self, *, quick: bool) -> None:
        self.quick = quick
        self.sizes = [10] if quick else [10, 100, 600]
        self.reading_sizes = [] if quick else [100, 600]
        self.start_repeat = 1 if quick else 11
        self.warmup = 0 if quick else 1
        self.preview_pages = [1] if quick else [1, 10, 50]
        self.keystrokes = 3 if quick else 60
        self.latency = 1 if quick else 8
        self.memory_pages = 1 if quick else 50
        self.edits = 4 if quick else 60
        self.memory_repeat = 1 if quick else 2
        self.repeat = 1 if quick else 30
        self.process_repeat = 1 if quick else 11


def export_section(s: Settings, work: Path) -> tuple[list[Table], list[Target]]:
    template = work / "notice-template.docx"
    docxtpl_bench.build_template(template)
    items = export_bench.cases(s.sizes, s.repeat)
    inproc = export_bench.in_process(items, work, template)
    process = export_bench.whole_process(items, work, template, s.process_repeat, s.warmup)
    tables = [
        export_bench.table("Export, in-process (median)", inproc, memory=False),
        export_bench.table("Export, whole process (median, peak RSS)", process, memory=True),
    ]
    tables[0].notes.append(
        "From the loaded notice to the .docx on disk (each tool writes through "
        "`storage.atomic`): ucd-desktop lays the notice out and writes it; docxtpl works out "
        "the values to print, loads a Decree 30 template of the same notice (built by the "
        "benchmark with python-docx: the same header table, rules, styles, paragraphs and "
        "signature table, `{%p for %}` loops over the body items and the recipients) and "
        "renders it; python-docx builds the same notice object by object. The three files "
        "have the same paragraphs (checked by tests/test_benchmarks.py). Long notices repeat "
        "the example's body items."
    )
    tables[1].notes.append(
        "`ucd-desktop export DRAFT -o OUT.docx` against `python -m benchmarks.alt_export "
        "docxtpl|naive DRAFT OUT.docx`, from the start of the process to its exit, "
        f"{s.process_repeat} runs of each taking turns; the peak RSS is each process's own "
        "(read by a small launcher, benchmarks/spawn.py). Every process runs from bytecode, "
        "as an installed app does (the benchmark compiles ucd_desktop/ and benchmarks/ "
        "first). The export imports only the standard library and its own modules: no "
        "python-docx (tests/export/test_lean_imports.py); to see where its time goes: "
        "`python -X importtime -m ucd_desktop export DRAFT -o OUT.docx`."
    )

    def ratio(results: export_bench.ExportResults, case: str) -> float:
        r = results[case]
        return r["ucd-desktop"].median / r["docxtpl"].median

    targets = [
        Target("example export in-process vs docxtpl", ratio(inproc, "example"), 0.7, "x"),
        Target("example export as a process vs docxtpl", ratio(process, "example"), 0.6, "x"),
    ]
    big = f"{max(s.sizes)} paragraphs"
    if max(s.sizes) >= 600:
        targets.append(Target(f"{big} export in-process vs docxtpl", ratio(inproc, big), 1.0, "x"))
    return tables, targets


def reading_section(s: Settings, work: Path) -> tuple[list[Table], list[Target]]:
    cases = reading_bench.prepare(s.reading_sizes, s.repeat, work)
    inproc = reading_bench.in_process(cases)
    process = reading_bench.whole_process(cases, work, s.process_repeat, s.warmup)
    return [reading_bench.table(inproc, process)], []


def _ratio_target(name: str, runs: dict[str, gui_bench.ProbeRun], limit: float) -> Target:
    ours, bare = runs["ucd-desktop"], runs["bare PySide6"]
    if ours.error or bare.error:
        return Target(name, math.inf, limit, "x", why_missed=ours.error or bare.error)
    return Target(name, ours.start.median / bare.start.median, limit, "x")


def memory_target(memory: dict[str, gui_bench.ProbeRun], pages: int) -> Target:
    ours, bare = memory["ucd-desktop"], memory["bare PySide6"]
    name = f"memory editing a {pages}-page notice vs bare PySide6"
    if ours.error or bare.error:
        return Target(name, math.inf, 3.0, "x", ours.error or bare.error)
    target = Target(name, ours.start.peak_bytes / bare.start.peak_bytes, 3.0, "x")
    target.why_missed = (
        f"{mib(ours.start.peak_bytes - bare.start.peak_bytes)} more than the bare window, "
        f"with {ours.report.get('widgets')} widgets in the window; profile the editing "
        "(python -m benchmarks.gui_probe app DRAFT --edits 60 under tracemalloc) to see where."
    )
    return target


def gui_section(s: Settings, work: Path) -> tuple[list[Table], list[Target]]:
    starts = {"offscreen": gui_bench.cold_start(work, None, s.start_repeat, s.warmup)}
    with xvfb_display() as display:
        if display is not None:
            starts["Xvfb (xcb)"] = gui_bench.cold_start(work, display, s.start_repeat, s.warmup)
    targets = [
        _ratio_target(f"cold start vs bare PySide6, {name}", runs, 5.0)
        for name, runs in starts.items()
    ]
    previews = gui_bench.preview(work, s.preview_pages, s.keystrokes, s.latency)
    for r in previews:
        if r.pages == 10:
            name = f"preview refresh at {r.pages} pages"
            if r.error:
                targets.append(Target(f"{name}, median", math.inf, 30.0, "ms", r.error))
            else:
                targets.append(Target(f"{name}, median", r.work.median * 1000, 30.0, "ms"))
                targets.append(Target(f"{name}, p95", r.work.p95 * 1000, 60.0, "ms"))
                latency = f"keystroke to painted preview at {r.pages} pages, median"
                targets.append(Target(latency, r.latency.median * 1000, 100.0, "ms"))
    memory = gui_bench.editing_memory(work, s.memory_pages, s.edits, s.memory_repeat)
    targets.append(memory_target(memory, s.memory_pages))
    tables = [
        gui_bench.start_table(starts),
        gui_bench.preview_table(previews),
        gui_bench.memory_table(memory, s.memory_pages, s.edits),
    ]
    if len(starts) == 1:
        tables[0].notes.append("Xvfb was not found: no start under a real X server.")
    return tables, targets


def hostile_section(s: Settings, work: Path) -> tuple[list[Table], list[Target]]:
    """Issue 13's walls: the largest accepted inputs and refused ones, as processes."""
    chosen = hostile_bench.cases()
    if s.quick:  # one accepted, one refused: the smoke test stays short
        chosen = [c for c in chosen if "nested" in c.name or "/dev/zero" in c.name]
    measured = hostile_bench.measure(chosen, 1 if s.quick else 3)
    return [hostile_bench.table(measured)], hostile_bench.targets(measured)


def run_all(s: Settings) -> tuple[list[Table], list[Target]]:
    tables: list[Table] = []
    targets: list[Target] = []
    if not s.quick:  # every process measured runs from bytecode, as an installed app does
        compile_bytecode(REPO / "ucd_desktop", REPO / "benchmarks")
    with tempfile.TemporaryDirectory(prefix="ucd-bench-") as tmp:
        work = Path(tmp)
        for section in (export_section, reading_section, hostile_section, gui_section):
            print(f"... {section.__name__}", file=sys.stderr, flush=True)
            t, g = section(s, work)
            tables += t
            targets += g
    return tables, targets


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="tiny inputs (smoke test)")
    parser.add_argument("--no-readme", action="store_true", help="print only")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    s = Settings(quick=args.quick)
    tables, targets = run_all(s)
    command = COMMAND + (" --quick" if args.quick else "")
    text = markdown(
        describe(), tables, targets, command=command, seconds=time.perf_counter() - start
    )
    print(text)
    if not args.quick and not args.no_readme:
        write_readme(README, text)
        print(f"README.md updated ({README})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
