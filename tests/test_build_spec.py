"""build.spec: its data list against the files the app loads at runtime, the filters,
its two programs, and the baseline built the same way (tests/test_build_bundle.py runs
a real build)."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, ClassVar

import pytest

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "build.spec"
BARE_SPEC = REPO / "tools" / "bare_window.spec"
SITE = Path(importlib.util.find_spec("babel").origin).parent.parent  # type: ignore[arg-type, union-attr]


class Recorded:
    """Stands for a PyInstaller build object; keeps what the spec gave it."""

    made: ClassVar[list[Recorded]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        Recorded.made.append(self)


class Analysis(Recorded):
    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        super().__init__(scripts, **kwargs)
        self.scripts = [(Path(s).stem, s, "PYSOURCE") for s in scripts]
        self.pure: list[Any] = []
        # What PyInstaller's hooks add on top of the spec's own list, to check the filters.
        hooks = [
            (f"babel/locale-data/{name}.dat", "x", "DATA")
            for name in ("vi", "en", "root", "fr", "zh_Hant", "vi_VN", "en_GB")
        ] + [
            ("babel/global.dat", "x", "DATA"),
            ("docx/templates/default.docx", "x", "DATA"),
            ("docx/templates/default-header.xml", "x", "DATA"),
            ("docx/templates/default-docx-template/word/styles.xml", "x", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
            ("pypdfium2/version.json", "x", "DATA"),
            ("pypdfium2_raw/version.json", "x", "DATA"),
        ]
        self.datas = [
            (f"{dest}/{Path(src).name}", src, "DATA") for src, dest in kwargs["datas"]
        ] + hooks
        self.binaries = [
            ("libcups.so.2", "x", "BINARY"),
            ("libgnutls.so.30", "x", "BINARY"),
            ("libpython3.11.so.1.0", "x", "BINARY"),
            ("PySide6/Qt/lib/libQt6Pdf.so.6", "x", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqpdf.so", "x", "BINARY"),
            ("pypdfium2_raw/libpdfium.so", "x", "BINARY"),
            ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "x", "BINARY"),
        ]


class PYZ(Recorded):
    pass


class EXE(Recorded):
    pass


class COLLECT(Recorded):
    pass


def run_spec(spec: Path, workpath: Path) -> dict[str, Any]:
    """Execute a spec as PyInstaller does, with recording stand-ins for its classes."""
    Recorded.made = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(spec.parent),
        "SPEC": str(spec),
        "workpath": str(workpath),
        "DISTPATH": str(workpath / "dist"),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
        "os": os,
    }
    saved = list(sys.path)
    try:
        exec(compile(spec.read_bytes(), str(spec), "exec"), namespace)
    finally:
        sys.path[:] = saved
    namespace["made"] = list(Recorded.made)
    return namespace


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_spec(SPEC, tmp_path_factory.mktemp("spec-work"))


def of(made: list[Recorded], kind: type) -> list[Any]:
    return [m for m in made if type(m) is kind]


# -- the runtime trace ---------------------------------------------------------------------

TRACE = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    opened, asked, loaded = set(), set(), set()

    def hook(event, args):
        if event == "open" and isinstance(args[0], (str, os.PathLike)):
            opened.add(os.path.realpath(os.fspath(args[0])))
        elif event == "ctypes.dlopen" and isinstance(args[0], str):
            loaded.add(os.path.realpath(args[0]))

    sys.addaudithook(hook)
    import ucd_desktop.resources as resources
    real = resources.resource_path
    def resource_path(*parts):
        path = real(*parts)
        asked.add(os.path.realpath(path))
        return path
    resources.resource_path = resource_path

    work = Path(sys.argv[1])
    from ucd_desktop.cli import main
    example = str(resources.examples_dir() / "long-an-2022.ucd")
    for args in (["templates"], ["validate", example], ["--lang", "en", "validate", example],
                 ["export", example, "-o", str(work / "a.docx")],
                 ["new", "-t", "hoi-nghi", "-o", str(work / "n.ucd")]):
        assert main(args) in (0, 1), args
    from ucd_desktop.smoke import run_smoke_test
    assert run_smoke_test(sys.argv[2:]) == 0
    from ucd_desktop.gui.qt_app import ensure_app
    ensure_app([])
    print(json.dumps({"opened": sorted(opened), "asked": sorted(asked), "loaded": sorted(loaded)}))
    """
)


@pytest.fixture(scope="module")
def runtime_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Files the app opens (and asks resources.py for) while doing its everyday work."""
    work = tmp_path_factory.mktemp("trace")
    env = dict(os.environ, UCD_DESKTOP_HOME=str(work / "home"), QT_QPA_PLATFORM="offscreen")
    extra = ["--require-pdf"] if shutil.which("soffice") else []
    done = subprocess.run(
        [sys.executable, "-c", TRACE, str(work), *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=work,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_every_bundled_file_the_app_reads_is_in_the_spec(
    spec: dict[str, Any], runtime_files: dict[str, list[str]]
) -> None:
    datas = {os.path.realpath(src): dest for src, dest in spec["app_datas"](REPO)}
    used = set(runtime_files["opened"]) | {p for p in runtime_files["asked"] if Path(p).is_file()}
    checked = 0
    for path in sorted(used):
        for folder, dest in (
            ("templates", "ucd_desktop/_templates"),
            ("resources", "ucd_desktop/_resources"),
        ):
            base = os.path.realpath(REPO / folder)
            if path.startswith(base + os.sep):
                relative = Path(path).relative_to(base).parent.as_posix()
                expected = dest if relative == "." else f"{dest}/{relative}"
                assert datas.get(path) == expected, f"{path} is not bundled at {expected}"
                checked += 1
    # Templates, the example, the metrics, the .mo catalogues and the icons at least.
    assert checked >= 8, sorted(used)
    assert any(p.endswith(".mo") for p in used) and any(p.endswith(".toml") for p in used)


def test_third_party_data_the_app_reads_survives_the_filters(
    spec: dict[str, Any], runtime_files: dict[str, list[str]]
) -> None:
    keep = spec["keep_data"]
    seen = []
    for path in runtime_files["opened"]:
        for package in ("babel", "docx", "pypdfium2", "pypdfium2_raw"):
            base = os.path.realpath(SITE / package)
            if path.startswith(base + os.sep):
                dest = f"{package}/{Path(path).relative_to(base).as_posix()}"
                assert keep(dest), f"{dest} is read at runtime but left out of the bundle"
                seen.append(dest)
    assert "babel/locale-data/vi.dat" in seen and "babel/locale-data/root.dat" in seen
    assert "babel/locale-data/en.dat" in seen
    # PDFium: the library pypdfium2_raw loads (preview, printing, PDF import) stays in.
    base = os.path.realpath(SITE / "pypdfium2_raw")
    libraries = [p for p in runtime_files["loaded"] if p.startswith(base + os.sep)]
    assert libraries, runtime_files["loaded"]
    for path in libraries:
        dest = f"pypdfium2_raw/{Path(path).relative_to(base).as_posix()}"
        assert spec["keep_binary"](dest), f"{dest} is loaded at runtime but left out"


def test_the_filters(spec: dict[str, Any]) -> None:
    analysis = of(spec["made"], Analysis)[0]
    datas = {d[0] for d in analysis.datas}
    babel = sorted(d for d in datas if d.startswith("babel/locale-data/"))
    assert babel == [
        "babel/locale-data/en.dat",
        "babel/locale-data/root.dat",
        "babel/locale-data/vi.dat",
    ]
    assert "babel/global.dat" in datas and "docx/templates/default.docx" in datas
    assert "docx/templates/default-header.xml" in datas
    assert not any("default-docx-template" in d for d in datas)
    # Qt's own catalogues stay out; the app's Vietnamese one for Qt's texts goes in.
    assert [d for d in datas if d.endswith(".qm")] == [
        "ucd_desktop/_resources/translations/qt/qtbase_vi.qm"
    ]
    assert {"pypdfium2/version.json", "pypdfium2_raw/version.json"} <= datas
    binaries = {b[0] for b in analysis.binaries}
    # QtPdf stays out even where PySide6-Pdf is installed: PDFium comes with pypdfium2.
    assert "PySide6/Qt/plugins/imageformats/libqpdf.so" not in binaries
    assert "PySide6/Qt/lib/libQt6Pdf.so.6" not in binaries
    assert "pypdfium2_raw/libpdfium.so" in binaries and "libpython3.11.so.1.0" in binaries
    assert "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so" in binaries
    if sys.platform.startswith("linux"):
        assert "libcups.so.2" not in binaries and "libgnutls.so.30" not in binaries
    keep_binary = spec["keep_binary"]
    assert keep_binary("libcups.so.2", "win32") and not keep_binary("libcups.so.2", "linux")
    assert keep_binary("Qt6PrintSupport.dll", "win32") and keep_binary("pdfium.dll", "win32")
    assert not keep_binary("Qt6Pdf.dll", "win32")
    assert not keep_binary("PySide6/plugins/imageformats/qpdf.dll", "win32")


def test_the_data_list(spec: dict[str, Any]) -> None:
    pairs = spec["app_datas"](REPO)
    sources = {Path(src) for src, _dest in pairs}
    assert all(p.is_file() for p in sources)
    assert not any(p.suffix in (".po", ".pot") for p in sources)
    catalogues = set((REPO / "resources" / "translations").glob("*/LC_MESSAGES/*.mo"))
    assert catalogues and catalogues <= sources
    qt = REPO / "resources" / "translations" / "qt"
    assert qt / "qtbase_vi.qm" in sources and qt / "qtbase_vi.ts" not in sources
    assert set((REPO / "templates").glob("*.toml")) <= sources
    assert REPO / "resources" / "examples" / "long-an-2022.ucd" in sources
    assert REPO / "resources" / "fonts" / "LICENSE-liberation-fonts.txt" in sources
    # The preview's serif with every Vietnamese letter (gui/preview/fonts.py).
    assert set((REPO / "resources" / "fonts").glob("LiberationSerif-*.ttf")) <= sources
    assert len(list((REPO / "resources" / "fonts").glob("LiberationSerif-*.ttf"))) == 4


def test_a_frozen_layout_finds_its_files(spec: dict[str, Any], tmp_path: Path) -> None:
    """The package with only the spec's data beside it, as in the bundle: it must work."""
    bundle = tmp_path / "_internal"
    shutil.copytree(
        REPO / "ucd_desktop", bundle / "ucd_desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    for src, dest in spec["app_datas"](REPO):
        (bundle / dest).mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, bundle / dest)
    code = (
        "import ucd_desktop, ucd_desktop.resources as r;"
        "print(ucd_desktop.__file__); print(r.templates_dir()); print(r.resources_dir());"
        "from ucd_desktop.cli import main;"
        "raise SystemExit(main(['validate', str(r.examples_dir() / 'long-an-2022.ucd')]))"
    )
    env = dict(os.environ, PYTHONPATH=str(bundle), UCD_DESKTOP_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines[0].startswith(str(bundle / "ucd_desktop"))
    assert lines[1:3] == [
        str(bundle / "ucd_desktop" / "_templates"),
        str(bundle / "ucd_desktop" / "_resources"),
    ]
    assert "Không có vấn đề nào" in done.stdout or lines[3:]


def check_programs(spec: dict[str, Any], windows: bool) -> None:
    exes = of(spec["made"], EXE)
    by_name = {e.kwargs["name"]: e.kwargs for e in exes}
    if windows:  # a windowed program and a console one
        assert set(by_name) == {"ucd-desktop", "ucd-desktop-cli"}
        assert by_name["ucd-desktop"]["console"] is False
        assert by_name["ucd-desktop-cli"]["console"] is True
    else:  # one program is both; the -cli name is a link to it (the PYZ is not packed twice)
        assert set(by_name) == {"ucd-desktop"}
        assert by_name["ucd-desktop"]["console"] is True
        link = Path(spec["DISTPATH"]) / "ucd-desktop" / "ucd-desktop-cli"
        assert link.is_symlink() and os.readlink(link) == "ucd-desktop"
    for kwargs in by_name.values():
        assert kwargs["exclude_binaries"] is True  # onedir
        assert all(Path(i).is_file() and i.endswith(".ico") for i in kwargs["icon"])
        version = Path(kwargs["version"]).read_text(encoding="utf-8")
        tree = ast.parse(version)  # the text PyInstaller evaluates
        assert isinstance(tree.body[0], ast.Expr)
        assert "'ProductName', 'Soạn thảo Thông báo kết luận'" in version
        assert "0x042a" in version  # Vietnamese
    [collect] = of(spec["made"], COLLECT)
    assert collect.kwargs["name"] == "ucd-desktop" and len(collect.args) == len(exes) + 2
    analysis = of(spec["made"], Analysis)[0]
    entry = Path(analysis.args[0][0]).read_text(encoding="utf-8")
    assert "from ucd_desktop.cli import main" in entry


def test_the_programs_in_one_folder(spec: dict[str, Any]) -> None:
    check_programs(spec, windows=sys.platform == "win32")


def test_windows_gets_a_windowed_and_a_console_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    check_programs(run_spec(SPEC, tmp_path), windows=True)


def test_nothing_the_app_imports_is_excluded(spec: dict[str, Any]) -> None:
    from ucd_desktop.commands import COMMANDS

    analysis = of(spec["made"], Analysis)[0]
    hidden = set(analysis.kwargs["hiddenimports"])
    assert set(COMMANDS.values()) <= hidden
    assert {
        "ucd_desktop.smoke",
        "ucd_desktop.gui.app",
        "ucd_desktop.gui.printing.printer",
    } <= hidden
    excluded = set(analysis.kwargs["excludes"])
    imported: set[str] = set()
    for path in (REPO / "ucd_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module)
    clash = {
        name for name in imported for ex in excluded if name == ex or name.startswith(ex + ".")
    }
    assert not clash, f"build.spec excludes modules the app imports: {sorted(clash)}"
    assert "pypdfium2" in imported and "PySide6.QtPrintSupport" in imported
    assert not {"PySide6.QtPdf", "pdfplumber", "pdfminer"} & imported
    assert {"cryptography", "pdfplumber", "pdfminer", "PIL"} <= excluded


def test_baseline_is_built_the_same_way(spec: dict[str, Any], tmp_path: Path) -> None:
    bare = run_spec(BARE_SPEC, tmp_path)
    app_exe = {e.kwargs["name"]: e.kwargs for e in of(spec["made"], EXE)}["ucd-desktop"]
    [bare_exe] = of(bare["made"], EXE)
    for option in ("strip", "upx", "console", "exclude_binaries", "debug"):
        assert bare_exe.kwargs[option] == app_exe[option], option
    [bare_collect] = of(bare["made"], COLLECT)
    [app_collect] = of(spec["made"], COLLECT)
    for option in ("strip", "upx"):
        assert bare_collect.kwargs[option] == app_collect.kwargs[option]
    # The generic trimming applies to both.
    analysis = of(bare["made"], Analysis)[0]
    assert not any(d[0].endswith(".qm") for d in analysis.datas)
