"""Hostile files for the robustness suite, and a way to run the app on them and measure it.

``run_cli`` starts ``python -m ucd_desktop`` as a process and returns its exit code,
output, wall time and peak resident memory (from ``wait4``'s rusage: the child's own
peak, not the test's). ``Snapshot`` records a folder (names, sizes, modification times
and contents) to show that a refused file changed nothing on disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import tomli_w

#: A run that takes longer is hung: the test fails (this is not a timing assertion).
HANG_SECONDS = 120.0


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float


#: Runs the command as its own child and writes that child's peak RSS (kB on Linux):
#: measured from this small process, the peak is the command's own, not the fork of
#: the big test process it started from.
_MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[2:], check=False)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(sys.argv[1], "w").write(str(peak))
sys.exit(done.returncode)
"""


def run_cli(*args: str, cwd: Path) -> Run:
    """Run ``ucd-desktop ARGS`` in ``cwd`` in a fresh process; measure its time and peak."""
    with tempfile.TemporaryDirectory() as scratch:
        peak_file = Path(scratch) / "peak"
        command = [sys.executable, "-c", _MEASURE, str(peak_file)]
        command += [sys.executable, "-m", "ucd_desktop", *args]
        start = time.monotonic()
        child = subprocess.Popen(
            command,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            out, err = child.communicate(timeout=HANG_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
            raise AssertionError(
                f"ucd-desktop {' '.join(args)} hung for {HANG_SECONDS:g} s"
            ) from None
        seconds = time.monotonic() - start
        peak_kb = float(peak_file.read_text()) if peak_file.exists() else -1.0
    return Run(child.returncode, out, err, seconds, peak_kb / 1024)


@dataclass(frozen=True)
class Entry:
    size: int
    mtime_ns: int
    digest: str


class Snapshot:
    """What a folder holds: every file's size, modification time and content hash."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entries = self._take()

    def _take(self) -> dict[str, Entry]:
        out: dict[str, Entry] = {}
        for path in sorted(self.folder.rglob("*")):
            if path.is_symlink() or not path.is_file():
                out[str(path.relative_to(self.folder))] = Entry(-1, 0, "")
                continue
            stat = path.stat()
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                for block in iter(lambda h=handle: h.read(1 << 20), b""):  # type: ignore[misc]
                    digest.update(block)
            out[str(path.relative_to(self.folder))] = Entry(
                stat.st_size, stat.st_mtime_ns, digest.hexdigest()
            )
        return out

    def changes(self) -> list[str]:
        now = self._take()
        return sorted(
            name for name in set(now) | set(self.entries) if now.get(name) != self.entries.get(name)
        )


# -- hostile files ------------------------------------------------------------------


def zip_bomb(good_docx: bytes, path: Path, *, gib: float = 1.0) -> None:
    """``good_docx`` with word/document.xml replaced by ``gib`` GiB of spaces (1 MB packed)."""
    chunk = b" " * (1 << 20)
    with (
        zipfile.ZipFile(io.BytesIO(good_docx)) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in src.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, src.read(info))
                continue
            member = zipfile.ZipInfo(info.filename)
            member.compress_type = zipfile.ZIP_DEFLATED
            with out.open(member, "w", force_zip64=True) as handle:
                for _ in range(int(gib * 1024)):
                    handle.write(chunk)


def with_document_xml(good_docx: bytes, body: bytes) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(good_docx)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = body if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info, data)
    return out.getvalue()


_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]><w:document "
    + _W
    + b"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b"<w:document " + _W + b"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body>"
    b"</w:document>"
)


def sparse(path: Path, megabytes: int) -> None:
    """A file of ``megabytes`` MB that takes no disk space (a hole)."""
    with path.open("wb") as handle:
        handle.truncate(megabytes * 1024 * 1024)


def template_file(path: Path, summary: str, **notice: object) -> None:
    doc = {
        "format": "ucd-desktop-template",
        "format_version": 1,
        "id": "doc-hai",
        "version": 1,
        "name": "Mẫu độc hại",
        "facts": [{"key": "chu_tri", "label": "Chủ trì", "type": "person"}],
        "notice": {"summary": summary, **notice},
    }
    path.write_text(tomli_w.dumps(doc), "utf-8")


#: Template text that attacks: name -> (Jinja text, what the message must say).
EVIL_TEMPLATES = {
    "python-internals": (
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "không được phép dùng",
    ),
    "globals": (
        "{{ cycler.__init__.__globals__.os.system('touch pwned') }}",
        "không được phép dùng",
    ),
    "loops-forever": (
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
        "chạy quá 2 giây",
    ),
    "recursion": ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "tự gọi lại"),
    "gigabyte-string": ("{{ 'x' * 300000000 }}", "dài quá mức"),
    "gigabyte-join": ("{{ (['x' * 199999] * 199999)|join }}", "danh sách chứa"),
    "gigabyte-print": ("{{ ['x' * 199999] * 199999 }}", "danh sách chứa"),
    "gigabyte-append": (
        "{% set big = 'x' * 199999 %}{% set a = [] %}"
        "{% for i in range(99999) %}{% set _ = a.append(big) %}{% endfor %}{{ a }}",
        "quá nhiều văn bản",
    ),
    "huge-power": ("{{ 9 ** 64 ** 64 ** 64 ** 64 ** 64 }}", "lũy thừa"),
    "format-width": ("{{ '{:>999999999}'.format(1) }}", "độ rộng"),
    "format-widths-repeated": ("{{ ('{0:>99999}' * 2000).format(1) }}", "độ rộng"),
    "percent-widths-repeated": ("{{ ('%99999d' * 2000) % ((1,) * 2000) }}", "độ rộng"),
}
