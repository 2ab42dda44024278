"""A fake soffice (a Python script) that logs its command line and pid, then makes the
files, fails, crashes or hangs with a child, as asked."""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest

posix_only = pytest.mark.skipif(os.name != "posix", reason="the fake soffice is a POSIX script")

FAKE = """\
#!{python}
import json, os, sys, time
from pathlib import Path
args = sys.argv[1:]
Path({log!r}).write_text(json.dumps({{"args": args, "pid": os.getpid(),
    "ld": os.environ.get("LD_LIBRARY_PATH")}}))
mode = {mode!r}
if mode == "crash":
    print("Fatal exception: Signal 6", flush=True)
    sys.exit(134)
if mode == "hang":
    child = os.fork()
    if child == 0:
        time.sleep(60)
        sys.exit(0)
    Path({log!r} + ".child").write_text(str(child))
    time.sleep(60)
outdir = Path(args[args.index("--outdir") + 1])
ext = args[args.index("--convert-to") + 1].split(":")[0]
for source in args[args.index("--outdir") + 2:]:
    if mode == "ok":
        (outdir / (Path(source).stem + "." + ext)).write_bytes(b"%PDF-1.6 fake")
    else:
        print("Error: source file could not be loaded", flush=True)
"""


def fake_soffice(folder: Path, mode: str) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "calls.json"
    program = folder / "soffice"
    program.write_text(FAKE.format(python=sys.executable, log=str(log), mode=mode))
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program, log


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead for our purpose: reaped by its parent or by init later.
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "\nState:\tZ" in status.read_text())


def gone(pid: int, within: float = 5.0) -> bool:
    """``pid`` is dead now or within ``within`` seconds (a SIGKILL is delivered, not
    waited for: a child of a killed group may take a moment on a busy machine)."""
    deadline = time.monotonic() + within
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True
