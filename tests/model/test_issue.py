"""Tests for ucd_desktop.model.issue: what a notice becomes when the clerk issues it."""

from __future__ import annotations

import datetime as dt

import pytest

from ucd_desktop.model.draft import Draft, Issued
from ucd_desktop.model.issue import IssueError, issued_draft
from ucd_desktop.model.notice import Notice


def test_number_date_recorded_and_draft_mark_removed() -> None:
    draft = Draft(Notice(number="", draft_mark=True, day=None))
    issued = issued_draft(draft, " 07 ", dt.date(2026, 3, 5), "07-TB.docx")
    n = issued.notice
    assert (n.number, n.day, n.month, n.year, n.draft_mark) == ("07", 5, 3, 2026, False)
    assert issued.issued == Issued("07", "2026-03-05", "07-TB.docx")
    # The draft being edited is not touched.
    assert draft.notice.draft_mark and draft.notice.number == "" and draft.issued is None


@pytest.mark.parametrize("number", ["", "7a", "1234567", "１２"])
def test_a_number_that_is_not_digits_is_refused(number: str) -> None:
    draft = Draft(Notice(draft_mark=True))
    with pytest.raises(IssueError) as caught:
        issued_draft(draft, number, dt.date(2026, 3, 5))
    assert "6" in str(caught.value) and f"“{number}”" in str(caught.value)
    assert draft.notice.draft_mark
