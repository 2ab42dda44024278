"""Tests for ucd_desktop.text.legacy.

The legacy strings below are written by hand from published TCVN3/VNI tables and
from samples quoted by open-source converters, not produced by the encoders, so a
wrong table entry fails here rather than round-tripping silently.
"""

from __future__ import annotations

import unicodedata

import pytest

from ucd_desktop.text.legacy import (
    decode_tcvn3,
    decode_vni,
    detect_legacy,
    encode_tcvn3,
    encode_vni,
    vietnamese_letters,
)

LETTERS = vietnamese_letters()
LOWER = LETTERS[:67]
UPPER = LETTERS[67:]
TCVN3_CAPITALS = "ĂÂĐÊÔƠƯ"  # the only capitals with marks the lowercase fonts have

# (Unicode, TCVN3 as stored in a ".VnTime" run); "\xad" is TCVN3 "ư".
TCVN3_SAMPLES = [
    ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Céng hßa x· héi chñ nghÜa ViÖt Nam"),
    ("Độc lập - Tự do - Hạnh phúc", "§éc lËp - Tù do - H¹nh phóc"),
    ("Uỷ ban nhân dân tỉnh Long An", "Uû ban nh©n d©n tØnh Long An"),
    ("Nguyễn Minh Lâm", "NguyÔn Minh L©m"),
    ("Bảo Thắng", "B¶o Th¾ng"),
    ("Mường Khương", "M\xadêng Kh\xad¬ng"),
    ("Bát Xát", "B¸t X¸t"),
    ("Thông báo kết luận", "Th«ng b¸o kÕt luËn"),
    ("Sở Tài chính", "Së Tµi chÝnh"),
    ("ngày 05 tháng 3 năm 2026", "ngµy 05 th¸ng 3 n¨m 2026"),
    ("Ăn Ông Ơn Ưng Ê Â", "¡n ¤ng ¥n ¦ng £ ¢"),
]

# (Unicode, VNI as stored in a "VNI-Times" run).
VNI_SAMPLES = [
    ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"),
    ("Độc lập - Tự do - Hạnh phúc", "Ñoäc laäp - Töï do - Haïnh phuùc"),
    ("Ủy ban nhân dân tỉnh Long An", "UÛy ban nhaân daân tænh Long An"),
    ("Nguyễn Minh Lâm", "Nguyeãn Minh Laâm"),
    ("Xin chào các bạn", "Xin chaøo caùc baïn"),
    ("Trường Đại học", "Tröôøng Ñaïi hoïc"),
    ("ỦY BAN NHÂN DÂN", "UÛY BAN NHAÂN DAÂN"),
    ("thuở ấy, khuỷu tay, Mỹ", "thuôû aáy, khuyûu tay, Myõ"),
    ("lực lượng vũ trang", "löïc löôïng vuõ trang"),
]

# Round trips of real phrases, for both encodings (at least twenty in all).
PHRASES = [
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Ủy ban nhân dân tỉnh Long An",
    "Nguyễn Minh Lâm",
    "Thông báo kết luận của Chủ tịch Ủy ban nhân dân tỉnh",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ",
    "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan",
    "Nơi nhận: Như trên; Lưu: VT.",
    "Trường Đại học Cần Thơ",
    "Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh",
    "Huyện Đức Hòa; xã Hựu Thạnh; ấp Bình Tiền",
    "Quyết định về việc phê duyệt dự toán ngân sách năm 2026",
    "Khẩn trương hoàn thành, báo cáo kết quả trước ngày 30 tháng 6",
    "người được giao nhiệm vụ phải chịu trách nhiệm trước pháp luật",
    "Phó Giám đốc Sở Tư pháp; Thủ trưởng các cơ quan, đơn vị",
    "Điều 1. Phạm vi điều chỉnh",
    "ỷ lại, ỹ, ỵ, ý kiến, kỳ họp, tỷ lệ, Mỹ Tho",
    "khuỷu tay, nguệch ngoạc, thuở ấy, quyết định, giữ gìn",
    "Ấp Ắp Ẩn Ẫn Ậy Ặc Ễ Ệ Ổ Ỗ Ộ Ở Ỡ Ợ Ử Ữ Ự Ỷ Ỹ Ỵ",
    "Bà Rịa - Vũng Tàu, Đắk Lắk, Thừa Thiên Huế, Hậu Giang",
]


def test_vietnamese_letters() -> None:
    assert len(LETTERS) == 134 == len(set(LETTERS))
    assert all(len(c) == 1 and unicodedata.is_normalized("NFC", c) for c in LETTERS)
    assert all(c.islower() for c in LOWER) and [c.upper() for c in LOWER] == UPPER
    assert {"đ", "ă", "ơ", "ư", "ự", "ỵ", "Đ", "Ặ"} <= set(LETTERS)
    assert not {"a", "A", "d", "f"} & set(LETTERS)


@pytest.mark.parametrize(("text", "legacy"), TCVN3_SAMPLES)
def test_decode_tcvn3_samples(text: str, legacy: str) -> None:
    assert decode_tcvn3(legacy) == text
    assert encode_tcvn3(text) == legacy


def test_decode_tcvn3_known_codes() -> None:
    # One code from each row of the table, by value.
    pairs = {0xB5: "à", 0xA8: "ă", 0xCB: "ậ", 0xAE: "đ", 0xD0: "é", 0xD6: "ệ", 0xDC: "ĩ"}
    pairs |= {0xE3: "ó", 0xE9: "ộ", 0xEE: "ợ", 0xF1: "ủ", 0xAD: "ư", 0xFE: "ỵ", 0xA7: "Đ"}
    for code, letter in pairs.items():
        assert decode_tcvn3(chr(code)) == letter


def test_tcvn3_codes_are_distinct_latin1_and_leave_ascii_alone() -> None:
    codes = [encode_tcvn3(c) for c in LOWER + list(TCVN3_CAPITALS)]
    assert len(set(codes)) == 74
    assert all(len(c) == 1 and "\xa1" <= c <= "\xfe" for c in codes)
    ascii_text = "".join(chr(i) for i in range(32, 127))
    assert decode_tcvn3(ascii_text) == ascii_text


def test_tcvn3_uppercase_font() -> None:
    assert (
        decode_tcvn3("céng hßa x· héi chñ nghÜa viÖt nam", uppercase_font=True)
        == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    )
    # Typists often held shift for the plain letters too; the font shows both the same.
    assert decode_tcvn3("CéNG HßA", uppercase_font=True) == "CỘNG HÒA"
    assert encode_tcvn3("ỦY BAN", uppercase_font=True) == "ñy ban"


def test_encode_tcvn3_refuses_what_it_cannot_hold() -> None:
    with pytest.raises(ValueError, match="uppercase_font"):
        encode_tcvn3("Ủy ban")
    for ch in ["×", "ß", "€", "ä"]:
        with pytest.raises(ValueError):
            encode_tcvn3(ch)


@pytest.mark.parametrize("letter", LOWER + list(TCVN3_CAPITALS))
def test_tcvn3_round_trip_lowercase_font(letter: str) -> None:
    assert decode_tcvn3(encode_tcvn3(letter)) == letter


@pytest.mark.parametrize("letter", UPPER)
def test_tcvn3_round_trip_uppercase_font(letter: str) -> None:
    legacy = encode_tcvn3(letter, uppercase_font=True)
    assert decode_tcvn3(legacy, uppercase_font=True) == letter


@pytest.mark.parametrize(("text", "legacy"), VNI_SAMPLES)
def test_decode_vni_samples(text: str, legacy: str) -> None:
    assert decode_vni(legacy) == text
    assert encode_vni(text) == legacy


@pytest.mark.parametrize(
    ("letter", "legacy"),
    [
        ("á", "aù"),
        ("à", "aø"),
        ("ả", "aû"),
        ("ã", "aõ"),
        ("ạ", "aï"),
        ("â", "aâ"),
        ("ấ", "aá"),
        ("ầ", "aà"),
        ("ẩ", "aå"),
        ("ẫ", "aã"),
        ("ậ", "aä"),
        ("ă", "aê"),
        ("ắ", "aé"),
        ("ằ", "aè"),
        ("ẳ", "aú"),
        ("ẵ", "aü"),
        ("ặ", "aë"),
        ("ơ", "ô"),
        ("ớ", "ôù"),
        ("ư", "ö"),
        ("ự", "öï"),
        ("đ", "ñ"),
        ("í", "í"),
        ("ì", "ì"),
        ("ỉ", "æ"),
        ("ĩ", "ó"),
        ("ị", "ò"),
        ("ỵ", "î"),
        ("Ấ", "AÁ"),
        ("Ơ", "Ô"),
        ("Ư", "Ö"),
        ("Đ", "Ñ"),
        ("Ỉ", "Æ"),
        ("Ĩ", "Ó"),
        ("Ỵ", "Î"),
    ],
)
def test_vni_letters_by_hand(letter: str, legacy: str) -> None:
    assert encode_vni(letter) == legacy
    assert decode_vni(legacy) == letter


@pytest.mark.parametrize("letter", LETTERS)
def test_vni_round_trip_every_letter(letter: str) -> None:
    assert decode_vni(encode_vni(letter)) == letter
    # Inside a word too, where the sequences meet their neighbours.
    word = f"Nh{letter}ng"
    assert decode_vni(encode_vni(word)) == word


def test_decode_vni_lenient_forms() -> None:
    assert decode_vni("Aù") == "Á"  # mark case mixed with the base's
    assert decode_vni("aÙ") == "á"
    assert decode_vni("yï") == "ỵ"
    assert decode_vni("caf\u00e9") == "café"  # a lone "é" is not a VNI sequence


def test_encode_vni_refuses_what_it_cannot_hold() -> None:
    for ch in ["€", "ß", "ü"]:
        with pytest.raises(ValueError):
            encode_vni(ch)


@pytest.mark.parametrize("phrase", PHRASES)
def test_round_trip_phrases(phrase: str) -> None:
    assert decode_vni(encode_vni(phrase)) == phrase
    needs_capital_font = any(c in UPPER and c not in TCVN3_CAPITALS for c in phrase)
    if needs_capital_font:
        shouted = phrase.upper()
        assert decode_tcvn3(encode_tcvn3(shouted, uppercase_font=True), uppercase_font=True) == (
            shouted
        )
    else:
        assert decode_tcvn3(encode_tcvn3(phrase)) == phrase
    assert decode_tcvn3(encode_tcvn3(phrase.lower())) == phrase.lower()


@pytest.mark.parametrize(("text", "legacy"), TCVN3_SAMPLES[:4] + TCVN3_SAMPLES[7:10])
def test_detect_tcvn3(text: str, legacy: str) -> None:
    assert detect_legacy(legacy) == "tcvn3"


@pytest.mark.parametrize(("text", "legacy"), VNI_SAMPLES)
def test_detect_vni(text: str, legacy: str) -> None:
    assert detect_legacy(legacy) == "vni"


@pytest.mark.parametrize("phrase", PHRASES[:17])
def test_detect_encoded_phrases(phrase: str) -> None:
    assert detect_legacy(encode_vni(phrase)) == "vni"
    assert detect_legacy(encode_tcvn3(phrase.lower())) == "tcvn3"
    # Runs in an uppercase font: lowercase codes, ASCII letters often typed as capitals.
    shouted = "".join(
        c.upper() if c.isascii() else c for c in encode_tcvn3(phrase.upper(), uppercase_font=True)
    )
    assert detect_legacy(shouted) == "tcvn3"


@pytest.mark.parametrize(
    "text",
    [
        *PHRASES,
        *(unicodedata.normalize("NFD", p) for p in PHRASES[:5]),
        "Ông ấy đã nói với các bạn rằng công việc này rất khó.",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ó, ò, ô, ố, à, á, ã, ì, í, ý, ú, ù, ê, é, è",
        "Hòa, Hoà, Thuỷ, Thủy, Khoẻ",
        "Công ty TNHH Müller Việt Nam, café Trung Nguyên",
    ],
)
def test_detect_unicode_vietnamese_is_none(text: str) -> None:
    assert detect_legacy(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12345 --- !!! ???",
        "The quick brown fox jumps over the lazy dog.",
        "naïve café résumé coöperate façade jalapeño",
        "Le thé est chaud, mais où est le café? Déjà vu, très élégant, français, Noël.",
        "Je suis allé à la gare où tu m'as attendu, près de l'hôtel.",
        "Où est-il ?",
        "Où",
        "OÙ EST-IL",
        "Größe, Müller, schön, Köln, für, über, Straße, Mädchen, Fußgänger",
        "Der König hört die Vögel über dem Fluß.",
        "El niño está en España mañana; sí, señor, año.",
        "São Paulo não é tão longe, irmã",
        "Ærø, Øresund, Ålborg, smörgåsbord",
    ],
)
def test_detect_other_languages_is_none(text: str) -> None:
    assert detect_legacy(text) is None
