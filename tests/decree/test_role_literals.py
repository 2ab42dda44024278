"""No element role is spelled as a bare string outside ``decree/``: roles are ``Role``
members, so a renamed or misspelt role is a type error, not a silent mismatch.

Hyphenated role names ("place-date") are unmistakable and are looked for everywhere;
one-word names ("motto", "number") are also field paths and plain words, so they are
looked for where a role is meant: a ``role=`` argument, a ``.role()`` or ``by_role()``
call, a comparison with something named ``role``, and the first argument of a
checker's ``out.add()``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from ucd_desktop.decree import Role

PACKAGE = Path(__file__).resolve().parents[2] / "ucd_desktop"
ROLES = {r.value for r in Role}
HYPHENATED = {v for v in ROLES if "-" in v}


def _is_role_name(node: ast.AST) -> bool:
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")
    return isinstance(name, str) and "role" in name.lower()


def _owner(func: ast.expr) -> str:
    value = func.value if isinstance(func, ast.Attribute) else None
    return value.id if isinstance(value, ast.Name) else ""


def _role_strings(node: ast.AST | None) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if node.value in ROLES else []
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [s for elt in node.elts for s in _role_strings(elt)]
    if isinstance(node, ast.IfExp):
        return _role_strings(node.body) + _role_strings(node.orelse)
    return []


def literals(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value in HYPHENATED or node.value.startswith("rule-"):
                found.append((line, node.value))
        elif isinstance(node, ast.keyword) and node.arg == "role":
            found += [(line, s) for s in _role_strings(node.value)]
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name in ("role", "by_role") and args:
                found += [(line, s) for a in args for s in _role_strings(a)]
            elif (
                name == "add" and args and getattr(getattr(func, "value", None), "id", "") == "out"
            ):
                found += [(line, s) for s in _role_strings(args[0])]
        elif isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(_is_role_name(o) for o in operands):
                found += [(line, s) for o in operands for s in _role_strings(o)]
    return sorted(set(found))


def test_no_role_literal_outside_decree() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "decree" in path.relative_to(PACKAGE).parts:
            continue
        for line, text in literals(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {text!r}")
    assert not offenders, "use decree.Role instead of:\n" + "\n".join(offenders)


def test_the_search_finds_each_kind_of_literal() -> None:
    code = """
Para([], 13, role="motto")
ctx.role(line, "summary")
layout.by_role("number")
if para.role == "closing": pass
if role in ("section", "clause"): pass
out.add("archive", "message")
x = "place-date"
y = "rule-anything"
ok = {"motto": 1}["motto"], notes.add("motto", "m"), path == "summary"
"""
    got = [text for _line, text in literals(ast.parse(code))]
    assert got == [
        "motto",
        "summary",
        "number",
        "closing",
        "clause",
        "section",
        "archive",
        "place-date",
        "rule-anything",
    ]
