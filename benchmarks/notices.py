"""The notices measured: the bundled example, and long notices made from its body.

A long notice keeps the example's header, opening, closing and signature, and repeats the
example's body items (paragraphs, numbered clauses, bullets) in order, with fresh ids,
until it has the number of body paragraphs asked for.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from ucd_desktop.model.draft import Draft
from ucd_desktop.resources import resource_path
from ucd_desktop.storage.atomic import atomic_write_text
from ucd_desktop.storage.drafts import draft_from_json

__all__ = ["example_doc", "long_doc", "to_draft", "write_doc"]


def example_path() -> Path:
    return resource_path("examples", "long-an-2022.ucd")


def example_doc() -> dict[str, Any]:
    """The example draft as its JSON document."""
    doc: dict[str, Any] = json.loads(example_path().read_text(encoding="utf-8"))
    return doc


def long_doc(paragraphs: int) -> dict[str, Any]:
    """The example with ``paragraphs`` body items, cycling through the example's body."""
    doc = example_doc()
    source = doc["notice"]["body"]
    body = []
    for i in range(paragraphs):
        item = copy.deepcopy(source[i % len(source)])
        item["id"] = f"{i:08x}"
        body.append(item)
    doc["notice"]["body"] = body
    return doc


def to_draft(doc: dict[str, Any]) -> Draft:
    """The draft as the app loads it (cleaned, typed)."""
    return draft_from_json(json.dumps(doc, ensure_ascii=False))


def write_doc(doc: dict[str, Any], path: Path) -> Path:
    atomic_write_text(path, json.dumps(doc, ensure_ascii=False, indent=1))
    return path
