"""What the checker reports: each departure from the Decree, with what was found and asked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ucd_desktop.decree import Role
from ucd_desktop.i18n import N_, current_language
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.problems import Severity

__all__ = ["ELEMENTS", "CheckReport", "Finding", "Findings", "element_name"]

#: Element keys (the layout's paragraph roles, plus page-level ones) -> English names.
ELEMENTS: dict[str, str] = {
    "page": N_("page"),
    "fonts": N_("fonts"),
    "language": N_("proofing language"),
    "word": N_("Word settings"),
    Role.PAGE_NUMBER: N_("page numbers"),
    Role.GOVERNING_BODY: N_("governing body"),
    Role.ISSUING_BODY: N_("issuing body"),
    Role.RULE_ISSUER: N_("rule under the issuing body"),
    Role.NUMBER: N_("number and symbol"),
    Role.NATIONAL_TITLE: N_("national title (Quốc hiệu)"),
    Role.MOTTO: N_("motto (Tiêu ngữ)"),
    Role.RULE_MOTTO: N_("rule under the motto"),
    Role.PLACE_DATE: N_("place and date"),
    Role.MARK: N_("urgency or secrecy mark"),
    Role.TYPE_NAME: N_("type name (THÔNG BÁO)"),
    Role.SUMMARY: N_("summary (trích yếu)"),
    Role.RULE_SUMMARY: N_("rule under the summary"),
    Role.BODY: N_("body text"),
    Role.SECTION: N_("section heading"),
    Role.RECIPIENTS_HEADING: N_("“Nơi nhận:” heading"),
    Role.RECIPIENT: N_("recipient line"),
    Role.ARCHIVE: N_("“Lưu” line"),
    Role.AUTHORITY: N_("authority line (TM., KT., TL.)"),
    Role.POSITION: N_("signer's position"),
    Role.SIGNER_NAME: N_("signer's name"),
    Role.APPENDIX_HEADING: N_("appendix heading (Phụ lục)"),
    Role.APPENDIX_TITLE: N_("appendix title"),
    Role.APPENDIX_REFERENCE: N_("“Kèm theo” line of an appendix"),
}


def element_name(key: str) -> str:
    return _(ELEMENTS.get(key, key))


@dataclass(frozen=True)
class Finding:
    """One departure from the Decree. ``element`` is the element's name in the current
    language, ``found`` what the document has, ``expected`` what the Decree asks."""

    element: str
    found: str
    expected: str
    message: str
    severity: Severity = Severity.ERROR
    #: The element's key (a layout role such as "motto", or "page", "fonts").
    key: str = ""
    #: Index of the paragraph concerned in reading order, -1 for the whole document.
    paragraph: int = -1

    def __str__(self) -> str:
        return f"{self.element}: {self.message}"


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    #: How many paragraphs the checker recognised as parts of a notice.
    recognised: int = 0

    @property
    def ok(self) -> bool:
        """True when nothing departs from the Decree."""
        return not self.findings

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]


class Findings:
    """Collects findings; messages are English ids, translated and filled in on adding."""

    def __init__(self) -> None:
        self.items: list[Finding] = []

    def add(
        self,
        key: str,
        message: str,
        found: object = "",
        expected: object = "",
        *,
        severity: Severity = Severity.ERROR,
        paragraph: int = -1,
        **params: object,
    ) -> None:
        found_s, expected_s = _text(found), _text(expected)
        try:
            text = _(message).format(found=found_s, expected=expected_s, **params)
        except (KeyError, IndexError, ValueError):
            text = _(message)
        finding = Finding(element_name(key), found_s, expected_s, text, severity, key, paragraph)
        if finding not in self.items:
            self.items.append(finding)


_MEASURE = re.compile(r"^[\d.\s–×/-]+(?:mm|cm|pt)?(?: \(exact\))?$")


def _text(value: object) -> str:
    """A value as shown: measurements take the decimal comma in Vietnamese ("14,99 mm")."""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    if current_language() == "vi" and _MEASURE.match(text):
        text = re.sub(r"(?<=\d)\.(?=\d)", ",", text)
    return text
