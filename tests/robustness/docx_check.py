"""Is a .docx readable, complete and schema-valid? Fast enough to ask 1,000 times.

``DocxAudit.problems(data)`` reopens the file with python-docx, parses every XML part
with a strict parser (no recovery, no entities), and runs openxml-audit's full
validation (package structure, relationships, schema of every part, Word semantics).

Speed. A fresh openxml-audit validator costs about 0.4 s a document (loading its schema
tables); one validator kept for the run costs 20 ms for a short notice but about 100 ms
on average over hostile drafts, 75 % of it in the schema phase, which checks each
element on its own: its attributes and the sequence of its children's tags, with the
element's type chosen from its parent's and grandparent's names (openxml-audit's
``constraint_bridge`` documents exactly what it reads). A notice repeats a few hundred
element shapes thousands of times, so ``_MemoSchemaValidator`` remembers every subtree
found valid, keyed by everything that check can read (the subtree's tags, attributes
and nesting, the parent's and grandparent's tags, the ignorable namespaces), and skips
a subtree seen valid before. Text is not in the key because the schema phase never reads
it (the strict parse above catches any character XML refuses). Every other phase runs
in full on every document. ``tests/robustness/test_docx_check.py`` checks that the
memo and a fresh validator agree, on broken documents too.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
import zipfile
from pathlib import Path

import docx
from lxml import etree  # type: ignore[import-untyped]
from openxml_audit import OpenXmlValidator
from openxml_audit.schema.validator import SchemaValidator

__all__ = ["DocxAudit", "document_text", "letters"]

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, recover=False)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


Shape = tuple[object, ...]


class _MemoSchemaValidator(SchemaValidator):  # type: ignore[misc]
    """openxml-audit's schema check, skipping subtrees already found valid."""

    def __init__(self) -> None:
        super().__init__()
        self.valid: set[Shape] = set()
        self.shapes: dict[object, Shape] = {}
        self.skipped = 0

    def validate_part(self, part: object, context: object) -> object:
        root = getattr(part, "xml", None)
        self.shapes = {} if root is None else _shapes(root)
        try:
            return super().validate_part(part, context)
        finally:
            self.shapes = {}

    def _validate_element(
        self, element: object, context: object, ignorable_ns: frozenset[str] = frozenset()
    ) -> None:
        key = (self.shapes.get(element), *_ancestors(element), ignorable_ns)
        if key[0] is not None and key in self.valid:
            self.skipped += 1
            return
        errors = getattr(context, "errors", [])
        before = len(errors)
        super()._validate_element(element, context, ignorable_ns)
        if key[0] is not None and len(errors) == before:
            self.valid.add(key)


def _shapes(root: etree._Element) -> dict[object, Shape]:
    """The shape of every element under ``root``: tag, attributes, children's shapes."""
    out: dict[object, Shape] = {}
    for element in reversed(list(root.iter())):  # children before their parents
        if not isinstance(element.tag, str):
            continue
        children = tuple(out[c] for c in element if isinstance(c.tag, str))
        out[element] = (element.tag, tuple(element.attrib.items()), children)
    return out


def _ancestors(element: object) -> tuple[object, object]:
    parent = element.getparent() if isinstance(element, etree._Element) else None
    grand = parent.getparent() if parent is not None else None
    return (
        parent.tag if parent is not None else None,
        grand.tag if grand is not None else None,
    )


class DocxAudit:
    """One validator for a whole run; ``problems`` lists what is wrong with a .docx."""

    def __init__(self, scratch: Path, *, memo: bool = True) -> None:
        self.validator = OpenXmlValidator()
        self.memo: _MemoSchemaValidator | None = None
        if memo:
            self.memo = _MemoSchemaValidator()
            self.validator._schema_validator = self.memo
        self.scratch = scratch
        self.verdicts: dict[str, list[str]] = {}
        self.validated = 0

    def problems(self, data: bytes) -> list[str]:
        key = hashlib.sha256(data).hexdigest()
        if key not in self.verdicts:
            self.verdicts[key] = self._check(data)
        return self.verdicts[key]

    def _check(self, data: bytes) -> list[str]:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                bad = archive.testzip()
                if bad is not None:
                    return [f"corrupt zip member {bad}"]
                for name in archive.namelist():
                    if name.endswith((".xml", ".rels")):
                        etree.fromstring(archive.read(name), _PARSER)
            docx.Document(io.BytesIO(data))
        except Exception as exc:  # any failure to reopen is the finding
            return [f"cannot reopen: {type(exc).__name__}: {exc}"]
        path = self.scratch / "audit.docx"
        path.write_bytes(data)
        self.validated += 1
        result = self.validator.validate(path)
        return [str(e) for e in result.errors if e.severity.name == "ERROR"]


def document_text(data: bytes) -> str:
    """All the text of the document, header and footer parts (paragraphs on lines)."""
    out: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist()):
            if not name.startswith("word/") or not name.endswith(".xml"):
                continue
            root = etree.fromstring(archive.read(name), _PARSER)
            for para in root.iter(f"{_W}p"):
                out.append("".join(t.text or "" for t in para.iter(f"{_W}t")))
    return "\n".join(out)


def letters(text: str) -> str:
    """The letters and digits of ``text``, case-folded: what a reader must find printed."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return "".join(ch for ch in unicodedata.normalize("NFC", folded) if ch.isalnum())
