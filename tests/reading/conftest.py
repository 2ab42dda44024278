"""Test notices shared by the reading and checking tests."""

from __future__ import annotations

import re
from pathlib import Path

NOTICES = Path(__file__).resolve().parent.parent / "data" / "notices"
SEED = Path(__file__).resolve().parent.parent / "data" / "seed-notice.md"

_LABEL = re.compile(r"^(\d+\.|[a-zđ]\)|-|[IVX]+\.)\s+")


def sentences(paragraphs: list[str]) -> list[str]:
    """The sentences (three words or more) of ``paragraphs``, typed labels taken off."""
    out: list[str] = []
    for paragraph in paragraphs:
        text = _LABEL.sub("", paragraph.strip())
        for sentence in re.split(r"(?<=[.!?;:])\s+", text):
            if len(sentence.split()) >= 3:
                out.append(" ".join(sentence.split()))
    return out


def kept_share(original: list[str], exported_text: str) -> float:
    """Share of the sentences of ``original`` found word for word in ``exported_text``."""
    wanted = sentences(original)
    flat = " ".join(exported_text.split())
    return sum(1 for s in wanted if s in flat) / len(wanted)
