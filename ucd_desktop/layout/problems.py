"""What ``validate`` reports: the model's problems, and those only the layout can see.

The model cannot lay a notice out (the layers go layout -> model), so the problems that
need measured text live here: a governing or issuing body line too long for the header's
left column, printed broken where a clerk would break it (``layout.header_fit``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ucd_desktop.layout.build import page_geometry
from ucd_desktop.layout.header import choose_header
from ucd_desktop.model import validate as model_validate
from ucd_desktop.model.notice import Notice
from ucd_desktop.model.problems import Problem, Severity

__all__ = ["layout_problems", "validate"]

_HEADER_FIELDS = ("governing_body", "issuing_body")


def layout_problems(notice: Notice) -> Iterator[Problem]:
    """Each drafter's header line that had to be broken, with the lines it prints as."""
    for b in choose_header(notice, page_geometry(notice.page).text_width).breaks:
        params = {"text": b.original, "lines": " / ".join(b.lines)}
        yield Problem(b.field, "header-line-broken", Severity.INFO, params)


def validate(notice: Notice) -> list[Problem]:
    """All problems of ``notice`` in the order of the fields on the page: the model's
    (``model.validate``), the layout's after the other problems of the header's lines."""
    problems = model_validate.validate(notice)
    extra = list(layout_problems(notice))
    if not extra:
        return problems
    at = max((i + 1 for i, p in enumerate(problems) if p.field in _HEADER_FIELDS), default=0)
    return problems[:at] + extra + problems[at:]
