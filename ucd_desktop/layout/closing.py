"""The block after the body: recipients and signature side by side, and the page-1 footer.

The block is one table row that Word may not split across pages, and the paragraph
before it is kept with it, so it never stands alone at the top of a page.
"""

from __future__ import annotations

from ucd_desktop.layout import rules
from ucd_desktop.layout.blocks import Align, Cell, Para, Row, Run, TableBlock
from ucd_desktop.layout.metrics import metrics
from ucd_desktop.layout.punctuation import archive_line, printed_lines, recipient_line
from ucd_desktop.model.notice import Notice, Recipient

__all__ = ["RECIPIENTS_HEADING", "footer_paras", "signature_table"]

RECIPIENTS_HEADING = "Nơi nhận:"
HEADING_SIZE = 12.0
RECIPIENT_SIZE = 11.0
#: Air between the end of the body and the recipients and signature block (pt).
SIGNATURE_SPACE_BEFORE = 12.0
FOOTER_SIZE = 11.0


def signature_table(
    notice: Notice, left_width: float, right_width: float, size: float
) -> TableBlock:
    """Recipients on the left, authority, position, room to sign and name on the right."""
    sig = notice.signature
    # Bring "Nơi nhận:" (12 pt) onto the baseline of the first authority line (size pt).
    m = metrics(bold=True)
    lift = m.ascent_pt(size) - m.ascent_pt(HEADING_SIZE)
    left = [
        Para(
            [Run(RECIPIENTS_HEADING, bold=True, italic=True)],
            HEADING_SIZE,
            space_before=SIGNATURE_SPACE_BEFORE + lift,
            role="recipients-heading",
            source="recipients",
        )
    ]
    # A newline typed inside a recipient makes two recipients, each with its ";".
    recipients = [
        Recipient(line, r.note if i == len(lines) - 1 else "")
        for r in notice.recipients
        for lines in [printed_lines(r.text)]
        for i, line in enumerate(lines)
    ]
    left += [
        Para([Run(recipient_line(r))], RECIPIENT_SIZE, role="recipient", source="recipients")
        for r in recipients
    ]
    left.append(
        Para(
            [Run(archive_line(notice.archive))],
            RECIPIENT_SIZE,
            role="archive",
            source="archive.unit",
        )
    )

    def centred(text: str, role: str, source: str) -> Para:
        return Para([Run(text, bold=True)], size, Align.CENTER, role=role, source=source)

    right = [centred(ln, "authority", "signature.authority") for ln in printed_lines(sig.authority)]
    right += [
        centred(ln, "position", "signature.position") for ln in printed_lines(sig.position) or [""]
    ]
    right[0].space_before = SIGNATURE_SPACE_BEFORE
    names = [centred(ln, "signer-name", "signature.name") for ln in printed_lines(sig.name) or [""]]
    names[0].space_before = rules.SIGNATURE_SPACE_PT.clamp(notice.page.signature_space_pt)
    right += names
    row = Row([Cell(left, left_width), Cell(right, right_width)], cant_split=True)
    return TableBlock([left_width, right_width], [row], role="signature")


def footer_paras(notice: Notice) -> list[Para]:
    """Address, phone, e-mail of the issuer at the foot of page 1, under a full-width line."""
    paras = [
        Para([Run(ln)], FOOTER_SIZE, Align.LEFT, role="footer", source="footer")
        for ln in printed_lines(notice.footer)
    ]
    if paras:
        paras[0].border_top = True
    return paras
