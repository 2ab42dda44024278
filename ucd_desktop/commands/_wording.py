"""One way for every command to name a problem: "Lỗi — Họ tên người ký: …".

The severity word is the window's (Lỗi / Cảnh báo / Lưu ý) and the field is named as the
window names it, never by its path (``signature.name``).
"""

from __future__ import annotations

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.field_names import SEVERITY_NAMES, field_name
from ucd_desktop.model.notice import Notice
from ucd_desktop.model.problems import Problem, Severity

__all__ = ["problem_line", "severity_word"]


def severity_word(severity: Severity) -> str:
    """ "Lỗi", "Cảnh báo" or "Lưu ý" (in the user's language)."""
    return _(SEVERITY_NAMES[severity])


def problem_line(problem: Problem, notice: Notice | None) -> str:
    """ "Lỗi — Họ tên người ký: Chưa có họ tên người ký." """
    where = field_name(problem.field, notice) if problem.field else ""
    head = severity_word(problem.severity)
    return f"{head} — {where}: {problem.message}" if where else f"{head}: {problem.message}"
