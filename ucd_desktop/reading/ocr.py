"""Scans read by OCR with Tesseract and its Vietnamese model, page by page.

Each page is drawn at 300 dpi in grey (PDFium), handed to ``tesseract … tsv`` and read
back as words with their boxes, in points like a text layer's words: the same row and
column logic (``pdf_read.page_rows``) then tells the header columns and the signature
block apart. Two things a text layer knows are measured on the image: drawn rules (long,
thin runs of dark pixels) and bold words (darker than the page's usual word, as bold
strokes are thicker). Words Tesseract is unsure of are kept as doubts for the report.

``ocr_pages`` is a generator: the caller shows progress after each page and stops
asking for pages to cancel. Tesseract is looked for where the user set it, on PATH and
in the folders its Windows installers use.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.reading.pdf_words import Rule, Word, open_pdf
from ucd_desktop.reading.result import ReadError

__all__ = [
    "IMAGE_SUFFIXES",
    "OcrPage",
    "find_tesseract",
    "image_kind",
    "jpeg_to_pdf",
    "ocr_pages",
    "ocr_unavailable_message",
]

#: Scans saved as images: JPEG goes through PDFium like a scanned PDF; PNG and TIFF are
#: read by Tesseract directly (without the rules and bold measured on the image).
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff")
_A4_WIDTH_PT = 595.28

_DPI = 300
_PT = 72.0 / _DPI
_DARK = 128
#: Words Tesseract gives less confidence than this are doubts.
_DOUBT = 60.0
#: A line this much darker than the page's median line is bold; a word, this much more.
_BOLD_LINE = 1.25
_BOLD_WORD = 1.5
_TIMEOUT = 180
_MAX_PAGES = 60
_DARK_MAP = bytes(0x23 if i < _DARK else 0x20 for i in range(256))  # "#" dark, " " light
_RUN_RE = re.compile(rb"#{%d,}" % int(20 / _PT))  # a rule is at least 20 points long


@dataclass
class OcrPage:
    number: int
    total: int
    words: list[Word]
    rules: list[Rule]
    #: Lines holding words Tesseract was unsure of (for the import report).
    doubts: list[str] = field(default_factory=list)


def _windows_candidates() -> list[Path]:
    out: list[Path] = []
    for variable in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432", "LOCALAPPDATA"):
        root = os.environ.get(variable)
        if root:
            out.append(Path(root) / "Tesseract-OCR" / "tesseract.exe")
            out.append(Path(root) / "Programs" / "Tesseract-OCR" / "tesseract.exe")
    return out


def find_tesseract(configured: str = "") -> str | None:
    """The Tesseract program: the one set in Settings, on PATH, or in its usual folders."""
    if configured:
        path = Path(configured)
        if path.is_dir():
            path = path / ("tesseract.exe" if sys.platform == "win32" else "tesseract")
        return str(path) if path.is_file() else None
    found = shutil.which("tesseract")
    if found:
        return found
    if sys.platform == "win32":
        for candidate in _windows_candidates():
            if candidate.is_file():
                return str(candidate)
    return None


def _run(args: list[str], timeout: int = _TIMEOUT, data: bytes | None = None) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    done = subprocess.run(
        args,
        input=data,
        capture_output=True,
        timeout=timeout,
        env=env,
        check=False,
        creationflags=flags,
    )
    if done.returncode != 0:
        raise OSError(done.stderr.decode("utf-8", "replace").strip()[-300:])
    return done.stdout.decode("utf-8", "replace")


def has_vietnamese(tesseract: str) -> bool:
    try:
        listed = _run([tesseract, "--list-langs"], timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return "vie" in listed.split()


def ocr_unavailable_message(configured: str = "") -> str | None:
    """None when OCR can run; else what to install, in the user's language."""
    tesseract = find_tesseract(configured)
    if tesseract is None:
        return _(
            "Tesseract OCR is not installed, so a scanned notice cannot be read. Install "
            "Tesseract with its Vietnamese language (on Windows: the installer from "
            "github.com/UB-Mannheim/tesseract, ticking “Vietnamese” under additional "
            "languages; on Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-vie), or "
            "set its location in Settings."
        )
    if not has_vietnamese(tesseract):
        return _(
            "Tesseract is installed but without its Vietnamese language (vie). Install it "
            "(on Windows: run the Tesseract installer again and tick “Vietnamese”; on "
            "Debian/Ubuntu: apt install tesseract-ocr-vie)."
        )
    return None


class _Image:
    """A grey page image, one byte a pixel, with what is measured on it."""

    def __init__(self, pixels: bytes, width: int, height: int) -> None:
        self.pixels, self.width, self.height = pixels, width, height
        self._marks = pixels.translate(_DARK_MAP)

    def pgm(self) -> bytes:
        return b"P5\n%d %d\n255\n" % (self.width, self.height) + self.pixels

    def row(self, y: int) -> bytes:
        return self._marks[y * self.width : (y + 1) * self.width]

    def ink(self, left: int, top: int, right: int, bottom: int) -> float:
        """Share of dark pixels in a box."""
        area = max(1, (right - left) * (bottom - top))
        dark = sum(self.row(y)[left:right].count(b"#") for y in range(top, bottom))
        return dark / area

    def rules(self) -> list[Rule]:
        """Long horizontal runs of dark pixels at most 2 points thick."""
        found: list[tuple[int, int, int, int]] = []  # x0, x1, first row, last row
        for y in range(self.height):
            for match in _RUN_RE.finditer(self.row(y)):
                x0, x1 = match.start(), match.end()
                last = next(
                    (r for r in reversed(found[-8:]) if r[3] == y - 1 and abs(r[0] - x0) < 6),
                    None,
                )
                if last is not None:
                    found[found.index(last)] = (min(last[0], x0), max(last[1], x1), last[2], y)
                else:
                    found.append((x0, x1, y, y))
        return [
            Rule(x0 * _PT, x1 * _PT, top * _PT)
            for x0, x1, top, bottom in found
            if (bottom - top + 1) * _PT <= 2.0
        ]


def _words(tsv: str, image: _Image | None, scale: float = _PT) -> tuple[list[Word], list[str]]:
    """Words from Tesseract's TSV, each as tall as its line; doubts by line."""
    rows = [line.split("\t") for line in tsv.splitlines()[1:]]
    lines: dict[tuple[str, str, str], tuple[int, int]] = {}
    for r in rows:
        if len(r) >= 12 and r[0] == "4":
            lines[(r[2], r[3], r[4])] = (int(r[7]), int(r[7]) + int(r[9]))
    heights = sorted(int(r[9]) for r in rows if len(r) >= 12 and r[0] == "5" and r[11].strip())
    usual = heights[len(heights) // 2] if heights else 0
    words: list[Word] = []
    inks: list[tuple[tuple[str, str, str], int, int]] = []  # line, dark pixels, area
    unsure: dict[tuple[str, str, str], list[str]] = {}
    texts: dict[tuple[str, str, str], list[str]] = {}
    for r in rows:
        if len(r) < 12 or r[0] != "5" or not r[11].strip():
            continue
        key = (r[2], r[3], r[4])
        left, top, width, height = (int(v) for v in r[6:10])
        if _speck(r[11].strip(), height, usual):
            continue
        line_top, line_bottom = lines.get(key, (top, top + height))
        text = r[11].strip()
        texts.setdefault(key, []).append(text)
        if float(r[10]) < _DOUBT:
            unsure.setdefault(key, []).append(text)
        size = (line_bottom - line_top) * scale / 1.15
        words.append(
            Word(
                text,
                left * scale,
                (left + width) * scale,
                line_top * scale,
                line_bottom * scale,
                round(size, 1),
                "",
            )
        )
        if image is not None:
            area = max(1, width * height)
            ink = image.ink(left, top, left + width, top + height)
            inks.append((key, round(ink * area), area))
    if image is not None:
        _mark_bold(words, inks)
    doubts = [" ".join(texts[k]) for k in unsure if k in texts]
    return words, doubts


def _speck(text: str, height: int, usual: int) -> bool:
    """A mark read as a word of its own (a tone mark or breve parted from its letter, a
    speck of dust): one or two characters much shorter than the usual word. Dashes and
    punctuation are short by nature and stay."""
    return len(text) <= 2 and height < 0.4 * usual and not all(c in "-–—.,;:" for c in text)


def _mark_bold(words: list[Word], inks: list[tuple[tuple[str, str, str], int, int]]) -> None:
    """Bold lines are darker than the page's usual line; a bold word inside a line is
    darker still (one ink measure per word is noisy: "i" and "m" differ)."""
    per_line: dict[tuple[str, str, str], list[int]] = {}
    for key, dark, area in inks:
        total = per_line.setdefault(key, [0, 0])
        total[0] += dark
        total[1] += area
    line_ink = {key: dark / area for key, (dark, area) in per_line.items()}
    if not line_ink:
        return
    usual = statistics.median(line_ink.values())
    if usual <= 0:
        return
    for word, (key, dark, area) in zip(words, inks, strict=True):
        if line_ink[key] > _BOLD_LINE * usual or (
            len(word.text) > 2 and dark / area > _BOLD_WORD * usual
        ):
            word.fontname = "OCR-Bold"


def image_kind(data: bytes) -> str | None:
    """ "jpeg", "png" or "tiff" from the first bytes, None for anything else."""
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def jpeg_to_pdf(data: bytes) -> bytes:
    """A JPEG scan as a one-page PDF as wide as A4 (PDFium places the picture)."""
    import io

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    try:
        image = pdfium.PdfImage.new(pdf)
        image.load_jpeg(io.BytesIO(data), inline=True)
        width, height = image.get_px_size()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
        page_w, page_h = _A4_WIDTH_PT, _A4_WIDTH_PT * height / width
        image.set_matrix(pdfium.PdfMatrix().scale(page_w, page_h))
        page = pdf.new_page(page_w, page_h)
        page.insert_obj(image)
        page.gen_content()
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
    finally:
        pdf.close()


def ocr_picture(path: Path, tesseract: str) -> OcrPage:
    """A PNG or TIFF scan read by Tesseract itself, scaled to an A4 page's width."""
    tsv = _run([tesseract, str(path), "stdout", "-l", "vie", "tsv"])
    page = next((r.split("\t") for r in tsv.splitlines()[1:] if r.startswith("1\t")), None)
    width = int(page[8]) if page is not None and len(page) > 8 and page[8].isdigit() else 0
    scale = _A4_WIDTH_PT / width if width > 0 else _PT
    words, doubts = _words(tsv, None, scale)
    return OcrPage(1, 1, words, [], doubts)


def _read_image(image: _Image, tesseract: str) -> tuple[list[Word], list[str]]:
    """The page handed to Tesseract on its standard input (no file is written)."""
    args = [tesseract, "stdin", "stdout", "-l", "vie", "--dpi", str(_DPI), "tsv"]
    return _words(_run(args, data=image.pgm()), image)


def ocr_pages(data: bytes, name: str, tesseract: str) -> Iterator[OcrPage]:
    """Each page of a PDF read by OCR, one at a time (stop iterating to cancel)."""
    with open_pdf(data, name) as pdf:
        total = len(pdf)
        if total > _MAX_PAGES:
            raise ReadError(_("{name} has too many pages to be a notice.").format(name=name))
        for index in range(total):
            page = pdf[index]
            try:
                bitmap = page.render(scale=_DPI / 72, grayscale=True)
                width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                buffer = bytes(bitmap.buffer)
                channels = bitmap.n_channels
            finally:
                page.close()
            rows = [buffer[y * stride : y * stride + width * channels] for y in range(height)]
            pixels = b"".join(r[::channels] for r in rows)
            image = _Image(pixels, width, height)
            try:
                words, doubts = _read_image(image, tesseract)
            except (OSError, subprocess.SubprocessError) as exc:
                raise ReadError(
                    _("Tesseract could not read page {page} of {name}: {error}").format(
                        page=index + 1, name=name, error=exc
                    )
                ) from None
            yield OcrPage(index + 1, total, words, image.rules(), doubts)
