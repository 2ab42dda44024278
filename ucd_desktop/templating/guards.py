"""Checks made before a template's operation runs: the size a method call will produce,
and how deeply a template nests.

The sandbox's size limit can only look at a value once it exists; string methods such as
``replace``, ``join``, ``expandtabs``, ``ljust`` and ``translate`` build gigabytes in C
first (a MemoryError, or all of a PC's memory). Each of them has a result whose size
follows from its operands, so it is computed here and refused above the cap before the
method runs. Nesting is counted on the parsed template, before Python compiles the
generated code: Python allows 20 nested blocks and 100 levels of indentation, and a
template nested deeper would end in a SyntaxError from the compiler.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Iterable
from typing import Any

from jinja2 import nodes

__all__ = [
    "MAX_BLOCK_DEPTH",
    "MAX_NODE_DEPTH",
    "format_width",
    "method_result_size",
    "nesting_problem",
    "prepared_join_argument",
]

#: Nested {% for %}/{% if %}/{% macro %}...: a notice's template needs three or four.
MAX_BLOCK_DEPTH = 12
#: Nested expressions and statements together (filters on filters, brackets in brackets).
MAX_NODE_DEPTH = 120

_BLOCKS = (
    nodes.For,
    nodes.If,
    nodes.Macro,
    nodes.CallBlock,
    nodes.FilterBlock,
    nodes.With,
    nodes.Block,
    nodes.Scope,
    nodes.OverlayScope,
    nodes.ScopedEvalContextModifier,
    nodes.AssignBlock,
)
_PERCENT_SPEC = re.compile(r"%[-+ #0]*(\*|\d*)(?:\.(\*|\d+))?")
_DIGITS = re.compile(r"\d+")
_PAD_METHODS = frozenset({"ljust", "rjust", "center", "zfill"})


def format_width(fmt: str) -> int:
    """The widths and precisions of every field of ``fmt`` ("{:>99}", "%99s"), added up:
    what ``fmt`` can print at least (before its arguments), computed before it runs."""
    total = 0
    try:
        fields = list(string.Formatter().parse(fmt))
    except ValueError:
        fields = []  # not a valid format: str.format will say so itself
    for _text, _name, spec, _conversion in fields:
        total += sum(int(n) for n in _DIGITS.findall(spec or ""))
    for width, precision in _PERCENT_SPEC.findall(fmt):
        total += sum(int(n) for n in (width, precision) if n.isdigit())
    return total


def nested_format_args(fmt: str) -> bool:
    """True when a field's width comes from an argument: ``'{0:{1}}'.format(1, 10**9)``."""
    try:
        return any("{" in (spec or "") for _t, _n, spec, _c in string.Formatter().parse(fmt))
    except ValueError:
        return False


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes) else len(str(value))


def _arg(args: tuple[Any, ...], kwargs: dict[str, Any], index: int, name: str) -> Any:
    if len(args) > index:
        return args[index]
    return kwargs.get(name)


def method_result_size(
    owner: object, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> int:
    """The length of what ``owner.name(*args, **kwargs)`` returns, at most, for a text's
    methods that make their result longer than the text; 0 for every other call."""
    if not isinstance(owner, str | bytes):
        return 0
    size = len(owner)
    if name == "replace":
        old, new = _arg(args, kwargs, 0, "old"), _arg(args, kwargs, 1, "new")
        if not isinstance(old, str | bytes) or not isinstance(new, str | bytes):
            return 0
        count = _arg(args, kwargs, 2, "count")
        hits = size + 1 if not old else owner.count(old)  # type: ignore[arg-type]
        if isinstance(count, int) and count >= 0:
            hits = min(hits, count)
        return size + hits * max(len(new) - len(old), 0)
    if name == "expandtabs":
        tabsize = _arg(args, kwargs, 0, "tabsize")
        tabsize = tabsize if isinstance(tabsize, int) else 8
        tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
        return size + tabs * max(tabsize, 0)
    if name in _PAD_METHODS:
        width = _arg(args, kwargs, 0, "width")
        return max(size, width) if isinstance(width, int) else 0
    if name == "translate" and isinstance(owner, str):
        table = _arg(args, kwargs, 0, "table")
        if isinstance(table, dict):
            longest = max((_size(v) for v in table.values() if v is not None), default=1)
            return size * max(longest, 1)
        return 0
    if name in ("format", "format_map") and isinstance(owner, str):
        values = [*args, *kwargs.values()]
        if isinstance(_arg(args, kwargs, 0, "mapping"), dict) and name == "format_map":
            values = list(args[0].values())
        width = format_width(owner)
        if nested_format_args(owner):
            width += sum(v for v in values if isinstance(v, int) and not isinstance(v, bool))
            width += sum(int(s) for v in values if isinstance(v, str) for s in _DIGITS.findall(v))
        return size + width + sum(_size(v) for v in values) * max(owner.count("{"), 1)
    if name == "join":
        items = _arg(args, kwargs, 0, "iterable")
        if isinstance(items, list | tuple):
            parts = sum(_size(v) for v in items)
            return parts + len(owner) * max(len(items) - 1, 0)
    return 0


def prepared_join_argument(items: Iterable[Any], limit: int) -> list[Any] | None:
    """``items`` as a list for ``sep.join`` (a generator read at most ``limit`` + 1 far),
    or None when it holds more than ``limit`` items."""
    taken = list(itertools.islice(items, limit + 1))
    return None if len(taken) > limit else taken


def nesting_problem(template: nodes.Template) -> str | None:
    """Which nesting limit ``template`` goes past ("blocks" or "expressions"), or None.

    Walks the tree with a stack, not recursion: the tree itself may be thousands deep.
    """
    stack: list[tuple[nodes.Node, int, int]] = [(template, 0, 0)]
    while stack:
        node, depth, outer = stack.pop()
        blocks = outer + 1 if isinstance(node, _BLOCKS) else outer
        if blocks > MAX_BLOCK_DEPTH:
            return "blocks"
        if depth > MAX_NODE_DEPTH:
            return "expressions"
        # An {% elif %} is compiled beside its {% if %}, not inside it.
        elifs = {id(n) for n in node.elif_} if isinstance(node, nodes.If) else set()
        stack.extend(
            (child, depth + 1, outer if id(child) in elifs else blocks)
            for child in node.iter_child_nodes()
        )
    return None
