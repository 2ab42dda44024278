"""Vietnamese syllables, and the share of a text that is Vietnamese."""

from __future__ import annotations

import pytest

from tests.reading.conftest import SEED
from ucd_desktop.text.syllables import TRUSTED_SHARE, is_syllable, vietnamese_share


@pytest.mark.parametrize(
    "word",
    [
        "Ủy",
        "ban",
        "nhân",
        "dân",
        "tỉnh",
        "thông",
        "báo",
        "kết",
        "luận",
        "của",
        "Chủ",
        "tịch",
        "tại",
        "cuộc",
        "họp",
        "nghe",
        "tiến",
        "độ",
        "thực",
        "hiện",
        "dự",
        "án",
        "đường",
        "giao",
        "quốc",
        "lộ",
        "khuyến",
        "khích",
        "người",
        "tuyên",
        "truyền",
        "quyết",
        "định",
        "giữa",
        "gìn",
        "yêu",
        "cầu",
        "huyện",
        "xã",
        "thủy",
        "lợi",
        "hoà",
        "hòe",
        "thuở",
        "khoảng",
        "nghiêng",
        "quyển",
        "oải",
        "ngoằn",
        "ngoèo",
    ],
)
def test_real_syllables(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize(
    "word",
    ["7ӌ1", "ab", "xyz", "tèt", "cảp", "bàch", "ngh", "thw", "iêt", "aă", "hăi", "kiê", "q"],
)
def test_not_syllables(word: str) -> None:
    # "tèt": a syllable ending in a stop takes only the acute or the dot below
    assert not is_syllable(word)


def test_the_seed_notice_is_vietnamese() -> None:
    assert vietnamese_share(SEED.read_text(encoding="utf-8")) > 0.97


def test_glyph_numbers_are_not_vietnamese() -> None:
    # what pdftotext shows for a Word PDF whose fonts have no Unicode map
    garbled = "7ӌ1+ LÀO CAI &Ӝ1* HÕA XÃ HӜI &+Ӫ 1*+Ƭ$ 9,ӊ7 1$0 Ĉӝc lұp - 7ӵ do"
    assert vietnamese_share(garbled) < TRUSTED_SHARE
    assert vietnamese_share("\ufffd\ufffd\ufffd \ufffd\ufffd") == 0.0


def test_numbers_and_abbreviations_count_neither_way() -> None:
    assert vietnamese_share("UBND HĐND 30/2020/NĐ-CP 15h30 a) b) TB-UBND") == 1.0
    assert vietnamese_share("Số: 45/TB-VP Hà Nội, ngày 15 tháng 4 năm 2024") == 1.0
