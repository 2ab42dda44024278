"""Timing and memory helpers: repeated calls, whole processes, peaks.

Calls of the tools compared are interleaved (A B C A B C ...) so that a slow moment of a
noisy machine falls on all of them alike; results are medians and 95th percentiles.
"""

from __future__ import annotations

import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SPAWN = Path(__file__).resolve().with_name("spawn.py")

__all__ = [
    "ProcessResult",
    "Stats",
    "compile_bytecode",
    "run_process",
    "time_calls",
    "time_processes",
    "traced_peak",
]


@dataclass
class Stats:
    """Samples in seconds (or any unit), with the summaries the table prints."""

    samples: list[float] = field(default_factory=list)
    #: Peak resident memory in bytes (processes), or peak Python allocation (in-process).
    peak_bytes: int = 0
    #: CPU seconds of each sample (processes only).
    cpu: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        """Nearest-rank 95th percentile."""
        ordered = sorted(self.samples)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def best(self) -> float:
        return min(self.samples)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else math.nan


def time_calls(
    calls: Mapping[str, Callable[[], object]], repeat: int, warmup: int = 1
) -> dict[str, Stats]:
    """Time each call ``repeat`` times, interleaved, after ``warmup`` untimed rounds."""
    for _ in range(warmup):
        for fn in calls.values():
            fn()
    out = {name: Stats() for name in calls}
    for _ in range(repeat):
        for name, fn in calls.items():
            start = time.perf_counter()
            fn()
            out[name].samples.append(time.perf_counter() - start)
    return out


def compile_bytecode(*folders: Path) -> None:
    """Write the bytecode (``__pycache__``) of the Python files under ``folders``.

    An installed app runs from bytecode (pip compiles a wheel's modules, PyInstaller
    bundles .pyc), and so do docxtpl and python-docx from site-packages. A checkout run
    with PYTHONDONTWRITEBYTECODE=1 (as in CI) would compile its sources again in every
    process it starts: that measures the compiler, not the program.
    """
    import compileall

    for folder in folders:
        compileall.compile_dir(folder, quiet=1)


def traced_peak(fn: Callable[[], object]) -> int:
    """Peak bytes allocated by Python objects while ``fn`` runs (tracemalloc)."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@dataclass
class ProcessResult:
    seconds: float
    #: Peak resident set size of the process, bytes.
    peak_rss: int
    returncode: int
    stdout: str
    stderr: str
    #: User plus system CPU time of the process: less sensitive than wall time to other
    #: jobs sharing the machine.
    cpu_seconds: float = 0.0


def run_process(
    command: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120.0,
) -> ProcessResult:
    """Run ``command`` to its end: wall time from start to exit, and its own peak RSS.

    The command is started by ``spawn.py``, a small launcher that times it and reads its
    peak RSS with ``os.wait4`` (see there why not from this process). Output goes to
    temporary files, so a chatty process cannot fill a pipe and stall.
    """
    read_fd, write_fd = os.pipe()
    launcher = [sys.executable, "-S", str(SPAWN), str(write_fd), *command]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.Popen(
                launcher,
                stdout=out,
                stderr=err,
                stdin=subprocess.DEVNULL,
                env=dict(env) if env is not None else None,
                cwd=cwd,
                pass_fds=(write_fd,),
                start_new_session=True,  # one process group: a hung command dies with it
            )
        finally:
            os.close(write_fd)
        with os.fdopen(read_fd, "rb") as pipe:
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            report = pipe.read().decode("ascii").split()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if len(report) != 4:
        raise ProcessFailed(f"{command[0]}: no report from the launcher: {stderr[-2000:]}")
    seconds, peak_kib, code, cpu = (
        float(report[0]),
        int(report[1]),
        int(report[2]),
        float(report[3]),
    )
    return ProcessResult(seconds, peak_kib * 1024, code, stdout, stderr, cpu)


class ProcessFailed(RuntimeError):
    pass


def time_processes(
    commands: Mapping[str, Sequence[str]],
    repeat: int,
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    warmup: int = 1,
) -> dict[str, Stats]:
    """Run each command ``repeat`` times, interleaved; the peak is the largest seen."""
    out = {name: Stats() for name in commands}
    for round_ in range(warmup + repeat):
        for name, command in commands.items():
            result = run_process(command, env=env, cwd=cwd)
            if result.returncode != 0:
                raise ProcessFailed(
                    f"{name}: exit {result.returncode}: {result.stderr.strip()[-2000:]}"
                )
            if round_ >= warmup:
                out[name].samples.append(result.seconds)
                out[name].cpu.append(result.cpu_seconds)
                out[name].peak_bytes = max(out[name].peak_bytes, result.peak_rss)
    return out
