"""Tests for ucd_desktop.export.issue: the steps of issuing, put together once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from tests.render.samples import example_notice
from ucd_desktop.export.issue import issue_notice
from ucd_desktop.model.draft import Draft
from ucd_desktop.storage.atomic import SaveError
from ucd_desktop.storage.drafts import load_draft

DATE = dt.date(2026, 3, 5)


def _draft() -> Draft:
    notice = example_notice()
    notice.draft_mark, notice.number = True, ""
    return Draft(notice)


def test_issue_writes_the_final_docx_and_a_read_only_copy(tmp_path: Path) -> None:
    draft = _draft()
    result = issue_notice(draft, "12", DATE, tmp_path / "12-TB.docx")
    assert result is not None and result.docx == tmp_path / "12-TB.docx"
    text = "\n".join(p.text for p in docx.Document(str(result.docx)).paragraphs)
    tables = "\n".join(c.text for t in docx.Document(str(result.docx)).tables for c in t._cells)
    assert "DỰ THẢO" not in text + tables and "Số: 12/" in tables
    assert result.copy is not None and not (result.copy.stat().st_mode & 0o222)
    copy = load_draft(result.copy)
    assert copy.issued is not None and copy.issued.docx == "12-TB.docx"
    assert copy.notice.number == "12" and not copy.notice.draft_mark
    assert draft.notice.draft_mark and draft.issued is None  # the caller adopts the result


def test_the_name_the_writer_settled_on_is_recorded(tmp_path: Path) -> None:
    other = tmp_path / "khác.docx"

    def write(issued: Draft, path: Path) -> Path:
        assert issued.issued is not None and issued.issued.docx == path.name
        other.write_bytes(b"PK")
        return other

    result = issue_notice(_draft(), "3", DATE, tmp_path / "3.docx", write=write)
    assert result is not None and result.docx == other
    assert result.draft.issued is not None and result.draft.issued.docx == "khác.docx"
    assert result.copy == tmp_path / "khác.ucd"


def test_a_writer_that_gives_up_leaves_nothing(tmp_path: Path) -> None:
    assert issue_notice(_draft(), "3", DATE, tmp_path / "3.docx", write=lambda d, p: None) is None
    assert list(tmp_path.iterdir()) == []


def test_a_copy_that_cannot_be_saved_is_reported_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(draft: Draft, docx: Path) -> Path:
        raise SaveError(docx, "denied", "Không ghi được bản lưu.")

    monkeypatch.setattr("ucd_desktop.export.issue.save_issued_copy", refuse)
    result = issue_notice(_draft(), "3", DATE, tmp_path / "3.docx")
    assert result is not None and result.docx.is_file()
    assert result.copy is None and "bản lưu" in result.copy_error
