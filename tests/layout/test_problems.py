"""Tests for ucd_desktop.layout.problems: the model's problems and the layout's."""

from __future__ import annotations

from tests.model.test_validate import good
from ucd_desktop.layout.problems import validate
from ucd_desktop.model import validate as model_validate
from ucd_desktop.model.problems import Severity


def test_a_header_line_broken_for_the_drafter_is_reported_with_its_lines() -> None:
    n = good()
    n.issuing_body = ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]
    n.governing_body = ["ubnd tỉnh long an"]  # a problem of the header's own, first
    problems = validate(n)
    codes = [p.code for p in problems]
    assert codes[:2] == ["governing-body-case", "header-line-broken"]
    problem = problems[1]
    assert problem.field == "issuing_body" and problem.severity is Severity.INFO
    assert "“SỞ VĂN HÓA, / THỂ THAO VÀ DU LỊCH”" in problem.message
    # The model's problems are all there, in their order.
    assert [p for p in problems if p.code != "header-line-broken"] == model_validate.validate(n)


def test_nothing_to_say_when_the_drafter_broke_the_line() -> None:
    n = good()
    n.issuing_body = ["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]
    assert "header-line-broken" not in {p.code for p in validate(n)}
    assert validate(good()) == []
