"""Imported, exported, rendered by LibreOffice (one conversion for all) and measured.

The notices come from three kinds of source (a hand-made .docx, text copied from a
two-column PDF, a PDF); each exported file must print as the Decree asks: A4, the date
on the line of "Số:", the motto's rule as long as the motto, page numbers from page 2,
and the body's sentences word for word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.data.notices.texts import LONG_PARAGRAPHS, MINISTRY_BODY, PROVINCE_TASKS
from tests.reading.conftest import NOTICES, kept_share
from tests.render.harness import Pdf, convert
from ucd_desktop.export.docx_writer import export_docx
from ucd_desktop.model.notice import MOTTO
from ucd_desktop.reading import import_notice

pytestmark = [pytest.mark.render, pytest.mark.slow]

SOURCES = {
    "provincial": ("provincial-committee.docx", PROVINCE_TASKS + LONG_PARAGRAPHS),
    "two-column": ("two-column-pdf.txt", []),
    "ministry": ("ministry-office.pdf", MINISTRY_BODY),
}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Pdf]]:
    folder = tmp_path_factory.mktemp("imported")
    files: dict[str, Path] = {}
    for key, (name, _texts) in SOURCES.items():
        path = folder / f"{key}.docx"
        export_docx(import_notice(NOTICES / name).draft.notice, path)
        files[key] = path
    made = convert(list(files.values()), folder, folder / "lo-profile")
    yield {key: Pdf.read(made[path]) for key, path in files.items()}


@pytest.mark.parametrize("key", list(SOURCES))
def test_printed_as_the_decree_asks(pdfs: dict[str, Pdf], key: str) -> None:
    pdf = pdfs[key]
    assert (round(pdf.width), round(pdf.height)) == (595, 842)
    number = next(ln for ln in pdf.lines(0) if ln.text.startswith("Số:"))
    date = next(ln for ln in pdf.lines(0) if ", ngày" in ln.text)
    assert abs(number.baseline - date.baseline) < 0.5
    motto = pdf.find(MOTTO, page=0)
    below = [
        r
        for r in pdf.rules[0]
        if 0 < r.y - motto.baseline < 15 and abs(r.centre - motto.centre) < 5.0
    ]
    assert below, "no rule under the motto"
    assert abs(below[0].length - motto.width) < 2.0
    if pdf.page_count > 1:
        assert pdf.lines(1)[0].text == "2"
    assert all(ln.text != "1" for ln in pdf.lines(0)[:3])


@pytest.mark.parametrize("key", ["provincial", "ministry"])
def test_body_sentences_kept_in_print(pdfs: dict[str, Pdf], key: str) -> None:
    pdf = pdfs[key]
    printed = " ".join(ln.text for ln in pdf.all_lines() if not ln.text.isdigit())
    assert kept_share(SOURCES[key][1], printed) >= 0.98
    assert pdfs["provincial"].page_count >= 2
