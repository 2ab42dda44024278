"""PDF export: the real LibreOffice path (one soffice call for the module), the PDF check
(A4, fonts embedded) and every failure leaving files untouched (fake converters)."""

from __future__ import annotations

import io
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)

from tests.render.samples import example_notice, long_notice
from ucd_desktop.export.converters import ConversionError, Job, Reason, Stage
from ucd_desktop.export.converters.libreoffice import LibreOfficeConverter
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.export.pdf import (
    PdfReport,
    docx_file_to_pdf,
    export_pdf,
    inspect_pdf,
    notice_to_pdf,
)
from ucd_desktop.layout.build import build_layout
from ucd_desktop.storage.atomic import SaveError, atomic_write_bytes
from ucd_desktop.storage.drafts import save_draft

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
A4_PT = (595.28, 841.89)


def blank_pdf(width: float = A4_PT[0], height: float = A4_PT[1], pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width, height)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_unembedded_font() -> bytes:
    """One A4 page writing with Helvetica, referenced but not embedded."""
    writer = PdfWriter()
    page = writer.add_blank_page(*A4_PT)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 12 Tf 72 720 Td (Hi) Tj ET")
    page[NameObject("/Contents")] = ArrayObject([writer._add_object(content)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class FakeConverter:
    """Writes ``data`` as the PDF, or fails the way it is told to."""

    data: bytes = b""
    error: ConversionError | None = None
    key: str = "fake"
    name: str = "Fake Office"
    calls: int = 0

    def convert(self, source: Path, target: Path, job: Job) -> None:
        self.calls += 1
        assert source.read_bytes()[:2] == b"PK"  # the .docx the app exports
        job.report(Stage.STARTING)
        job.report(Stage.CONVERTING)
        if self.error is not None:
            raise self.error
        target.write_bytes(self.data)


# -- the real thing: LibreOffice ---------------------------------------------------------


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, bytes]]:
    """The example and a long notice converted by one LibreOffice run."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("pdf")
    sources = []
    for name, notice in (("example", example_notice()), ("long", long_notice(2))):
        path = folder / f"{name}.docx"
        atomic_write_bytes(path, render_docx(build_layout(notice)))
        sources.append(path)
    converter = LibreOfficeConverter(Path(SOFFICE), profile=folder / "profile")
    made = converter.convert_many(sources, folder / "out", Job())
    yield {p.stem: p.read_bytes() for p in made}


def test_libreoffice_pdf_is_a4_with_every_font_embedded(converted: dict[str, bytes]) -> None:
    for name, data in converted.items():
        report = inspect_pdf(data)
        assert report.all_a4 and not report.unembedded_fonts and not report.warnings(), name
        assert {"LiberationSerif", "LiberationSerif-Bold"} <= set(report.fonts)
        # Checked again by independent readers: pypdf's page boxes and pdfplumber's fonts.
        reader = PdfReader(io.BytesIO(data))
        for page in reader.pages:
            assert abs(float(page.mediabox.width) - A4_PT[0]) < 1
            assert abs(float(page.mediabox.height) - A4_PT[1]) < 1
            for font in page["/Resources"]["/Font"].values():
                descriptor = font.get_object()["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert len(pdf.pages) == report.pages
            assert {c["fontname"].split("+")[-1] for c in pdf.pages[0].chars} <= set(report.fonts)


def test_libreoffice_pdf_holds_the_notice(converted: dict[str, bytes]) -> None:
    with pdfplumber.open(io.BytesIO(converted["example"])) as pdf:
        first = pdf.pages[0].extract_text()
        last = pdf.pages[-1].extract_text()
    assert "THÔNG BÁO" in first and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "Nơi nhận" in last
    assert inspect_pdf(converted["long"]).pages > inspect_pdf(converted["example"]).pages


@needs_soffice
def test_export_pdf_writes_the_checked_pdf_and_never_the_draft(tmp_path: Path) -> None:
    draft_path = tmp_path / "bản nháp.ucd"
    from ucd_desktop.model.draft import Draft

    save_draft(Draft(notice=example_notice()), draft_path)
    before = draft_path.read_bytes()
    target = tmp_path / "Thông báo kết luận – Long An.pdf"
    stages: list[Stage] = []
    converter = LibreOfficeConverter(Path(str(SOFFICE)), profile=tmp_path / "profile")
    document = export_pdf(
        example_notice(), target, converter=converter, job=Job(progress=stages.append)
    )
    assert target.read_bytes() == document.data
    assert document.converter == "LibreOffice" and document.report.all_a4
    assert stages == [
        Stage.PREPARING,
        Stage.STARTING,
        Stage.CONVERTING,
        Stage.CHECKING,
        Stage.SAVING,
    ]
    assert draft_path.read_bytes() == before
    # Nothing else beside them: no temporary file, no stale lock on the LibreOffice profile.
    assert {p.name for p in tmp_path.iterdir()} == {draft_path.name, target.name, "profile"}


# -- the check ------------------------------------------------------------------------------


def test_inspect_reports_paper_and_fonts() -> None:
    assert inspect_pdf(blank_pdf(pages=2)) == PdfReport(((210.0, 297.0), (210.0, 297.0)))
    letter = inspect_pdf(blank_pdf(612, 792))
    assert not letter.all_a4
    assert letter.warnings() == ["Có trang không phải khổ A4 đứng: 216 × 279 mm."]
    landscape = inspect_pdf(blank_pdf(A4_PT[1], A4_PT[0]))
    assert not landscape.all_a4
    bare = inspect_pdf(pdf_with_unembedded_font())
    assert bare.all_a4 and bare.fonts == ("Helvetica",) and bare.unembedded_fonts == ("Helvetica",)
    assert "Helvetica" in bare.warnings()[0] and "chưa được nhúng" in bare.warnings()[0]


@pytest.mark.parametrize(
    "data", [b"", b"<html>error</html>", b"%PDF-1.7\n%%EOF", blank_pdf()[:200]]
)
def test_inspect_refuses_what_is_not_a_pdf(data: bytes) -> None:
    with pytest.raises(ConversionError) as caught:
        inspect_pdf(data)
    assert caught.value.reason is Reason.BAD_OUTPUT


# -- failures leave everything as it was -----------------------------------------------------


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    """An earlier PDF at the destination, which no failure may touch."""
    path = tmp_path / "Thông báo.pdf"
    path.write_bytes(b"%PDF-1.4 the earlier export")
    return path


@pytest.mark.parametrize(
    ("converter", "reason"),
    [
        (FakeConverter(error=ConversionError(Reason.CRASHED, "boom")), Reason.CRASHED),
        (FakeConverter(error=ConversionError(Reason.TIMEOUT, "slow")), Reason.TIMEOUT),
        (FakeConverter(data=b"not a pdf"), Reason.BAD_OUTPUT),
        (FakeConverter(data=b""), Reason.BAD_OUTPUT),
    ],
)
def test_a_failed_conversion_writes_nothing(
    existing: Path, converter: FakeConverter, reason: Reason
) -> None:
    with pytest.raises(ConversionError) as caught:
        export_pdf(example_notice(), existing, converter=converter)
    assert caught.value.reason is reason
    assert existing.read_bytes() == b"%PDF-1.4 the earlier export"
    assert sorted(p.name for p in existing.parent.iterdir()) == [existing.name]


def test_cancel_before_saving_writes_nothing(existing: Path) -> None:
    cancel = threading.Event()

    class CancelsWhileConverting(FakeConverter):
        def convert(self, source: Path, target: Path, job: Job) -> None:
            super().convert(source, target, job)
            cancel.set()  # the user clicks Cancel while the converter finishes

    with pytest.raises(ConversionError) as caught:
        export_pdf(
            example_notice(),
            existing,
            converter=CancelsWhileConverting(data=blank_pdf()),
            job=Job(cancel=cancel),
        )
    assert caught.value.reason is Reason.CANCELLED and str(caught.value) == "Đã hủy xuất PDF."
    assert existing.read_bytes() == b"%PDF-1.4 the earlier export"


def test_a_locked_destination_is_reported_and_left_alone(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ucd_desktop.storage.atomic as atomic

    real_replace = atomic.os.replace

    def replace(src: str, dst: str) -> None:
        if Path(dst) == existing:
            raise PermissionError(13, "in use")  # Windows: the PDF is open in a reader
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(SaveError) as caught:
        export_pdf(example_notice(), existing, converter=FakeConverter(data=blank_pdf()))
    assert caught.value.reason == "locked" and "Word" in str(caught.value)
    assert existing.read_bytes() == b"%PDF-1.4 the earlier export"
    assert sorted(p.name for p in existing.parent.iterdir()) == [existing.name]


def test_notice_to_pdf_keeps_the_pdf_in_memory(tmp_path: Path) -> None:
    pdf = blank_pdf(pages=3)
    document = notice_to_pdf(example_notice(), converter=FakeConverter(data=pdf))
    assert document.data == pdf and document.report.pages == 3 and document.warnings == []
    assert document.converter == "Fake Office"


def test_warnings_travel_with_the_pdf(tmp_path: Path) -> None:
    document = export_pdf(
        example_notice(), tmp_path / "a.pdf", converter=FakeConverter(data=blank_pdf(612, 792))
    )
    assert (tmp_path / "a.pdf").exists() and len(document.warnings) == 1


def test_docx_file_to_pdf_checks_its_input(tmp_path: Path) -> None:
    fake = FakeConverter(data=blank_pdf())
    text = tmp_path / "ghi chú.docx"
    text.write_text("không phải văn bản Word", encoding="utf-8")
    with pytest.raises(ConversionError) as caught:
        docx_file_to_pdf(text, tmp_path / "out.pdf", converter=fake)
    assert caught.value.reason is Reason.BAD_INPUT and "ghi chú.docx" in str(caught.value)
    with pytest.raises(ConversionError) as caught:
        docx_file_to_pdf(tmp_path / "không có.docx", tmp_path / "out.pdf", converter=fake)
    assert caught.value.reason is Reason.BAD_INPUT
    assert fake.calls == 0 and not (tmp_path / "out.pdf").exists()
    real = tmp_path / "thật.docx"
    atomic_write_bytes(real, render_docx(build_layout(example_notice())))
    before = real.read_bytes()
    docx_file_to_pdf(real, tmp_path / "out.pdf", converter=fake)
    assert (tmp_path / "out.pdf").read_bytes() == fake.data and real.read_bytes() == before
