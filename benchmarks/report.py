"""The benchmark's results as Markdown tables, and writing them into the README."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ucd_desktop.storage.atomic import atomic_write_text

__all__ = [
    "END",
    "START",
    "Table",
    "Target",
    "markdown",
    "ms",
    "replace_between_markers",
    "write_readme",
]

START = "<!-- benchmarks:start -->"
END = "<!-- benchmarks:end -->"


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Target:
    """One of issue 7's or 15's targets: ``value`` must be at most ``limit``."""

    name: str
    value: float
    limit: float
    unit: str  # "x" (a ratio), "ms" or "MB"
    #: Why it is missed, measured and written down (shown only when missed).
    why_missed: str = ""

    @property
    def met(self) -> bool:
        return self.value <= self.limit

    def show(self, v: float) -> str:
        if math.isinf(v):
            return "failed"
        if self.unit == "MB":
            return f"{v:.0f} MB"
        return f"{v:.2f}x" if self.unit == "x" else f"{v:.1f} ms"


def ms(seconds: float) -> str:
    """Seconds as milliseconds, with sensible precision."""
    v = seconds * 1000
    return f"{v:.2f} ms" if v < 10 else f"{v:.1f} ms" if v < 100 else f"{v:.0f} ms"


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def _table(t: Table) -> list[str]:
    out = [f"#### {t.title}", "", "| " + " | ".join(t.headers) + " |"]
    out.append("|" + "|".join("---" for _ in t.headers) + "|")
    out += ["| " + " | ".join(row) + " |" for row in t.rows]
    for note in t.notes:
        out += ["", note]
    return [*out, ""]


def markdown(
    machine: dict[str, str],
    tables: Sequence[Table],
    targets: Sequence[Target],
    *,
    command: str,
    seconds: float,
) -> str:
    """The whole benchmark section: machine, targets, then each table."""
    lines = [
        "## Benchmarks",
        "",
        f"Written by `{command}` (took {seconds:.0f} s) after "
        "`pip install -e '.[test,bench]'`; `--quick` runs everything on tiny inputs and "
        "leaves this section alone. All comparisons are ratios of medians measured in the "
        "same run, the tools compared taking turns. To profile the window's start: "
        "`python -m benchmarks.gui_probe app DRAFT.ucd --profile start.txt` (pyinstrument).",
        "",
        "Machine: " + "; ".join(f"{k}: {v}" for k, v in machine.items()) + ".",
        "",
        "#### Targets (issues 7 and 15)",
        "",
        "| target | measured | limit | met |",
        "|---|---|---|---|",
    ]
    for t in targets:
        lines.append(
            f"| {t.name} | {t.show(t.value)} | ≤ {t.show(t.limit)} | {'yes' if t.met else 'no'} |"
        )
    missed = [t for t in targets if not t.met and t.why_missed]
    if missed:
        lines += ["", "What limits the targets missed:", ""]
        lines += [f"- {t.name}: {t.why_missed}" for t in missed]
    lines.append("")
    for table in tables:
        lines += _table(table)
    return "\n".join(lines).rstrip() + "\n"


def replace_between_markers(text: str, section: str) -> str:
    """``text`` with what lies between the markers replaced by ``section``."""
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"the README has no {START} ... {END} markers")
    return f"{text[: start + len(START)]}\n{section}{text[end:]}"


def write_readme(readme: Path, section: str) -> None:
    text = readme.read_text(encoding="utf-8")
    atomic_write_text(readme, replace_between_markers(text, section))
