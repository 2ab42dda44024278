"""Issuing: the clerk gives the signed notice its number and date.

``issued_draft`` is what the notice becomes: a copy of the draft with the number and
date written in, the "DỰ THẢO" mark removed and the issue recorded (``Draft.issued``).
The draft itself is left as it is; the window adopts the copy as one undo step.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft, Issued

__all__ = ["IssueError", "issued_draft"]

#: The number the clerk gives: digits only (the leading zero is the layout's business).
_NUMBER = re.compile(r"[0-9]{1,6}")


class IssueError(ValueError):
    """Issuing data that cannot be recorded; ``str()`` is the message for the user."""


def issued_draft(draft: Draft, number: str, date: dt.date, docx_name: str = "") -> Draft:
    """``draft`` as issued under ``number`` on ``date``, its final file ``docx_name``."""
    number = number.strip()
    if not _NUMBER.fullmatch(number):
        raise IssueError(
            _("The number given by the clerk must be 1 to 6 digits (found “{number}”).").format(
                number=number
            )
        )
    issued = copy.deepcopy(draft)
    n = issued.notice
    n.number = number
    n.day, n.month, n.year = date.day, date.month, date.year
    n.draft_mark = False
    issued.issued = Issued(number, date.isoformat(), docx_name)
    return issued
