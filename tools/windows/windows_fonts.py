"""Liberation fonts renamed "Times New Roman", "Arial" and "Courier New" for a Wine prefix.

    python tools/windows/windows_fonts.py LIBERATION_FOLDER WINDOWS_FONTS_FOLDER REG_FILE

Liberation Serif/Sans/Mono have the metrics of the three Windows fonts. Qt under Wine
ignores Wine's font substitutes, so the fonts are saved under the Windows names and files
(times.ttf, timesbd.ttf...) and a .reg file registers them (``wine regedit /S REG_FILE``).
Needs fontTools (tools/windows/check.sh installs it if missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont

FAMILIES = {
    "LiberationSerif": ("Times New Roman", "times"),
    "LiberationSans": ("Arial", "arial"),
    "LiberationMono": ("Courier New", "cour"),
}
STYLES = {
    "Regular": ("Regular", ""),
    "Bold": ("Bold", "bd"),
    "Italic": ("Italic", "i"),
    "BoldItalic": ("Bold Italic", "bi"),
}
FONTS_KEY = "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Fonts"


def rename_all(src: Path, dest: Path) -> list[str]:
    """Write the renamed fonts; return the registry lines."""
    dest.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    for path in sorted(src.glob("Liberation*-*.ttf")):
        family_key, style_key = path.stem.split("-", 1)
        if family_key not in FAMILIES or style_key not in STYLES:
            continue
        family, short = FAMILIES[family_key]
        style, suffix = STYLES[style_key]
        font = TTFont(path)
        names = font["name"]
        full = family if style == "Regular" else f"{family} {style}"
        postscript = family.replace(" ", "") + (
            "" if style == "Regular" else "-" + style.replace(" ", "")
        )
        for record in list(names.names):
            if record.nameID in (16, 17, 21, 22):
                names.removeNames(nameID=record.nameID)
        for pid, eid, lid in ((3, 1, 0x409), (1, 0, 0)):
            for nid, value in ((1, family), (2, style), (4, full), (6, postscript)):
                names.setName(value, nid, pid, eid, lid)
        file_name = f"{short}{suffix}.ttf"
        font.save(dest / file_name)
        lines.append(f'"{full} (TrueType)"="{file_name}"')
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    lines = rename_all(Path(argv[0]), Path(argv[1]))
    if len(lines) < 12:
        print(f"only {len(lines)} of 12 Liberation fonts found in {argv[0]}", file=sys.stderr)
        return 1
    text = "REGEDIT4\r\n\r\n[" + FONTS_KEY + "]\r\n" + "\r\n".join(lines) + "\r\n"
    Path(argv[2]).write_text(text, encoding="ascii", newline="")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
