"""Appendices ("Phụ lục"): each on a new page after the signature block, by Decree 30.

An appendix opens with "Phụ lục I" (one line, centred, 14 pt bold, the word in lower
case), its title (centred, capitals, bold) and the line "(Kèm theo Thông báo số
…/TB-… ngày … tháng … năm …)" in italics, filled from the notice (the clerk's blanks
stay blank when the notice leaves the number or the date blank). Its content is laid
out like the body: numbered items, paragraphs and tables. Page numbers run on from the
notice (an appendix in the same file continues its page count).
"""

from __future__ import annotations

from ucd_desktop.decree import Role, element
from ucd_desktop.layout.blocks import Align, Block, Para, styled
from ucd_desktop.layout.body import item_blocks
from ucd_desktop.layout.metrics import wrap_text
from ucd_desktop.layout.punctuation import NUMBER_BLANK, document_number, printed_lines
from ucd_desktop.model.notice import Notice
from ucd_desktop.model.numbering import appendix_labels
from ucd_desktop.text.dates import long_date

__all__ = ["appendix_blocks", "reference_line", "title_lines"]
#: Practice: air between the "(Kèm theo …)" line and the appendix's content (pt).
SPACE_AFTER_REFERENCE_PT = 12.0
#: The notice's type name as it is written inside a sentence.
TYPE_IN_SENTENCE = "Thông báo"


def _date(notice: Notice) -> str:
    """ "ngày 05 tháng 3 năm 2026"; a part that cannot be written stays blank."""
    day, month, year = notice.day, notice.month, notice.year
    if year is not None and year < 1:
        year = None
    for d, m in ((day, month), (None, month), (None, None)):
        try:
            return long_date(d, m, year)
        except ValueError:
            continue
    return long_date(None, None, None)


def reference_line(notice: Notice) -> str:
    """ "(Kèm theo Thông báo số 05/TB-UBND ngày 05 tháng 3 năm 2026)"."""
    number = document_number(notice.number)
    number_part = f"số {number}" if number else f"số{NUMBER_BLANK}"
    symbol = notice.symbol.strip()
    return f"(Kèm theo {TYPE_IN_SENTENCE} {number_part}/{symbol} {_date(notice)})"


def title_lines(title: str, width: float) -> list[str]:
    """The title in capitals, one paragraph per printed line: each line the drafter typed,
    wrapped into lines of even length ("… CẦN TẬP TRUNG" / "THÁO GỠ", never a last word
    alone under a full line), each narrower than ``width`` so Word keeps them whole."""
    out: list[str] = []
    for line in printed_lines(title):
        text = line.upper()
        size = element(Role.APPENDIX_TITLE).default_size
        count = len(wrap_text(text, size, width, bold=True))
        if count <= 1:
            out.append(text)
            continue
        low, high = 0.0, width
        for _step in range(24):  # the narrowest width that still gives ``count`` lines
            middle = (low + high) / 2
            if len(wrap_text(text, size, middle, bold=True)) <= count:
                high = middle
            else:
                low = middle
        out += wrap_text(text, size, high, bold=True)
    return out


def _line(text: str, role: Role, source: str) -> Para:
    """A centred line of the appendix's top, kept with what follows it."""
    spec = element(role)
    align = spec.align or Align.CENTER
    return Para(
        [styled(text, role)], spec.default_size, align, keep_next=True, role=role, source=source
    )


def appendix_blocks(notice: Notice, text_width: float) -> list[Block]:
    """Every appendix of ``notice``, each starting a new page; [] when there is none."""
    blocks: list[Block] = []
    reference = reference_line(notice)
    for index, (appendix, label) in enumerate(
        zip(notice.appendices, appendix_labels(notice.appendices), strict=True)
    ):
        path = f"appendices[{index}]"
        heading = _line(label, Role.APPENDIX_HEADING, f"{path}.number")
        heading.page_break_before = True
        blocks.append(heading)
        blocks += [
            _line(line, Role.APPENDIX_TITLE, f"{path}.title")
            for line in title_lines(appendix.title, text_width)
        ]
        ref = _line(reference, Role.APPENDIX_REFERENCE, "number")
        ref.space_after = SPACE_AFTER_REFERENCE_PT
        blocks.append(ref)
        # Items keep their "body[<id>]" paths: ids are unique across the whole notice.
        blocks += item_blocks(appendix.items, notice.page, text_width)
    return blocks
