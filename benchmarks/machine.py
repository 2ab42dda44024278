"""The machine a benchmark ran on: CPU, cores, memory, OS, Python and package versions."""

from __future__ import annotations

import os
import platform
from importlib import metadata
from pathlib import Path

__all__ = ["PACKAGES", "describe"]

PACKAGES = (
    "ucd-desktop",
    "PySide6-Essentials",
    "python-docx",
    "docxtpl",
    "lxml",
    "Jinja2",
    "pyinstrument",
)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float:
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        size = os.sysconf("SC_PAGE_SIZE")
        return pages * size / 2**30
    except (ValueError, OSError, AttributeError):
        return 0.0


def _os_name() -> str:
    try:
        info = platform.freedesktop_os_release()
        return f"{info.get('PRETTY_NAME', 'Linux')}, kernel {platform.release()}"
    except OSError:
        return f"{platform.system()} {platform.release()}"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def describe() -> dict[str, str]:
    """Name -> value, in the order the table prints them."""
    return {
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count() or 1),
        "RAM": f"{_ram_gib():.1f} GiB",
        "OS": _os_name(),
        "load average at the start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": ", ".join(f"{p} {_version(p)}" for p in PACKAGES),
    }
