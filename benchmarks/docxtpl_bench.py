"""The docxtpl alternative: a Decree 30 template of the notice, and rendering it.

``build_template`` draws the template a developer would make in Word for docxtpl, with
python-docx: the same header table, rules, styles, body paragraphs and signature table as
the app's export, the text replaced by Jinja tags, and ``{%p for %}`` loops over the body
paragraphs, the opening, the closing, the recipients and the signature lines. ``{%p if %}``
picks the paragraph shape of each body entry (section heading, titled clause, plain text).
``render`` is what such a developer's export does: load the template, render it with the
values of ``context.notice_context`` (escaped: text may hold "&" or "<"), save it.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxtpl import DocxTemplate

from benchmarks.docx_style import (
    BODY,
    HEADING,
    RULE_INDENTS,
    Fmt,
    RunSpec,
    add_layout_table,
    bottom_aligned,
    fill,
    rule,
    setup_document,
)
from ucd_desktop.storage.atomic import atomic_write_bytes

__all__ = ["build_template", "render"]

CENTER = WD_ALIGN_PARAGRAPH.CENTER
TAG = Fmt(14.0)


def _tag(text: str) -> tuple[Fmt, list[RunSpec]]:
    return TAG, [(text, False, False)]


def _one(
    fmt: Fmt, text: str, *, bold: bool = False, italic: bool = False
) -> tuple[Fmt, list[RunSpec]]:
    return fmt, [(text, bold, italic)]


def _add(container: Any, entries: list[tuple[Fmt, list[RunSpec]]]) -> None:
    fill(container, [f for f, _ in entries], [r for _, r in entries])


def _loop(var: str, items: str, fmt: Fmt, **style: bool) -> list[tuple[Fmt, list[RunSpec]]]:
    return [
        _tag(f"{{%p for {var} in {items} %}}"),
        _one(fmt, f"{{{{ {var} }}}}", **style),
        _tag("{%p endfor %}"),
    ]


def _body_loop() -> list[tuple[Fmt, list[RunSpec]]]:
    return [
        _tag("{%p for e in body %}"),
        _tag("{%p if e.kind == 'section' %}"),
        _one(HEADING, "{{ e.label }} {{ e.title }}", bold=True),
        _tag("{%p elif e.kind == 'titled' %}"),
        (
            BODY,
            [
                ("{{ e.label }} {{ e.title }}", True, False),
                ("{% if e.text %} {{ e.text }}{% endif %}", False, False),
            ],
        ),
        _tag("{%p else %}"),
        _one(BODY, "{{ e.lead }}{{ e.text }}"),
        _tag("{%p endif %}"),
        _tag("{%p endfor %}"),
    ]


def template_bytes() -> bytes:
    """The template .docx, as bytes."""
    doc = docx.Document()
    setup_document(doc)
    footer = doc.sections[0].first_page_footer
    _add(footer, _loop("line", "footer", Fmt(11.0)))

    header = add_layout_table(doc, rows=2)
    left, right = header.rows[0].cells
    _add(
        left,
        _loop("line", "governing_body", Fmt(13.0, CENTER))
        + _loop("line", "issuing_body", Fmt(13.0, CENTER), bold=True),
    )
    rule(left, RULE_INDENTS["issuing"], before=2.0)
    _add(
        right,
        [
            _one(Fmt(13.0, CENTER), "{{ national_title }}", bold=True),
            _one(Fmt(14.0, CENTER), "{{ motto }}", bold=True),
        ],
    )
    rule(right, RULE_INDENTS["motto"], before=2.0)
    number, date = header.rows[1].cells
    bottom_aligned([number, date])
    _add(number, [_one(Fmt(13.0, CENTER, before=6.0), "{{ number_line }}")])
    _add(date, [_one(Fmt(14.0, CENTER, before=6.0), "{{ place_date }}", italic=True)])

    _add(
        doc,
        [
            _one(Fmt(14.0, CENTER, before=18.0, keep_next=True), "THÔNG BÁO", bold=True),
            _one(Fmt(14.0, CENTER, keep_next=True), "{{ summary }}", bold=True),
        ],
    )
    rule(doc, RULE_INDENTS["summary"], before=4.0, after=6.0)
    _add(
        doc,
        _loop("p", "opening", BODY)
        + _loop("p", "lead_in", BODY)
        + _body_loop()
        + _loop("p", "closing", BODY),
    )

    sign = add_layout_table(doc, rows=1)
    recipients, signer = sign.rows[0].cells
    _add(
        recipients,
        [
            _one(Fmt(12.0, before=7.8), "Nơi nhận:", bold=True, italic=True),
            *_loop("r", "recipients", Fmt(11.0)),
            _one(Fmt(11.0), "{{ archive }}"),
        ],
    )
    heading = Fmt(14.0, CENTER)
    _add(
        signer,
        [
            _tag("{%p for a in authority %}"),
            _tag("{%p if loop.first %}"),
            _one(Fmt(14.0, CENTER, before=6.0), "{{ a }}", bold=True),
            _tag("{%p else %}"),
            _one(heading, "{{ a }}", bold=True),
            _tag("{%p endif %}"),
            _tag("{%p endfor %}"),
            _one(heading, "{{ position }}", bold=True),
            _one(Fmt(14.0, CENTER, before=72.0), "{{ name }}", bold=True),
        ],
    )
    # Word needs a paragraph after a final table; 1 pt high so it never adds a page.
    _add(doc, [(Fmt(1.0), [])])
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def build_template(path: Path) -> None:
    """Write the template to ``path``."""
    atomic_write_bytes(path, template_bytes())


def render(template: Path, context: dict[str, Any], out: Path) -> None:
    """A docxtpl export: load ``template``, fill it with ``context``, write ``out``."""
    tpl = DocxTemplate(str(template))
    tpl.render(context, autoescape=True)
    buffer = io.BytesIO()
    tpl.save(buffer)
    atomic_write_bytes(out, buffer.getvalue())
