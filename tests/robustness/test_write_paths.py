"""Every file the app writes goes through ``storage.atomic``: a new bare write fails here.

The package's source is parsed and every call that can write a file is found: ``open``
(builtin, ``Path.open``, ``os.fdopen``, ``io.open``) in a writing mode, ``write_text`` and
``write_bytes``, ``os.open`` with a creating or writing flag, copies and renames
(``shutil``, ``os.rename``, ``os.replace``), temporary files, ``zipfile`` in a writing
mode, Qt's writers (``QSaveFile``, ``QFile``, ``QSettings``, ``QPdfWriter``, an output file
name) and ``.save(...)`` of something that looks like a file name. Only the calls in
``ALLOWED`` may exist, each with its reason and how many there are; to add one, justify
it there. The fault tests (test_faults.py) show the real paths behave atomically.
"""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ucd_desktop"
_WRITE_FLAGS = {"O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"}
_COPIES = {"copy", "copy2", "copyfile", "copytree", "move", "copyfileobj"}
_TEMPORARY = {"mkstemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"}
_QT_WRITERS = {"QSaveFile", "QFile", "QSettings", "QPdfWriter", "setOutputFileName"}

#: (file, kind) -> (how many, why it is not an atomic write).
ALLOWED: dict[tuple[str, str], tuple[int, str]] = {
    ("storage/atomic.py", "os.open (writing)"): (1, "the atomic write itself"),
    ("storage/atomic.py", "os.fdopen (writing)"): (1, "the atomic write itself"),
    ("storage/atomic.py", "os.replace"): (1, "the atomic write itself"),
    ("storage/locks.py", "os.open (writing)"): (
        2,
        "a lock is written to its own temporary file, then published with a hard link that "
        "fails if a lock exists (or, without hard links, created with O_EXCL): a replace "
        "would take over a colleague's lock",
    ),
    ("storage/locks.py", "os.link"): (1, "publishes a complete lock only if none exists"),
    ("storage/autosave.py", "open (writing)"): (
        3,
        "opens a session's lock file to hold an OS lock on it; nothing is written",
    ),
    ("office/run.py", "os.open (writing)"): (
        1,
        "an empty lock file (O_EXCL) for the shared LibreOffice profile",
    ),
    ("export/converters/libreoffice.py", "os.replace"): (
        1,
        "moves LibreOffice's PDF from a temporary folder beside the target onto it: the "
        "same-folder rename an atomic write ends with (the app's own target is temporary too)",
    ),
    ("reading/doc_convert.py", "shutil.copyfile"): (
        1,
        "a scratch copy of an old .doc in a temporary folder, for LibreOffice to convert",
    ),
    ("cli.py", "os.open (writing)"): (
        1,
        "opens os.devnull to stand for a stdout its reader closed (``… | head``); no file",
    ),
    ("gui/geometry.py", "QSettings"): (
        1,
        "window geometry only, in Qt's own file (QSettings writes a temporary and renames)",
    ),
    ("gui/printing/printer.py", "setOutputFileName"): (
        1,
        "the smoke test prints into a temporary folder",
    ),
}


def _mode(call: ast.Call, position: int) -> str:
    """The mode argument of an open-like call: its text, "r" when absent, "?" when it is
    not a literal (a Qt open mode is judged by its flag names)."""
    value: ast.expr | None = None
    for keyword in call.keywords:
        if keyword.arg == "mode":
            value = keyword.value
    if value is None and len(call.args) > position:
        value = call.args[position]
    if value is None:
        return "r"
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return value.value
    names = _names(value)
    if "ReadOnly" in names and not names & {"WriteOnly", "ReadWrite", "Append", "Truncate"}:
        return "r"
    return "?"


def _writes(mode: str) -> bool:
    return mode == "?" or any(c in mode for c in "wax+")


_PATH_WORDS = ("path", "file", "name", "target", "output", "dest")


def _path_like(node: ast.expr) -> bool:
    """Does this argument look like a file name (a string, a Path join, a *path* name)?"""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        return True
    return any(word in n.lower() for n in _names(node) for word in _PATH_WORDS)


def _names(node: ast.AST) -> set[str]:
    return {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)} | {
        n.id for n in ast.walk(node) if isinstance(n, ast.Name)
    }


def _kind(call: ast.Call) -> str | None:
    """What kind of write ``call`` is, or None when it cannot write a file."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    owner = func.value if isinstance(func, ast.Attribute) else None
    owner_name = getattr(owner, "id", "") if owner is not None else ""
    if name in ("write_text", "write_bytes"):
        return name
    if name == "open" and owner_name == "os":
        flags = call.args[1] if len(call.args) > 1 else None
        return "os.open (writing)" if flags is None or _names(flags) & _WRITE_FLAGS else None
    if name == "fdopen" and _writes(_mode(call, 1)):
        return "os.fdopen (writing)"
    if name == "open":
        position = 1 if owner is None or owner_name == "io" else 0
        return "open (writing)" if _writes(_mode(call, position)) else None
    if owner_name == "shutil" and name in _COPIES:
        return f"shutil.{name}"
    if owner_name == "os" and name in ("rename", "replace", "renames", "link", "symlink"):
        return f"os.{name}"
    if name == "rename" or (name == "replace" and owner_name in ("path", "target", "source")):
        return "Path.rename"
    if name in _TEMPORARY:
        return f"tempfile.{name}"
    if name == "ZipFile" and _writes(_mode(call, 1)) and call.args and _path_like(call.args[0]):
        return "zipfile (writing)"  # into a file; into a BytesIO is no write
    if name in _QT_WRITERS:
        return name
    if name == "save" and call.args and _path_like(call.args[0]):
        return ".save(path)"
    return None


def found_writes() -> Iterator[tuple[str, str, int]]:
    """(file relative to the package, kind, line) of every call that can write a file."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        rel = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                kind = _kind(node)
                if kind is not None:
                    yield rel, kind, node.lineno


def test_every_write_goes_through_storage_atomic() -> None:
    counts: Counter[tuple[str, str]] = Counter()
    lines: dict[tuple[str, str], list[int]] = {}
    for rel, kind, line in found_writes():
        counts[rel, kind] += 1
        lines.setdefault((rel, kind), []).append(line)
    unexpected = [
        f"ucd_desktop/{rel}:{','.join(map(str, lines[rel, kind]))}: {kind} "
        f"({count} found, {ALLOWED.get((rel, kind), (0, ''))[0]} allowed)"
        for (rel, kind), count in sorted(counts.items())
        if count > ALLOWED.get((rel, kind), (0, ""))[0]
    ]
    assert not unexpected, (
        "Files must be written with ucd_desktop.storage.atomic (atomic_write_bytes or "
        "atomic_write_text). If a write truly cannot be, add it to ALLOWED in "
        "tests/robustness/test_write_paths.py with the reason:\n" + "\n".join(unexpected)
    )


def test_the_scan_finds_each_kind_of_bare_write(tmp_path: Path) -> None:
    """The detector itself: each of these lines would be caught in the package."""
    samples = {
        'open(path, "w")': "open (writing)",
        'path.open("ab")': "open (writing)",
        'path.open(mode="r+")': "open (writing)",
        "path.write_text(text)": "write_text",
        "path.write_bytes(data)": "write_bytes",
        "os.open(path, os.O_WRONLY | os.O_CREAT)": "os.open (writing)",
        'os.fdopen(fd, "wb")': "os.fdopen (writing)",
        "shutil.copyfile(a, b)": "shutil.copyfile",
        "os.replace(a, b)": "os.replace",
        "path.rename(other)": "Path.rename",
        "tempfile.NamedTemporaryFile()": "tempfile.NamedTemporaryFile",
        'zipfile.ZipFile(path, "w")': "zipfile (writing)",
        'zipfile.ZipFile(out_file, mode="a")': "zipfile (writing)",
        "QSaveFile(name)": "QSaveFile",
        "printer.setOutputFileName(name)": "setOutputFileName",
        "image.save(file_name)": ".save(path)",
        'document.save("hop.docx")': ".save(path)",
    }
    for source, kind in samples.items():
        call = ast.parse(source).body[0]
        assert isinstance(call, ast.Expr) and isinstance(call.value, ast.Call)
        assert _kind(call.value) == kind, source
    harmless_calls = (
        'open(path, "rb")',
        'path.open("r")',
        "os.open(path, os.O_RDONLY)",
        "buffer.open(QIODevice.OpenModeFlag.ReadOnly)",
        "package.save(buffer)",
        'zipfile.ZipFile(self.buffer, "w")',
        "autosaver.save(draft, source)",
    )
    for harmless in harmless_calls:
        call = ast.parse(harmless).body[0]
        assert isinstance(call, ast.Expr) and isinstance(call.value, ast.Call)
        assert _kind(call.value) is None, harmless
