"""Run every check the project has: ruff (lint and format), mypy, the layers
(import-linter) and the tests.

This is the README's test command and what .ci/run runs. Extra arguments go to pytest
(for example: python tools/check.py -x -k layout).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: import-linter's command (the contracts are in pyproject.toml), run with this Python.
LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"


def run(title: str, command: list[str]) -> bool:
    print(f"\n=== {title}: {' '.join(command)}", flush=True)
    return subprocess.run(command, cwd=ROOT, check=False).returncode == 0


def main() -> int:
    env_py = sys.executable
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = {
        "ruff check": run("lint", [env_py, "-m", "ruff", "check", "."]),
        "ruff format": run("format", [env_py, "-m", "ruff", "format", "--check", "."]),
        "mypy": run("types", [env_py, "-m", "mypy"]),
        "lint-imports": run("layers", [env_py, "-c", LINT_IMPORTS]),
        "pytest": run("tests", [env_py, "-m", "pytest", *sys.argv[1:]]),
    }
    print("\n=== summary")
    for name, ok in results.items():
        print(f"{name}: {'ok' if ok else 'FAILED'}")
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
