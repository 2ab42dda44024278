"""Load (issue 6): a 100-page notice and a 2,000-item body, in the real app and exported.

    python benchmarks/load.py            # the full run (about a minute), prints the table
    python benchmarks/load.py --quick    # a few keystrokes only (a smoke run)

For each notice (the example's body items repeated, as in benchmarks/notices.py):

- the window: seconds from the process's start to usable, the preview's refresh after
  one keystroke in a body paragraph (its work: keystroke, validation, layout and
  pagination, paint; and keystroke to painted pages with the window's scheduling left to
  run), and the peak RSS of the app while 60 characters are typed. These come from
  ``benchmarks/gui_probe.py`` (issue 7's probe), each run in a fresh process whose peak
  RSS is its own;
- the export: ``ucd-desktop export`` as a whole process (seconds, peak RSS), and in the
  process the parts each keystroke's refresh and each export repeat (validation, layout,
  pagination, the .docx bytes).

Nothing here asserts: the numbers are for reading (the README's robustness section
quotes a run). Lower is better everywhere.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.gui_bench import ProbeRun, body_items_for_pages, platform_env, probe
from benchmarks.measure import run_process
from benchmarks.notices import long_doc, to_draft, write_doc
from benchmarks.report import Table, mib, ms
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.paginate import paginate
from ucd_desktop.model.validate import validate

__all__ = ["main"]

REPO = Path(__file__).resolve().parent.parent
PARTS = ("validate", "layout", "paginate", ".docx bytes")


@dataclass
class Case:
    name: str
    items: int
    draft: Path


@dataclass
class Measured:
    case: Case
    pages: int
    window: ProbeRun
    editing: ProbeRun
    export_s: float
    export_peak: int
    parts: dict[str, float]


def _median_seconds(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def in_process(draft: Path, repeat: int) -> tuple[int, dict[str, float]]:
    """Pages, and the median seconds of each step the app repeats."""
    from ucd_desktop.storage.drafts import load_draft

    notice = load_draft(draft).notice
    layout = build_layout(notice)
    pages = len(paginate(layout))
    parts = {
        "validate": _median_seconds(lambda: validate(notice), repeat),
        "layout": _median_seconds(lambda: build_layout(notice), repeat),
        "paginate": _median_seconds(lambda: paginate(layout), repeat),
        ".docx bytes": _median_seconds(lambda: render_docx(layout), repeat),
    }
    return pages, parts


def measure(case: Case, work: Path, quick: bool) -> Measured:
    env = platform_env(None)
    keys, latency, edits = ("3", "1", "4") if quick else ("20", "5", "60")
    args = ["app", str(case.draft), "--keystrokes", keys, "--latency", latency]
    window = probe(args, env, timeout=600)
    editing = probe(["app", str(case.draft), "--edits", edits], env, timeout=600)
    out = work / f"{case.draft.stem}.docx"
    command = [sys.executable, "-m", "ucd_desktop", "export", str(case.draft), "-o", str(out)]
    done = run_process(command, cwd=REPO, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"export of {case.name} failed: {done.stderr[-2000:]}")
    pages, parts = in_process(case.draft, 1 if quick else 5)
    return Measured(case, pages, window, editing, done.seconds, done.peak_rss, parts)


def _refresh(run: ProbeRun) -> tuple[str, str, str]:
    if run.error:
        return (run.error, "", "")
    refresh = run.report["refresh"]
    work = statistics.median(refresh["samples"])
    parts = " / ".join(
        ms(statistics.median(refresh["parts"][k])) for k in ("keystroke", "refresh", "paint")
    )
    latency = run.report.get("latency") or []
    return (ms(work), parts, ms(statistics.median(latency)) if latency else "-")


def table(results: Sequence[Measured]) -> Table:
    t = Table(
        "Load: long notices in the window and through export",
        [
            "notice",
            "pages",
            "open (to usable)",
            "refresh work per keystroke",
            "keystroke / validate + layout + pages / paint",
            "keystroke to painted",
            "peak RSS typing 60 chars",
            "export process (peak RSS)",
            "validate / layout / paginate / .docx bytes",
        ],
    )
    for r in results:
        work, parts, latency = _refresh(r.window)
        usable = r.window.report.get("usable_s") if not r.window.error else None
        peak = r.editing.start.peak_bytes if not r.editing.error else 0
        t.rows.append(
            [
                f"{r.case.name} ({r.case.items} items)",
                str(r.pages),
                f"{usable:.2f} s" if usable is not None else r.window.error,
                work,
                parts,
                latency,
                mib(peak) if peak else r.editing.error,
                f"{r.export_s:.2f} s ({mib(r.export_peak)})",
                " / ".join(
                    ms(r.parts[k]) for k in ("validate", "layout", "paginate", ".docx bytes")
                ),
            ]
        )
    t.notes.append(
        "Offscreen Qt. Refresh work: the window's refresh run at once after a key press in "
        "a body paragraph (benchmarks/keystrokes.py); keystroke to painted includes the "
        "window's scheduling (gui/preview/refresh.py). Peak RSS: each process's own, read by "
        "benchmarks/spawn.py. In-process parts: medians of five."
    )
    return t


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="load")
    parser.add_argument("--quick", action="store_true", help="a few keystrokes (smoke run)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ucd-load-") as folder:
        work = Path(folder)
        hundred = body_items_for_pages(100)
        cases = [
            Case("100 pages", hundred, write_doc(long_doc(hundred), work / "100-pages.ucd")),
            Case("2,000 items", 2000, write_doc(long_doc(2000), work / "2000-items.ucd")),
        ]
        assert len(to_draft(long_doc(2000)).notice.body) == 2000
        results = [measure(case, work, args.quick) for case in cases]
    t = table(results)
    print(f"#### {t.title}\n")
    print("| " + " | ".join(t.headers) + " |")
    print("|" + "|".join("---" for _ in t.headers) + "|")
    for row in t.rows:
        print("| " + " | ".join(row) + " |")
    for note in t.notes:
        print(f"\n{note}")
    print(f"\n(took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
