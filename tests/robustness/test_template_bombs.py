"""Template bombs and template errors, generated: every one ends in a TemplateError that
names the template and the line, and no bomb allocates its result before it is refused.

Round 2 of the hostile review found string methods and the ``format`` filter building
gigabytes before the size cap looked (``replace``, ``join``, ``expandtabs``, padding,
``translate``, ``'%999999999s'|format``), errors escaping as KeyError / IndexError /
LookupError, and 25 nested ``for`` or 120 nested ``if`` ending in Python's SyntaxError.
Sizes here are drawn between 2 and 60 MB: enough to see a bomb that is built first
(tracemalloc's peak), small enough for the test machine either way.
"""

from __future__ import annotations

import tracemalloc
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from tests.robustness.conftest import settings_for
from ucd_desktop.templating.binding import make_environment, render_source
from ucd_desktop.templating.guards import MAX_BLOCK_DEPTH
from ucd_desktop.templating.sandbox import Limits
from ucd_desktop.templating.template import TemplateError

STATS: Counter[str] = Counter()
LIMITS = Limits(seconds=1.0)
#: A refused bomb allocates next to nothing; the largest allowed text is 200,000
#: characters (800 KB at 4 bytes a character), so a few megabytes is already a bomb.
PEAK_LIMIT = 8 * 1024 * 1024


@st.composite
def bomb(draw: st.DrawFn) -> str:
    """An expression whose result is 2-60 million characters, made by one operation."""
    big = draw(st.integers(2_000_000, 60_000_000))
    root = draw(st.integers(1_500, 8_000))  # root * (big // root) is the result's size
    times = big // root
    char = draw(st.sampled_from(["x", "ư", "\t", " "]))
    return draw(
        st.sampled_from(
            [
                f"('{char}' * {root}).replace('{char}', '{char}' * {min(times, 199_999)})",
                f"('ab' * {root}).replace('', 'c' * {min(times, 199_999)})",
                f"('{char}' * {min(times, 199_999)}).join(['y'] * {root})",
                f"('{char}' * {min(times, 199_999)}).join(range({root})|map('string'))",
                f"('\\t' * {root}).expandtabs({min(times, 199_999)})",
                f"('{char}' * {root}).translate({{{ord(char)}: 'z' * {min(times, 199_999)}}})",
                f"'%{big}s'|format('a')",
                f"'%{big}s' % 'a'",
                f"'{{0:{{1}}}}'.format(1, '{big}')",
                f"'{{:>{big}}}'.format(1)",
                f"'{{0:>{{1}}}}'.format('x', '{big}')",
            ]
        )
    )


#: Expressions whose evaluation raises something other than Jinja's own errors.
FAILING = st.sampled_from(
    [
        "{}.pop('a')",
        "[].pop()",
        "{'a': 1}['b']",
        "[1][5]",
        "'{0}{1}'.format(1)",
        "'{a}'.format(b=1)",
        "'{0:d}'.format('x')",
        "'a'.encode('rot13')",
        "'a'.encode('zlib')",
        "'a'.encode('no-such-codec')",
        "1 // 0",
        "1 % 0",
        "'a'.center(5, 'xy')",
        "range(1, 2, 0)",
        "'%d' % 'x'",
        "'%(a)s' % {}",
        "[1, 'a'] | sort",
        "(1).bit_length(5)",
        "'abc'.index('z')",
        "dict(a=1).popitem() and {}.popitem()",
    ]
)

BLOCKS = st.sampled_from(
    [
        ("{% for a in [1] %}", "{% endfor %}"),
        ("{% if 1 %}", "{% endif %}"),
        ("{% with b = 1 %}", "{% endwith %}"),
        ("{% filter upper %}", "{% endfilter %}"),
        ("{% set c %}", "{% endset %}"),
    ]
)


def render(source: str) -> str:
    return render_source(make_environment(LIMITS), source, {}, where="Mẫu thử", line=10)


def plain(exc: TemplateError) -> None:
    message = str(exc)
    assert "Mẫu thử" in message and "Traceback" not in message, message
    assert exc.line is not None and exc.line >= 10, message


@settings_for(60)
@given(expression=bomb(), before=st.integers(0, 3))
def test_a_bomb_is_refused_before_it_allocates(expression: str, before: int) -> None:
    source = "Dòng đầu\n" * before + "{{ " + expression + " }}"
    tracemalloc.start()
    try:
        render(source)
    except TemplateError as exc:
        plain(exc)
        assert exc.line == 10 + before, (exc.line, source)
    else:
        raise AssertionError(f"rendered: {expression}")
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < PEAK_LIMIT, f"{peak / 2**20:.0f} MB allocated by {expression}"
    STATS["bombs refused"] += 1


@settings_for(80)
@given(expression=FAILING, before=st.integers(0, 5), wrap=st.booleans())
def test_any_failing_expression_is_one_template_error_with_its_line(
    expression: str, before: int, wrap: bool
) -> None:
    inner = "{{ " + expression + " }}"
    if wrap:
        inner = "{% for i in [1, 2] %}" + inner + "{% endfor %}"
    source = "Dòng\n" * before + inner
    try:
        render(source)
    except TemplateError as exc:
        plain(exc)
        assert exc.line == 10 + before, (exc.line, source)
        STATS["errors with their line"] += 1
        return
    raise AssertionError(f"rendered: {expression}")


@settings_for(60)
@given(kinds=st.lists(BLOCKS, min_size=1, max_size=160))
def test_nesting_is_refused_in_words_or_renders(kinds: list[tuple[str, str]]) -> None:
    source = "".join(o for o, _ in kinds) + "x" + "".join(c for _, c in reversed(kinds))
    try:
        out = render(source)
    except TemplateError as exc:
        plain(exc)
        assert len(kinds) > MAX_BLOCK_DEPTH, (len(kinds), str(exc))
        STATS["nesting refused"] += 1
        return
    assert len(kinds) <= MAX_BLOCK_DEPTH
    assert out in ("x", "X", "")
    STATS["nesting rendered"] += 1


@settings_for(30)
@given(
    tag=st.sampled_from(["include 'a.toml'", "extends 'b'", "import 'c' as d", "from 'e' import f"])
)
def test_other_files_are_refused_in_plain_words(tag: str) -> None:
    try:
        render("{% " + tag + " %}")
    except TemplateError as exc:
        plain(exc)
        assert "loader" not in str(exc)
        return
    raise AssertionError(tag)


def teardown_module() -> None:
    print("\ntemplate bombs:", dict(STATS))
