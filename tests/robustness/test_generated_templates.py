"""Templates with hostile facts or hostile Jinja: a draft and a valid .docx, or a clear
TemplateError. Never another exception, never a half-changed draft.

Facts come from the window's fact fields, pasted text and old drafts, so each may be
any JSON value (a number where a date is expected, a list for a person, 100,000
characters). Template text comes from colleagues' shared folders, so it may be any
mix of Jinja syntax, filters, loops and attempts on Python internals; the sandbox's
time and size limits keep every rendering short (the hostile-files test measures them).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections import Counter
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from tests.robustness import strategies as S
from tests.robustness.conftest import settings_for
from tests.robustness.docx_check import DocxAudit
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.storage.drafts import draft_from_json, draft_to_json
from ucd_desktop.templating.binding import instantiate, refresh
from ucd_desktop.templating.library import TemplateLibrary
from ucd_desktop.templating.sandbox import Limits
from ucd_desktop.templating.template import NoticeTemplate, TemplateError, parse_template

FACT_SETS = 150
SOURCES = 150
NOW = dt.datetime(2026, 3, 5, 8, 0, tzinfo=dt.UTC)
STATS: Counter[str] = Counter()
#: Short limits keep a generated infinite loop from costing 2 s an example; the
#: hostile-files test checks the real limits.
LIMITS = Limits(seconds=0.5)

fact_value = st.one_of(
    S.text,
    S.JSON_JUNK,
    st.dates().map(dt.date.isoformat),
    st.fixed_dictionaries({"name": S.line, "position": S.line}),
    st.lists(st.fixed_dictionaries({"name": S.line, "position": S.line}), max_size=4),
    st.lists(S.line, max_size=4),
    st.sampled_from(["2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31"]),
)


@st.composite
def facts_for(draw: st.DrawFn, keys: list[str]) -> dict[str, Any]:
    facts = draw(st.dictionaries(st.sampled_from(keys), fact_value, max_size=len(keys)))
    if S.one_in(draw, 30):  # now and then a 100,000-character fact
        facts[draw(st.sampled_from(keys))] = S.huge(draw(S.text), 100_000)
    return facts


VARIABLES = ("chu_tri", "chu_tri.name", "ngay_hop", "dong_chu_tri", "hom_nay", "x", "loop")
FILTERS = (
    "ngay",
    "ngay_ngan",
    "thu",
    "so",
    "tien",
    "danh_sach",
    "viet_hoa",
    "chu_dau",
    "upper",
    "length",
    "join(', ')",
    "replace('a', 'bb')",
    "center(80)",
    "indent(4)",
    "list",
    "first",
)
#: Expressions that reach for Python internals or try to be expensive.
HOSTILE = (
    "''.__class__.__mro__[1].__subclasses__()",
    "().__class__.__bases__[0].__subclasses__()",
    "lipsum.__globals__",
    "cycler.__init__.__globals__.os",
    "self._TemplateReference__context",
    "chu_tri.__class__.__init__.__globals__",
    "'%s' % 'a'",
    "'x' * 1000",
    "'x' * 10 ** 9",
    "9 ** 9 ** 9",
    "range(10 ** 6)|list|length",
    "'{:>99999}'.format(1)",
    "'a'.zfill(10 ** 8)",
    "dong_chu_tri|join('x' * 100000)",
    "(['x' * 199999] * 199999)|join",
    "9 ** 64 ** 64 ** 64 ** 64 ** 64",
    "('{0:>99999}' * 2000).format(1)",
)


@st.composite
def expression(draw: st.DrawFn) -> str:
    if S.one_in(draw, 4):
        return draw(st.sampled_from(HOSTILE))
    base = draw(st.sampled_from(VARIABLES) | S.line.map(lambda t: repr(t)))
    filters = draw(st.lists(st.sampled_from(FILTERS), max_size=3))
    return "|".join([base, *filters])


@st.composite
def jinja_text(draw: st.DrawFn) -> str:
    """Template text: plain pieces, {{ expressions }}, ifs and loops (nested now and then),
    and now and then a fragment of broken syntax."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 5))
        if kind == 1:
            parts.append("{{ " + draw(expression()) + " }}")
        elif kind == 2:
            parts.append("{% if " + draw(expression()) + " %}" + draw(S.line) + "{% endif %}")
        elif kind == 3:
            inner = "{{ loop.index }}" + draw(S.line)
            if S.one_in(draw, 3):
                inner = "{% for y in range(1000) %}" + inner + "{% endfor %}"
            parts.append("{% for x in " + draw(expression()) + " %}" + inner + "{% endfor %}")
        elif kind == 4 and S.one_in(draw, 3):
            parts.append(draw(st.sampled_from(["{{", "{%", "}}", "{% endfor %}", "{# x"])))
        else:
            parts.append(draw(S.piece))
    return "".join(parts)


@pytest.fixture(scope="module")
def templates() -> list[NoticeTemplate]:
    return TemplateLibrary.default(user=False).templates


def export_ok(notice: Any, audit: DocxAudit) -> None:
    problems = audit.problems(render_docx(build_layout(notice), now=NOW))
    assert not problems, problems[:5]


def clear(exc: TemplateError) -> None:
    message = str(exc)
    assert message.strip() and "Traceback" not in message, message[:300]
    assert len(message) < 2000, message[:300]


@settings_for(FACT_SETS)
@given(data=st.data())
def test_hostile_facts_give_a_draft_or_a_clear_error(
    data: st.DataObject, templates: list[NoticeTemplate], audit: DocxAudit
) -> None:
    template = data.draw(st.sampled_from(templates))
    keys = [f.key for f in template.facts]
    facts = data.draw(facts_for(keys))
    STATS["fact sets"] += 1
    try:
        draft = instantiate(template, facts, limits=LIMITS)
    except TemplateError as exc:
        clear(exc)
        STATS["stopped with a message"] += 1
        return
    export_ok(draft.notice, audit)
    # The draft survives its file format, and new facts change only bound fields.
    again = draft_from_json(draft_to_json(draft))
    assert again.notice.summary == draft.notice.summary
    before = copy.deepcopy(draft)
    more = data.draw(facts_for(keys))
    try:
        refresh(draft, more, template, limits=LIMITS)
    except TemplateError as exc:
        clear(exc)
        assert draft == before, "a failed refresh changed the draft"
        STATS["stopped with a message"] += 1
        return
    export_ok(draft.notice, audit)
    STATS["valid .docx"] += 1


@settings_for(SOURCES)
@given(summary=jinja_text(), opening=jinja_text())
def test_hostile_template_text_gives_a_draft_or_a_clear_error(
    summary: str, opening: str, audit: DocxAudit
) -> None:
    doc = {
        "format": "ucd-desktop-template",
        "format_version": 1,
        "id": "thu",
        "version": 1,
        "name": "Mẫu thử",
        "facts": [
            {"key": "chu_tri", "label": "Chủ trì", "type": "person"},
            {"key": "ngay_hop", "label": "Ngày", "type": "date"},
            {"key": "dong_chu_tri", "label": "Cùng chủ trì", "type": "people"},
        ],
        "notice": {"summary": summary, "opening": opening, "body": [{"text": opening}]},
    }
    facts = {"chu_tri": {"name": "Nguyễn Minh Lâm", "position": "Phó Chủ tịch"}}
    STATS["template texts"] += 1
    try:
        text = tomli_w.dumps(doc)
    except ValueError:
        return  # not even TOML can hold it (a lone surrogate): no file to read
    try:
        template = parse_template(text, name="thu.toml")
        draft = instantiate(template, {**facts, "ngay_hop": "2026-03-05"}, limits=LIMITS)
    except TemplateError as exc:
        clear(exc)
        STATS["stopped with a message"] += 1
        return
    export_ok(draft.notice, audit)
    STATS["valid .docx"] += 1


def teardown_module() -> None:
    print("\ngenerated templates:", dict(STATS))
