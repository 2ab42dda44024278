"""Tests for ucd_desktop.decree.elements: the one table of the Decree's elements.

The table is restated here from Appendix I of Decree 30 (sample form 1.4), and a change
to one entry is followed by the layout (what is written) and by the checker (what is
judged), because both read the table at the time of use.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.checking.conftest import example_notice
from tests.conftest import EXAMPLE
from ucd_desktop.checking import check_docx_bytes
from ucd_desktop.decree import BODY_ROLES, ELEMENTS, Align, Case, Role, element, roles_with_case
from ucd_desktop.decree.numbers import Range
from ucd_desktop.export.docx_writer import render_docx
from ucd_desktop.layout.build import build_layout
from ucd_desktop.layout.paginate import paginate

#: (low, high, bold, italic) of each element, as the Decree's appendix prints them.
DECREE = {
    Role.GOVERNING_BODY: (12, 13, False, False),
    Role.ISSUING_BODY: (12, 13, True, False),
    Role.NUMBER: (13, 13, False, False),
    Role.NATIONAL_TITLE: (12, 13, True, False),
    Role.MOTTO: (13, 14, True, False),
    Role.PLACE_DATE: (13, 14, False, True),
    Role.TYPE_NAME: (13, 14, True, False),
    Role.SUMMARY: (13, 14, True, False),
    Role.RECIPIENTS_HEADING: (12, 12, True, True),
    Role.RECIPIENT: (11, 11, False, False),
    Role.AUTHORITY: (13, 14, True, False),
    Role.SIGNER_NAME: (13, 14, True, False),
    Role.PAGE_NUMBER: (13, 14, False, False),
    Role.FOOTER: (11, 12, False, False),
}


@pytest.mark.parametrize("role", list(DECREE))
def test_table_is_the_decrees(role: Role) -> None:
    low, high, bold, italic = DECREE[role]
    spec = element(role)
    assert (spec.size.low, spec.size.high, spec.bold, spec.italic) == (low, high, bold, italic)
    assert spec.default_size in spec.size


def test_every_text_role_has_an_entry_and_rules_have_none() -> None:
    for role in Role:
        if role.is_rule or role in (Role.HEADER, Role.SIGNATURE, Role.BODY_TABLE, Role.SPACER):
            assert role not in ELEMENTS
        else:
            assert role in ELEMENTS, role
    assert all(element(r).align is Align.JUSTIFY for r in BODY_ROLES)


def test_capitals_are_where_the_decree_wants_them() -> None:
    upper = set(roles_with_case(Case.UPPER))
    assert {Role.ISSUING_BODY, Role.NATIONAL_TITLE, Role.TYPE_NAME, Role.AUTHORITY} <= upper
    assert element(Role.SUMMARY).case is Case.SENTENCE
    assert element(Role.SIGNER_NAME).case is Case.NAME
    assert Role.BODY not in upper


def _sizes(role: Role) -> set[float]:
    layout = build_layout(example_notice(EXAMPLE))
    return {p.size for p in layout.by_role(role)}


def test_layout_and_check_follow_a_changed_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    notice = example_notice(EXAMPLE)
    before = render_docx(build_layout(notice))
    assert _sizes(Role.RECIPIENT) == {11}
    assert check_docx_bytes(before).ok

    # Suppose the Decree asked for 12 pt recipients in upright italics.
    changed = Range(12, 12)
    spec = dataclasses.replace(element(Role.RECIPIENT), size=changed, default_size=12.0)
    monkeypatch.setitem(ELEMENTS, Role.RECIPIENT, dataclasses.replace(spec, italic=True))
    layout = build_layout(notice)
    recipients = layout.by_role(Role.RECIPIENT)
    assert recipients and {p.size for p in recipients} == {12}
    assert all(r.italic for p in recipients for r in p.runs)

    # The preview paints the pages paginated from the same layout.
    painted = [t for page in paginate(layout) for t in page.texts if t.source == "recipients"]
    # ("Nơi nhận:" shares the source, and is 12 pt italic too, in bold.)
    assert len(painted) > len(recipients) and all(t.size == 12 and t.italic for t in painted)

    # The checker now faults the file made by the old table, and passes the new one.
    old = check_docx_bytes(before)
    assert {f.key for f in old.findings} == {Role.RECIPIENT}
    assert {f.found for f in old.findings} >= {"11"}
    assert check_docx_bytes(render_docx(layout)).ok
