"""Wording the Decree fixes: the Quốc hiệu and motto as written, number and date forms,
the summary's case, "Nơi nhận:", the recipients' ";" and the "Lưu" line's ".", the final
"./.", the signature block, and elements that are missing altogether."""

from __future__ import annotations

import re

from ucd_desktop.checking.elements import BODY_ROLES
from ucd_desktop.checking.findings import Findings
from ucd_desktop.decree import Case, Role, roles_with_case
from ucd_desktop.i18n import N_
from ucd_desktop.model.notice import MOTTO, NATIONAL_TITLE, TYPE_NAME
from ucd_desktop.model.problems import Severity
from ucd_desktop.reading.context import Context
from ucd_desktop.reading.docx_doc import DocxDocument
from ucd_desktop.reading.patterns import find_date, is_upper_text, parse_number
from ucd_desktop.text.dates import day_text, month_text
from ucd_desktop.text.numbering import roman

__all__ = ["check_forms"]

_REQUIRED = (
    Role.ISSUING_BODY,
    Role.NATIONAL_TITLE,
    Role.MOTTO,
    Role.NUMBER,
    Role.PLACE_DATE,
    Role.TYPE_NAME,
    Role.SUMMARY,
    Role.RECIPIENTS_HEADING,
    Role.POSITION,
    Role.SIGNER_NAME,
)
_TITLES_RE = re.compile(r"\b(GS|PGS|TS|ThS|BS|KS|CN|LS)\.", re.IGNORECASE)


def check_forms(doc: DocxDocument, ctx: Context, out: Findings) -> None:
    texts: dict[str, list[tuple[int, str]]] = {}
    for index, role, text in ctx.pieces:
        if not role.is_rule:
            texts.setdefault(role, []).append((index, text))
    for index, roles in sorted(ctx.mixed().items()):
        out.add(
            roles[0],
            N_(
                "“{found}” are typed side by side in one paragraph (with tabs or spaces); "
                "the Decree's layout puts each in its own line of the header or signature "
                "columns."
            ),
            " + ".join(_element(r) for r in roles),
            N_("separate lines in two columns"),
            paragraph=index,
        )
    for role in _REQUIRED:
        if role not in texts:
            out.add(
                role,
                N_("Missing: no {element} was found."),
                "—",
                N_("present"),
                element=_element(role),
            )
    _fixed(texts, out)
    _number_and_date(texts, out)
    _summary(texts, out)
    _closing(texts, out)
    _appendices(texts, out)
    # The body ends before the signature block; appendices after it have no "./.".
    appendices = min((i for i, _t in texts.get(Role.APPENDIX_HEADING, [])), default=None)
    body = [t for role in BODY_ROLES for t in texts.get(role, [])]
    body = [t for t in body if appendices is None or t[0] < appendices]
    if body:
        index, last = max(body)
        last = _last_text(doc, index) or last
        if not last.rstrip().endswith("./."):
            out.add(
                Role.BODY,
                N_("The body does not end with “./.”."),
                last[-12:],
                "./.",
                paragraph=index,
            )


def _last_text(doc: DocxDocument, index: int) -> str:
    """The whole text of the last body paragraph (a piece may be only its first part)."""
    from ucd_desktop.reading.docx_read import para_text

    return para_text(doc.paragraphs[index]).strip() if index < len(doc.paragraphs) else ""


def _element(role: str) -> str:
    from ucd_desktop.checking.findings import element_name

    return element_name(role)


_FIXED = {Role.NATIONAL_TITLE: NATIONAL_TITLE, Role.MOTTO: MOTTO, Role.TYPE_NAME: TYPE_NAME}


def _fixed(texts: dict[str, list[tuple[int, str]]], out: Findings) -> None:
    for role, expected in _FIXED.items():
        for index, text in texts.get(role, []):
            if " ".join(text.split()) != expected:
                out.add(
                    role,
                    N_("It reads “{found}”; the Decree's text is “{expected}”."),
                    text,
                    expected,
                    paragraph=index,
                )
    for role in roles_with_case(Case.UPPER):
        if role in _FIXED or role in BODY_ROLES:
            # Fixed texts are checked word for word; the body's headings are the
            # drafter's own (the layout capitalises them, the checker does not fault them).
            continue
        for index, text in texts.get(role, []):
            if not is_upper_text(text):
                out.add(
                    role, N_("“{found}” must be in capitals."), text, text.upper(), paragraph=index
                )


def _number_and_date(texts: dict[str, list[tuple[int, str]]], out: Findings) -> None:
    for index, text in texts.get(Role.NUMBER, []):
        parts = parse_number(text)
        if parts is None:
            continue
        if parts.number.isdigit() and 0 < int(parts.number) < 10 and len(parts.number) < 2:
            out.add(
                Role.NUMBER,
                N_("Numbers below 10 take a leading zero: “{found}” should be “{expected}”."),
                parts.number,
                f"0{parts.number}",
                paragraph=index,
            )
        if parts.typed_symbol != parts.symbol:
            out.add(
                Role.NUMBER,
                N_("The symbol is written without spaces: “{found}” should be “{expected}”."),
                parts.typed_symbol,
                parts.symbol,
                paragraph=index,
            )
        if not text.startswith("Số:"):
            out.add(
                Role.NUMBER,
                N_("The number line starts “Số:” with its colon."),
                text[:6],
                "Số:",
                paragraph=index,
            )
    for index, text in texts.get(Role.PLACE_DATE, []):
        date = find_date(text)
        if date is None:
            continue
        if date.day is not None and 1 <= date.day <= 31 and date.day_text != day_text(date.day):
            out.add(
                Role.PLACE_DATE,
                N_("Days 1 to 9 take a leading zero: “ngày {found}” should be “ngày {expected}”."),
                date.day_text,
                day_text(date.day),
                paragraph=index,
            )
        if (
            date.month is not None
            and 1 <= date.month <= 12
            and date.month_text != month_text(date.month)
        ):
            out.add(
                Role.PLACE_DATE,
                N_(
                    "Months 1 and 2 take a leading zero, months 3 to 12 none: “tháng {found}” "
                    "should be “tháng {expected}”."
                ),
                date.month_text,
                month_text(date.month),
                paragraph=index,
            )
        if not date.place:
            out.add(
                Role.PLACE_DATE,
                N_("The place is missing before the date."),
                text,
                N_("Place, ngày … tháng … năm …"),
                paragraph=index,
            )


def _summary(texts: dict[str, list[tuple[int, str]]], out: Findings) -> None:
    lines = texts.get(Role.SUMMARY, [])
    if not lines:
        return
    summary = " ".join(t for _i, t in lines)
    letters = [c for c in summary if c.isalpha()]
    if len(letters) > 12 and is_upper_text(summary):
        out.add(
            Role.SUMMARY,
            N_("The summary is in capitals; the Decree asks for sentence case."),
            N_("capitals"),
            N_("sentence case"),
            paragraph=lines[0][0],
        )
    if summary.endswith(".") and not summary.endswith("./."):
        out.add(
            Role.SUMMARY,
            N_("The summary ends with a full stop; it takes none."),
            ".",
            "—",
            paragraph=lines[-1][0],
        )


_APPENDIX_RE = re.compile(r"^Phụ lục(?: (?P<n>[IVXLC]+|\d+))?$")


def _appendices(texts: dict[str, list[tuple[int, str]]], out: Findings) -> None:
    """ "Phụ lục I": the word in lower case, and Roman numerals when there are several."""
    headings = texts.get(Role.APPENDIX_HEADING, [])
    for position, (index, text) in enumerate(headings, start=1):
        text = " ".join(text.split())
        m = _APPENDIX_RE.match(text)
        number = (m.group("n") or "") if m else ""
        if m and not (len(headings) > 1 and (not number or number.isdigit())):
            continue
        expected = f"Phụ lục {roman(position)}" if len(headings) > 1 else "Phụ lục"
        if len(headings) == 1 and number:
            expected = f"Phụ lục {number}"
        out.add(
            Role.APPENDIX_HEADING,
            N_("It reads “{found}”; the Decree's text is “{expected}”."),
            text,
            expected,
            paragraph=index,
        )


def _closing(texts: dict[str, list[tuple[int, str]]], out: Findings) -> None:
    for index, text in texts.get(Role.RECIPIENTS_HEADING, []):
        if text != "Nơi nhận:":
            out.add(
                Role.RECIPIENTS_HEADING,
                N_("It reads “{found}”; the Decree's text is “{expected}”."),
                text,
                "Nơi nhận:",
                paragraph=index,
            )
    recipients = texts.get(Role.RECIPIENT, [])
    no_dash = [i for i, t in recipients if not t.startswith("-")]
    no_semicolon = [i for i, t in recipients if not t.endswith(";")]
    if no_dash:
        out.add(
            Role.RECIPIENT,
            N_("{count} recipient line(s) do not start with “-”."),
            N_("no dash"),
            "- …;",
            paragraph=no_dash[0],
            count=len(no_dash),
        )
    if no_semicolon:
        out.add(
            Role.RECIPIENT,
            N_("{count} recipient line(s) do not end with “;”."),
            N_("no semicolon"),
            "- …;",
            paragraph=no_semicolon[0],
            count=len(no_semicolon),
        )
    for index, text in texts.get(Role.ARCHIVE, []):
        if not re.match(r"^-\s*Lưu:\s*VT\b", text):
            out.add(
                Role.ARCHIVE,
                N_("The last line reads “- Lưu: VT, <unit>.”"),
                text,
                "- Lưu: VT, …",
                paragraph=index,
            )
        if not text.endswith("."):
            out.add(
                Role.ARCHIVE,
                N_("The “Lưu” line ends with a full stop."),
                text[-6:],
                ".",
                paragraph=index,
            )
    if texts.get(Role.RECIPIENT) and not texts.get(Role.ARCHIVE):
        out.add(
            Role.ARCHIVE,
            N_("The “Lưu” line (archive copy) is missing."),
            "—",
            "- Lưu: VT, …",
            severity=Severity.WARNING,
        )
    for index, text in texts.get(Role.SIGNER_NAME, []):
        if is_upper_text(text):
            out.add(
                Role.SIGNER_NAME,
                N_("The signer's name is in capitals; the Decree writes it in normal case."),
                text,
                text.title(),
                paragraph=index,
            )
        title = _TITLES_RE.search(text)
        if title:
            out.add(
                Role.SIGNER_NAME,
                N_(
                    "The signer's name carries an academic title ({found}); the Decree leaves "
                    "titles out."
                ),
                title.group(0),
                "—",
                paragraph=index,
            )
