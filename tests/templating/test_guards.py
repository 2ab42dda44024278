from __future__ import annotations

from collections.abc import Iterator

import pytest
from jinja2 import Environment

from ucd_desktop.templating.guards import (
    MAX_BLOCK_DEPTH,
    format_width,
    method_result_size,
    nesting_problem,
    prepared_join_argument,
)


@pytest.mark.parametrize(
    ("owner", "name", "args", "expected"),
    [
        ("abab", "replace", ("a", "xyz"), 4 + 2 * 2),
        ("abab", "replace", ("a", "xyz", 1), 4 + 2),
        ("ab", "replace", ("", "--"), 2 + 3 * 2),
        ("a\tb\t", "expandtabs", (8,), 4 + 2 * 8),
        ("x", "ljust", (50,), 50),
        ("x", "zfill", (7,), 7),
        ("xx", "translate", ({120: "abc"},), 6),
        ("-", "join", (["ab", "c"],), 4),
        ("{:>40}", "format", (1,), 6 + 40 + 1),
        ("{0:{1}}", "format", (1, "999"), 7 + 1 + 1 + 999 + (1 + 3) * 2),
        ("abc", "upper", (), 0),
    ],
)
def test_method_sizes_are_known_before_the_call(
    owner: str, name: str, args: tuple[object, ...], expected: int
) -> None:
    size = method_result_size(owner, name, args, {})
    assert size == expected
    if expected:  # a bound, never below what the method really makes
        assert size >= len(getattr(owner, name)(*args))


def test_format_width_adds_every_field() -> None:
    assert format_width("{:>10}{:.5}") == 15
    assert format_width("%10.3s") == 13
    assert format_width("{") == 0  # not a format: the call itself will say so


def test_a_generator_is_read_no_further_than_the_limit() -> None:
    def endless() -> Iterator[str]:
        while True:
            yield "x"

    assert prepared_join_argument(endless(), 10) is None
    assert prepared_join_argument(iter("abc"), 10) == ["a", "b", "c"]


def nest(depth: int) -> str:
    return "{% if 1 %}" * depth + "x" + "{% endif %}" * depth


def test_nesting_is_counted_on_the_parsed_template() -> None:
    env = Environment()
    assert nesting_problem(env.parse(nest(MAX_BLOCK_DEPTH))) is None
    assert nesting_problem(env.parse(nest(MAX_BLOCK_DEPTH + 1))) == "blocks"
    chain = "{% if a %}1" + "{% elif b %}2" * 50 + "{% endif %}"
    assert nesting_problem(env.parse(chain)) is None  # elif is beside, not inside
    assert nesting_problem(env.parse("{{ 1" + "|string" * 200 + " }}")) == "expressions"
