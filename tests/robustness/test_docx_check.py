"""The fast audit finds what openxml-audit finds: the memo never hides a broken file."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator

from tests.conftest import EXAMPLE
from tests.robustness.docx_check import DocxAudit, document_text, letters
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.storage.drafts import load_draft

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _example_docx() -> bytes:
    return render_docx(build_layout(load_draft(EXAMPLE).notice))


def _replace_part(data: bytes, name: str, edit: tuple[str, str]) -> bytes:
    """``data`` with the first ``edit[0]`` in part ``name`` replaced by ``edit[1]``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == name:
                text = body.decode()
                assert edit[0] in text, edit[0]
                body = text.replace(edit[0], edit[1], 1).encode()
            dst.writestr(info, body)
    return out.getvalue()


#: Each breaks one rule in an element shape that the valid example also has, so a memo
#: keyed too loosely would wrongly pass it.
BREAKS = {
    "children out of schema order": ("<w:jc ", '<w:ind w:left="0"/><w:jc '),
    "negative column width": ('<w:gridCol w:w="', '<w:gridCol w:w="-'),
    "attribute value outside its type": ('w:lineRule="auto"', 'w:lineRule="sometimes"'),
    "undeclared element": ("<w:keepNext/>", "<w:keepNext/><w:nonsense/>"),
    "missing required attribute": ('<w:sz w:val="', '<w:sz w:valx="'),
}


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> DocxAudit:
    return DocxAudit(tmp_path_factory.mktemp("plain"), memo=False)


def test_a_valid_notice_passes_both(audit: DocxAudit, plain: DocxAudit) -> None:
    data = _example_docx()
    assert audit.problems(data) == [] and plain.problems(data) == []


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_a_broken_notice_fails_both_after_valid_ones_filled_the_memo(
    name: str, audit: DocxAudit, plain: DocxAudit
) -> None:
    data = _example_docx()
    assert audit.problems(data) == []  # the memo now holds every shape of the example
    broken = _replace_part(data, "word/document.xml", BREAKS[name])
    found, expected = audit.problems(broken), plain.problems(broken)
    assert expected, f"openxml-audit itself accepts: {name}"
    assert found, f"the memo hides: {name}"


def test_the_memo_skips_what_it_has_seen(tmp_path: Path) -> None:
    fresh = DocxAudit(tmp_path)
    layout = build_layout(load_draft(EXAMPLE).notice)
    assert fresh.problems(render_docx(layout, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))) == []
    assert fresh.memo is not None
    first = fresh.memo.skipped
    # Another file (another timestamp) with the same element shapes: they are skipped.
    assert fresh.problems(render_docx(layout, now=dt.datetime(2027, 1, 1, tzinfo=dt.UTC))) == []
    assert fresh.validated == 2 and fresh.memo.skipped > first


def test_unreadable_bytes_are_reported_not_raised(audit: DocxAudit) -> None:
    assert audit.problems(b"PK\x03\x04 not really a zip")
    data = _example_docx()
    bad_xml = _replace_part(data, "word/document.xml", ("<w:body>", "<w:body><w:p>"))
    assert any("cannot reopen" in p for p in audit.problems(bad_xml))


def test_a_plain_validator_agrees_on_the_example(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(_example_docx())
    assert OpenXmlValidator().validate(path).is_valid


def test_letters_keep_only_what_a_reader_reads() -> None:
    assert letters("Ủy ban **nhân** dân, tỉnh Long An./.") == "ủybannhândântỉnhlongan"
    assert letters("Hòa Bình") == letters("Hòa Bình")  # decomposed input: same letters
    assert "ủybannhândân" in letters(document_text(_example_docx()))
