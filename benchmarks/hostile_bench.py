"""The walls, timed: the largest inputs the app accepts, and inputs past them.

Targets (issue 13): any accepted input imports, checks or exports in at most 10 s and
500 MB; anything larger is refused in at most 2 s. Each row is a whole ``ucd-desktop``
process (median wall time of a few runs, its own peak RSS), so start-up is included.

    python -m benchmarks.hostile_bench            # prints the table
    python -m benchmarks.hostile_bench PDF        # only the rows whose name has "PDF"
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import hostile_inputs as H
from benchmarks.measure import run_process
from benchmarks.report import Table, Target
from ucd_desktop.reading.walls import MAX_CELLS, MAX_CHARACTERS, MAX_PAGES, MAX_PDF_CHARACTERS
from ucd_desktop.storage.drafts import MAX_TABLE_CELLS

__all__ = ["Case", "cases", "measure", "table", "targets"]

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "resources" / "examples" / "long-an-2022.ucd"
ACCEPT_SECONDS, ACCEPT_MB, REFUSE_SECONDS = 10.0, 500.0, 2.0


@dataclass
class Case:
    name: str
    #: Writes the input into the folder; the command line (after ``ucd-desktop``).
    make: Callable[[Path], list[str]]
    accepted: bool
    size: str = ""
    seconds: float = 0.0
    peak_mb: float = 0.0
    outcome: str = ""


def _file(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, "utf-8")
        else:
            path.write_bytes(data)
        return path

    return write


def _command(name: str, data: bytes | str, *args: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        path = _file(name, data)(folder)
        return [a.replace("{in}", str(path)).replace("{dir}", str(folder)) for a in args]

    return make


def _big_paragraphs(characters: int) -> bytes:
    per = 400
    text = ("Giao Sở Tài chính chủ trì, phối hợp các đơn vị liên quan báo cáo kết quả. " * 6)[:per]
    body = "".join(
        f"<w:p><w:r><w:t>{i}. {text}</w:t></w:r></w:p>" for i in range(characters // per)
    )
    return H.docx_with_body(body)


def _short_paragraphs(count: int) -> bytes:
    return H.docx_with_body(
        "".join(f"<w:p><w:r><w:t>{i}. a</w:t></w:r></w:p>" for i in range(count))
    )


def _dense_pdf(characters: int, pages: int) -> bytes:
    return H.pages_pdf(pages, max(characters // pages // 55, 1))


def cases() -> list[Case]:
    example = json.loads(EXAMPLE.read_text("utf-8"))
    cells_ok = MAX_CELLS - 100
    rows_ok = MAX_TABLE_CELLS // 40 - 1
    return [
        Case(
            f"import a .docx of {cells_ok:,} table cells",
            _command(
                "cells.docx", H.many_cells_docx(cells_ok, 40), "import", "{in}", "-o", "{dir}/a.ucd"
            ),
            True,
        ),
        Case(
            f"check a .docx of {cells_ok:,} table cells",
            _command("cells.docx", H.many_cells_docx(cells_ok, 40), "check", "{in}"),
            True,
        ),
        Case(
            f"import a .docx of {MAX_CHARACTERS * 9 // 10:,} characters",
            _command(
                "long.docx",
                _big_paragraphs(MAX_CHARACTERS * 9 // 10),
                "import",
                "{in}",
                "-o",
                "{dir}/b.ucd",
            ),
            True,
        ),
        Case(
            "check a .docx of 19,990 short paragraphs",
            _command("paras.docx", _short_paragraphs(19_990), "check", "{in}"),
            True,
        ),
        Case(
            "import a .docx of 1,000 nested tables (6 KB)",
            _command(
                "nested.docx", H.nested_tables_docx(1000), "import", "{in}", "-o", "{dir}/c.ucd"
            ),
            True,
        ),
        Case(
            f"import pasted text of {MAX_CHARACTERS - 10_000:,} characters",
            _command(
                "text.txt",
                H.pasted_text(MAX_CHARACTERS - 10_000),
                "import",
                "{in}",
                "-o",
                "{dir}/d.ucd",
            ),
            True,
        ),
        Case(
            f"import a {MAX_PAGES}-page PDF of {MAX_PDF_CHARACTERS * 9 // 10:,} characters",
            _command(
                "p.pdf",
                _dense_pdf(MAX_PDF_CHARACTERS * 9 // 10, MAX_PAGES),
                "import",
                "{in}",
                "-o",
                "{dir}/e.ucd",
            ),
            True,
        ),
        Case(
            f"export a draft with a {rows_ok} x 40 table",
            _command(
                "t.ucd",
                H.draft_with_table(example, rows_ok, 40),
                "export",
                "{in}",
                "-o",
                "{dir}/t.docx",
            ),
            True,
        ),
        Case(
            f"check a .docx of {MAX_CHARACTERS * 9 // 10:,} characters",
            _command("long.docx", _big_paragraphs(MAX_CHARACTERS * 9 // 10), "check", "{in}"),
            True,
        ),
        Case(
            "export a draft of 19 MB of text (the draft size cap is 20 MB)",
            _command(
                "text.ucd", H.draft_with_text(example, 19), "export", "{in}", "-o", "{dir}/u.docx"
            ),
            True,
        ),
        Case(
            "import a 100 KB .docx of 500,000 cells",
            _command(
                "bomb.docx", H.many_cells_docx(500_000), "import", "{in}", "-o", "{dir}/f.ucd"
            ),
            False,
        ),
        Case(
            "import a 60-page PDF",
            _command("p60.pdf", H.pages_pdf(60), "import", "{in}", "-o", "{dir}/g.ucd"),
            False,
        ),
        Case(
            "import 2.6 MB of pasted text",
            _command("big.txt", H.pasted_text(2_600_000), "import", "{in}", "-o", "{dir}/h.ucd"),
            False,
        ),
        Case(
            "import - < /dev/zero",
            lambda folder: ["import", "-", "-o", f"{folder}/i.ucd"],
            False,
        ),
        Case(
            "export a draft with a 1000 x 1000 table (11 MB)",
            _command(
                "t1000.ucd",
                H.draft_with_table(example, 1000, 1000),
                "export",
                "{in}",
                "-o",
                "{dir}/j.docx",
            ),
            False,
        ),
        Case(
            "export a draft with a 5,000-digit year",
            _command(
                "year.ucd",
                json.dumps(example).replace('"year": 2022', '"year": ' + "9" * 5000),
                "export",
                "{in}",
                "-o",
                "{dir}/k.docx",
            ),
            False,
        ),
    ]


def measure(selected: Sequence[Case], repeat: int = 3) -> list[Case]:
    with tempfile.TemporaryDirectory(prefix="ucd-hostile-") as tmp:
        folder = Path(tmp)
        for case in selected:
            args = case.make(folder)
            inputs = [p for p in folder.iterdir() if p.is_file()]
            case.size = f"{max((p.stat().st_size for p in inputs), default=0) / 1024:,.0f} KB"
            command = [sys.executable, "-m", "ucd_desktop", *args]
            if args[:2] == ["import", "-"]:
                line = " ".join(command) + " < /dev/zero"
                command = ["sh", "-c", f"exec {line}"]
                case.size = "endless"
            times, peaks, codes = [], [], []
            for _ in range(repeat):
                result = run_process(command, cwd=REPO, timeout=300)
                times.append(result.seconds)
                peaks.append(result.peak_rss)
                codes.append(result.returncode)
            case.seconds = statistics.median(times)
            case.peak_mb = max(peaks) / 2**20
            case.outcome = "refused" if any(c == 2 for c in codes) else "done"
            for p in folder.iterdir():
                if p.is_file():
                    p.unlink()
            print(f"... {case.name}: {case.seconds:.2f} s", file=sys.stderr, flush=True)
    return list(selected)


def table(measured: Sequence[Case]) -> Table:
    t = Table(
        "Hostile inputs: the largest accepted and the refused (whole process)",
        ["input", "file", "outcome", "median time", "peak RSS", "target"],
    )
    for c in measured:
        target = (
            f"≤ {ACCEPT_SECONDS:.0f} s, ≤ {ACCEPT_MB:.0f} MB"
            if c.accepted
            else f"refused ≤ {REFUSE_SECONDS:.0f} s"
        )
        t.rows.append(
            [c.name, c.size, c.outcome, f"{c.seconds:.2f} s", f"{c.peak_mb:.0f} MB", target]
        )
    t.notes.append(
        "Limits: reading/walls.py (paragraphs, cells, characters, pages, zip expansion, "
        "standard input) and storage/drafts.py (table cells)."
    )
    return t


def targets(measured: Sequence[Case]) -> list[Target]:
    out = []
    for c in measured:
        if c.accepted:
            out.append(Target(f"{c.name}: time", c.seconds * 1000, ACCEPT_SECONDS * 1000, "ms"))
            out.append(Target(f"{c.name}: memory", c.peak_mb, ACCEPT_MB, "MB"))
        else:
            refused = c.seconds if c.outcome == "refused" else float("inf")
            out.append(Target(f"{c.name}: refused", refused * 1000, REFUSE_SECONDS * 1000, "ms"))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    repeat = 1 if "--quick" in args else 3
    only = [a for a in args if not a.startswith("--")]  # names containing these words
    chosen = [c for c in cases() if not only or any(w in c.name for w in only)]
    measured = measure(chosen, repeat)
    t = table(measured)
    print("| " + " | ".join(t.headers) + " |")
    print("|" + "|".join("---" for _ in t.headers) + "|")
    for row in t.rows:
        print("| " + " | ".join(row) + " |")
    for note in t.notes:
        print(f"\n{note}")
    missed = [g for g in targets(measured) if not g.met]
    for g in missed:
        print(f"MISSED: {g.name}: {g.show(g.value)} (limit {g.show(g.limit)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
