"""Regenerate resources/fonts/liberation-serif-metrics.json.gz from Liberation Serif.

Liberation Serif has the metrics of Times New Roman (same advance widths), and its
licence (SIL Open Font License 1.1) allows redistributing data derived from it. The app
measures text with this table, without Qt and without the fonts installed.

Usage: python tools/gen_metrics.py [FONT_DIR]   (needs fontTools; Debian: fonts-liberation2)
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

STYLES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}
OUT = Path(__file__).resolve().parent.parent / "resources/fonts/liberation-serif-metrics.json.gz"


def runs(advances: dict[int, int]) -> list[list[object]]:
    """Consecutive code points as [first, [advance, ...]] to keep the table small."""
    out: list[list[object]] = []
    for cp in sorted(advances):
        if out and cp == out[-1][0] + len(out[-1][1]):  # type: ignore[arg-type, operator]
            out[-1][1].append(advances[cp])  # type: ignore[union-attr]
        else:
            out.append([cp, [advances[cp]]])
    return out


def main() -> None:
    font_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation2")
    table: dict[str, object] = {"source": "Liberation Serif 2 (SIL OFL 1.1)", "styles": {}}
    for style, name in STYLES.items():
        font = TTFont(font_dir / name)
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        advances = {cp: hmtx[glyph][0] for cp, glyph in cmap.items() if cp <= 0xFFFF}
        hhea = font["hhea"]
        table["styles"][style] = {  # type: ignore[index]
            "units_per_em": font["head"].unitsPerEm,
            "ascent": hhea.ascent,
            "descent": -hhea.descent,
            "line_gap": hhea.lineGap,
            "runs": runs(advances),
        }
    data = json.dumps(table, separators=(",", ":")).encode()
    OUT.write_bytes(gzip.compress(data, mtime=0))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
