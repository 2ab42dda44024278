"""Start a command from a small process; report its wall time, own peak RSS and CPU time.

    python -S benchmarks/spawn.py RESULT_FD COMMAND...

Linux gives a process the peak RSS of the memory image it was forked from: a child of
the benchmark (which holds python-docx, docxtpl, Qt...) would report at least the
benchmark's own size. Forked from this small launcher instead, the command's figure is its
own. The launcher writes "seconds peak_kib exit_code cpu_seconds" to the file descriptor
RESULT_FD (a pipe the benchmark passes down; the command does not inherit it), exits 0.
Standard library only, so it starts with ``-S`` (no site packages) in a few milliseconds.
"""

from __future__ import annotations

import os
import sys
import time


def main(argv: list[str]) -> int:
    result, command = int(argv[0]), argv[1:]
    os.set_inheritable(result, False)
    start = time.perf_counter()
    # The moment of the fork, for a command that times its own milestones (gui_probe.py);
    # time.monotonic() is one clock for every process on Linux.
    os.environ["BENCH_SPAWN_T0"] = repr(time.monotonic())
    pid = os.fork()
    if pid == 0:  # the child: become the command
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    os.write(result, f"{seconds!r} {usage.ru_maxrss} {code} {cpu!r}\n".encode("ascii"))
    os.close(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
