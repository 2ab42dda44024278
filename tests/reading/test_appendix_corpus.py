"""Notices with appendices, from every kind of source, imported and exported again.

The corpus: our own export of a notice with two appendices (.docx), the same printed to
PDF by LibreOffice, that PDF as text (pdftotext, as when text is copied from a PDF), a
hand-made .docx in a clerk's style and a notice typed as plain text. Each must import
with its appendices (never as recipients), export with no Decree-30 finding from
``check``, and keep at least 98 % of the sentences of the original, appendices
included. The "(Kèm theo …)" line is left out of the count: the layout writes it
again from the notice's number and date, as it does "./." and the numbering; and a
heading typed "PHỤ LỤC I" is expected back as the Decree writes it, "Phụ lục I".
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from tests.data.notices.appendix_texts import TEXT_NOTICE
from tests.reading.conftest import NOTICES, kept_share
from tests.render.appendix_samples import two_appendix_notice
from tests.render.harness import convert
from ucd_desktop.checking import check_docx
from ucd_desktop.export.docx_writer import export_docx
from ucd_desktop.reading import import_notice

pytestmark = [pytest.mark.render, pytest.mark.slow]


def docx_paragraphs(path: Path) -> list[str]:
    """Every paragraph of a .docx in order, table cells included."""
    document = docx.Document(str(path))
    body = document.element.body
    out = []
    for p in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
        texts = p.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")
        out.append("".join(t.text or "" for t in texts))
    return [t for t in out if t.strip()]


def _original(paragraphs: list[str]) -> list[str]:
    """The paragraphs whose sentences must come back: "PHỤ LỤC I" as the Decree writes
    it ("Phụ lục I"), the "Kèm theo" line left out (both are the layout's to write)."""
    out = [p for p in paragraphs if not p.lstrip().startswith("(Kèm theo")]
    return [re.sub(r"^PHỤ LỤC\b", "Phụ lục", p.strip()) for p in out]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Path, int]]]:
    """Source files by name, with the number of appendices each holds."""
    folder = tmp_path_factory.mktemp("appendix-corpus")
    ours = folder / "ours.docx"
    export_docx(two_appendix_notice(), ours)
    hand = folder / "hand-made.docx"
    shutil.copy(NOTICES / "appendix-hand-made.docx", hand)
    pdfs = convert([ours, hand], folder, folder / "lo-profile")
    pdf = pdfs[ours]
    text = folder / "ours-pdftotext.txt"
    subprocess.run(["pdftotext", str(pdf), str(text)], check=True, timeout=60)
    typed = folder / "typed.txt"
    typed.write_text(TEXT_NOTICE, encoding="utf-8")
    yield {
        "ours.docx": (ours, 2),
        "ours.pdf": (pdf, 2),
        "ours-pdftotext.txt": (text, 2),
        "hand-made.docx": (hand, 2),
        "hand-made.pdf": (pdfs[hand], 2),
        "typed.txt": (typed, 1),
    }


ORIGINALS = {
    "ours.docx": "ours.docx",
    "ours.pdf": "ours.docx",
    "ours-pdftotext.txt": "ours.docx",
    "hand-made.docx": "hand-made.docx",
    "hand-made.pdf": "hand-made.docx",
}


@pytest.mark.parametrize(
    "name",
    ["ours.docx", "ours.pdf", "ours-pdftotext.txt", "hand-made.docx", "hand-made.pdf", "typed.txt"],
)
def test_imports_exports_clean_and_keeps_the_sentences(
    corpus: dict[str, tuple[Path, int]], name: str, tmp_path: Path
) -> None:
    source, count = corpus[name]
    result = import_notice(source)
    notice = result.draft.notice
    assert len(notice.appendices) == count
    assert all(a.title and a.items for a in notice.appendices)
    assert not any(
        r.text.startswith(("(Kèm theo", "Phụ lục", "PHỤ LỤC")) for r in notice.recipients
    )
    out = tmp_path / "again.docx"
    export_docx(notice, out)
    report = check_docx(out)
    assert report.ok, [str(f) for f in report.findings]
    if name == "typed.txt":
        original = [ln for ln in TEXT_NOTICE.splitlines() if ln.strip()]
        original = [ln.split(" (Kèm theo")[0] for ln in original]
    else:
        original = docx_paragraphs(corpus[ORIGINALS[name]][0])
    share = kept_share(_original(original), " ".join(docx_paragraphs(out)))
    print(f"{name}: {share:.1%} of the sentences kept")
    assert share >= 0.98
