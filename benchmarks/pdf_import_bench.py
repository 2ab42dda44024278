"""Import of the PDFs offices keep: a PDF with a text layer, the same PDF with its fonts'
Unicode maps taken out (decoded through the fonts: outlines compared with the installed
font), and its pages as a scan (OCR with Tesseract, when installed).

    python benchmarks/pdf_import_bench.py

Prints the median of a few runs of each; the first decoding of a font also reads the
installed font it is compared with (cached for the rest of the process): its time is
printed apart.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reading.pdf_corpus import scan_pdf, strip_to_unicode  # noqa: E402
from ucd_desktop.reading import import_notice  # noqa: E402

NOTICE = ROOT / "tests" / "data" / "notices" / "ministry-office.pdf"


def _median(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="ucd-pdf-bench-") as folder:
        work = Path(folder)
        stripped = work / "signed.pdf"
        stripped.write_bytes(strip_to_unicode(NOTICE.read_bytes()))
        print(f"{'case':<44} {'seconds':>8}")
        print(f"{'text layer (3 pages)':<44} {_median(lambda: import_notice(NOTICE), 5):8.3f}")
        first = _median(lambda: import_notice(stripped), 1)
        print(f"{'no Unicode maps, first (reads the font)':<44} {first:8.3f}")
        again = _median(lambda: import_notice(stripped), 5)
        print(f"{'no Unicode maps, again':<44} {again:8.3f}")
        if shutil.which("tesseract"):
            scan = work / "scan.pdf"
            scan.write_bytes(scan_pdf(NOTICE, work))
            ocr = _median(lambda: import_notice(scan), 1)
            print(f"{'scan, OCR (3 pages at 300 dpi)':<44} {ocr:8.3f}")
        else:
            print("scan, OCR: Tesseract is not installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
