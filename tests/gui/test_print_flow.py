"""Export PDF confirms like Export .docx; printing warns about errors and "…" blanks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import Answers
from ucd_desktop.gui.actions import ActionKey
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.gui.printing import printer as printing
from ucd_desktop.model.validate import validate


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    calls: list[Any] = []

    def fake_print(parent: Any, notice: Any) -> bool:
        calls.append(notice)
        return True

    monkeypatch.setattr(printing, "print_notice", fake_print)
    return calls


def test_printing_a_notice_with_blanks_asks_first(
    window: MainWindow, answers: Answers, printed: list[Any]
) -> None:
    problems = validate(window.doc.notice)
    assert any(p.code == "placeholder-left" for p in problems)  # the template's "…"
    answers["ask_print_with_problems"] = False  # go back
    window.action(ActionKey.PRINT).trigger()
    assert printed == []
    _parent, errors, blanks, _first = answers.asked[-1][1]
    assert blanks > 0 and errors == len([p for p in problems if p.severity.value == "error"])
    answers["ask_print_with_problems"] = True  # print anyway
    window.action(ActionKey.PRINT).trigger()
    assert len(printed) == 1


def test_a_clean_notice_prints_without_a_question(
    make_window: Any, answers: Answers, printed: list[Any], example_path: Path
) -> None:
    window = make_window(example_path)
    assert not [p for p in validate(window.doc.notice) if p.severity.value == "error"]
    blanks = [p for p in validate(window.doc.notice) if p.code == "placeholder-left"]
    for problem in blanks:
        window.doc.set_text(problem.field, window.doc.text(problem.field).replace("…", "HT"))
    window.action(ActionKey.PRINT).trigger()
    assert len(printed) == 1 and "ask_print_with_problems" not in answers.names()


def test_export_pdf_asks_about_errors_and_says_where_it_went(
    window: MainWindow, answers: Answers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    written = tmp_path / "tb.pdf"
    monkeypatch.setattr(printing, "export_pdf", lambda parent, notice, suggested: written)
    answers["ask_export_with_errors"] = False
    window.action(ActionKey.EXPORT_PDF).trigger()
    assert answers.names() == ["ask_export_with_errors"]
    answers["ask_export_with_errors"] = True
    answers["after_export"] = "close"
    window.action(ActionKey.EXPORT_PDF).trigger()
    assert answers.names()[-2:] == ["ask_export_with_errors", "after_export"]
    assert answers.asked[-1][1][1] == written
    assert window.store.settings.last_folder == str(tmp_path)
