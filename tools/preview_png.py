"""Render the live preview of a draft to PNG, compare it with LibreOffice, time refreshes.

  python tools/preview_png.py [DRAFT] [-o DIR] [--dpi 100]
        the preview's pages (as the app paints them, offscreen) -> DIR/preview-N.png
  python tools/preview_png.py [DRAFT] --compare
        also export the .docx, convert it with LibreOffice (one soffice call, private
        profile), render its pages with pdftoppm, put both side by side in
        DIR/side-by-side-N.png and print the agreement, line by line
  python tools/preview_png.py [DRAFT] --bench [--repeat 10]
        time a preview refresh after one keystroke (layout + pagination + painting the
        pages in view) for the draft with its body repeated 1x, 4x and 20x

DRAFT defaults to resources/examples/long-an-2022.ucd; DIR to a temporary folder.
Timings are printed, never asserted (issue 7 sets the targets).
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ucd_desktop.export.docx_writer import render_docx  # noqa: E402
from ucd_desktop.gui.preview.paint import page_image  # noqa: E402
from ucd_desktop.gui.preview.view import PreviewWidget  # noqa: E402
from ucd_desktop.layout.blocks import DocumentLayout  # noqa: E402
from ucd_desktop.layout.build import build_layout  # noqa: E402
from ucd_desktop.layout.paginate import Page, paginate  # noqa: E402
from ucd_desktop.model.notice import Notice  # noqa: E402
from ucd_desktop.storage.atomic import atomic_write_bytes  # noqa: E402
from ucd_desktop.storage.drafts import load_draft  # noqa: E402

EXAMPLE = ROOT / "resources" / "examples" / "long-an-2022.ucd"
Line = tuple[float, float, str]  # baseline, x, text


def preview_pngs(pages: list[Page], out: Path, dpi: float) -> list[Path]:
    paths = []
    for page in pages:
        path = out / f"preview-{page.number}.png"
        if not page_image(page, dpi).save(str(path)):
            raise SystemExit(f"cannot write {path}")
        paths.append(path)
    return paths


def our_lines(page: Page) -> list[Line]:
    """Lines of a page: pieces on one baseline, split where a gap wider than 25 pt
    separates two columns."""
    rows: dict[float, list[tuple[float, float, str]]] = {}
    for t in page.texts:
        rows.setdefault(round(t.y, 1), []).append((t.x, t.x + t.width, t.text))
    return _lines(rows)


def _lines(rows: dict[float, list[tuple[float, float, str]]]) -> list[Line]:
    out: list[Line] = []
    for y in sorted(rows):
        pieces = sorted(rows[y])
        start, text = pieces[0][0], pieces[0][2]
        for (_x0, x1, _t), (nx0, _nx1, ntext) in pairwise(pieces):
            if nx0 - x1 > 25:
                out.append((y, start, " ".join(text.split())))
                start, text = nx0, ntext
            else:
                text += (" " if nx0 - x1 > 1.0 else "") + ntext
        out.append((y, start, " ".join(text.split())))
    return sorted(out)


def pdf_lines(pdf: Path) -> list[list[Line]]:
    import pdfplumber  # a test dependency; only --compare needs it

    pages = []
    with pdfplumber.open(pdf) as doc:
        for pg in doc.pages:
            rows: dict[float, list[tuple[float, float, str]]] = {}
            for c in pg.chars:
                base = round(float(pg.height) - float(c["matrix"][5]), 1)
                rows.setdefault(base, []).append((c["x0"], c["x1"], c["text"]))
            merged = {y: [(x0, x1, t) for x0, x1, t in v] for y, v in rows.items()}
            lines = _lines(merged)
            pages.append([(y, x, unicodedata.normalize("NFC", t)) for y, x, t in lines])
    return pages


def compare(pages: list[Page], theirs: list[list[Line]]) -> bool:
    """Print the agreement; True when every page has the same lines."""
    ok = len(pages) == len(theirs)
    print(f"pages: preview {len(pages)}, LibreOffice {len(theirs)}")
    for i in range(max(len(pages), len(theirs))):
        mine = our_lines(pages[i]) if i < len(pages) else []
        other = theirs[i] if i < len(theirs) else []
        same = [m[2] for m in mine] == [o[2] for o in other]
        dy = max((abs(m[0] - o[0]) for m, o in zip(mine, other, strict=False)), default=0.0)
        first = next((m[2] for m in mine if m[0] > 50), "")[:40]
        print(
            f"  page {i + 1}: lines preview {len(mine)}, LibreOffice {len(other)}; "
            f"same lines: {'yes' if same else 'NO'}; largest baseline gap {dy:.2f} pt; "
            f"starts “{first}”"
        )
        if not same:
            ok = False
            for m, o in zip(mine, other, strict=False):
                if m[2] != o[2]:
                    print(f"    preview    {m[0]:6.1f} {m[2][:70]}")
                    print(f"    LibreOffice {o[0]:6.1f} {o[2][:70]}")
                    break
    return ok


def libreoffice(layout: DocumentLayout, out: Path, dpi: float) -> tuple[Path, list[Path]]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) is not installed")
    docx = out / "notice.docx"
    atomic_write_bytes(docx, render_docx(layout))
    profile = (out / "lo-profile").resolve().as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    command += ["--convert-to", "pdf", "--outdir", str(out), str(docx)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    pdf = out / "notice.pdf"
    subprocess.run(
        ["pdftoppm", "-r", str(round(dpi)), "-png", str(pdf), str(out / "docx")], check=True
    )
    return pdf, sorted(out.glob("docx-*.png"))


def side_by_side(mine: list[Path], theirs: list[Path], out: Path) -> None:
    if not shutil.which("montage"):
        print("(ImageMagick's montage is missing: no side-by-side images)")
        return
    for n, (a, b) in enumerate(zip(mine, theirs, strict=False), start=1):
        target = out / f"side-by-side-{n}.png"
        command = ["montage", str(a), str(b), "-tile", "2x1", "-geometry", "+8+8"]
        subprocess.run([*command, str(target)], check=True)
        print(f"  {target}")


def bench(notice: Notice, repeat: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    for factor in (1, 4, 20):
        work = copy.deepcopy(notice)
        work.body = [copy.deepcopy(item) for item in notice.body * factor]
        widget = PreviewWidget()
        widget.resize(900, 1000)
        widget.show()
        widget.set_layout(build_layout(work))
        widget.flush()
        widget.fit_width()
        app.processEvents()
        item = work.body[len(work.body) // 2]
        times: list[float] = []
        for k in range(repeat * 10):
            item.text += " x" if k % 5 == 0 else "x"
            start = time.perf_counter()
            widget.set_layout(build_layout(work))
            widget.flush()
            widget.repaint()  # paint the pages in view, synchronously
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, round(len(times) * 0.95))]
        print(
            f"{widget.page_count():3d} pages: refresh after a keystroke median "
            f"{statistics.median(times):5.1f} ms, 95th percentile {p95:5.1f} ms "
            f"({len(times)} keystrokes)"
        )
        widget.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("draft", nargs="?", type=Path, default=EXAMPLE)
    parser.add_argument("-o", "--out", type=Path)
    parser.add_argument("--dpi", type=float, default=100.0)
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--bench", action="store_true")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv)
    notice = load_draft(args.draft).notice
    if args.bench:
        bench(notice, args.repeat)
        return 0
    out: Path = args.out or Path(tempfile.mkdtemp(prefix="ucd-preview-"))
    out.mkdir(parents=True, exist_ok=True)
    layout = build_layout(notice)
    pages = paginate(layout)
    mine = preview_pngs(pages, out, args.dpi)
    print(f"{len(mine)} preview page(s) in {out}")
    if not args.compare:
        return 0
    pdf, theirs = libreoffice(layout, out, args.dpi)
    same = compare(pages, pdf_lines(pdf))
    side_by_side(mine, theirs, out)
    return 0 if same else 1


if __name__ == "__main__":
    QApplication.instance() or QApplication(sys.argv)
    sys.exit(main())
