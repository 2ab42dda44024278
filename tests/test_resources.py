from __future__ import annotations

from ucd_desktop.resources import examples_dir, resource_path, templates_dir, translations_dir


def test_bundled_folders_are_found() -> None:
    assert (templates_dir() / "hoi-nghi.toml").is_file()
    assert (examples_dir() / "long-an-2022.ucd").is_file()
    assert resource_path("fonts", "liberation-serif-metrics.json.gz").is_file()
    assert any(translations_dir().glob("vi/LC_MESSAGES/*.mo"))
