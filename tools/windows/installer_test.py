"""The installer under Wine, as IT and a drafter meet it (run by tools/windows/check.sh).

    python tools/windows/installer_test.py --setup SETUP.exe --work WORK --draft X.ucd

Needs WINEPREFIX (a prepared prefix) and DISPLAY (Xvfb) in the environment. Steps, each
printed as "ok ..." or "FAIL ...":

1. silent install for IT: ``/S /SHARED=C:\\Mẫu dùng chung /D=C:\\Ứng dụng\\ucd-desktop``
   (a Vietnamese folder with spaces), no administrator rights asked;
2. the Start-menu and desktop shortcuts exist and point at the installed ucd-desktop.exe;
3. the shared template folder set by /SHARED is read: ``ucd-desktop-cli.exe templates``
   lists the template put there as shared;
4. .ucd is associated: opening a draft through the association (``start``, which is
   ShellExecute, as a double-click) starts the app with that draft (its window's title);
5. silent uninstall removes the program, the shortcuts and the association, and leaves
   the user's drafts and templates.

Wine's Windows programs cannot write to a regular Unix file, so their output is piped.
Exit status 0 when every step passed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

NAME_VI = "Soạn thảo Thông báo kết luận"
#: No spaces: Wine quotes an argument holding one, and NSIS reads /D= only unquoted.
INSTALL_DIR = "C:\\Ứng-dụng\\ucd-desktop"
SHARED_DIR = "C:\\Mẫu-dùng-chung"
FAILED: list[str] = []


def report(ok: bool, what: str) -> bool:
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        FAILED.append(what)
    return ok


def wine(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """A Windows program under Wine, its output piped (never a regular file)."""
    return subprocess.run(
        ["wine", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )


def unix(prefix: Path, windows_path: str) -> Path:
    """C:\\x\\y -> PREFIX/drive_c/x/y."""
    drive, rest = windows_path[0].lower(), windows_path[3:]
    return prefix / f"drive_{drive}" / Path(*rest.split("\\"))


def _string_data(data: bytes, at: int, flags: int) -> dict[str, str]:
    """The .lnk's StringData (name, relative path, working folder, arguments, icon)."""
    found: dict[str, str] = {}
    unicode = bool(flags & 0x80)
    names = ((0x4, "name"), (0x8, "relative"), (0x10, "workdir"), (0x20, "args"), (0x40, "icon"))
    for bit, name in names:
        if not flags & bit:
            continue
        count = struct.unpack_from("<H", data, at)[0]
        size = count * 2 if unicode else count
        raw = data[at + 2 : at + 2 + size]
        found[name] = raw.decode("utf-16-le" if unicode else "cp1252").rstrip("\x00")
        at += 2 + size
    return found


def lnk_target(data: bytes) -> str:
    """The target path of a Windows shortcut (.lnk), from its LinkInfo.

    Wine writes only the ANSI form of the path there (a "?" for each Vietnamese letter);
    then the working folder (StringData, UTF-16) names the folder."""
    if len(data) < 0x4C or data[:4] != b"\x4c\x00\x00\x00":
        return ""
    flags = struct.unpack_from("<I", data, 0x14)[0]
    at = 0x4C
    if flags & 0x1:  # HasLinkTargetIDList
        at += 2 + struct.unpack_from("<H", data, at)[0]
    target = ""
    if flags & 0x2:  # HasLinkInfo
        info_size, header_size = struct.unpack_from("<II", data, at)
        base = struct.unpack_from("<I", data, at + 16)[0]
        base_unicode = struct.unpack_from("<I", data, at + 28)[0] if header_size >= 0x24 else 0
        if base_unicode:
            target = data[at + base_unicode :].decode("utf-16-le", "replace").split("\x00", 1)[0]
        else:
            raw = data[at + base :]
            target = raw[: raw.find(b"\x00")].decode("cp1252", "replace")
        at += info_size
    strings = _string_data(data, at, flags)
    if "?" in target and strings.get("workdir"):
        target = strings["workdir"].rstrip("\\") + "\\" + target.rsplit("\\", 1)[-1]
    return target


def registry_value(prefix: Path, key: str) -> str:
    """A value under HKEY_CURRENT_USER, read by the Windows Python (winreg) and printed as
    ASCII JSON: reg.exe's output loses the letters outside the console's code page."""
    code = (
        "import json, winreg\n"
        "try:\n"
        f"    print(json.dumps(winreg.QueryValue(winreg.HKEY_CURRENT_USER, {key!r})))\n"
        "except OSError:\n"
        "    print(json.dumps(None))\n"
    )
    result = wine(str(prefix / "drive_c" / "py311" / "python.exe"), "-c", code, timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    try:
        value = json.loads(lines[-1]) if lines else None
    except ValueError:
        value = None
    return value if isinstance(value, str) else ""


def find_shortcuts(prefix: Path) -> list[Path]:
    return sorted((prefix / "drive_c" / "users").rglob(f"{NAME_VI}.lnk"))


def window_titles(pattern: str) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", pattern],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    titles = []
    for wid in found:
        name = subprocess.run(
            ["xdotool", "getwindowname", wid], capture_output=True, text=True, check=False
        ).stdout.strip()
        titles.append(name)
    return titles


def poll(condition: object, bound: float, step: float = 1.0) -> bool:
    assert callable(condition)
    end = time.monotonic() + bound
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setup", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--draft", type=Path, required=True)
    parser.add_argument("--bound", type=float, default=180)
    args = parser.parse_args()
    prefix = Path(os.environ["WINEPREFIX"])
    # Wine passes Unix arguments and file names through the locale's encoding: UTF-8 here.
    os.environ["LC_ALL"] = "C.UTF-8"
    env_home = os.environ.pop("UCD_DESKTOP_HOME", None)
    assert env_home is None or env_home  # the app must use its real Windows folders here

    # A template in the shared folder IT names with /SHARED.
    shared = unix(prefix, SHARED_DIR)
    shared.mkdir(parents=True, exist_ok=True)
    source = Path(__file__).resolve().parents[2] / "templates" / "cuoc-hop.toml"
    text = source.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^id = ".*"$', 'id = "mau-chung-so"', text, count=1)
    text = re.sub(r'(?m)^name = ".*"$', 'name = "Mẫu chung của Sở"', text, count=1)
    (shared / "mau-chung-so.toml").write_text(text, encoding="utf-8")

    # 1. silent install
    setup_win = "Z:" + str(args.setup.resolve()).replace("/", "\\")
    result = wine(setup_win, "/S", f"/SHARED={SHARED_DIR}", f"/D={INSTALL_DIR}")
    print(result.stdout, end="")
    installed = unix(prefix, INSTALL_DIR)
    exe = installed / "ucd-desktop.exe"
    cli = installed / "ucd-desktop-cli.exe"
    report(
        result.returncode == 0 and exe.is_file() and cli.is_file(),
        f"silent install into {INSTALL_DIR} (/S /SHARED= /D=)",
    )

    # 2. shortcuts
    links = find_shortcuts(prefix)
    targets = [lnk_target(p.read_bytes()) for p in links]
    places = {"Start Menu" if "Start Menu" in str(p) else p.parent.name for p in links}
    print(f"shortcuts: {[str(p.relative_to(prefix)) for p in links]} -> {targets}")
    report(
        len(links) >= 2
        and "Start Menu" in places
        and all(t.lower() == f"{INSTALL_DIR}\\ucd-desktop.exe".lower() for t in targets)
        and all(unix(prefix, t).is_file() for t in targets),
        f"shortcuts “{NAME_VI}” in the Start menu and on the desktop, target exists",
    )

    # 3. the shared template folder from /SHARED
    listed = wine(str(cli), "templates", timeout=120)
    print(listed.stdout, end="")
    report(
        listed.returncode == 0
        and "mau-chung-so" in listed.stdout
        and "dùng chung" in listed.stdout,
        "the /SHARED template folder is read (templates lists its template as shared)",
    )

    # 4. the association: open a draft as a double-click would
    open_key = "Software\\Classes\\ucd-desktop.draft\\shell\\open\\command"
    command_line = registry_value(prefix, open_key)
    print(f"open command: {command_line}")
    expected = f'"{INSTALL_DIR}\\ucd-desktop.exe" "%1"'
    report(
        command_line.lower() == expected.lower(),
        ".ucd open command registered (HKCU\\Software\\Classes)",
    )
    drafts = unix(prefix, "C:\\users\\Public\\Documents\\Bản nháp")
    drafts.mkdir(parents=True, exist_ok=True)
    draft = drafts / "hop-thang-5.ucd"
    shutil.copyfile(args.draft, draft)
    # Wine 8 does not show HKEY_CURRENT_USER\Software\Classes through HKEY_CLASSES_ROOT
    # as Windows does, so its ShellExecute ("start") misses a per-user association: the
    # registered open command is run here exactly as Windows would run it.
    command = re.search(r'^"([^"]+)"\s+"%1"$', command_line)
    program = command.group(1) if command else f"{INSTALL_DIR}\\ucd-desktop.exe"
    draft_win = "C:\\users\\Public\\Documents\\Bản nháp\\hop-thang-5.ucd"
    opener = subprocess.Popen(
        ["wine", program, draft_win],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    shown = poll(lambda: bool(window_titles("hop-thang-5")), args.bound)
    print(f"windows: {window_titles('hop-thang-5')}")
    if shown:
        shot = args.work / "shot-association.png"
        time.sleep(3)  # a shot for the eye only; the check above is the test
        subprocess.run(["import", "-window", "root", str(shot)], check=False)
    report(shown, "the .ucd open command starts the app with that draft (its window title)")
    subprocess.run(["wineserver", "-k"], check=False)
    subprocess.run(["wineserver", "-w"], check=False)
    opener.wait(timeout=60)
    for lock in drafts.glob(".~*.lock"):
        lock.unlink()

    # 5. uninstall keeps the user's data
    user_templates = (
        next(iter(sorted((prefix / "drive_c" / "users").glob("*/AppData/Local"))), prefix)
        / "ucd-desktop"
        / "templates"
    )
    user_templates.mkdir(parents=True, exist_ok=True)
    (user_templates / "mau-cua-toi.toml").write_text(text, encoding="utf-8")
    uninstall = wine(f"{INSTALL_DIR}\\uninstall.exe", "/S")
    print(uninstall.stdout, end="")
    gone = poll(lambda: not exe.exists() and not find_shortcuts(prefix), args.bound)
    report(gone, "silent uninstall removes the program and the shortcuts")
    report(registry_value(prefix, open_key) == "", "uninstall removes the .ucd association")
    report(
        draft.is_file() and (user_templates / "mau-cua-toi.toml").is_file(),
        "uninstall leaves the user's drafts and templates",
    )
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
