"""The block after the body: recipients and signature side by side, and the page-1 footer.

The block is one table row that Word may not split across pages, and the paragraph
before it is kept with it, so it never stands alone at the top of a page.
"""

from __future__ import annotations

from ucd_desktop.decree import Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout.blocks import Align, Cell, Para, Row, TableBlock, styled
from ucd_desktop.layout.metrics import metrics
from ucd_desktop.layout.punctuation import archive_line, printed_lines, recipient_line
from ucd_desktop.model.notice import Notice, Recipient

__all__ = ["RECIPIENTS_HEADING", "footer_paras", "signature_table"]

RECIPIENTS_HEADING = "Nơi nhận:"
#: Air between the end of the body and the recipients and signature block (pt).
SIGNATURE_SPACE_BEFORE = 12.0


def _para(text: str, role: Role, source: str, size: float | None = None) -> Para:
    """A paragraph of ``role``: its size (``size`` kept inside the role's range), weight,
    slant and alignment from the Decree's table."""
    spec = element(role)
    chosen = spec.default_size if size is None else spec.size.clamp(size)
    align = spec.align or Align.LEFT
    return Para([styled(text, role)], chosen, align, role=role, source=source)


def signature_table(
    notice: Notice, left_width: float, right_width: float, size: float
) -> TableBlock:
    """Recipients on the left, authority, position, room to sign and name on the right."""
    sig = notice.signature
    heading = _para(RECIPIENTS_HEADING, Role.RECIPIENTS_HEADING, "recipients")
    # Bring "Nơi nhận:" onto the baseline of the first authority line (size pt).
    m = metrics(bold=True)
    lift = m.ascent_pt(size) - m.ascent_pt(heading.size)
    heading.space_before = SIGNATURE_SPACE_BEFORE + lift
    left = [heading]
    # A newline typed inside a recipient makes two recipients, each with its ";".
    recipients = [
        Recipient(line, r.note if i == len(lines) - 1 else "")
        for r in notice.recipients
        for lines in [printed_lines(r.text)]
        for i, line in enumerate(lines)
    ]
    left += [_para(recipient_line(r), Role.RECIPIENT, "recipients") for r in recipients]
    left.append(_para(archive_line(notice.archive), Role.ARCHIVE, "archive.unit"))

    def lines(text: str | list[str], role: Role, source: str, blank: bool) -> list[Para]:
        texts = printed_lines(text) or ([""] if blank else [])
        return [_para(ln, role, source, size) for ln in texts]

    right = lines(sig.authority, Role.AUTHORITY, "signature.authority", False)
    right += lines(sig.position, Role.POSITION, "signature.position", True)
    right[0].space_before = SIGNATURE_SPACE_BEFORE
    names = lines(sig.name, Role.SIGNER_NAME, "signature.name", True)
    names[0].space_before = rules.SIGNATURE_SPACE_PT.clamp(notice.page.signature_space_pt)
    right += names
    row = Row([Cell(left, left_width), Cell(right, right_width)], cant_split=True)
    return TableBlock([left_width, right_width], [row], role=Role.SIGNATURE)


def footer_paras(notice: Notice) -> list[Para]:
    """Address, phone, e-mail of the issuer at the foot of page 1, under a full-width line."""
    paras = [_para(ln, Role.FOOTER, "footer") for ln in printed_lines(notice.footer)]
    if paras:
        paras[0].border_top = True
    return paras
