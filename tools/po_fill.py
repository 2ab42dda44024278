"""Fill msgstr values of a .po file from a Python dict (a helper for translators).

Usage: python tools/po_fill.py DOMAIN TRANSLATIONS.py [LANG]
TRANSLATIONS.py defines T = {msgid: msgstr}. Existing translations are replaced.
"""

from __future__ import annotations

import io
import runpy
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    domain, source = sys.argv[1], sys.argv[2]
    lang = sys.argv[3] if len(sys.argv) > 3 else "vi"
    table: dict[str, str] = runpy.run_path(source)["T"]
    path = ROOT / "resources" / "translations" / lang / "LC_MESSAGES" / f"{domain}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=domain)
    missing = []
    for message in catalog:
        if not message.id:
            continue
        if message.id in table:
            message.string = table[message.id]
            message.flags.discard("fuzzy")
        elif not message.string:
            missing.append(message.id)
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=True, no_location=True)
    path.write_bytes(out.getvalue())
    for msgid in missing:
        print(f"untranslated: {msgid!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
