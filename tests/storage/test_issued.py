"""Tests for ucd_desktop.storage.issued: the read-only copy beside the final .docx."""

from __future__ import annotations

import os
from pathlib import Path

from ucd_desktop.model.draft import Draft, Issued
from ucd_desktop.model.notice import Notice
from ucd_desktop.storage.drafts import load_draft
from ucd_desktop.storage.issued import save_issued_copy


def test_the_copy_is_read_only_and_replaced_by_a_second_issue(tmp_path: Path) -> None:
    docx = tmp_path / "07-TB.docx"
    first = Draft(Notice(number="7"), issued=Issued("7", "2026-03-05", docx.name))
    path = save_issued_copy(first, docx)
    assert path == tmp_path / "07-TB.ucd"
    assert not (path.stat().st_mode & 0o222)
    assert not os.access(path, os.W_OK) or os.geteuid() == 0
    second = Draft(Notice(number="8"), issued=Issued("8", "2026-03-06", docx.name))
    save_issued_copy(second, docx)
    loaded = load_draft(path)
    assert loaded.notice.number == "8" and loaded.issued == second.issued
    assert not (path.stat().st_mode & 0o222)
