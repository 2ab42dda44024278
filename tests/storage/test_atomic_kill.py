"""Kill a writing process at random points: the file is always the old one or the new one."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

WRITER = """
import sys
from pathlib import Path
from ucd_desktop.storage.atomic import atomic_write_bytes
target = Path(sys.argv[1])
versions = [bytes([65 + i]) * (200_000 + 37 * i) for i in range(8)]
print("ready", flush=True)
i = 0
while True:
    atomic_write_bytes(target, versions[i % 8])
    i += 1
"""
KILLS = 25


def valid(data: bytes) -> bool:
    """One of the writer's versions, complete: one letter repeated the right number of times."""
    if not data:
        return False
    i = data[0] - 65
    return 0 <= i < 8 and data == bytes([65 + i]) * (200_000 + 37 * i)


def test_sigkill_during_writes_never_leaves_a_mix(tmp_path: Path) -> None:
    target = tmp_path / "draft.ucd"
    target.write_bytes(b"A" * 200_000)
    rng = random.Random(20261125)
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert valid(target.read_bytes())
    # Temporary files of killed writers may remain (never the target); they are hidden.
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "draft.ucd"]
    assert all(name.startswith(".draft.ucd.") and name.endswith(".tmp") for name in leftovers)
