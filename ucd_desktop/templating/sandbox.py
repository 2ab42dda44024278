"""Jinja's sandbox, with the limits the sandbox alone does not give.

Templates are files that users edit and share, so they run in Jinja's
SandboxedEnvironment (no access to Python internals). The sandbox bounds neither time
nor memory (``{{ 'x' * 300000000 }}`` runs), so rendering here also:
- stops at a deadline, checked on every line of template code and every call;
- counts the characters every operation produces and stops past a budget;
- refuses a single result (a field's text, a string built by ``*``, ``~``, ``%``,
  ``replace``, ``join``, ``center``...) longer than a field may be;
- refuses a list or dict whose contents would print as more text than the whole budget
  (``['x' * 199999] * 199999`` takes 1.6 MB but prints as 40 GB), and a power whose
  result would be huge (``9 ** 64 ** 64 ** 64 ** 64 ** 64`` ran for seconds in C,
  where the deadline cannot stop it).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Sized
from functools import wraps
from types import FrameType
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment, modifies_known_mutable

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.templating.guards import (
    MAX_BLOCK_DEPTH,
    format_width,
    method_result_size,
    nesting_problem,
    prepared_join_argument,
)

__all__ = ["LimitError", "LimitedEnvironment", "Limits", "NestingError", "format_width"]

TEMPLATE_FILENAME = "<template>"
_BIG_WIDTH = re.compile(r"\d{6,}")
_CONTAINERS = (list, tuple, dict, set, frozenset)


def printed_size(value: object, budget: int) -> int:
    """About how many characters ``value`` prints as, counted no further than ``budget``."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length() // 3 + 1
    if not isinstance(value, _CONTAINERS):
        return 1
    total = 0
    items = value.items() if isinstance(value, dict) else value
    for item in items:
        total += printed_size(item, budget - total)
        if total > budget:
            break
    return total


class LimitError(SecurityError):
    """A template went past a time or size limit."""


class NestingError(SecurityError):
    """A template nests its blocks or expressions deeper than allowed."""


class Limits:
    """The budget of one rendering."""

    def __init__(
        self, *, seconds: float = 2.0, max_result: int = 200_000, max_total: int = 20_000_000
    ) -> None:
        self.seconds = seconds
        self.max_result = max_result
        self.max_total = max_total
        self.deadline = 0.0
        self.total = 0

    def start(self) -> None:
        self.deadline = time.monotonic() + self.seconds
        self.total = 0

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise LimitError(
                _("the template ran longer than {seconds} s").format(seconds=f"{self.seconds:g}")
            )

    def account(self, value: object) -> object:
        if isinstance(value, str | bytes | list | tuple | dict):
            size = len(value)
            if size > self.max_result:
                raise LimitError(
                    _("a value of {size} characters is longer than allowed").format(size=size)
                )
            self.total += size
            if self.total > self.max_total:
                raise LimitError(_("the template produced too much text"))
            self.check_contents(value)
        return value

    def check_contents(self, value: object) -> None:
        """Refuse a container that would print as more text than the whole budget."""
        if isinstance(value, _CONTAINERS) and printed_size(value, self.max_total) > self.max_total:
            raise LimitError(_("a list holds more text than a template may produce"))

    def check_args(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool):
                if abs(value) > self.max_result:
                    raise LimitError(_("the number {value} is too large here").format(value=value))
            elif isinstance(value, str) and _BIG_WIDTH.search(value) and "{" in value:
                raise LimitError(_("a format width is too large"))


class _CheckedCodeGenerator(CodeGenerator):
    """Routes ``a ~ b`` through the environment, so concatenation is counted too."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class LimitedEnvironment(SandboxedEnvironment):
    code_generator_class = _CheckedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "%", "+", "//"})

    def __init__(self, limits: Limits | None = None, **options: Any) -> None:
        super().__init__(**options)
        self.limits = limits or Limits()

    # -- operations that can make large values ---------------------------------------
    def checked_join(self, parts: tuple[Any, ...]) -> str:
        size = sum(len(p) if isinstance(p, str) else 20 for p in parts)
        if size > self.limits.max_result:
            raise LimitError(_("a joined text is longer than allowed"))
        return str(self.limits.account("".join(map(str, parts))))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        lim = self.limits
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, Sized) and isinstance(n, int) and len(seq) * n > lim.max_result:
                    raise LimitError(_("a repeated value is longer than allowed"))
                heavy = isinstance(seq, _CONTAINERS) and isinstance(n, int) and n > 1
                if heavy and printed_size(seq, lim.max_total) * n > lim.max_total:
                    raise LimitError(_("a list holds more text than a template may produce"))
        elif operator == "**":
            if isinstance(right, int | float) and abs(right) > 64:
                raise LimitError(_("an exponent is too large"))
            # The result's size in bits: a power is computed in C, out of the deadline's reach.
            bits = left.bit_length() * abs(right) if isinstance(left, int) else 0
            if isinstance(right, int) and bits > 4 * lim.max_result:
                raise LimitError(_("a power is too large"))
        elif operator == "%" and isinstance(left, str):
            if format_width(left) > lim.max_result:
                raise LimitError(_("a format width is too large"))
            lim.check_args((), {"fmt": left.replace("%", "{")})
            values = right if isinstance(right, tuple) else (right,)
            lim.check_args(values, {})
            # Each value prints once per field at most: the result's size, before it is made.
            fields = max(left.count("%"), 1)
            size = len(left) + format_width(left)
            size += fields * sum(printed_size(v, lim.max_total) for v in values)
            if size > lim.max_result:
                raise LimitError(_("a formatted text is longer than allowed"))
        elif (
            operator == "+"
            and isinstance(left, Sized)
            and isinstance(right, Sized)
            and len(left) + len(right) > lim.max_result
        ):
            raise LimitError(_("a joined value is longer than allowed"))
        return lim.account(super().call_binop(context, operator, left, right))

    def call(self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        lim = self.limits
        lim.check_time()
        lim.check_args(args, kwargs)
        # str.format reaches here as Jinja's wrapper of it: the method is its __wrapped__.
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        name = getattr(__obj, "__name__", "")
        if name == "join" and isinstance(owner, str | bytes) and args:
            items = args[0]
            if not isinstance(items, str | bytes | list | tuple):
                listed = prepared_join_argument(items, lim.max_result)
                if listed is None:
                    raise LimitError(_("a joined text is longer than allowed"))
                args = (listed, *args[1:])
        if name in ("format", "format_map") and isinstance(owner, str) and _BIG_WIDTH.search(owner):
            raise LimitError(_("a format width is too large"))
        # The size a text method will produce, before it allocates it.
        if method_result_size(owner, name, args, kwargs) > lim.max_result:
            raise LimitError(
                _("“{method}” would make a text longer than allowed").format(method=name)
            )
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(owner, _CONTAINERS) and modifies_known_mutable(owner, name):
            # A list grown by append() in a loop: what goes in counts against the budget.
            lim.total += sum(printed_size(v, lim.max_total) for v in (*args, *kwargs.values()))
            if lim.total > lim.max_total:
                raise LimitError(_("the template produced too much text"))
        return lim.account(result)

    def wrap_str_format(self, value: Any) -> Any:
        """Jinja hands templates a wrapper of str.format (no ``__self__`` for ``call`` to
        see): check the widths here, before ``'{:>999999999}'.format(1)`` runs."""
        fmt = getattr(value, "__self__", None)
        is_format = getattr(value, "__name__", "") in ("format", "format_map")
        if is_format and isinstance(fmt, str) and format_width(fmt) > self.limits.max_result:
            raise LimitError(_("a format width is too large"))
        return super().wrap_str_format(value)

    def wrap_filters(self) -> None:
        """Count what every filter returns and refuse huge numeric arguments."""
        for name, func in list(self.filters.items()):
            self.filters[name] = self._limited(func)

    def _limited(self, func: Callable[..., Any]) -> Callable[..., Any]:
        limits = self.limits
        passes = getattr(func, "jinja_pass_arg", None)

        @wraps(func)
        def limited(*args: Any, **kwargs: Any) -> Any:
            limits.check_time()
            values = args[1:] if passes else args  # without the context/environment
            limits.check_args(values[1:], kwargs)  # the filtered value itself may be large
            _check_amplifying(func.__name__, values, limits)
            return limits.account(func(*args, **kwargs))

        return limited

    # -- rendering -----------------------------------------------------------------
    def render_limited(self, source: str, context: dict[str, Any]) -> str:
        """Render ``source`` with ``context`` inside the time and size budget."""
        limits = self.limits
        limits.start()
        template = self.from_string(self.checked_parse(source))
        pieces: list[str] = []
        size = 0
        previous = sys.gettrace()
        sys.settrace(_deadline_tracer(limits, previous))
        try:
            for piece in template.generate(context):
                size += len(piece)
                if size > limits.max_result:
                    raise LimitError(_("the template produced more text than a field can hold"))
                pieces.append(piece)
        finally:
            sys.settrace(previous)
        return "".join(pieces)

    def checked_parse(self, source: str) -> nodes.Template:
        """The parsed template, refused before Python compiles it when it nests too deeply
        or asks for other template files (a field's text stands alone)."""
        try:
            tree = self.parse(source)
        except RecursionError:  # the parser recurses: brackets thousands deep
            raise NestingError(_("expressions are nested too deeply")) from None
        problem = nesting_problem(tree)
        if problem == "blocks":
            raise NestingError(
                _("blocks ({{% for %}}, {{% if %}}...) are nested more than {n} deep").format(
                    n=MAX_BLOCK_DEPTH
                )
            )
        if problem:
            raise NestingError(_("expressions are nested too deeply"))
        for node in tree.find_all((nodes.Include, nodes.Extends, nodes.Import, nodes.FromImport)):
            raise NestingError(
                _(
                    "a template field cannot include, extend or import other templates "
                    "({{% {tag} %}}, line {line})"
                ).format(tag=type(node).__name__.lower(), line=node.lineno)
            )
        return tree


_Tracer = Callable[[FrameType, str, Any], Any]
_AnyTracer = Any  # sys.gettrace() is typed TraceFunction; coverage installs a C object


def _deadline_tracer(limits: Limits, previous: _AnyTracer) -> _Tracer:
    """A trace function that checks the deadline and passes every event on to the one
    that was installed before (a coverage tool or a debugger keeps working).

    Template code is traced line by line (a loop without calls still meets the
    deadline); other code only where the previous tracer asks for it.
    """

    def chained(local: _Tracer | None) -> _Tracer:
        def trace(frame: FrameType, event: str, arg: Any) -> Any:
            limits.check_time()
            if local is None:
                return trace
            following = local(frame, event, arg)
            return trace if following is local else chained(following)

        return trace

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        limits.check_time()
        local: _Tracer | None = previous(frame, event, arg) if previous is not None else None
        if frame.f_code.co_filename == TEMPLATE_FILENAME:
            return chained(local)
        return local

    return tracer


def _check_amplifying(name: str, args: tuple[Any, ...], limits: Limits) -> None:
    """Estimate results of filters that multiply sizes before they run."""
    if name == "do_format" and args and isinstance(args[0], str):
        if method_result_size(args[0], "format", args[1:], {}) > limits.max_result:
            raise LimitError(_("a format width is too large"))
    elif name == "do_replace" and len(args) >= 3:
        s, old, new = (str(a) for a in args[:3])
        if old and len(s) + s.count(old) * max(len(new) - len(old), 0) > limits.max_result:
            raise LimitError(_("a replaced text is longer than allowed"))
    elif name in ("do_join", "sync_do_join") and len(args) >= 2:
        seq, sep = args[0], str(args[1])
        if isinstance(seq, Sized) and len(seq) * (len(sep) + 1) > limits.max_result:
            raise LimitError(_("a joined text is longer than allowed"))
    elif name == "do_indent" and len(args) >= 2 and isinstance(args[0], str):
        width = args[1] if isinstance(args[1], int) else len(str(args[1]))
        if (args[0].count("\n") + 1) * width + len(args[0]) > limits.max_result:
            raise LimitError(_("an indented text is longer than allowed"))
