"""Qt's own texts in Vietnamese: read Qt's .qm catalogues, compile and check our .ts.

Qt ships no Vietnamese catalogue, so the texts Qt itself draws (the right-click menu of a
text field, dialog buttons, the non-native file and print dialogs) are translated in
resources/translations/qt/qtbase_vi.ts (Qt Linguist XML) and compiled to qtbase_vi.qm
beside it, which the app loads (ucd_desktop/gui/qt_translations.py).

  python tools/qt_ts.py list CONTEXT...   the messages Qt's shipped qtbase_*.qm hold for
                                          CONTEXT: context, source, comment, plural, and
                                          how many languages have it (old, unused texts
                                          stay only in a few languages' files)
  python tools/qt_ts.py missing           messages of the .ts's contexts that Qt's
                                          German catalogue has and the .ts lacks
  python tools/qt_ts.py compile           .ts -> .qm with lrelease (pyside6-lrelease)
  python tools/qt_ts.py check             untranslated messages, broken placeholders or
                                          accelerators, a .qm older than its .ts

The exact source texts (with their '&' accelerators and %1 placeholders) come from Qt's
own catalogues: no lconvert is shipped with PySide6, so this module reads the .qm format.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "qt" / "qtbase_vi.ts"
QM = TS.with_suffix(".qm")

#: The 16 bytes every .qm file starts with (Qt's translator.cpp).
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8
_NULL = 0xFFFFFFFF

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
#: '&' before a letter or digit marks the accelerator; '&&' is a literal '&' and
#: '&nbsp;' an HTML entity.
ACCELERATOR = re.compile(r"&(?!&|#?\w+;)(?=\w)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...] = ()
    plural: bool = False
    unfinished: bool = False


def read_qm(path: Path) -> list[Message]:
    """The messages of a .qm file (lrelease's default mode keeps the source texts)."""
    data = path.read_bytes()
    if not data.startswith(QM_MAGIC):
        raise ValueError(f"{path}: not a Qt .qm file")
    pos, messages = len(QM_MAGIC), b""
    while pos + 5 <= len(data):
        tag, size = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        if tag == _SECTION_MESSAGES:
            messages = data[pos + 5 : pos + 5 + size]
        pos += 5 + size
    return list(_messages(messages))


def _messages(block: bytes) -> list[Message]:
    out: list[Message] = []
    fields: dict[int, str] = {}
    translations: list[str] = []
    pos = 0
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _TAG_END:
            out.append(
                Message(
                    context=fields.get(_TAG_CONTEXT, ""),
                    source=fields.get(_TAG_SOURCE, ""),
                    comment=fields.get(_TAG_COMMENT, ""),
                    translations=tuple(translations),
                    plural=len(translations) > 1,
                )
            )
            fields, translations = {}, []
        elif tag == _TAG_OBSOLETE1:
            pos += 4
        elif tag in (_TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT):
            size = struct.unpack_from(">I", block, pos)[0]
            pos += 4
            raw = b"" if size == _NULL else block[pos : pos + size]
            pos += 0 if size == _NULL else size
            if tag == _TAG_TRANSLATION:
                translations.append(raw.decode("utf-16-be"))
            else:
                fields[tag] = raw.decode("utf-8")
        else:
            raise ValueError(f"unknown .qm message tag {tag:#x} at byte {pos - 1}")
    return out


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_messages(contexts: set[str] | None = None) -> dict[tuple[str, str, str], set[str]]:
    """(context, source, comment) -> the languages whose qtbase_*.qm have that message."""
    found: dict[tuple[str, str, str], set[str]] = {}
    for path in sorted(qt_translations_dir().glob("qtbase_*.qm")):
        language = path.stem.removeprefix("qtbase_")
        for m in read_qm(path):
            if contexts is None or m.context in contexts:
                found.setdefault((m.context, m.source, m.comment), set()).add(language)
    return found


def read_ts(path: Path = TS) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif plural:
                texts = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    translations=texts,
                    plural=plural,
                    unfinished=translation is not None
                    and translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return messages


def problems(messages: list[Message]) -> list[str]:
    """What is wrong with the translations: one line per problem."""
    found: list[str] = []
    seen = Counter((m.context, m.source, m.comment) for m in messages)
    found += [f"{key[0]}: {key[1]!r} appears {n} times" for key, n in seen.items() if n > 1]
    for m in messages:
        where = f"{m.context}: {m.source!r}"
        if m.unfinished or not m.translations or not all(t.strip() for t in m.translations):
            found.append(f"{where} is not translated")
            continue
        if m.plural and "%n" not in m.source:
            found.append(f"{where} is plural but has no %n")
        for text in m.translations:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(m.source)):
                found.append(f"{where}: placeholders differ in {text!r}")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(m.source)):
                found.append(f"{where}: accelerator '&' differs in {text!r}")
            if text.count("\n") != m.source.count("\n"):
                found.append(f"{where}: line breaks differ in {text!r}")
    return found


def lrelease() -> str | None:
    """The lrelease program: PySide6's beside this Python, else one on PATH."""
    for name in ("pyside6-lrelease", "lrelease"):
        beside = Path(sys.executable).parent / name
        if beside.is_file():
            return str(beside)
        on_path = shutil.which(name)
        if on_path:
            return on_path
    return None


def compile_ts(ts: Path = TS, qm: Path = QM) -> None:
    program = lrelease()
    if program is None:
        raise FileNotFoundError("lrelease not found (pip install PySide6-Essentials)")
    subprocess.run([program, "-silent", str(ts), "-qm", str(qm)], check=True)


def check() -> list[str]:
    """Problems of the .ts, and a .qm that is missing or differs from a fresh compile."""
    found = problems(read_ts())
    if not QM.is_file():
        return [*found, f"{QM.name} is missing: python tools/qt_ts.py compile"]
    if lrelease() is not None:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / QM.name
            compile_ts(TS, fresh)
            if fresh.read_bytes() != QM.read_bytes():
                found.append(f"{QM.name} is out of date: python tools/qt_ts.py compile")
    return found


def _list(contexts: list[str]) -> None:
    found = qt_messages(set(contexts))
    plural = {(m.context, m.source, m.comment) for m in _german() if m.plural}
    for key in sorted(found, key=lambda k: (contexts.index(k[0]), k[1])):
        context, source, comment = key
        flags = "plural" if key in plural else ""
        print(f"{context}\t{source!r}\t{comment!r}\t{flags}\t{len(found[key])} languages")


def _german() -> list[Message]:
    path = qt_translations_dir() / "qtbase_de.qm"
    return read_qm(path) if path.is_file() else []


def _missing() -> None:
    ours = read_ts()
    have = {(m.context, m.source, m.comment) for m in ours}
    contexts = {m.context for m in ours}
    for m in _german():
        if m.context in contexts and (m.context, m.source, m.comment) not in have:
            print(f"{m.context}\t{m.source!r}\t{m.comment!r}")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "list" and len(argv) > 1:
        _list(argv[1:])
    elif command == "missing":
        _missing()
    elif command == "compile":
        compile_ts()
        print(f"wrote {QM.relative_to(ROOT)}")
    elif command == "check":
        found = check()
        print("\n".join(found) or "ok")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
