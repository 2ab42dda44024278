from __future__ import annotations

import time

import pytest
from jinja2.exceptions import SecurityError

from ucd_desktop.templating.binding import make_environment
from ucd_desktop.templating.sandbox import LimitError, Limits


def render(source: str, **context: object) -> str:
    return make_environment(Limits(seconds=1.0)).render_limited(source, dict(context))


def test_ordinary_templates_render() -> None:
    assert render("{{ a }} và {{ b|upper }}", a="x", b="y") == "x và Y"
    assert render("{% for i in range(3) %}{{ i }}{% endfor %}") == "012"


@pytest.mark.parametrize(
    "source",
    [
        "{{ 'x' * 300000000 }}",
        "{{ [1] * 300000000 }}",
        "{{ 10 ** 100000 }}",
        "{% set ns = namespace(s='xx') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}{{ ns.s|length }}",
        "{% set ns = namespace(s='xx') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}"
        "{% endfor %}{{ ns.s|length }}",
        "{{ ('x' * 100000)|replace('x', 'yyyyyyyyyy') }}",
        "{{ range(100000)|join('x' * 1000) }}",
        "{{ 'x'|center(300000000) }}",
        "{{ ('x\\n' * 99999)|indent(1000) }}",
        "{{ '{:>300000000}'.format(1) }}",
        "{{ '%300000000s' % 1 }}",
    ],
)
def test_size_limits(source: str) -> None:
    start = time.monotonic()
    with pytest.raises(LimitError):
        render(source)
    assert time.monotonic() - start < 5  # bounded: refused, not computed


@pytest.mark.parametrize(
    "source",
    [
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    ],
)
def test_time_and_recursion_limits(source: str) -> None:
    with pytest.raises((LimitError, RecursionError)):
        render(source)


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{{ a.__class__.__init__.__globals__ }}",
    ],
)
def test_python_internals_are_out_of_reach(source: str) -> None:
    with pytest.raises((SecurityError, Exception)) as info:
        render(source, a="x")
    assert "os" not in render("{{ 'ok' }}")
    assert info.type is not None


def test_internals_raise_security_errors_specifically() -> None:
    with pytest.raises(SecurityError):
        render("{{ ''.__class__.__mro__ }}")


def test_the_deadline_chains_the_tracer_that_was_installed() -> None:
    """A coverage tool or debugger installed before rendering still sees the lines of
    the filters a template runs, and is back in place afterwards."""
    import sys
    from pathlib import Path
    from types import FrameType
    from typing import Any

    from ucd_desktop.templating import filters

    seen: set[int] = set()
    target = Path(filters.__file__).resolve()

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if Path(frame.f_code.co_filename).resolve() == target:
            if event == "line":
                seen.add(frame.f_lineno)
            return tracer
        return None

    assert render("{{ n|so }}", n=1) == "1"  # Babel's locale data loaded, untraced
    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        assert render("{{ n|so }}", n=1234567) == "1.234.567"  # a variable: not folded
        assert sys.gettrace() is tracer
    finally:
        sys.settrace(previous)
    first_line = filters.number.__code__.co_firstlineno
    assert any(line > first_line for line in seen), sorted(seen)


def test_the_deadline_still_stops_a_loop_under_another_tracer() -> None:
    import sys
    from types import FrameType
    from typing import Any

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        with pytest.raises(LimitError):
            make_environment(Limits(seconds=0.3)).render_limited(
                "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
                {},
            )
    finally:
        sys.settrace(previous)
