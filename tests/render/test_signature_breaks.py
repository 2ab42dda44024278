"""The recipients and signature block never starts a page alone: a sweep of body lengths.

Notices whose body grows by one line at a time move the page break across every
position near the end of the notice, with a closing of one line, of two lines and of
four, and with an appendix after the signature. Each is rendered by LibreOffice (one
call for all) and paginated by the preview: on the page where the block starts, at
least two lines of the notice stand above it (the last one ending "./."), and the
preview puts the block on the same page with the same lines above it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.render import samples
from tests.render.harness import Frame, Pdf, convert, flow_lines
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.blocks import DocumentLayout
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.closing import RECIPIENTS_HEADING
from ucd_desktop.layout.paginate import paginate
from ucd_desktop.model.notice import Appendix, BodyItem, ItemKind, Notice
from ucd_desktop.storage.atomic import atomic_write_bytes

pytestmark = pytest.mark.render

ONE_LINE = "Văn phòng thông báo để các cơ quan biết, thực hiện (kèm theo Phụ lục)."
CLOSINGS = {
    "one": ONE_LINE,
    "two": samples.one_page_notice().closing,
    "four": samples.one_page_notice().closing + " " + samples.SENTENCES[1],
    # The notice of the issue: an appendix after the signature, a closing of one line.
    "appendix": ONE_LINE,
}
#: One-line bullets added: the block crosses the foot of page 1 within this range.
EXTRA = range(0, 15)


def sweep_notice(closing: str, extra: int, appendix: bool = False) -> Notice:
    notice = samples.one_page_notice()
    notice.recipients = samples._recipients()
    notice.closing = closing
    if appendix:
        notice.appendices = [
            Appendix(
                title="Danh mục nhiệm vụ",
                items=[BodyItem(ItemKind.BULLET, text=t) for t in samples.SENTENCES],
            )
        ]
    notice.body += [
        BodyItem(ItemKind.BULLET, text=f"Kiểm tra, giám sát việc thực hiện nhiệm vụ số {i + 1}.")
        for i in range(extra)
    ]
    return notice


@dataclass
class Swept:
    name: str
    layout: DocumentLayout
    pdf: Pdf


@pytest.fixture(scope="module")
def swept(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Swept]]:
    folder = tmp_path_factory.mktemp("sweep")
    made = []
    for key, closing in CLOSINGS.items():
        for extra in EXTRA:
            layout = build_layout(sweep_notice(closing, extra, key == "appendix"))
            path = folder / f"sweep-{key}-{extra:02d}.docx"
            atomic_write_bytes(path, render_docx(layout, now=samples.NOW))
            made.append((path, layout))
    pdfs = convert([p for p, _l in made], folder, folder / "lo-profile")
    yield [Swept(p.stem, layout, Pdf.read(pdfs[p])) for p, layout in made]


def _printed(doc: Swept) -> tuple[int, list[str]]:
    """LibreOffice: the page the block starts on and the lines of text above it there."""
    frame = Frame.of(doc.layout)
    heading = doc.pdf.find(RECIPIENTS_HEADING, None, frame.left, frame.left + 60)
    above = [
        ln.text
        for ln in flow_lines(doc.pdf, frame)
        if ln.page == heading.page and ln.baseline < heading.baseline - 1
    ]
    return heading.page, above


def _previewed(doc: Swept) -> tuple[int, list[str]]:
    """The preview's paginator: the same."""
    top = Frame.of(doc.layout).top
    for index, page in enumerate(paginate(doc.layout)):
        heads = [t.y for t in page.texts if t.text == RECIPIENTS_HEADING]
        if heads:
            rows: dict[float, list[tuple[float, str]]] = {}
            for t in page.texts:
                if top - 1 <= t.y < heads[0] - 1:
                    rows.setdefault(round(t.y, 1), []).append((t.x, t.text))
            return index, [" ".join(s for _x, s in sorted(r)) for _y, r in sorted(rows.items())]
    raise AssertionError(f"no {RECIPIENTS_HEADING!r} in the preview of {doc.name}")


def test_the_block_never_starts_a_page_alone(swept: list[Swept]) -> None:
    failures = []
    for doc in swept:
        page, above = _printed(doc)
        if len(above) < 2 or not above[-1].endswith("./."):
            failures.append(f"{doc.name}: page {page + 1} starts with {above}")
    assert not failures, "\n".join(failures)


def test_the_sweep_crosses_the_page_foot_at_every_position(swept: list[Swept]) -> None:
    """The test above is exercised: for each closing, the block stays on page 1 in some
    notices and starts page 2 in others, with as little above it as allowed: the
    closing kept whole, and a closing of one line with the line before it."""
    least = {"one": 2, "two": 2, "four": 4, "appendix": 2}
    for key in CLOSINGS:
        seen = [_printed(d) for d in swept if d.name.startswith(f"sweep-{key}-")]
        assert {page for page, _above in seen} == {0, 1}, key
        assert min(len(above) for page, above in seen if page == 1) == least[key], key


def test_the_preview_breaks_the_pages_as_libreoffice_does(swept: list[Swept]) -> None:
    failures = []
    for doc in swept:
        lo_page, lo_above = _printed(doc)
        page, above = _previewed(doc)
        if page != lo_page or len(above) != len(lo_above):
            failures.append(f"{doc.name}: LibreOffice {lo_page + 1}/{len(lo_above)}, ")
            failures[-1] += f"preview {page + 1}/{len(above)}"
    assert not failures, "\n".join(failures)
