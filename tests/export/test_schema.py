"""Every XML part valid against ECMA-376 (element order included), checked by openxml-audit."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator

from tests.export.parts import docx_bytes


def _errors(path: Path) -> list[str]:
    result = OpenXmlValidator().validate(path)
    return [f"{e.error_type.value}: {e.part_uri} {e.path}: {e.description}" for e in result.errors]


@pytest.mark.parametrize("name", ["example", "nasty", "one-page", "long"])
def test_package_is_valid(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.docx"
    path.write_bytes(docx_bytes(name))
    result = OpenXmlValidator(security_validation=True).validate(path)
    assert _errors(path) == []
    assert (result.error_count, result.warning_count) == (0, 0)  # nothing of any kind


def test_the_validator_catches_element_order(tmp_path: Path) -> None:
    """The check above can fail: w:pBdr moved after w:spacing is the classic mistake."""
    path = tmp_path / "bad.docx"
    with zipfile.ZipFile(io.BytesIO(docx_bytes("nasty"))) as z, zipfile.ZipFile(path, "w") as out:
        for name in z.namelist():
            data = z.read(name)
            if name == "word/document.xml":
                text = data.decode()
                border = text[text.index("<w:pBdr>") : text.index("</w:pBdr>") + 9]
                text = text.replace(border, "", 1)
                at = text.index("<w:jc ", text.index("<w:spacing "))
                data = (text[:at] + border + text[at:]).encode()
            out.writestr(name, data)
    errors = _errors(path)
    assert errors and all(e.startswith("schema") for e in errors)
    assert any("pBdr" in e or "jc" in e for e in errors)
