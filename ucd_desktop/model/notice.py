"""A Thông báo kết luận as typed data.

Every default here produces a correct notice: a new ``Notice()`` validates with only the
"fill me in" problems (summary, signer). Text fields hold what the drafter typed; the
punctuation the Decree fixes ("./." after the body, ";" after each recipient, "." after
the Lưu line, the number's leading zero) is added by the layout, not stored here.

Text inside body paragraphs may carry light emphasis: ``**bold**`` and ``*italic*``
(see ``model.inline``). A newline inside a text field separates paragraphs.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from ucd_desktop.decree import numbers as nd30

__all__ = [
    "MOTTO",
    "NATIONAL_TITLE",
    "ONE_LINE",
    "TITLE_MARKS",
    "TYPE_NAME",
    "Appendix",
    "Archive",
    "BodyItem",
    "ItemKind",
    "Notice",
    "PageSetup",
    "Recipient",
    "Secrecy",
    "Signature",
    "Table",
    "TitleEnd",
    "Urgency",
    "is_single_line",
    "new_id",
]

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
TYPE_NAME = "THÔNG BÁO"
INTERNAL_CIRCULATION = "LƯU HÀNH NỘI BỘ"


#: Field metadata of a text that is one line: a newline typed, pasted or loaded there
#: becomes a space. On a list of lines (the issuing body), each line is one line.
#: ``storage.codec`` and the window read it; nothing decides by a field's bare name.
ONE_LINE: Mapping[str, object] = MappingProxyType({"single_line": True})


def is_single_line(f: dataclasses.Field[object]) -> bool:
    """Whether dataclass field ``f`` is marked ``ONE_LINE``."""
    return bool(f.metadata.get("single_line", False))


def new_id() -> str:
    """A short identifier for a body item, stable while the item is edited or moved."""
    return os.urandom(4).hex()  # secrets.token_hex, without importing secrets (~3 ms)


#: What an item id may hold, so that a field path ("body[<id>].text") names it.
ID_PATTERN = re.compile(r"[0-9A-Za-z_-]+")


class Urgency(StrEnum):
    NONE = ""
    KHAN = "KHẨN"
    THUONG_KHAN = "THƯỢNG KHẨN"
    HOA_TOC = "HỎA TỐC"


class Secrecy(StrEnum):
    NONE = ""
    MAT = "MẬT"
    TOI_MAT = "TỐI MẬT"
    TUYET_MAT = "TUYỆT MẬT"


class ItemKind(StrEnum):
    """Kinds of body items, from the outermost level to the innermost.

    Numbering is derived, never stored: sections "I.", clauses "1.", points "a)".
    A section restarts its clauses; a clause restarts its points.
    """

    SECTION = "section"
    CLAUSE = "clause"
    POINT = "point"
    BULLET = "bullet"
    PARAGRAPH = "paragraph"
    TABLE = "table"


#: Punctuation that may end a title, or start the text after it: then nothing is added.
TITLE_MARKS = ".:;,!?)"


class TitleEnd(StrEnum):
    """What separates a clause's (or point's) bold title from its text.

    "1. Về công tác chỉ đạo: Giao các sở…" (colon, the default), "1. Về công tác chỉ đạo.
    Giao các sở…" (full stop), or the title as a paragraph of its own with the text under
    it. A title that already ends in punctuation gets nothing added.
    """

    COLON = ":"
    STOP = "."
    PARAGRAPH = "paragraph"


#: Nesting depth of each kind, used by promote/demote (paragraphs and tables have none).
ITEM_LEVELS: dict[ItemKind, int] = {
    ItemKind.SECTION: 0,
    ItemKind.CLAUSE: 1,
    ItemKind.POINT: 2,
    ItemKind.BULLET: 3,
}


@dataclass
class Table:
    """A simple grid (e.g. unit | task | deadline) spanning the text width."""

    rows: list[list[str]] = field(default_factory=lambda: [["", ""], ["", ""]])
    #: Relative column widths; scaled to the text width by the layout.
    widths: list[float] = field(default_factory=lambda: [1.0, 1.0])
    #: How many leading rows are headings (bold, repeated on each page).
    header_rows: int = 1

    @property
    def columns(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class BodyItem:
    kind: ItemKind = ItemKind.PARAGRAPH
    #: Sections: the UPPERCASE title. Clauses and points: an optional bold title.
    title: str = field(default="", metadata=ONE_LINE)
    #: The running text (for sections, an optional paragraph under the title is a
    #: separate PARAGRAPH item, as in real notices).
    text: str = ""
    table: Table | None = None
    id: str = field(default_factory=new_id, metadata=ONE_LINE)
    #: Not "" while the item is carried over from an earlier notice ("Tạo mới từ thông báo
    #: này", a template that kept its conclusions) and the drafter has neither edited nor
    #: confirmed it: that notice's date as "YYYY-MM-DD", or "-" when it had none.
    carried_from: str = field(default="", metadata=ONE_LINE)
    #: Clauses and points with a title and text: what separates them (format 2).
    title_end: TitleEnd = TitleEnd.COLON


@dataclass
class Signature:
    #: Stacked authority lines, outermost first: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".
    authority: list[str] = field(default_factory=list, metadata=ONE_LINE)
    #: The signer's position, e.g. "PHÓ CHỦ TỊCH".
    position: str = field(default="", metadata=ONE_LINE)
    #: The signer's name in normal capitalisation, no academic titles.
    name: str = field(default="", metadata=ONE_LINE)


@dataclass
class Recipient:
    #: e.g. "TT. HĐND tỉnh", "Các sở, ngành tỉnh".
    text: str = ""
    #: e.g. "b/c" (report upward) or "để thực hiện"; shown in brackets after the text.
    note: str = field(default="", metadata=ONE_LINE)


@dataclass
class Archive:
    """The last recipient line: "- Lưu: VT, <unit> (<copies>)<initials>."."""

    unit: str = field(default="", metadata=ONE_LINE)
    copies: int | None = None
    initials: str = field(default="", metadata=ONE_LINE)


@dataclass
class PageSetup:
    """Page and type settings, each kept inside the Decree's range by validation."""

    margin_top_mm: float = nd30.MARGIN_DEFAULTS["top"]
    margin_bottom_mm: float = nd30.MARGIN_DEFAULTS["bottom"]
    margin_left_mm: float = nd30.MARGIN_DEFAULTS["left"]
    margin_right_mm: float = nd30.MARGIN_DEFAULTS["right"]
    #: Body text size in points (13 or 14).
    body_size: float = nd30.BODY_SIZE_DEFAULT
    #: Line spacing as a multiple of single (1.0 to 1.5).
    line_spacing: float = nd30.LINE_SPACING_DEFAULT
    #: First-line indent of body paragraphs in centimetres (1.0 or 1.27).
    first_line_indent_cm: float = nd30.FIRST_LINE_INDENT_DEFAULT_CM
    #: Space between body paragraphs in points (at least 6).
    paragraph_spacing_pt: float = nd30.PARAGRAPH_SPACING_DEFAULT_PT
    #: Room left to sign and stamp, in points (about 4 to 6 lines).
    signature_space_pt: float = nd30.SIGNATURE_SPACE_DEFAULT_PT


@dataclass
class Appendix:
    """A "Phụ lục" attached to the notice, laid out on its own pages after the signature.

    ``number`` is the number as the drafter writes it after "Phụ lục" ("I", "II", "1",
    "01"); left empty, it is derived: none for a single appendix, Roman numerals by
    position when there are two or more (Decree 30, Appendix I).
    """

    number: str = field(default="", metadata=ONE_LINE)
    #: The appendix's own title, printed in capitals.
    title: str = field(default="", metadata=ONE_LINE)
    items: list[BodyItem] = field(default_factory=list)


@dataclass
class Notice:
    #: Optional lines above the issuing body, e.g. ["UBND TỈNH LÀO CAI"].
    governing_body: list[str] = field(default_factory=list, metadata=ONE_LINE)
    #: Lines of the issuing body, e.g. ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"].
    issuing_body: list[str] = field(default_factory=list, metadata=ONE_LINE)
    #: Digits, or "" when the clerk writes the number after signing.
    number: str = field(default="", metadata=ONE_LINE)
    symbol: str = field(default="TB-UBND", metadata=ONE_LINE)
    place: str = field(default="", metadata=ONE_LINE)
    day: int | None = None
    month: int | None = None
    year: int | None = None
    urgency: Urgency = Urgency.NONE
    secrecy: Secrecy = Secrecy.NONE
    draft_mark: bool = False
    #: "LƯU HÀNH NỘI BỘ" when the notice circulates internally only (not yet laid out).
    internal_circulation: bool = False
    national_title: str = field(default=NATIONAL_TITLE, metadata=ONE_LINE)
    motto: str = field(default=MOTTO, metadata=ONE_LINE)
    summary: str = ""
    #: The addressee block ("Kính gửi: …", one line per entry, "Kính gửi" left out) of an
    #: old notice. A Thông báo (form 1.4) has none: kept so nothing is lost, never laid
    #: out, and validation says so.
    addressees: list[str] = field(default_factory=list)
    opening: str = ""
    lead_in: str = ""
    body: list[BodyItem] = field(default_factory=list)
    closing: str = ""
    signature: Signature = field(default_factory=Signature)
    recipients: list[Recipient] = field(default_factory=list)
    archive: Archive = field(default_factory=lambda: Archive(unit=""))
    #: Address, phone, e-mail of the issuer, printed at the foot of page 1.
    footer: str = ""
    appendices: list[Appendix] = field(default_factory=list)
    page: PageSetup = field(default_factory=PageSetup)

    def __post_init__(self) -> None:
        # Field paths, undo steps and the window name items by id: an id that a hand-edited
        # or merged draft made malformed or used twice would point nowhere, or at the wrong
        # item. Such an item gets a fresh id; nothing else changes.
        seen: set[str] = set()
        for item in [*self.body, *(it for a in self.appendices for it in a.items)]:
            while not ID_PATTERN.fullmatch(item.id) or item.id in seen:
                item.id = new_id()
            seen.add(item.id)

    def item(self, item_id: str) -> BodyItem | None:
        """The item with ``item_id`` in the body or in an appendix, or None."""
        for items in self.item_lists():
            found = next((it for it in items if it.id == item_id), None)
            if found is not None:
                return found
        return None

    def item_lists(self) -> list[list[BodyItem]]:
        """The body's items, then each appendix's: ids are unique across all of them."""
        return [self.body, *(a.items for a in self.appendices)]

    def items_in(self, owner: int | None) -> list[BodyItem]:
        """The body's items (``owner`` None) or appendix ``owner``'s ([] if there is none)."""
        if owner is None:
            return self.body
        return self.appendices[owner].items if 0 <= owner < len(self.appendices) else []

    def owner_of(self, item_id: str) -> int | None:
        """None for a body item, the appendix's index for an appendix item."""
        for index, appendix in enumerate(self.appendices):
            if any(it.id == item_id for it in appendix.items):
                return index
        return None

    def items_of(self, item_id: str) -> list[BodyItem]:
        """The list (the body or an appendix's items) that holds ``item_id``."""
        for items in self.item_lists():
            if any(it.id == item_id for it in items):
                return items
        raise KeyError(item_id)

    def item_index(self, item_id: str) -> int:
        """The position of ``item_id`` in the list that holds it (see ``items_of``)."""
        for i, it in enumerate(self.items_of(item_id)):
            if it.id == item_id:
                return i
        raise KeyError(item_id)
