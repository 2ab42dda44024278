"""Broken and hostile files, through the real command line, each in its own process.

Every case must end with exit code 2 and one clear Vietnamese line on stderr, in
bounded time (a hang fails) and memory (peak RSS, measured by wait4, under
``PEAK_LIMIT_MB`` while a zip bomb holds 1 GiB and a file 200 MB), and with nothing
changed on disk: the input untouched, no output written, no file left behind.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from tests.robustness.hostile import (
    BILLION_LAUGHS,
    EVIL_TEMPLATES,
    XXE,
    Run,
    Snapshot,
    run_cli,
    sparse,
    template_file,
    with_document_xml,
    zip_bomb,
)
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.storage.drafts import load_draft

#: Twice the 70 MB the hungriest case needs (reading 50 MB of /dev/zero, the import
#: limit), far below what reading the 1 GiB bomb or the 200 MB file would take.
PEAK_LIMIT_MB = 150.0
MEASURED: dict[str, Run] = {}


@dataclass(frozen=True)
class Case:
    command: str  # "validate", "export", "import", "check" or "new"
    make: Callable[[Path], Path]  # builds the hostile file in a folder, returns its path
    says: str  # a piece of the Vietnamese message


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _sparse(name: str, megabytes: int) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        sparse(folder / name, megabytes)
        return folder / name

    return make


def _link(name: str, target: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        if not Path(target).exists():
            pytest.skip(f"{target} does not exist here")
        (folder / name).symlink_to(target)
        return folder / name

    return make


def _folder(name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        (folder / name).mkdir()
        return folder / name

    return make


def _template(summary: str, **notice: object) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        template_file(folder / "doc-hai.toml", summary, **notice)
        return folder / "doc-hai.toml"

    return make


DRAFT = EXAMPLE.read_bytes()
FUTURE = json.dumps({**json.loads(DRAFT), "version": 99}).encode()
DEEP = b'{"format": "ucd-desktop-draft", "version": 1, "notice": {"body": ' + b"[" * 50_000
GOOD_DOCX = render_docx(build_layout(load_draft(EXAMPLE).notice))

DRAFT_CASES = {
    "cut at 10 %": (_write("hop.ucd", DRAFT[: len(DRAFT) // 10]), "bị hỏng"),
    "cut at 50 %": (_write("hop.ucd", DRAFT[: len(DRAFT) // 2]), "bị hỏng"),
    "cut one byte short": (_write("hop.ucd", DRAFT[:-2]), "bị hỏng"),
    "cut inside a letter": (_write("hop.ucd", DRAFT[: DRAFT.index("Ủ".encode()) + 1]), "UTF-8"),
    "NUL bytes inside": (_write("hop.ucd", DRAFT[:500] + b"\0" * 64 + DRAFT[500:]), "bị hỏng"),
    "binary garbage": (_write("hop.ucd", os.urandom(4096)), "bị hỏng"),
    "empty file": (_write("hop.ucd", b""), "bị hỏng"),
    "from a future version": (_write("hop.ucd", FUTURE), "phiên bản ucd-desktop mới hơn"),
    "nested 50,000 deep": (_write("hop.ucd", DEEP + b"]" * 50_000 + b"}}"), "không phải"),
    "200 MB": (_sparse("hop.ucd", 200), "quá lớn"),
    "a path to /dev/zero": (_link("hop.ucd", "/dev/zero"), "quá lớn"),
    "a folder": (_folder("hop.ucd"), "thư mục"),
}
DOCX_CASES = {
    "zip bomb (1 GiB inside 1 MB)": (lambda f: _bomb(f), "giải nén"),
    # Said as what they are (reading/sniff.py), not "damaged".
    "not a zip": (_write("cu.docx", b"Day khong phai tep Word.\n" * 200), "văn bản thuần"),
    "cut in half": (_write("cu.docx", GOOD_DOCX[: len(GOOD_DOCX) // 2]), "bị hỏng"),
    "empty file": (_write("cu.docx", b""), "tệp rỗng"),
    "billion laughs": (_write("cu.docx", with_document_xml(GOOD_DOCX, BILLION_LAUGHS)), "hỏng"),
    "external entity": (_write("cu.docx", with_document_xml(GOOD_DOCX, XXE)), "hỏng"),
    "200 MB": (_sparse("cu.docx", 200), "quá lớn"),
    "a path to /dev/zero": (_link("cu.docx", "/dev/zero"), "quá lớn"),
}
TEMPLATE_CASES = {
    **{name: (_template(text), says) for name, (text, says) in EVIL_TEMPLATES.items()},
    "nested 50,000 deep": (
        _write("doc-hai.toml", b'format = "ucd-desktop-template"\nx = ' + b"[" * 50_000),
        "không phải mẫu",
    ),
    "3 MB": (_template("x" * 3_000_000), "quá lớn"),
}


@functools.cache
def _bomb_bytes() -> bytes:
    """The 1 GiB bomb, packed once (1 MB, a few seconds to make)."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "bomb.docx"
        zip_bomb(GOOD_DOCX, path)
        return path.read_bytes()


def _bomb(folder: Path) -> Path:
    (folder / "cu.docx").write_bytes(_bomb_bytes())
    return folder / "cu.docx"


def _cases() -> Iterator[tuple[str, Case]]:
    for name, (make, says) in DRAFT_CASES.items():
        yield f"validate: draft {name}", Case("validate", make, says)
        yield f"export: draft {name}", Case("export", make, says)
    for name, (make, says) in DOCX_CASES.items():
        yield f"import: .docx {name}", Case("import", make, says)
        yield f"check: .docx {name}", Case("check", make, says)
    for name, (make, says) in TEMPLATE_CASES.items():
        yield f"new: template {name}", Case("new", make, says)


CASES = dict(_cases())
OUTPUT = {"export": "ra.docx", "import": "ra.ucd", "new": "ra.ucd"}


def _arguments(case: Case, path: Path) -> list[str]:
    if case.command in ("validate", "check"):
        return [case.command, path.name]
    if case.command == "new":
        return ["new", "--template", path.name, "-o", OUTPUT["new"]]
    return [case.command, path.name, "-o", OUTPUT[case.command]]


@pytest.mark.skipif(sys.platform == "win32", reason="wait4 and /dev/zero are POSIX")
@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_file_is_stopped_with_a_clear_message_and_nothing_changes(
    name: str, tmp_path: Path
) -> None:
    case = CASES[name]
    path = case.make(tmp_path)
    before = Snapshot(tmp_path)
    run = run_cli(*_arguments(case, path), cwd=tmp_path)
    MEASURED[name] = run
    assert run.code == 2, (run.code, run.stderr[-2000:])
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ucd-desktop: "), run.stderr[-2000:]
    assert case.says in lines[0], lines[0]
    assert "Traceback" not in run.stderr and "/etc/passwd" not in run.stdout + run.stderr
    assert before.changes() == [], "the disk changed"
    assert not (tmp_path / "pwned").exists()
    assert run.peak_mb < PEAK_LIMIT_MB, f"peak RSS {run.peak_mb:.0f} MB"


def teardown_module() -> None:
    if not MEASURED:
        return
    slowest = max(MEASURED.items(), key=lambda item: item[1].seconds)
    hungriest = max(MEASURED.items(), key=lambda item: item[1].peak_mb)
    print(
        f"\nhostile files: {len(MEASURED)} cases; slowest {slowest[1].seconds:.2f} s "
        f"({slowest[0]}); highest peak {hungriest[1].peak_mb:.0f} MB ({hungriest[0]})"
    )
    for case, run in MEASURED.items():
        print(f"  {case}: {run.seconds:.2f} s, {run.peak_mb:.0f} MB")
