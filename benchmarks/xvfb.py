"""A private Xvfb display for the window measurements under a real X server."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["xvfb_display"]


@contextmanager
def xvfb_display(timeout: float = 10.0) -> Iterator[str | None]:
    """Start Xvfb on a free display and yield its name (":N"), or None without Xvfb.

    ``-displayfd`` makes Xvfb pick the display and write its number once it accepts
    connections, so there is no guessing and no sleeping.
    """
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [binary, "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd, "rb") as pipe:
            number = pipe.readline().decode("ascii").strip()
        if not number.isdigit():
            yield None
            return
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
