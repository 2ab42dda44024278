"""Manage the gettext catalogues with Babel: extract, update, compile, check.

  python tools/i18n.py update    extract messages from the code into <domain>.pot and
                                 merge them into every language's <domain>.po
  python tools/i18n.py compile   write the .mo files the app loads
  python tools/i18n.py check     fail if a message lacks a Vietnamese translation or a
                                 .pot/.mo file is out of date (the test suite runs this)

Each area of the code has its own catalogue (domain), so people working on different
areas never edit the same .po file. DOMAINS maps source paths to domains: the first
prefix that matches a file wins.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ucd_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("vi",)
KEYWORDS = {"_": None, "N_": None, "gettext_": None, "ngettext_": (1, 2), "tr": None}

#: (path prefix relative to the repository, domain); first match wins.
DOMAINS: list[tuple[str, str]] = [
    # PDF export, printing, the bundle's smoke mode (issue 5)
    ("ucd_desktop/export/pdf.py", "pdf"),
    ("ucd_desktop/export/converters/", "pdf"),
    ("ucd_desktop/office/", "pdf"),
    ("ucd_desktop/gui/printing/", "pdf"),
    ("ucd_desktop/commands/pdf.py", "pdf"),
    ("ucd_desktop/smoke.py", "pdf"),
    # the live A4 preview (issue 3)
    ("ucd_desktop/gui/preview/", "preview"),
    ("ucd_desktop/gui/", "gui"),
    ("ucd_desktop/model/field_names.py", "gui"),
    ("ucd_desktop/storage/settings.py", "gui"),
    ("ucd_desktop/storage/autosave.py", "gui"),
    ("ucd_desktop/storage/filenames.py", "gui"),
    ("ucd_desktop/templating/from_draft.py", "gui"),
    ("ucd_desktop/commands/import_.py", "reading"),
    ("ucd_desktop/commands/check.py", "reading"),
    ("ucd_desktop/reading/", "reading"),
    ("ucd_desktop/checking/", "reading"),
    # the command line's own helpers: routing, argparse's texts, facts, output, and the
    # OS/JSON/Jinja wording (issue 14); the commands' modules keep their areas' domains
    ("ucd_desktop/cli.py", "cli"),
    ("ucd_desktop/commands/_", "cli"),
    ("ucd_desktop/os_text.py", "cli"),
    ("ucd_desktop/templating/jinja_text.py", "cli"),
    ("ucd_desktop/", "core"),
]


def domain_of(path: Path) -> str:
    rel = path.relative_to(ROOT).as_posix()
    return next(domain for prefix, domain in DOMAINS if rel.startswith(prefix))


def extract() -> dict[str, Catalog]:
    catalogs: dict[str, Catalog] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        domain = domain_of(path)
        catalog = catalogs.setdefault(domain, Catalog(project="ucd-desktop", domain=domain))
        rel = path.relative_to(ROOT).as_posix()
        for lineno, message, comments, _context in extract_from_file(
            "python", str(path), keywords=KEYWORDS
        ):
            catalog.add(message, locations=[(rel, lineno)], auto_comments=comments)
    return catalogs


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, sort_output=True, no_location=True)
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _mo_messages(data: bytes) -> dict[object, object]:
    """What a compiled catalogue says: message id -> translation (the header apart).

    Compared instead of bytes: another Babel version lays the same catalogue out
    differently (2.19 and 2.18 write different bytes for the same messages)."""
    out = {}
    for message in read_mo(io.BytesIO(data)):
        if message.id:
            out[message.id if isinstance(message.id, str) else tuple(message.id)] = (
                message.string if isinstance(message.string, str) else tuple(message.string)
            )
    return out


def _po_path(lang: str, domain: str) -> Path:
    return TRANSLATIONS / lang / "LC_MESSAGES" / f"{domain}.po"


def _read(path: Path, lang: str, domain: str) -> Catalog:
    if path.exists():
        with path.open("rb") as handle:
            return read_po(handle, locale=lang, domain=domain)
    return Catalog(locale=lang, domain=domain, project="ucd-desktop")


def update() -> None:
    for domain, template in extract().items():
        (TRANSLATIONS / f"{domain}.pot").write_bytes(_po_bytes(template))
        for lang in LANGUAGES:
            path = _po_path(lang, domain)
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = _read(path, lang, domain)
            catalog.update(template, no_fuzzy_matching=True)
            catalog.obsolete.clear()
            path.write_bytes(_po_bytes(catalog))
    compile_all()


def compile_all() -> None:
    for po in sorted(TRANSLATIONS.glob("*/LC_MESSAGES/*.po")):
        lang, domain = po.parent.parent.name, po.stem
        po.with_suffix(".mo").write_bytes(_mo_bytes(_read(po, lang, domain)))


def check() -> list[str]:
    """Problems with the catalogues, one line each (empty when all is well)."""
    problems: list[str] = []
    for domain, template in extract().items():
        for lang in LANGUAGES:
            path = _po_path(lang, domain)
            catalog = _read(path, lang, domain)
            for message in template:
                if not message.id:
                    continue
                found = catalog.get(message.id)
                if found is None or not found.string or found.fuzzy:
                    problems.append(f"{path.name} [{lang}]: untranslated: {message.id!r}")
            mo = path.with_suffix(".mo")
            if not mo.exists() or _mo_messages(mo.read_bytes()) != _mo_messages(_mo_bytes(catalog)):
                problems.append(f"{mo.relative_to(ROOT)} is out of date: run tools/i18n.py compile")
    return problems


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        problems = check()
        for line in problems:
            print(line)
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
