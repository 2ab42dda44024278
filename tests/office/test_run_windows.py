"""The LibreOffice runner's process-tree kill on Windows (run under Wine by the Windows check).

soffice.exe starts soffice.bin, and killing the first leaves the second converting (and
holding the profile) for ever: a hung conversion must end with every process it started.
The fake soffice here is a .cmd starting Python, which starts a child: three levels.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

from ucd_desktop.office import OfficeError, OfficeReason
from ucd_desktop.office.run import convert
from ucd_desktop.storage.locks import _alive

pytestmark = pytest.mark.skipif(os.name != "nt", reason="Windows processes (runs under Wine)")

FAKE = """\
import json, subprocess, sys, time
from pathlib import Path
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
Path({log!r}).write_text(json.dumps({{"pid": __import__("os").getpid(), "child": child.pid}}))
time.sleep(120)
"""


def test_a_hung_conversion_is_killed_with_its_children(tmp_path: Path) -> None:  # pragma: no cover
    log = tmp_path / "calls.json"
    script = tmp_path / "fake_soffice.py"
    script.write_text(FAKE.format(log=str(log)), encoding="utf-8")
    program = tmp_path / "soffice.cmd"
    # cmd.exe reads a .cmd in the console's code page: the script's own folder (%~dp0)
    # keeps the Vietnamese profile folder's name out of the file.
    program.write_text(f'@"{sys.executable}" "%~dp0{script.name}" %*\r\n', encoding="ascii")
    source = tmp_path / "a.doc"
    source.write_bytes(b"x")
    with pytest.raises(OfficeError) as caught:
        convert(program, [source], tmp_path / "out", "pdf", timeout_s=8.0, profile=tmp_path / "p")
    assert caught.value.reason is OfficeReason.TIMEOUT
    pids = json.loads(log.read_text(encoding="utf-8"))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (_alive(pids["pid"]) or _alive(pids["child"])):
        time.sleep(0.2)
    assert not _alive(pids["pid"]) and not _alive(pids["child"])
