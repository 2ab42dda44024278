"""Never writing over the user's files, generated: whatever lies at the output path and
whatever it is called, a command either writes a draft to a .ucd path holding a draft
(or nothing), or leaves every byte as it was and says why. Names up to the longest a
file system allows are written, their temporary names included.

Round 2 found ``new -o important.docx`` replacing a Word file with JSON (exit 0),
``export self.docx -o self.docx`` destroying the draft it read, and a legal 250-byte
name refused because the temporary name added 14 bytes.
"""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import EXAMPLE
from tests.robustness.conftest import settings_for
from ucd_desktop.cli import main
from ucd_desktop.storage.atomic import NAME_MAX, atomic_write_bytes
from ucd_desktop.storage.drafts import load_draft

STATS: Counter[str] = Counter()
DRAFT = EXAMPLE.read_bytes()
#: What may already be at the output path: (what it is, its bytes).
EXISTING = st.sampled_from(
    [
        ("word", b"PK\x03\x04" + b"\x00" * 60),
        ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        ("text", "Ghi chú cuộc họp\n".encode()),
        ("json", b'{"format": "something-else", "data": [1, 2]}'),
        ("ole", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56),
        ("draft", DRAFT),
        ("empty", b""),
        ("none", None),
    ]
)
SUFFIX = st.sampled_from([".ucd", ".UCD", ".docx", ".pdf", ".txt", ".json", ""])
STEM = (
    st.text(alphabet=st.sampled_from("abcđêưởạ ỹ-_()0123456789Thông báo"), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


@settings_for(80)
@given(existing=EXISTING, suffix=SUFFIX, stem=STEM, command=st.sampled_from(["new", "import"]))
def test_a_draft_is_written_only_over_a_draft_at_a_ucd_path(
    existing: tuple[str, bytes | None],
    suffix: str,
    stem: str,
    command: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("out")
    kind, data = existing
    target = folder / f"{stem}{suffix}"
    if data is not None:
        target.write_bytes(data)
    source = folder / "nguon.txt"
    source.write_text("THÔNG BÁO\nKết luận của Chủ tịch\n1. Giao Sở Tài chính.\n", "utf-8")
    args = ["new", "-t", "cuoc-hop"] if command == "new" else ["import", str(source)]
    code = main([*args, "-o", str(target)])
    allowed = suffix.lower() == ".ucd" and kind in ("draft", "empty", "none")
    if allowed:
        assert code == 0, (kind, suffix)
        load_draft(target)
        STATS["written"] += 1
    else:
        assert code != 0, (kind, suffix)
        if data is None:
            assert not target.exists()
        else:
            assert target.read_bytes() == data, f"{kind} at {target.name} was replaced"
        STATS["refused"] += 1
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert not leftovers


@settings_for(30)
@given(stem=STEM, command=st.sampled_from(["export", "import"]), suffix=SUFFIX.filter(bool))
def test_no_command_writes_over_its_own_input(
    stem: str, command: str, suffix: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("self")
    path = folder / f"{stem}{suffix}"
    path.write_bytes(DRAFT)
    code = main([command, str(path), "-o", str(path)])
    assert code != 0 and path.read_bytes() == DRAFT
    # The same file under another spelling of its path.
    code = main([command, str(folder / "." / path.name), "-o", str(path)])
    assert code != 0 and path.read_bytes() == DRAFT
    STATS["own input kept"] += 1


@settings_for(40)
@given(
    length=st.integers(200, NAME_MAX),
    letter=st.sampled_from(["a", "ư", "Đ", "ỹ"]),
    suffix=st.sampled_from([".ucd", ".docx"]),
)
def test_a_legal_long_name_is_written_temporary_file_and_all(
    length: int, letter: str, suffix: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("long")
    room = length - len(suffix.encode())
    stem = letter * (room // len(letter.encode()))
    name = stem + suffix
    assert len(name.encode()) <= NAME_MAX
    target = folder / name
    atomic_write_bytes(target, b"first")
    atomic_write_bytes(target, b"second")  # over itself: the temporary name matters too
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in folder.iterdir()) == [name]
    if suffix == ".docx":
        assert main(["export", str(EXAMPLE), "-o", str(target)]) == 0
        assert target.read_bytes()[:2] == b"PK"
    STATS["long names written"] += 1
    shutil.rmtree(folder)


def teardown_module() -> None:
    print("\nnever clobber:", dict(STATS))
