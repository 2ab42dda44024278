"""What each field of a notice is called, in the user's language (no Qt).

The problems panel and ``ucd-desktop validate`` name the field a problem is in
("Trích yếu: …" tells the drafter where to look). Body items are named by their
automatic number.
"""

from __future__ import annotations

import re

from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.notice import Notice
from ucd_desktop.model.numbering import appendix_labels, item_labels
from ucd_desktop.model.problems import Severity

__all__ = ["FIELD_NAMES", "SEVERITY_NAMES", "field_name"]

_ITEM = re.compile(r"^body\[([^\]]+)\]\.(title|text)$")
_APPENDIX = re.compile(r"^appendices\[(\d+)\]\.(title|number)$")

#: The word for each severity ("Lỗi", "Cảnh báo", "Lưu ý").
SEVERITY_NAMES: dict[Severity, str] = {
    Severity.ERROR: N_("Error"),
    Severity.WARNING: N_("Warning"),
    Severity.INFO: N_("Note"),
}

#: What each field is called in the panel ("Trích yếu: …" tells where to look).
FIELD_NAMES: dict[str, str] = {
    "governing_body": N_("Governing body"),
    "issuing_body": N_("Issuing body"),
    "number": N_("Number"),
    "symbol": N_("Symbol"),
    "place": N_("Place"),
    "day": N_("Date"),
    "month": N_("Date"),
    "year": N_("Date"),
    "national_title": N_("National title"),
    "motto": N_("Motto"),
    "summary": N_("Summary"),
    "addressees": N_("Addressees (Kính gửi)"),
    "opening": N_("Opening"),
    "lead_in": N_("Lead-in"),
    "closing": N_("Closing"),
    "signature.authority": N_("Authority lines"),
    "signature.position": N_("Position"),
    "signature.name": N_("Signer's name"),
    "recipients": N_("Recipients"),
    "archive.unit": N_("Archive line"),
    "archive.initials": N_("Archive line"),
    "footer": N_("Footer"),
    "internal_circulation": N_("Marks"),
    "urgency": N_("Urgency"),
    "secrecy": N_("Secrecy"),
    "draft_mark": N_("Marks"),
    "archive.copies": N_("Archive line"),
    "appendices": N_("Appendices"),
}


def field_name(path: str, notice: Notice | None) -> str:
    """The name of the field at ``path`` in the user's language ("" when unknown)."""
    if path.startswith("page."):
        return _("Page setup")
    m = _ITEM.match(path)
    if m and notice is not None:
        for index, (item, label) in enumerate(
            zip(notice.body, item_labels(notice.body), strict=True)
        ):
            if item.id == m.group(1):
                # A bullet's "-" names nothing: it is found by its place, as a paragraph.
                # The label's own "." goes: "mục 2: …", never "mục 2.: …".
                shown = label.strip().rstrip(".")
                if not shown.strip("-+ "):
                    return _("Conclusions, paragraph {n}").format(n=index + 1)
                return _("Conclusions, item {label}").format(label=shown)
        owner = notice.owner_of(m.group(1))
        if owner is not None:
            items = notice.appendices[owner].items
            appendix = appendix_labels(notice.appendices)[owner]
            for index, (item, label) in enumerate(zip(items, item_labels(items), strict=True)):
                if item.id == m.group(1):
                    shown = label if label.strip("-+ ") else f"¶{index + 1}"
                    return _("{appendix}, item {label}").format(appendix=appendix, label=shown)
        return ""
    m = _APPENDIX.match(path)
    if m and notice is not None and int(m.group(1)) < len(notice.appendices):
        appendix = appendix_labels(notice.appendices)[int(m.group(1))]
        part = _("title") if m.group(2) == "title" else _("number")
        return f"{appendix} ({part})"
    name = FIELD_NAMES.get(path)
    return _(name) if name else ""
