"""One LibreOffice conversion for the whole test session, shared by the render tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from tests.render import samples
from tests.render.harness import Frame, Pdf, convert
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.blocks import DocumentLayout
from ucd_desktop.layout.build import build_layout
from ucd_desktop.model.notice import Notice
from ucd_desktop.storage.atomic import atomic_write_bytes

#: Every document the render tests measure.
DOCUMENTS: dict[str, Callable[[], Notice]] = {
    "example": samples.example_notice,
    "one-page": samples.one_page_notice,
    "nasty": samples.nasty_notice,
    "long": samples.long_notice,
    **{
        f"break-{k:02d}": (lambda k=k: samples.break_notices()[k])  # type: ignore[misc]
        for k in range(len(samples.break_notices()))
    },
}


@dataclass
class Rendered:
    name: str
    notice: Notice
    layout: DocumentLayout
    pdf: Pdf

    @property
    def frame(self) -> Frame:
        return Frame.of(self.layout)


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Rendered]]:
    folder = tmp_path_factory.mktemp("render")
    made: dict[str, tuple[Notice, DocumentLayout]] = {}
    files = []
    for name, make in DOCUMENTS.items():
        notice = make()
        layout = build_layout(notice)
        path = folder / f"{name}.docx"
        atomic_write_bytes(path, render_docx(layout, now=samples.NOW))
        made[name] = (notice, layout)
        files.append(path)
    pdfs = convert(files, folder, folder / "lo-profile")
    yield {
        name: Rendered(name, notice, layout, Pdf.read(pdfs[folder / f"{name}.docx"]))
        for name, (notice, layout) in made.items()
    }


@pytest.fixture
def example(rendered: dict[str, Rendered]) -> Rendered:
    return rendered["example"]
