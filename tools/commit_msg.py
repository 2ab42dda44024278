"""Check a commit message against the project's habit (CONTRIBUTING.md, Commits).

    python tools/commit_msg.py MESSAGE_FILE

A subject of at most 72 characters, then a blank line, then a body saying what and why.
Merge commits and fixups made by git are let through. pre-commit runs this as a
commit-msg hook (.pre-commit-config.yaml).
"""

from __future__ import annotations

import sys
from pathlib import Path

MAX_SUBJECT = 72
#: Messages git writes itself, checked no further.
_GENERATED = ("Merge ", "Revert ", "fixup! ", "squash! ", "amend! ")


def problems(message: str) -> list[str]:
    """What is wrong with ``message`` (comment lines, as git strips them, ignored)."""
    lines = [ln.rstrip() for ln in message.splitlines() if not ln.startswith("#")]
    while lines and not lines[-1]:
        lines.pop()
    if not lines or not lines[0].strip():
        return ["the message is empty or starts with a blank line"]
    subject = lines[0]
    if subject.startswith(_GENERATED):
        return []
    found = []
    if len(subject) > MAX_SUBJECT:
        found.append(f"the subject is {len(subject)} characters; at most {MAX_SUBJECT}")
    if subject.endswith("."):
        found.append("the subject ends with a full stop")
    if len(lines) < 3 or lines[1] or not any(ln.strip() for ln in lines[2:]):
        found.append("no body: a blank line after the subject, then what changed and why")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    found = problems(Path(argv[0]).read_text(encoding="utf-8"))
    for problem in found:
        print(f"commit message: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
