"""The example's export holds the seed notice word for word, typing slips included.

tests/data/seed-notice.md is the real notice the example was made from. Every line of
it must appear verbatim inside one paragraph of the exported .docx; the only
difference allowed is punctuation the writer adds by rule (the ";" after a recipient
that the seed forgot).
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.export.parts import body_paragraph_texts, docx_bytes
from tests.render.samples import SEED


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def seed_lines() -> list[str]:
    """The seed's lines without Markdown (headings, emphasis, hard-break spaces)."""
    out = []
    for raw in SEED.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^#+\s*", "", raw.strip()).replace("*", "")
        if line.strip():
            out.append(_norm(line))
    return out


def test_seed_has_what_the_test_needs() -> None:
    lines = seed_lines()
    assert len(lines) >= 35
    assert "Số: /TB-UBND" in lines and "Nơi nhận:" in lines


@pytest.fixture(scope="module")
def exported() -> list[str]:
    return [_norm(t) for t in body_paragraph_texts(docx_bytes("example"))]


@pytest.mark.parametrize("line", seed_lines(), ids=lambda s: s[:40])
def test_every_seed_line_is_in_the_export(line: str, exported: list[str]) -> None:
    assert any(line in paragraph for paragraph in exported), line


def test_typing_slips_are_kept(exported: list[str]) -> None:
    text = "\n".join(exported)
    assert "Phối hợp với Đảng ủy khởi các cơ quan, doanh nghiệp" in text
    assert "- Phòng VHXXH+KTTC;" in exported
    # The rule punctuation the writer adds: ";" after the recipient the seed left bare.
    assert "- CT, các PCT. UBND tỉnh;" in exported
    assert sum(p.count("./.") for p in exported) == 1
