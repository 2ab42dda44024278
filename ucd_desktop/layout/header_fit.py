"""Fitting real office names into the two header columns.

The header is a borderless table as wide as the text. Its right column holds the Quốc
hiệu, the motto and the place and date, which never wrap; its left column the governing
and issuing bodies, which may take several lines (the Decree allows it) but should break
where a clerk would: before "VÀ", after a comma, between "SỞ NÔNG NGHIỆP VÀ" and "PHÁT
TRIỂN NÔNG THÔN", never inside a word of two syllables ("NHÂN DÂN") and never leaving
one word alone on a line. The drafter's own lines are kept; only a line that cannot fit
is broken further, and ``header_breaks`` tells the drafter how.

Measured constraints (by our own metrics, Times New Roman advances):

- every line of a column leaves ``MIN_COLUMN_SLACK`` points in total inside its column,
  so a renderer whose widths differ a little never wraps it;
- the text of the two columns stays ``GAP_MM`` apart, in the top row (left lines beside
  the Quốc hiệu and motto) and in the number row ("Số:" beside the place and date).

Lines are centred in their columns, so the gap between them is (text width - left line -
right line) / 2 wherever the columns split: the split only has to leave each column its
slack. Sizes step down inside the Decree's ranges only when that costs less than a worse
break.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ucd_desktop.decree import Role, element
from ucd_desktop.decree import numbers as rules
from ucd_desktop.layout.metrics import text_width
from ucd_desktop.model.notice import MOTTO, NATIONAL_TITLE

__all__ = [
    "GAP_MM",
    "MIN_COLUMN_SLACK",
    "Fit",
    "LineBreak",
    "break_phrase",
    "fit_columns",
    "right_options",
]

#: Least air between the text of the two columns (mm).
GAP_MM = 3.0
#: Least air, in total, around a line inside its column (pt).
MIN_COLUMN_SLACK = 3.0
#: Preferred air (pt) around the right column's longest line, when the left can spare it.
PREFERRED_SLACK = 2 * rules.mm_to_pt(rules.HEADER_SLACK_MM)
#: What each step down costs: the right column (all at the top of their ranges, then a
#: smaller date, then everything at the bottom), the governing and the issuing body.
RIGHT_STEP_COSTS = (0.0, 0.6, 1.6)
GOVERNING_STEP_COST = 0.8
ISSUING_STEP_COST = 1.4
#: At most this many breaks are tried in one drafter's line.
MAX_BREAKS = 4

_GAP = rules.mm_to_pt(GAP_MM)
#: The left column keeps at least this share of the text width, whatever the right needs.
MIN_LEFT_SHARE = 1 / 3

# -- where a clerk breaks a name --------------------------------------------------------
#: Words of two or more syllables found in office names: never broken inside.
COMPOUNDS = frozenset(
    """ỦY BAN|NHÂN DÂN|HỘI ĐỒNG|QUỐC HỘI|ĐẠI BIỂU|VĂN PHÒNG|THÀNH PHỐ|NÔNG NGHIỆP|
    PHÁT TRIỂN|NÔNG THÔN|LAO ĐỘNG|THƯƠNG BINH|XÃ HỘI|VĂN HÓA|VĂN HOÁ|THỂ THAO|DU LỊCH|
    KINH TẾ|CÔNG NGHIỆP|QUẢN LÝ|TÀI CHÍNH|KẾ HOẠCH|ĐẦU TƯ|GIAO THÔNG|VẬN TẢI|XÂY DỰNG|
    TÀI NGUYÊN|MÔI TRƯỜNG|THÔNG TIN|TRUYỀN THÔNG|KHOA HỌC|CÔNG NGHỆ|GIÁO DỤC|ĐÀO TẠO|
    Y TẾ|TƯ PHÁP|NỘI VỤ|NGOẠI VỤ|CÔNG THƯƠNG|THANH TRA|DÂN TỘC|TÔN GIÁO|CHÍNH PHỦ|
    TRUNG ƯƠNG|TRUNG TÂM|CHI CỤC|TỔNG CỤC|THỊ XÃ|THỊ TRẤN|CHỦ NGHĨA|VIỆT NAM|CỘNG HÒA|
    HÀ NỘI|HẢI PHÒNG|ĐÀ NẴNG|CẦN THƠ|HỒ CHÍ|CHÍ MINH|THỪA THIÊN|BÀ RỊA|VŨNG TÀU|
    ĐỒNG NAI|BÌNH DƯƠNG|LONG AN|TIỀN GIANG|KIÊN GIANG|AN GIANG|ĐỒNG THÁP|BẾN TRE|
    KHÁNH HÒA|THANH HÓA|NGHỆ AN|HÀ TĨNH|QUẢNG NINH|QUẢNG NAM|QUẢNG NGÃI|QUẢNG BÌNH|
    QUẢNG TRỊ|LÂM ĐỒNG|ĐẮK LẮK|ĐẮK NÔNG|GIA LAI|KON TUM|LÀO CAI|LAI CHÂU|ĐIỆN BIÊN|
    SƠN LA|HÀ GIANG|CAO BẰNG|BẮC KẠN|LẠNG SƠN|TUYÊN QUANG|THÁI NGUYÊN|PHÚ THỌ|
    VĨNH PHÚC|BẮC NINH|BẮC GIANG|HẢI DƯƠNG|HƯNG YÊN|THÁI BÌNH|HÀ NAM|NAM ĐỊNH|NINH BÌNH|
    HÒA BÌNH|YÊN BÁI|BÌNH ĐỊNH|PHÚ YÊN|NINH THUẬN|BÌNH THUẬN|BÌNH PHƯỚC|TÂY NINH|
    VĨNH LONG|TRÀ VINH|SÓC TRĂNG|HẬU GIANG|BẠC LIÊU|CÀ MAU|ĐỨC HÒA|BẢO HIỂM|NGÂN HÀNG|
    NHÀ NƯỚC|QUỐC PHÒNG|CÔNG AN|BIÊN PHÒNG|PHÒNG CHÁY|CHỮA CHÁY|CỨU NẠN|CỨU HỘ|
    KIỂM SÁT|TÒA ÁN|MẶT TRẬN|TỔ QUỐC|THANH NIÊN|PHỤ NỮ|NÔNG DÂN|CỰU CHIẾN|CHIẾN BINH|
    KHU VỰC|CHẾ XUẤT|CÔNG NGHỆ CAO|THỦY LỢI|LÂM NGHIỆP|THỦY SẢN|KIỂM LÂM|ĐẤT ĐAI|
    ĐÔ THỊ|HẠ TẦNG|DỊCH VỤ|HÀNH CHÍNH|CÔNG CỘNG|ĐIỀU HÀNH|BAN HÀNH|XÚC TIẾN|THƯƠNG MẠI|
    TIẾP CÔNG|TIẾP DÂN|GIẢI PHÓNG|MẶT BẰNG|ĐỐI NGOẠI|HỢP TÁC|QUỐC TẾ|ĐIỆN LỰC|
    DÂN SỐ|GIA ĐÌNH|TRẺ EM|BÌNH ĐẲNG|GIỚI TÍNH|NHÀ Ở|BẤT ĐỘNG SẢN|TỔNG HỢP|PHÁP CHẾ|
    HỘ TỊCH|QUỐC TỊCH|CHỨNG THỰC|ĐĂNG KÝ|THỐNG KÊ|TIÊU CHUẨN|ĐO LƯỜNG|CHẤT LƯỢNG""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|")
)
_PAIRS = frozenset((a, b) for c in COMPOUNDS for a, b in itertools.pairwise(c.split()))
#: Nouns that begin a unit's or a place's name: a line may start with them.
HEADS = frozenset(
    [
        "ĐOÀN",
        "HỘI",
        "ỦY",
        "BAN",
        "SỞ",
        "BỘ",
        "CỤC",
        "VỤ",
        "VIỆN",
        "PHÒNG",
        "CHI",
        "TỔNG",
        "TRUNG",
        "TỈNH",
        "THÀNH",
        "HUYỆN",
        "QUẬN",
        "THỊ",
        "XÃ",
        "PHƯỜNG",
        "ĐẶC",
        "KHU",
        "TP.",
        "TP",
    ]
)
#: Costs of breaking a line at a boundary (lower is more natural).
COST_BEFORE_AND = 0.0
COST_AFTER_COMMA = 0.0
COST_AFTER_AND = 1.0
COST_AFTER_DASH = 2.5
COST_BEFORE_HEAD = 0.5
COST_PLAIN = 4.0
COST_IN_COMPOUND = 30.0
COST_BEFORE_DASH = 60.0
#: Each added line, a line of one word, and lines of very different lengths.
COST_LINE = 3.0
COST_LONE_WORD = 40.0
COST_RAGGED = 5.0


def right_options() -> list[tuple[tuple[float, float, float], float]]:
    """The right column's (Quốc hiệu, motto, place and date) sizes, preferred first,
    with the cost of each: read from the Decree's element table."""
    qh, motto, date = (element(r).size for r in (Role.NATIONAL_TITLE, Role.MOTTO, Role.PLACE_DATE))
    sizes = [
        (qh.high, motto.high, date.high),
        (qh.high, motto.high, date.low),
        (qh.low, motto.low, date.low),
    ]
    return list(zip(sizes, RIGHT_STEP_COSTS, strict=True))


def _left_options(role: Role, step_cost: float) -> list[tuple[float, float]]:
    size = element(role).size
    return [(size.high, 0.0), (size.low, step_cost)] if size.low < size.high else [(size.low, 0.0)]


def _width(text: str, size: float, role: Role) -> float:
    spec = element(role)
    return text_width(text, size, bold=bool(spec.bold), italic=bool(spec.italic))


def _boundary_cost(words: Sequence[str], i: int) -> float:
    """The cost of ending a line after ``words[i - 1]`` and starting one at ``words[i]``."""
    before, after = words[i - 1], words[i]
    if after in ("-", "–") or after.startswith(("-", "–")):
        return COST_BEFORE_DASH
    if after == "VÀ":
        return COST_BEFORE_AND
    if before.endswith((",", ";")):
        return COST_AFTER_COMMA
    if before in ("-", "–") or before.endswith(("-", "–")):
        return COST_AFTER_DASH
    if before == "VÀ":
        return COST_AFTER_AND
    if (before, after) in _PAIRS or (after == "HỘI" and before == "XÃ"):
        return COST_IN_COMPOUND
    if after in HEADS:
        return COST_BEFORE_HEAD
    return COST_PLAIN


@dataclass(frozen=True)
class LineBreak:
    """One drafter's line printed as several."""

    field: str
    original: str
    lines: tuple[str, ...]


def break_phrase(
    line: str, size: float, width: float, *, bold: bool
) -> tuple[tuple[str, ...], float]:
    """``line`` as the lines (each at most ``width`` wide) a clerk would break it into,
    and the cost of that choice (0 when it fits whole).

    Every way of breaking it at up to ``MAX_BREAKS`` word boundaries is scored: the
    boundaries' costs, a cost for each added line, for a line of one word and for lines
    of very different lengths. When no way fits (a word wider than the column), the
    narrowest way is taken.
    """
    return _break_phrase(" ".join(line.split()), size, round(width, 3), bold)


@lru_cache(maxsize=1024)
def _break_phrase(
    whole: str, size: float, width: float, bold: bool
) -> tuple[tuple[str, ...], float]:
    words = whole.split(" ")
    if text_width(whole, size, bold=bold) <= width + 1e-6 or len(words) < 2:
        return (whole,), 0.0
    # Line widths from prefix sums: Word does not kern, a line is its advances' sum.
    space = text_width(" ", size, bold=bold)
    prefix = [0.0]
    for word in words:
        prefix.append(prefix[-1] + text_width(word, size, bold=bold))
    boundary = [0.0] + [_boundary_cost(words, i) for i in range(1, len(words))]

    def span(a: int, b: int) -> float:
        return prefix[b] - prefix[a] + (b - a - 1) * space

    n = len(words)

    def fitting(start: int, breaks: int) -> Iterator[tuple[int, ...]]:
        """Cut positions after ``start`` (at most ``breaks`` of them) whose lines all fit:
        a line that is too wide only gets wider as its end moves right."""
        if span(start, n) <= width + 1e-6:
            yield ()
        if breaks == 0:
            return
        for cut in range(start + 1, n):
            if span(start, cut) > width + 1e-6:
                break
            for rest in fitting(cut, breaks - 1):
                yield (cut, *rest)

    # Word's own (greedy) breaking needs the fewest lines; a clerk's may take one more.
    greedy_cuts: list[int] = []
    used = 0.0
    for i in range(n):
        if i and used + span(i, i + 1) > width + 1e-6:
            greedy_cuts.append(i)
            used = 0.0
        used += span(i, i + 1) + space
    greedy = len(greedy_cuts)
    best: tuple[float, tuple[int, ...]] | None = None
    for cuts in fitting(0, min(MAX_BREAKS, n - 1, greedy + 1)):
        bounds = (0, *cuts, n)
        widths = [span(a, b) for a, b in itertools.pairwise(bounds)]
        cost = sum(boundary[c] for c in cuts) + COST_LINE * len(cuts)
        cost += COST_LONE_WORD * sum(1 for a, b in itertools.pairwise(bounds) if b - a == 1)
        cost += COST_RAGGED * (1 - min(widths) / max(widths))
        if best is None or cost < best[0]:
            best = (cost, bounds)
    if best is None:  # too long to break by phrases, or a word wider than the column
        bounds = (0, *greedy_cuts, n)
        return tuple(" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)), 1000.0
    return tuple(" ".join(words[a:b]) for a, b in itertools.pairwise(best[1])), best[0]


@dataclass(frozen=True)
class Fit:
    """The header's sizes, column widths and left-column lines."""

    governing: float
    issuing: float
    national_title: float
    motto: float
    place_date: float
    left_width: float
    right_width: float
    governing_lines: tuple[str, ...]
    issuing_lines: tuple[str, ...]
    breaks: tuple[LineBreak, ...]
    cost: float


def _fit_left(
    lines: Sequence[str], size: float, width: float, role: Role, field: str
) -> tuple[list[str], list[LineBreak], float, float]:
    """The drafter's ``lines`` fitted to ``width``: printed lines, the breaks made, their
    cost and the widest printed line."""
    bold = bool(element(role).bold)
    out: list[str] = []
    breaks: list[LineBreak] = []
    cost = 0.0
    for line in lines:
        pieces, c = break_phrase(line, size, width, bold=bold)
        cost += c
        out += pieces
        if len(pieces) > 1:
            breaks.append(LineBreak(field, " ".join(line.split()), pieces))
    widest = max((text_width(ln, size, bold=bold) for ln in out), default=0.0)
    return out, breaks, cost, widest


def fit_columns(
    governing: Sequence[str],
    issuing: Sequence[str],
    number: str,
    date: str,
    total: float,
    extra_left: Sequence[float] = (),
) -> Fit:
    """Sizes, widths and lines of the header for a text ``total`` points wide.

    ``number`` is the "Số:" line (13 pt), ``date`` the place and date; ``extra_left``
    widths of other left-column content (mark boxes) the column must hold.
    """
    number_w = _width(number, element(Role.NUMBER).default_size, Role.NUMBER)
    best: Fit | None = None
    governing_options = _left_options(Role.GOVERNING_BODY, GOVERNING_STEP_COST)
    issuing_options = _left_options(Role.ISSUING_BODY, ISSUING_STEP_COST)
    for (qh, motto, dsize), right_cost in right_options():
        top_right = max(
            _width(NATIONAL_TITLE, qh, Role.NATIONAL_TITLE), _width(MOTTO, motto, Role.MOTTO)
        )
        date_w = _width(date, dsize, Role.PLACE_DATE)
        right_w = max(top_right, date_w)
        # The left column's text: its own slack, the gap beside the top row.
        room = min(total - right_w - 2 * MIN_COLUMN_SLACK, total - top_right - 2 * _GAP)
        room = max(room, total * MIN_LEFT_SHARE - MIN_COLUMN_SLACK)
        date_fits = total - right_w - MIN_COLUMN_SLACK >= number_w + MIN_COLUMN_SLACK
        date_gap = total - number_w - date_w >= 2 * _GAP
        penalty = right_cost + (0.0 if date_fits and date_gap else 500.0)
        for (gsize, gcost), (isize, icost) in itertools.product(governing_options, issuing_options):
            glines, gbreaks, gc, gw = _fit_left(
                governing, gsize, room, Role.GOVERNING_BODY, "governing_body"
            )
            ilines, ibreaks, ic, iw = _fit_left(
                issuing, isize, room, Role.ISSUING_BODY, "issuing_body"
            )
            cost = penalty + gcost + icost + gc + ic
            if best is not None and cost >= best.cost - 1e-9:
                continue
            left_need = max(gw, iw, number_w, *extra_left) + MIN_COLUMN_SLACK
            right_need = right_w + MIN_COLUMN_SLACK
            right = min(
                max(right_w + PREFERRED_SLACK, total * rules.HEADER_RIGHT_MIN_SHARE),
                total - left_need,
            )
            right = max(right, right_need)
            if right > total * (1 - MIN_LEFT_SHARE):  # a place too long for any column
                right = max(total * (1 - MIN_LEFT_SHARE), total - left_need)
            best = Fit(
                gsize,
                isize,
                qh,
                motto,
                dsize,
                total - right,
                right,
                tuple(glines),
                tuple(ilines),
                tuple(gbreaks + ibreaks),
                cost,
            )
    assert best is not None
    return best
