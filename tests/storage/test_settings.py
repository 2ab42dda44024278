"""Settings and presets: defaults, round trip, ranges, damaged files kept aside."""

from __future__ import annotations

import json
from pathlib import Path

from ucd_desktop.i18n import set_language
from ucd_desktop.model.notice import Recipient
from ucd_desktop.storage.settings import (
    AUTOSAVE_RANGE,
    MAX_RECENT,
    IssuerPreset,
    RecipientList,
    Settings,
    SignerPreset,
    load_settings,
    save_settings,
    settings_path,
)


def test_first_start_gives_defaults_without_a_message() -> None:
    settings, message = load_settings()
    assert message is None
    assert settings == Settings()
    assert settings.language == "vi"


def test_round_trip_keeps_presets_and_lists() -> None:
    s = Settings(language="en", autosave_seconds=30, default_template="hoi-nghi")
    s.put_issuer(IssuerPreset("UBND tỉnh Long An", [], ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"]))
    s.put_signer(SignerPreset("Nguyễn Minh Lâm", "PHÓ CHỦ TỊCH", ["TM. ỦY BAN NHÂN DÂN"]))
    s.put_recipient_list(RecipientList("Báo cáo", [Recipient("TT. HĐND tỉnh", "b/c")]))
    s.template_folders = ["/mnt/chung/mau"]
    s.add_recent(Path("/tmp/a.ucd"))
    save_settings(s)
    loaded, message = load_settings()
    assert message is None
    assert loaded == s.normalized()
    assert loaded.signers[0].label == "Nguyễn Minh Lâm – PHÓ CHỦ TỊCH"
    assert loaded.recipient_lists[0].recipients == [Recipient("TT. HĐND tỉnh", "b/c")]
    text = settings_path().read_text(encoding="utf-8")
    assert "ỦY BAN NHÂN DÂN" in text  # readable JSON, not escaped


def test_saving_a_preset_twice_replaces_it() -> None:
    s = Settings()
    s.put_issuer(IssuerPreset("Văn phòng", issuing_body=["VĂN PHÒNG"]))
    s.put_issuer(IssuerPreset("Văn phòng", issuing_body=["VĂN PHÒNG UBND"]))
    assert [p.issuing_body for p in s.issuers] == [["VĂN PHÒNG UBND"]]
    s.put_signer(SignerPreset("A", "CHÁNH VĂN PHÒNG"))
    s.put_signer(SignerPreset("A", "CHÁNH VĂN PHÒNG", ["TL. CHỦ TỊCH"]))
    assert len(s.signers) == 1 and s.signers[0].authority == ["TL. CHỦ TỊCH"]


def test_values_are_brought_into_range() -> None:
    s = Settings(language="fr", autosave_seconds=0, recent_files=["a", "a", "b"])
    n = s.normalized()
    assert n.language == "vi"
    assert n.autosave_seconds == AUTOSAVE_RANGE[0]
    assert n.recent_files == ["a", "b"]
    assert Settings(autosave_seconds=99999).normalized().autosave_seconds == AUTOSAVE_RANGE[1]


def test_recent_files_most_recent_first_and_bounded(tmp_path: Path) -> None:
    s = Settings()
    for i in range(MAX_RECENT + 3):
        s.add_recent(tmp_path / f"{i}.ucd")
    s.add_recent(tmp_path / "5.ucd")
    assert len(s.recent_files) == MAX_RECENT
    assert s.recent_files[0] == str((tmp_path / "5.ucd").resolve())
    assert s.recent_files.count(str((tmp_path / "5.ucd").resolve())) == 1


def test_damaged_file_gives_defaults_a_message_and_is_kept() -> None:
    path = settings_path()
    path.write_text('{"format": "ucd-desktop-settings", "version": 1, "language": ', "utf-8")
    settings, message = load_settings()
    assert settings == Settings()
    assert message is not None and "hỏng" in message  # Vietnamese by default
    assert path.with_name("settings.json.bad").read_bytes() == path.read_bytes()


def test_wrong_shape_is_reported_with_the_place() -> None:
    doc = {"format": "ucd-desktop-settings", "version": 1, "signers": [{"name": 5}]}
    settings_path().write_text(json.dumps(doc), "utf-8")
    settings, message = load_settings()
    assert settings == Settings()
    assert message is not None and "signers[0].name" in message


def test_newer_version_is_refused_in_english_too() -> None:
    set_language("en")
    doc = {"format": "ucd-desktop-settings", "version": 99}
    settings_path().write_text(json.dumps(doc), "utf-8")
    _settings, message = load_settings()
    assert message is not None and "newer version" in message


def test_text_is_cleaned_on_reading() -> None:
    doc = {
        "format": "ucd-desktop-settings",
        "version": 1,
        "signers": [{"name": "Nguye\u0302\u0303n\u200b Va\u0306n A", "position": "X"}],
    }
    settings_path().write_text(json.dumps(doc), "utf-8")
    settings, message = load_settings()
    assert message is None
    assert settings.signers[0].name == "Nguyễn Văn A"
