"""The block after the body: recipients and signature side by side, and the page-1 footer.

The block is one table row that Word may not split across pages, and the paragraph
before it is kept with it, so it never stands alone at the top of a page.
"""

from __future__ import annotations

from ucd_desktop.layout import rules
from ucd_desktop.layout.blocks import Align, Cell, Para, Row, Run, TableBlock
from ucd_desktop.layout.metrics import metrics
from ucd_desktop.layout.punctuation import archive_line, recipient_line
from ucd_desktop.model.notice import Notice

__all__ = ["RECIPIENTS_HEADING", "footer_paras", "signature_table"]

RECIPIENTS_HEADING = "Nơi nhận:"
HEADING_SIZE = 12.0
RECIPIENT_SIZE = 11.0
SIGNATURE_SPACE_BEFORE = 6.0


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
    left += [
        Para([Run(recipient_line(r))], RECIPIENT_SIZE, role="recipient", source="recipients")
        for r in notice.recipients
        if r.text.strip()
    ]
    left.append(
        Para(
            [Run(archive_line(notice.archive))],
            RECIPIENT_SIZE,
            role="archive",
            source="archive.unit",
        )
    )

    right: list[Para] = []
    for line in sig.authority:
        right.append(
            Para(
                [Run(line.strip(), bold=True)],
                size,
                Align.CENTER,
                role="authority",
                source="signature.authority",
            )
        )
    right.append(
        Para(
            [Run(sig.position.strip(), bold=True)],
            size,
            Align.CENTER,
            role="position",
            source="signature.position",
        )
    )
    right[0].space_before = SIGNATURE_SPACE_BEFORE
    name_space = rules.SIGNATURE_SPACE_PT.clamp(notice.page.signature_space_pt)
    right.append(
        Para(
            [Run(sig.name.strip(), bold=True)],
            size,
            Align.CENTER,
            space_before=name_space,
            role="signer-name",
            source="signature.name",
        )
    )
    row = Row([Cell(left, left_width), Cell(right, right_width)], cant_split=True)
    return TableBlock([left_width, right_width], [row], role="signature")


def footer_paras(notice: Notice) -> list[Para]:
    """Address, phone, e-mail of the issuer at the foot of page 1, under a full-width line."""
    lines = [ln.strip() for ln in notice.footer.split("\n") if ln.strip()]
    paras = [Para([Run(ln)], 11.0, Align.LEFT, role="footer", source="footer") for ln in lines]
    if paras:
        paras[0].border_top = True
    return paras
