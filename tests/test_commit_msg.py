"""tools/commit_msg.py: the commit-message habit of CONTRIBUTING.md, checked."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from commit_msg import main, problems

GOOD = "layout: keep the date on one line\n\nA long place name wrapped the date; ...\n"


def test_a_subject_a_blank_line_and_a_body_pass() -> None:
    assert problems(GOOD) == []
    assert problems(GOOD + "# Please enter the commit message\n") == []


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("x" * 73 + "\n\nbody\n", "73 characters"),
        ("Fix the header.\n\nbody\n", "full stop"),
        ("Fix the header\n", "no body"),
        ("Fix the header\nbody at once\n", "no body"),
        ("Fix the header\n\n\n", "no body"),
        ("\nFix\n", "empty"),
    ],
)
def test_departures_are_named(message: str, words: str) -> None:
    assert any(words in p for p in problems(message)), problems(message)


def test_messages_git_writes_pass() -> None:
    assert problems("Merge branch 'main' into arch\n") == []
    assert problems("fixup! layout: keep the date on one line\n") == []


def test_the_hook_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text("Fix\n", encoding="utf-8")
    assert main([str(good)]) == 0
    assert main([str(bad)]) == 1 and "no body" in capsys.readouterr().err
