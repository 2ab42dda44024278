"""A summary in capitals back in sentence case, from the casing the body uses."""

from __future__ import annotations

from ucd_desktop.reading.casing import sentence_case

BODY = [
    "Ngày 26/5/2022, Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm chủ trì Hội nghị sơ kết Quy chế.",
    "Các sở, ngành phối hợp với Liên đoàn Lao động tỉnh.",
]


def test_casing_comes_from_the_body() -> None:
    text, undecided = sentence_case(
        "KẾT LUẬN CỦA PHÓ CHỦ TỊCH UBND TỈNH NGUYỄN MINH LÂM TẠI HỘI NGHỊ SƠ KẾT QUY CHẾ", BODY
    )
    assert text == "Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm tại Hội nghị sơ kết Quy chế"
    # Not in the body: written small and reported (the first word is capitalised anyway).
    assert undecided == ["luận", "của", "tại"]


def test_longer_runs_win_and_unknown_words_are_reported() -> None:
    text, undecided = sentence_case("VỀ LIÊN ĐOÀN LAO ĐỘNG TỈNH VÀ BẾN TRE", BODY)
    assert text.startswith("Về Liên đoàn Lao động tỉnh")
    assert "tre" in undecided or "bến" in undecided


def test_acronyms_keep_their_capitals() -> None:
    text, undecided = sentence_case("BÁO CÁO CỦA HĐND VÀ LĐLĐ", [])
    assert text == "Báo cáo của HĐND và LĐLĐ"
    assert "hđnd" not in undecided and "báo" not in undecided
