"""Validation results: a problem tied to a field, with a message in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum
from typing import Any

from ucd_desktop.i18n import N_, current_language
from ucd_desktop.i18n import gettext_ as _

__all__ = ["MESSAGES", "Problem", "Severity"]


class Severity(StrEnum):
    ERROR = "error"  # the notice would break a rule of the Decree
    WARNING = "warning"  # probably wrong: look at it
    INFO = "info"  # worth knowing


#: English message ids by problem code; translated when shown.
MESSAGES: dict[str, str] = {
    "issuing-body-missing": N_("The issuing body is missing."),
    "issuing-body-case": N_("The issuing body must be written in capitals: {text}"),
    "governing-body-case": N_("The governing body must be written in capitals: {text}"),
    "number-form": N_("The number must be digits only (found “{number}”)."),
    "number-zero": N_(
        "Numbers below 10 take a leading zero: “{number}” will be printed “{fixed}”."
    ),
    "number-nil": N_("The number cannot be zero."),
    "symbol-form": N_(
        "The symbol must be TB-<agency> or TB-<agency>-<unit>, without spaces (found “{symbol}”)."
    ),
    "place-missing": N_("The place is missing (the province or city where the issuer sits)."),
    "day-without-month": N_("A day cannot be given without its month."),
    "month-without-year": N_("A month cannot be given without its year."),
    "day-range": N_("The day must be between 1 and 31."),
    "month-range": N_("The month must be between 1 and 12."),
    "year-range": N_("The year {year} is not plausible."),
    "impossible-date": N_("The date {day}/{month}/{year} does not exist."),
    "header-line-broken": N_(
        "“{text}” is too long for one line of the header; it is printed as “{lines}”. "
        "Break the line yourself to print it otherwise."
    ),
    "national-title-altered": N_(
        "The national title has been changed; it must read “{expected}”. The official text "
        "is printed."
    ),
    "motto-altered": N_(
        "The motto has been changed; it must read “{expected}”. The official text is printed."
    ),
    "summary-missing": N_("The summary (trích yếu) is missing."),
    "summary-caps": N_("The summary must be in sentence case, not in capitals."),
    "summary-period": N_("The summary must not end with a full stop."),
    "addressees-in-notice": N_(
        "A Thông báo (form 1.4) has no “Kính gửi” block: it is not printed; name the "
        "offices in the recipients (Nơi nhận) instead."
    ),
    "body-empty": N_("The notice has no content."),
    "item-empty": N_("The item is empty."),
    "carried-over": N_(
        "Carried over from the notice of {date}: review it (edit it, or “Keep as is”)."
    ),
    "carried-over-undated": N_(
        "Carried over from an earlier notice: review it (edit it, or “Keep as is”)."
    ),
    "table-empty": N_("A table has no cells."),
    "point-without-clause": N_("Point {label} stands outside any numbered clause."),
    "typed-numbering": N_(
        "“{start}” looks like typed numbering; make the item {kind} and the number is automatic."
    ),
    "title-text-punctuation": N_(
        "The text of {label} starts with “{mark}”: the punctuation after the title is added "
        "when printing; remove it from the text."
    ),
    "title-stop-lowercase": N_(
        "After a title ending in “.”, the text of {label} should start with a capital letter."
    ),
    "placeholder-left": N_("A blank “…” from the template is still to be filled in."),
    "closing-missing": N_("The closing paragraph is missing."),
    "signer-missing": N_("The signer's name is missing."),
    "position-missing": N_("The signer's position is missing."),
    "authority-without-position": N_(
        "The authority line “{line}” must be followed by the signer's position."
    ),
    "authority-prefix": N_(
        "An authority line must start with TM., KT., TL., TUQ. or Q. (“{line}”)."
    ),
    "authority-case": N_("Authority lines and the position must be in capitals: {text}"),
    "deputy-position": N_(
        "“KT.” means a deputy signs for the head: the position should be a deputy's (PHÓ …)."
    ),
    "name-caps": N_("The signer's name must be in normal capitalisation, not all capitals."),
    "name-title": N_(
        "The signer's name must be written without academic titles (found “{title}”)."
    ),
    "recipients-empty": N_("No recipients are listed under “Nơi nhận”."),
    "archive-unit-missing": N_("The archive line needs the drafting unit (Lưu: VT, <unit>)."),
    "margin-range": N_("The {side} margin of {value} mm is outside {low}–{high} mm."),
    "body-size-range": N_("Body text must be 13 or 14 pt (found {value})."),
    "line-spacing-range": N_("Line spacing must be between single and 1.5 lines (found {value})."),
    "indent-value": N_("The first-line indent must be 1 cm or 1.27 cm (found {value} cm)."),
    "spacing-min": N_("Paragraphs need at least 6 pt between them (found {value} pt)."),
    "signature-space": N_("Leave 60 to 90 pt to sign and stamp (found {value} pt)."),
    "appendix-title-missing": N_("The appendix has no title (its name, printed in capitals)."),
    "appendix-empty": N_("The appendix has no content."),
    "appendix-number-form": N_(
        "An appendix is numbered in Roman numerals (I, II) or digits (found “{n}”)."
    ),
    "appendix-number-roman": N_(
        "Two or more appendices are numbered in Roman numerals (Phụ lục I, Phụ lục II)."
    ),
    "appendix-number-mixed": N_(
        "Some appendices have a number and some do not; number all of them or none."
    ),
    "appendix-number-order": N_("The appendices are not numbered in order from I."),
    "appendix-not-referred": N_(
        "The notice does not mention its appendix; the Decree asks the text to refer to it."
    ),
    "circulation-not-laid-out": N_("The “LƯU HÀNH NỘI BỘ” note is kept but not yet exported."),
}


#: Words put into messages that must be translated too.
PARAM_WORDS: dict[str, str] = {
    "section": N_("a section (I.)"),
    "clause": N_("a clause (1.)"),
    "point": N_("a point (a)"),
    "bullet": N_("a bullet (-)"),
    "top": N_("top"),
    "bottom": N_("bottom"),
    "left": N_("left"),
    "right": N_("right"),
}
_TRANSLATED_PARAMS = ("kind", "side")


def _decimal(value: Any) -> Any:
    """A measurement as the language writes it: "1,27" in Vietnamese, "1.27" in English."""
    if isinstance(value, float) and not isinstance(value, bool):
        text = f"{value:g}"
        return text.replace(".", ",") if current_language() == "vi" else text
    return value


@dataclass(frozen=True)
class Problem:
    #: The field path (see model.paths), "day"/"month"/"year" or "page.<setting>".
    field: str
    code: str
    severity: Severity = Severity.ERROR
    params: dict[str, Any] = dc_field(default_factory=dict, compare=False, hash=False)

    @property
    def message(self) -> str:
        """The message in the current language."""
        template = _(MESSAGES[self.code])
        params = {k: _decimal(v) for k, v in self.params.items()}
        for key in _TRANSLATED_PARAMS:
            word = params.get(key)
            if isinstance(word, str) and word in PARAM_WORDS:
                params[key] = _(PARAM_WORDS[word])
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"
