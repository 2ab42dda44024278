"""The window: cold start against a bare PySide6 window (offscreen and under Xvfb), the
preview's refresh after a keystroke at 1, 10 and 50 pages, and memory while editing.

Every measurement runs ``gui_probe`` in a fresh process (started by ``spawn.py``, so its
peak RSS is its own); a probe that fails is reported with its error instead of a number.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.measure import Stats, run_process
from benchmarks.notices import example_doc, long_doc, to_draft, write_doc
from benchmarks.report import Table, mib, ms
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.paginate import paginate

__all__ = ["ProbeRun", "body_items_for_pages", "probe", "start_runs"]

REPO = Path(__file__).resolve().parent.parent
PROBE = [sys.executable, "-m", "benchmarks.gui_probe"]
PARTS = ("keystroke", "refresh", "pages", "paint")


def pages_of(paragraphs: int) -> int:
    return len(paginate(build_layout(to_draft(long_doc(paragraphs)).notice)))


def body_items_for_pages(pages: int, limit: int = 2000) -> int:
    """The fewest body paragraphs (cycling the example's) that fill ``pages`` pages."""
    low, high = 1, 1
    while pages_of(high) < pages:
        low, high = high + 1, high * 2
        if high > limit:
            raise ValueError(f"{pages} pages need more than {limit} paragraphs")
    while low < high:
        mid = (low + high) // 2
        if pages_of(mid) >= pages:
            high = mid
        else:
            low = mid + 1
    return low


def platform_env(display: str | None) -> dict[str, str]:
    """Offscreen Qt, or the xcb platform on ``display``."""
    env = dict(os.environ)
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    return env


@dataclass
class ProbeRun:
    """What probe runs gave: the start times, the peak RSS, the last report, or the error."""

    start: Stats = field(default_factory=Stats)
    report: dict[str, Any] = field(default_factory=dict)
    error: str = ""


def probe(args: Sequence[str], env: dict[str, str], timeout: float = 300.0) -> ProbeRun:
    """One probe run."""
    out = ProbeRun()
    result = run_process([*PROBE, *args], env=env, cwd=REPO, timeout=timeout)
    if result.returncode != 0 or not result.stdout.strip():
        lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
        reason = next(
            (ln for ln in lines if "Fatal Python error" in ln), lines[-1] if lines else ""
        )
        out.error = f"exit {result.returncode}: {reason.strip()}"
        return out
    out.report = json.loads(result.stdout.strip().splitlines()[-1])
    out.start.samples.append(float(out.report["usable_s"]))
    out.start.cpu.append(result.cpu_seconds)
    out.start.peak_bytes = result.peak_rss
    return out


def start_runs(
    commands: dict[str, list[str]], env: dict[str, str], repeat: int, warmup: int = 1
) -> dict[str, ProbeRun]:
    """Cold starts, interleaved, after ``warmup`` untimed rounds (they fill the disk cache)."""
    runs = {name: ProbeRun() for name in commands}
    for round_ in range(warmup + repeat):
        for name, args in commands.items():
            if runs[name].error:
                continue
            one = probe(args, env)
            if one.error:
                runs[name].error = one.error
            elif round_ >= warmup:
                runs[name].report = one.report
                runs[name].start.samples += one.start.samples
                runs[name].start.cpu += one.start.cpu
                runs[name].start.peak_bytes = max(runs[name].start.peak_bytes, one.start.peak_bytes)
    return runs


def cold_start(
    work: Path, display: str | None, repeat: int, warmup: int = 1
) -> dict[str, ProbeRun]:
    """The app opening the example draft, and a bare window, ``repeat`` times each."""
    draft = write_doc(example_doc(), work / "example.ucd")
    commands = {"ucd-desktop": ["app", str(draft)], "bare PySide6": ["bare"]}
    return start_runs(commands, platform_env(display), repeat, warmup)


def draft_for_pages(pages: int, work: Path) -> tuple[Path, int]:
    n = body_items_for_pages(pages)
    return write_doc(long_doc(n), work / f"pages-{pages}.ucd"), n


@dataclass
class PreviewResult:
    #: Pages asked for, and pages the preview showed after the keystrokes.
    pages: int
    paragraphs: int
    shown: int = 0
    #: Seconds of work per keystroke, and of each part of it.
    work: Stats = field(default_factory=Stats)
    parts: dict[str, Stats] = field(default_factory=dict)
    #: Keystroke to painted pages with the window's scheduling left to run.
    latency: Stats = field(default_factory=Stats)
    error: str = ""


def preview(work: Path, pages: Sequence[int], keystrokes: int, latency: int) -> list[PreviewResult]:
    """The refresh after one keystroke, in the app opened on a notice of each size."""
    out = []
    for n_pages in pages:
        draft, paragraphs = draft_for_pages(n_pages, work)
        args = ["app", str(draft), "--keystrokes", str(keystrokes), "--latency", str(latency)]
        run = probe(args, platform_env(None))
        result = PreviewResult(n_pages, paragraphs, error=run.error)
        if not run.error:
            refresh = run.report["refresh"]
            result.shown = int(refresh["pages"])
            result.work.samples = list(refresh["samples"])
            result.parts = {k: Stats(list(v)) for k, v in refresh["parts"].items()}
            result.latency.samples = list(run.report["latency"])
        out.append(result)
    return out


def editing_memory(work: Path, pages: int, edits: int, repeat: int) -> dict[str, ProbeRun]:
    """Peak RSS of the app typing into a notice of ``pages`` pages, and of a bare window
    typing as much into its text box."""
    draft, _ = draft_for_pages(pages, work)
    commands = {
        "ucd-desktop": ["app", str(draft), "--edits", str(edits)],
        "bare PySide6": ["bare", "--edits", str(edits)],
    }
    return start_runs(commands, platform_env(None), repeat, warmup=0)


def _cell(run: ProbeRun) -> str:
    return f"failed ({run.error})" if run.error else ms(run.start.median)


def start_table(by_platform: dict[str, dict[str, ProbeRun]]) -> Table:
    t = Table(
        "Cold start to a usable window (median; the app opens the example draft)",
        [
            "platform",
            "ucd-desktop",
            "bare PySide6",
            "ratio",
            "CPU time ratio",
            "peak RSS (ucd-desktop, bare)",
        ],
    )
    for platform, runs in by_platform.items():
        ours, bare = runs["ucd-desktop"], runs["bare PySide6"]
        ok = not (ours.error or bare.error)
        t.rows.append(
            [
                platform,
                _cell(ours),
                _cell(bare),
                f"{ours.start.median / bare.start.median:.2f}x" if ok else "",
                f"{ours.start.cpu_median / bare.start.cpu_median:.2f}x" if ok else "",
                f"{mib(ours.start.peak_bytes)}, {mib(bare.start.peak_bytes)}" if ok else "",
            ]
        )
    t.notes.append(
        "From the fork of the process to the moment the window is shown, exposed, free of "
        "dialogs and has handled what showing it queued (its first paint); the bare window "
        "is a QMainWindow holding a QPlainTextEdit. Each start has its own empty user folder. "
        "The CPU time (user + system, of the whole process: exit included) is the figure "
        "least disturbed by other jobs on the machine."
    )
    return t


def preview_table(results: Sequence[PreviewResult]) -> Table:
    from ucd_desktop.gui.preview.refresh import MIN_GAP_MS, PAUSE_MS, SLOW_MS

    t = Table(
        "Preview refresh after one keystroke",
        [
            "pages",
            "body paragraphs",
            "work median",
            "work p95",
            "keystroke / validate + layout + pages / paint (medians)",
            "keystroke to painted (median)",
            "keystroke to painted (p95)",
        ],
    )
    for r in results:
        if r.error:
            t.rows.append([str(r.pages), str(r.paragraphs), f"failed ({r.error})", "", "", "", ""])
            continue
        parts = " / ".join(ms(r.parts[k].median) for k in ("keystroke", "refresh", "paint"))
        t.rows.append(
            [
                str(r.shown),
                str(r.paragraphs),
                ms(r.work.median),
                ms(r.work.p95),
                parts,
                ms(r.latency.median),
                ms(r.latency.p95),
            ]
        )
    t.notes.append(
        "Work: the key press, the window's refresh (validation, marks, layout and the "
        "preview's pages) and the paint, run at once. Keystroke to painted: the same with "
        "the window's own scheduling (gui/preview/refresh.py), after a pause in typing: a quick "
        "refresh runs on the next turn of the event loop; while typing goes on, refreshes "
        f"are at least {MIN_GAP_MS} ms apart (more if a refresh is costly); a refresh slower "
        f"than {SLOW_MS:.0f} ms waits for a {PAUSE_MS} ms pause in typing. The key goes to "
        "the input of a body paragraph in view (benchmarks/keystrokes.py)."
    )
    return t


def memory_table(runs: dict[str, ProbeRun], pages: int, edits: int) -> Table:
    bare = runs["bare PySide6"]
    t = Table(
        f"Memory while editing a {pages}-page notice (peak RSS)",
        ["process", "peak RSS", "vs bare PySide6", "widgets"],
    )
    for name, run in runs.items():
        if run.error:
            t.rows.append([name, f"failed ({run.error})", "", ""])
            continue
        ratio = run.start.peak_bytes / bare.start.peak_bytes if not bare.error else math.nan
        widgets = str(run.report.get("widgets", ""))
        t.rows.append([name, mib(run.start.peak_bytes), f"{ratio:.2f}x", widgets])
    t.notes.append(
        f"Each types {edits} characters in bursts of 20 (30 ms apart, a pause after each burst "
        "lets the preview refresh): the app into a body paragraph of the notice, the bare "
        "window into its text box. Widgets: those of the window at the end; the body editor "
        "makes rows only for the items near the view (gui/body/item_list.py), and the window has "
        "no application-wide style sheet (gui/style.py)."
    )
    return t
