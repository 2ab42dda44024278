"""A templates folder holding anything: the library lists every file, either as a template
or as broken with its folder and reason; the bundled templates keep working; an id two
folders share is listed twice and refused by itself, ``folder:id`` picks one.

Round 2 found a template with a 5,000-digit integer (tomllib's ValueError) stopping
``templates``, ``new`` (even for a bundled template) and the window's start, and a user
template taking a bundled template's id silently replacing it.
"""

from __future__ import annotations

import shutil
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import REPO
from tests.robustness import strategies as S
from tests.robustness.conftest import settings_for
from ucd_desktop.cli import main
from ucd_desktop.storage.paths import user_templates_dir
from ucd_desktop.templating.library import AmbiguousTemplate, TemplateLibrary

BUNDLED = {"hoi-nghi", "cuoc-hop", "lam-viec"}
GOOD = tomllib.loads((REPO / "templates" / "cuoc-hop.toml").read_text("utf-8"))
STATS: Counter[str] = Counter()

#: Values TOML can hold, for any key of a template.
toml_value = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True),
    S.line,
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.sampled_from(["key", "text", "a"]), S.line, max_size=2),
    st.just([{"key": 1}]),
    st.just([{"key": "x", "type": "nope"}]),
)
KEYS = ("format", "format_version", "id", "version", "name", "facts", "notice", "description")


@st.composite
def broken_text(draw: st.DrawFn) -> bytes:
    """A file a colleague, a tool or a failing disk could leave in the folder."""
    doc: dict[str, Any] = {**GOOD, "id": draw(st.sampled_from(["hong", "x-1", "a"]))}
    kind = draw(st.integers(0, 7))
    if kind == 0:  # a number tomllib refuses to convert
        digits = "9" * draw(st.integers(4_400, 6_000))
        key = draw(st.sampled_from(["version", "format_version", "x"]))
        rest = tomli_w.dumps({k: v for k, v in doc.items() if k != key})
        return f"{rest}\n{key} = {digits}\n".encode()
    if kind == 1:  # any key of the template holds any value
        doc[draw(st.sampled_from(KEYS))] = draw(toml_value)
        doc["format_version"] = 1
        doc["id"] = draw(st.sampled_from(["hong", "x-1"]))
        doc["name"] = 5 if S.one_in(draw, 2) else doc.get("name")
        return tomli_w.dumps({k: v for k, v in doc.items() if v is not None}).encode()
    if kind == 2:  # cut off half-way through saving
        text = tomli_w.dumps(doc).encode()
        return text[: draw(st.integers(1, len(text) - 1))]
    if kind == 3:  # an id with a line break
        return tomli_w.dumps({**doc, "id": "hong\n"}).encode()
    if kind == 4:  # not UTF-8, or binary
        return draw(
            st.sampled_from([b"\xff\xfe\x00i\x00d", "id = 'ư'".encode("cp1258"), b"\x00" * 9])
        )
    if kind == 5:  # nested thousands deep
        return b"format = " + b"[" * draw(st.integers(500, 20_000))
    if kind == 6:
        return draw(st.binary(max_size=200))
    return tomli_w.dumps({**doc, "facts": [{"key": "a"}, {"key": "a"}]}).encode()


@settings_for(40)
@given(
    files=st.lists(broken_text(), min_size=1, max_size=5),
    reuse=st.sampled_from(sorted(BUNDLED)),
    shadow=st.booleans(),
)
def test_any_folder_lists_every_file_and_keeps_the_rest_working(
    files: list[bytes], reuse: str, shadow: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = user_templates_dir()
    shutil.rmtree(folder)
    folder.mkdir()
    names = []
    for i, data in enumerate(files):
        names.append(f"mau-{i}.toml")
        (folder / names[-1]).write_bytes(data)
    if shadow:  # a user template that takes a bundled template's id
        text = (REPO / "templates" / f"{reuse}.toml").read_text("utf-8")
        (folder / "cua-toi.toml").write_text(
            text.replace('name = "', 'name = "Của tôi: ', 1), "utf-8"
        )
    library = TemplateLibrary.default()
    listed = {t.path.name for t in library.templates if t.path and t.path.parent == folder}
    broken = {b.path.name for b in library.broken}
    assert listed | broken == set(names) | ({"cua-toi.toml"} if shadow else set())
    assert not listed & broken
    for b in library.broken:
        assert b.folder == folder and b.reason.strip() and "Traceback" not in b.reason
        assert str(folder) in b.message()
    bundled = {t.id for t in library.templates if t.origin == "bundled"}
    assert bundled == BUNDLED
    if shadow:
        with pytest.raises(AmbiguousTemplate) as refused:
            library.lookup(reuse)
        assert f"user:{reuse}" in str(refused.value) and f"bundled:{reuse}" in str(refused.value)
        picked = library.lookup(f"bundled:{reuse}")
        assert picked is not None and picked.origin == "bundled"
        picked = library.lookup(f"user:{reuse}")
        assert picked is not None and picked.origin == "user"
        STATS["shared ids refused"] += 1
    else:
        found = library.lookup(reuse)
        assert found is not None and found.origin == "bundled"
    STATS["broken files listed"] += len(library.broken)


def test_the_commands_survive_a_broken_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = user_templates_dir()
    body = tomli_w.dumps({**GOOD, "id": "so-lon"})
    (folder / "so-lon.toml").write_text(body + "\nx = " + "9" * 5000 + "\n", "utf-8")
    text = (REPO / "templates" / "cuoc-hop.toml").read_text("utf-8")
    (folder / "cuoc-hop.toml").write_text(text, "utf-8")
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert "so-lon.toml" in out and str(folder) in out
    assert "user:cuoc-hop" in out and "bundled:cuoc-hop" in out
    assert main(["new", "-t", "hoi-nghi", "-o", str(tmp_path / "a.ucd")]) == 0
    assert main(["new", "-t", "cuoc-hop", "-o", str(tmp_path / "b.ucd")]) != 0
    err = capsys.readouterr().err
    assert (
        "user:cuoc-hop" in err and "bundled:cuoc-hop" in err and not (tmp_path / "b.ucd").exists()
    )
    assert main(["new", "-t", "bundled:cuoc-hop", "-o", str(tmp_path / "b.ucd")]) == 0


def teardown_module() -> None:
    print("\ntemplate library:", dict(STATS))
