"""Compare the app's bundle with the bare-window baseline: totals, ratio, what takes the space.

    python tools/bundle_size.py dist/ucd-desktop dist/bare-window [--markdown]

When the baseline was built in an environment that also has PySide6-Pdf installed, Qt
copies QtPdf's library and its "PDF as an image" plugin into even a bare window's
bundle; a bare PySide6 window would not have them, so they are subtracted from the
baseline (and reported as such).

Packages the app must not carry (LEFT_OUT: the old PDF chain pdfplumber -> pdfminer.six
-> cryptography, Pillow, QtPdf) are listed when found. tests/test_build_bundle.py holds
the ratio to the target and the bundle free of them. Exit status 0 (a report).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

TARGET_RATIO = 1.15
QTPDF_IN_BASELINE = re.compile(r"(libQt6Pdf\.so|Qt6Pdf\.dll|imageformats/(lib)?qpdf)")
#: What the bundle must not hold: pdfplumber's chain (cryptography alone is 14 MB), Pillow,
#: QtPdf (PDFium comes with pypdfium2).
LEFT_OUT = re.compile(
    r"^(cryptography|charset_normalizer|pdfminer|pdfplumber|cffi|_cffi_backend|PIL)[/.-]"
    r"|Qt6?Pdf|QtPdf\."
)

CATEGORIES: list[tuple[str, re.Pattern[str]]] = [
    ("ICU data and libraries (Qt's Unicode support)", re.compile(r"(^|/)(lib)?icu")),
    ("PDFium (pypdfium2: print preview, printing, PDF import)", re.compile(r"^pypdfium2")),
    ("QtPrintSupport", re.compile(r"Qt6?PrintSupport|QtPrintSupport\.|plugins/printsupport")),
    ("Qt libraries (Core, Gui, Widgets, platform)", re.compile(r"PySide6/Qt/lib/|PySide6/Qt6")),
    ("Qt plugins (platforms, image formats, themes)", re.compile(r"PySide6/Qt/plugins/")),
    ("PySide6 and shiboken6 bindings", re.compile(r"PySide6/|shiboken6/")),
    (
        "Python runtime and standard library",
        re.compile(r"(lib)?python3|base_library\.zip|lib-dynload|DLLs/"),
    ),
    ("lxml (python-docx's XML)", re.compile(r"^lxml/")),
    ("Babel locale data (vi, en, root)", re.compile(r"^babel/")),
    ("python-docx", re.compile(r"^docx/")),
    ("App templates and resources", re.compile(r"^ucd_desktop/")),
    ("Other Python packages", re.compile(r"^[a-z_]+[\w.-]*/")),
    ("System libraries (X11, GLib, fonts, SSL...)", re.compile(r"^lib.*\.so|\.dll$")),
]


def files(folder: Path) -> dict[str, int]:
    internal = folder / "_internal"
    found: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            base = internal if path.is_relative_to(internal) else folder
            key = path.relative_to(base).as_posix()
            found[key if base == internal else f"<exe>/{key}"] = path.stat().st_size
    return found


def category(name: str) -> str:
    if name.startswith("<exe>/"):
        return "Executables (bootloader + compressed Python code)"
    for label, pattern in CATEGORIES:
        if pattern.search(name):
            return label
    return "Other"


def breakdown(sizes: dict[str, int]) -> Counter[str]:
    totals: Counter[str] = Counter()
    for name, size in sizes.items():
        totals[category(name)] += size
    return totals


def mb(n: float) -> str:
    return f"{n / 1_000_000:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path)
    parser.add_argument("baseline", type=Path)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument(
        "--budget-mb",
        type=float,
        help="exit 1 unless within the ratio target or this absolute size (MB)",
    )
    args = parser.parse_args()
    app, base = files(args.app), files(args.baseline)
    foreign = {k: v for k, v in base.items() if QTPDF_IN_BASELINE.search(k)}
    base = {k: v for k, v in base.items() if k not in foreign}
    app_total, base_total = sum(app.values()), sum(base.values())
    ratio = app_total / base_total
    print(f"app bundle:      {app_total:>12,} bytes  ({mb(app_total)} MB, {len(app)} files)")
    print(f"bare window:     {base_total:>12,} bytes  ({mb(base_total)} MB, {len(base)} files)")
    if foreign:
        print(f"  (QtPdf files left out of the baseline: {', '.join(sorted(foreign))})")
    growth, target = (ratio - 1) * 100, (TARGET_RATIO - 1) * 100
    print(f"ratio:           {ratio:.3f}  (+{growth:.1f} %, target +{target:.0f} %)")
    unwanted = sorted(k for k in app if LEFT_OUT.search(k))
    if unwanted:
        print(f"left-out packages found in the bundle: {', '.join(unwanted)}")
    a, b = breakdown(app), breakdown(base)
    rows = sorted(set(a) | set(b), key=lambda k: -max(a[k], b[k]))
    if args.markdown:
        print("\n| what | app (MB) | bare window (MB) | difference (MB) |\n|---|---:|---:|---:|")
        for k in rows:
            print(f"| {k} | {mb(a[k])} | {mb(b[k])} | {mb(a[k] - b[k])} |")
        total = f"**{mb(app_total)}** | **{mb(base_total)}** | **{mb(app_total - base_total)}**"
        print(f"| **total** | {total} |")
    else:
        print(f"\n{'what':<52}{'app MB':>9}{'bare MB':>9}{'diff':>8}")
        for k in rows:
            print(f"{k:<52}{mb(a[k]):>9}{mb(b[k]):>9}{mb(a[k] - b[k]):>8}")
    if args.budget_mb is None:
        return 0
    within = ratio <= TARGET_RATIO or app_total <= args.budget_mb * 1_000_000
    print(f"\nbudget: {args.budget_mb:g} MB -> {'within' if within else 'OVER'}")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
