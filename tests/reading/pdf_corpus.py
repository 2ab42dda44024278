"""PDFs like the signed copies offices keep, made for the tests.

- ``strip_to_unicode``: a LibreOffice-made PDF with its fonts' ToUnicode maps taken out
  (what a signed copy printed to PDF often looks like: a reader shows glyph numbers).
- ``word_like_pdf``: text drawn the way Word's PDF export draws it, in a CID font with
  Identity-H codes that are glyph numbers and no ToUnicode map: the embedded subset keeps
  the original glyph ids (Word's "7ӌ1+" for "TỈNH") and its Unicode cmap. Or a simple
  font whose /Differences name the glyphs ("uni1EC7").
- ``scan_pdf``: the pages of a PDF drawn as grey images (pdftoppm) wrapped in a PDF.
"""

from __future__ import annotations

import io
import subprocess
import zlib
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

LIBERATION = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")


def strip_to_unicode(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/ToUnicode" in font:
                del font[NameObject("/ToUnicode")]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra) + (
        packed + b"\nendstream"
    )


def word_like_pdf(
    lines: list[tuple[float, float, str]], *, simple: bool = False, name: str = "TimesNewRomanPSMT"
) -> bytes:
    """A one-page A4 PDF drawing ``lines`` ((x, y from the top, text) at 13 pt) in a
    subset of Liberation Serif named ``name``, without a ToUnicode map."""
    font = TTFont(str(LIBERATION))
    cmap = font.getBestCmap()
    text = "".join(t for _x, _y, t in lines)
    options = subset.Options()
    options.retain_gids = not simple
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in text})
    subsetter.subset(font)
    program = io.BytesIO()
    font.save(program)
    order = TTFont(str(LIBERATION)).getGlyphOrder()
    gid = {c: order.index(cmap[ord(c)]) for c in set(text)}
    scale = 1000 / font["head"].unitsPerEm
    widths = {c: round(font["hmtx"][cmap[ord(c)]][0] * scale) for c in set(text)}
    if simple:
        chars = sorted(set(text))
        codes = {c: 33 + i for i, c in enumerate(chars)}
        names = b" ".join(b"/uni%04X" % ord(c) for c in chars)

        def show(t: str) -> bytes:
            return b"<" + b"".join(b"%02X" % codes[c] for c in t) + b">"

        font_objects = [
            b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 33 /LastChar %d "
            b"/Widths [%s] /Encoding << /Type /Encoding /Differences [33 %s] >> "
            b"/FontDescriptor 6 0 R >>"
            % (
                name.encode(),
                32 + len(chars),
                b" ".join(b"%d" % widths[c] for c in chars),
                names,
            ),
            b"<< /Type /Font >>",  # unused slot keeps the numbering of the CID variant
        ]
    else:

        def show(t: str) -> bytes:
            return b"<" + b"".join(b"%04X" % gid[c] for c in t) + b">"

        w = b" ".join(b"%d [%d]" % (gid[c], widths[c]) for c in sorted(set(text)))
        font_objects = [
            b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
            b"/DescendantFonts [5 0 R] >>" % name.encode(),
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo "
            b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
            b"6 0 R /CIDToGIDMap /Identity /W [%s] >>" % (name.encode(), w),
        ]
    content = b"".join(
        b"BT /F1 13 Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET\n" % (x, 842 - y, show(t)) for x, y, t in lines
    )
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
            b"<< /F1 4 0 R >> >> /Contents 8 0 R >>",
            *font_objects,
            b"<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [-600 -300 2000 1000] "
            b"/ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 "
            b"/FontFile2 7 0 R >>" % name.encode(),
            _stream(program.getvalue(), b"/Length1 %d" % len(program.getvalue())),
            _stream(content),
        ]
    )


def scan_pdf(pdf: Path, folder: Path, dpi: int = 200) -> bytes:
    """``pdf``'s pages drawn as grey images and wrapped in a PDF (a scanned copy)."""
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(folder / "page")],
        check=True,
        timeout=120,
    )
    images = [Image.open(p).convert("L") for p in sorted(folder.glob("page-*.png"))]
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


_STYLES = {
    "": ("Regular", "TimesNewRomanPSMT"),
    "b": ("Bold", "TimesNewRomanPS-BoldMT"),
    "i": ("Italic", "TimesNewRomanPS-ItalicMT"),
    "bi": ("BoldItalic", "TimesNewRomanPS-BoldItalicMT"),
}


def _cid_font(style: str, text: str) -> tuple[bytes, dict[str, int], dict[str, int], str]:
    """A Word-like subset of Liberation Serif keeping its glyph ids and cmap: the
    program, glyph id and width (1/1000 em) of each character, and the font's name."""
    path = LIBERATION.with_name(f"LiberationSerif-{_STYLES[style][0]}.ttf")
    order = TTFont(str(path)).getGlyphOrder()
    font = TTFont(str(path))
    cmap = font.getBestCmap()
    options = subset.Options()
    options.retain_gids = True
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in text} | {32})
    subsetter.subset(font)
    program = io.BytesIO()
    font.save(program)
    scale = 1000 / font["head"].unitsPerEm
    chars = {c for c in text if ord(c) in cmap}
    gid = {c: order.index(cmap[ord(c)]) for c in chars}
    widths = {c: round(font["hmtx"][cmap[ord(c)]][0] * scale) for c in chars}
    return program.getvalue(), gid, widths, _STYLES[style][1]


def word_like_copy(data: bytes) -> bytes:
    """``data`` (a PDF with a text layer) drawn again the way Word's PDF export draws:
    every word at its place in Identity-H CID fonts named Times New Roman whose codes are
    glyph ids, without ToUnicode maps; the rules drawn as lines."""
    import pypdfium2 as pdfium

    from ucd_desktop.reading.pdf_words import page_rules, page_words

    pages: list[tuple[float, float, list[tuple[str, float, float, float, str]], list]] = []
    document = pdfium.PdfDocument(data)
    for index in range(len(document)):
        page = document[index]
        words = []
        for w in page_words(page):
            name = w.fontname.lower()
            style = ("b" if "bold" in name else "") + ("i" if "italic" in name else "")
            words.append((w.text, w.x0, w.bottom, w.size, style))
        pages.append((page.get_width(), page.get_height(), words, page_rules(page)))
        page.close()
    document.close()
    used = {s for _w, _h, words, _r in pages for *_rest, s in words}
    styles = sorted(used)
    fonts = {}
    for style in styles:
        text = "".join(t for _w, _h, words, _r in pages for t, *_x, s in words if s == style)
        fonts[style] = _cid_font(style, text)
    objects: list[bytes] = [b"", b""]  # catalog, pages: filled in at the end
    font_refs = {}
    for style in styles:
        program, gid, widths, name = fonts[style]
        base = len(objects) + 1
        w = b" ".join(b"%d [%d]" % (gid[c], widths[c]) for c in sorted(gid))
        objects += [
            b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
            b"/DescendantFonts [%d 0 R] >>" % (name.encode(), base + 1),
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo "
            b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
            b"%d 0 R /CIDToGIDMap /Identity /W [%s] >>" % (name.encode(), base + 2, w),
            b"<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [-600 -300 2000 1000] "
            b"/ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 "
            b"/FontFile2 %d 0 R >>" % (name.encode(), base + 3),
            _stream(program, b"/Length1 %d" % len(program)),
        ]
        font_refs[style] = base
    kids = []
    resources = b" ".join(b"/F%d %d 0 R" % (i, font_refs[s]) for i, s in enumerate(styles))
    for width, height, words, rules in pages:
        ops = []
        for text, x, bottom, size, style in words:
            _p, gid, _w, _n = fonts[style]
            codes = b"".join(b"%04X" % gid[c] for c in text if c in gid)
            ops.append(
                b"BT /F%d %.2f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET"
                % (styles.index(style), size, x, height - bottom, codes)
            )
        for rule in rules:
            y = height - rule.top
            ops.append(b"0.5 w %.2f %.2f m %.2f %.2f l S" % (rule.x0, y, rule.x1, y))
        objects.append(_stream(b"\n".join(ops)))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font "
            b"<< %s >> >> /Contents %d 0 R >>" % (width, height, resources, content)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    return _pdf(objects)
