from __future__ import annotations

from pathlib import Path

from ucd_desktop.templating.library import TemplateLibrary
from ucd_desktop.templating.template import parse_template, template_to_toml


def test_bundled_templates_load_without_problems() -> None:
    library = TemplateLibrary.default()
    assert {t.id for t in library.templates} >= {"hoi-nghi", "cuoc-hop", "lam-viec"}
    assert library.problems == []
    for t in library.templates:
        assert t.name and t.description and t.facts


def test_find_by_id_name_or_file() -> None:
    library = TemplateLibrary.default()
    for key in ("hoi-nghi", "Kết luận hội nghị", "hoi-nghi.toml"):
        found = library.find(key)
        assert found is not None and found.id == "hoi-nghi"
    assert library.find("không có") is None


def test_a_broken_template_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "hong.toml").write_text("format = [", "utf-8")
    library = TemplateLibrary.default(shared=[tmp_path])
    assert {"hoi-nghi", "cuoc-hop", "lam-viec"} <= {t.id for t in library.templates}
    assert len(library.problems) == 1 and "hong.toml" in library.problems[0]


def test_a_missing_shared_folder_is_reported(tmp_path: Path) -> None:
    library = TemplateLibrary.default(shared=[tmp_path / "o-mang-da-rut"])
    assert library.templates
    assert any("o-mang-da-rut" in p for p in library.problems)


def test_a_newer_user_template_wins(tmp_path: Path) -> None:
    bundled = TemplateLibrary.default().find("hoi-nghi")
    assert bundled is not None
    bundled.version += 1
    bundled.name = "Hội nghị của văn phòng"
    (tmp_path / "hn.toml").write_text(template_to_toml(bundled), "utf-8")
    library = TemplateLibrary.default(shared=[tmp_path])
    found = library.find("hoi-nghi")
    assert found is not None and found.origin == "shared" and found.version == bundled.version
    assert parse_template((tmp_path / "hn.toml").read_text("utf-8")).name == bundled.name
