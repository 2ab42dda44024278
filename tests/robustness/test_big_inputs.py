"""Deep, huge and odd-numbered inputs, generated: each imports (or is checked, or loads)
within the caps, or is refused with a clear message. Never a RecursionError, a
ValueError from a number, a MemoryError, or an unbounded read.

Round 2 found: 1,000 nested tables (6 KB) -> RecursionError in import and check;
``<w:gridCol w:w="abc"/>`` -> ValueError; 500,000 cells in 100 KB -> a minute above 1 GB;
``< /dev/zero`` on standard input -> MemoryError; a 5,000-digit year in a draft ->
ValueError; a 1000 x 1000 table -> 100 s and 2.4 GB to export. The time and memory
targets are rows of the benchmarks (benchmarks/hostile_bench.py), not assertions here;
only the Python memory a refusal allocates is (tracemalloc), because a wall that reads
everything first is no wall.
"""

from __future__ import annotations

import io
import json
import sys
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import hostile_inputs as H
from tests.conftest import EXAMPLE
from tests.robustness.conftest import settings_for
from ucd_desktop.checking import check_docx_bytes
from ucd_desktop.cli import main
from ucd_desktop.reading import ReadError, import_notice, import_text
from ucd_desktop.reading.walls import (
    MAX_CELLS,
    MAX_CHARACTERS,
    MAX_PAGES,
    MAX_STDIN_BYTES,
    to_float,
    to_int,
)
from ucd_desktop.storage.drafts import MAX_TABLE_CELLS, DraftError, draft_from_json

STATS: Counter[str] = Counter()
EXAMPLE_DOC = json.loads(EXAMPLE.read_text("utf-8"))


def clear(exc: Exception) -> None:
    message = str(exc)
    assert message.strip() and "Traceback" not in message and len(message) < 600, message


def import_and_check(data: bytes, tmp: Path, name: str) -> str:
    """'imported' or 'refused', after both import and check have run on ``data``."""
    path = tmp / name
    path.write_bytes(data)
    outcome = "imported"
    try:
        import_notice(path)
    except ReadError as exc:
        clear(exc)
        outcome = "refused"
    try:
        check_docx_bytes(data, name)
    except ReadError as exc:
        clear(exc)
        assert outcome == "refused", "check refused what import read"
    return outcome


@settings_for(25)
@given(depth=st.integers(20, 4000))
def test_tables_nested_any_depth(depth: int, tmp_path_factory: pytest.TempPathFactory) -> None:
    outcome = import_and_check(H.nested_tables_docx(depth), tmp_path_factory.mktemp("n"), "n.docx")
    assert outcome == "imported" or depth > MAX_CELLS
    STATS[f"nested tables {outcome}"] += 1


NUMBERS = st.one_of(
    st.sampled_from(["abc", "", "1e999", "-1e999", "nan", "inf", "12.5pt", "0x10", "٣"]),
    st.integers(4300, 6000).map(lambda n: "9" * n),
    st.integers(-(2**80), 2**80).map(str),
    st.text(max_size=12),
)


@settings_for(60)
@given(width=NUMBERS)
def test_any_number_in_a_table_grid(width: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    escaped = width.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF or ord(c) > 0xFFFD for c in escaped):
        escaped = "abc"  # XML itself cannot hold it: that is the damaged-file test's case
    outcome = import_and_check(H.grid_docx(escaped), tmp_path_factory.mktemp("g"), "g.docx")
    assert outcome == "imported"
    assert -(10**9) <= to_int(width) <= 10**9 and abs(to_float(width)) <= 1e9
    STATS["odd numbers read"] += 1


@settings_for(10)
@given(cells=st.integers(500, 4_000) | st.integers(MAX_CELLS + 1, 200_000))
def test_many_cells_are_read_or_refused_without_unpacking(
    cells: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    data = H.many_cells_docx(cells)
    tmp = tmp_path_factory.mktemp("c")
    if cells <= MAX_CELLS:
        assert import_and_check(data, tmp, "c.docx") == "imported"
        STATS["cells imported"] += 1
        return
    tracemalloc.start()
    try:
        outcome = import_and_check(data, tmp, "c.docx")
    finally:
        _now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert outcome == "refused"
    assert peak < 64 * 2**20, f"{peak / 2**20:.0f} MB read before refusing"
    STATS["cells refused"] += 1


@settings_for(6)
@given(size=st.integers(10_000, 300_000) | st.integers(MAX_CHARACTERS - 50_000, 1_600_000))
def test_pasted_text_of_any_size(size: int) -> None:
    text = H.pasted_text(size)
    try:
        import_text(text)
        outcome = "imported"
    except ReadError as exc:
        clear(exc)
        outcome = "refused"
    assert (outcome == "refused") == (len(text) > MAX_CHARACTERS), len(text)
    STATS[f"text {outcome}"] += 1


@settings_for(15)
@given(
    lines=st.integers(1, 40_000),
    word=st.sampled_from(["a", "chữ", "Giao Sở Tài chính", "1.", "(b/c)", "- x", ",", ""]),
)
def test_text_of_many_short_lines_is_read_in_linear_work(
    lines: int, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text cleaning work is counted (characters handed to ``tidy``), not timed: it
    must stay proportional to the text. Joining wrapped lines re-tidied the whole
    paragraph for each line (40,000 characters of short lines: 107 s)."""
    from ucd_desktop.text import clean

    text = "THÔNG BÁO\n" + "\n".join([word] * lines)
    handled = [0]
    original = clean.tidy

    def counting(value: str) -> str:
        handled[0] += len(value)
        return original(value)

    monkeypatch.setattr(clean, "tidy", counting)
    try:
        import_text(text)
        outcome = "imported"
    except ReadError as exc:
        clear(exc)
        outcome = "refused"
    assert handled[0] <= 20 * len(text) + 10_000, (handled[0], len(text))
    STATS[f"short lines {outcome}"] += 1


@settings_for(10)
@given(pages=st.integers(1, 90))
def test_a_pdf_of_any_length(pages: int, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("p") / "p.pdf"
    path.write_bytes(H.pages_pdf(pages, 20))
    try:
        import_notice(path)
        outcome = "imported"
    except ReadError as exc:
        clear(exc)
        outcome = "refused"
    assert (outcome == "refused") == (pages > MAX_PAGES)
    STATS[f"pdf {outcome}"] += 1


@settings_for(8)
@given(extra=st.integers(-1000, 1000), zeros=st.booleans())
def test_standard_input_is_capped_like_a_file(
    extra: int,
    zeros: bool,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    size = MAX_STDIN_BYTES + extra
    filler = b"\x00" if zeros else b"a"
    data = "THÔNG BÁO\n".encode() + filler * (size - 11) + b"\n"
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    out = tmp_path_factory.mktemp("s") / "s.ucd"
    code = main(["import", "-", "-o", str(out)])
    if len(data) > MAX_STDIN_BYTES:
        assert code != 0 and not out.exists()
        assert stream.buffer.tell() <= MAX_STDIN_BYTES + 1
    STATS["stdin runs"] += 1


@settings_for(30)
@given(
    rows=st.integers(1, 1200),
    columns=st.integers(1, 1200),
    digits=st.none() | st.integers(4301, 6000),
    key=st.sampled_from(["year", "day", "month"]),
)
def test_a_draft_with_any_table_or_number(
    rows: int, columns: int, digits: int | None, key: str
) -> None:
    rows = min(rows, 60_000 // columns)  # keep the JSON drawn here under a few MB
    text = H.draft_with_table(EXAMPLE_DOC, rows, columns)
    if digits:
        text = text.replace(f'"{key}": ', f'"{key}": {"7" * digits}, "x_{key}": ', 1)
    try:
        draft_from_json(text, name="d.ucd")
        outcome = "loaded"
    except DraftError as exc:
        clear(exc)
        outcome = "refused"
    too_big = rows * columns > MAX_TABLE_CELLS or columns > 40
    assert (outcome == "refused") == (too_big or bool(digits)), (rows, columns, digits)
    STATS[f"drafts {outcome}"] += 1


def teardown_module() -> None:
    print("\nbig inputs:", dict(STATS))
