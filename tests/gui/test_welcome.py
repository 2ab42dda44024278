"""The first-start page says what to do; the user guide (F1) is inside the app, with pictures."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import Answers
from tests.gui.test_templates_flow import pick_template
from ucd_desktop.gui.actions import ActionKey
from ucd_desktop.gui.dialogs.templates import NewFromTemplateDialog
from ucd_desktop.gui.main_window import MainWindow
from ucd_desktop.gui.settings_store import SettingsStore
from ucd_desktop.gui.welcome import STEPS
from ucd_desktop.i18n import set_language
from ucd_desktop.resources import resource_path
from ucd_desktop.storage.settings import Settings, settings_path


@pytest.fixture
def first_window(qtbot: Any, answers: Answers) -> Any:
    store = SettingsStore(Settings())
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not settings_path().is_file()
    window.start(first_start=True)
    yield window
    window.doc.stack.setClean()
    window.close()


def test_the_first_start_shows_what_to_do(first_window: MainWindow) -> None:
    window = first_window
    assert window.showing_welcome()
    page = window.welcome
    assert len(page.step_labels) == len(STEPS) == 5
    assert page.step_labels[0].text().startswith("<b>1. Chọn mẫu</b>")
    # No blank draft full of problems: the draft actions wait for a draft.
    assert not window.action(ActionKey.EXPORT_DOCX).isEnabled()
    assert not window.action(ActionKey.PRINT).isEnabled()
    assert not window.status_problems.isVisible()
    assert window.action(ActionKey.NEW).isEnabled() and window.action(ActionKey.OPEN).isEnabled()
    # The next start is not the first one.
    assert settings_path().is_file()


def test_the_first_start_page_starts_a_notice(
    first_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = first_window
    monkeypatch.setattr(
        NewFromTemplateDialog, "exec", lambda _self: QDialog.DialogCode.Rejected.value
    )
    window.welcome.new_button.click()
    assert window.showing_welcome()  # cancelled: the page stays
    pick_template(monkeypatch, "hoi-nghi")
    window.welcome.new_button.click()
    assert not window.showing_welcome()
    assert window.doc.draft.template is not None and window.doc.draft.template.id == "hoi-nghi"
    assert window.action(ActionKey.EXPORT_DOCX).isEnabled()
    assert window.status_problems.isVisible()


def test_open_and_import_from_the_first_start_page(
    first_window: MainWindow, answers: Answers
) -> None:
    answers["ask_open_path"] = None
    first_window.welcome.open_button.click()
    answers["ask_open_path"] = None
    first_window.welcome.import_button.click()
    assert answers.names() == ["ask_open_path", "ask_open_path"]
    assert first_window.showing_welcome()


def test_later_starts_open_a_draft_as_before(window: MainWindow) -> None:
    assert not window.showing_welcome()


def _images(html: str) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', html)


@pytest.mark.parametrize(("language", "heading"), [("vi", "Năm bước"), ("en", "Five steps")])
def test_the_user_guide_opens_with_f1_in_the_app_language(
    window: MainWindow, language: str, heading: str
) -> None:
    set_language(language)
    window.set_language(language)
    assert "F1" in window.action(ActionKey.GUIDE).shortcut().toString()
    window.action(ActionKey.GUIDE).trigger()
    guide = window.start_pages.guide
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert heading in text
    for topic in ("Ctrl+Shift+V", "F8", "Ctrl+P"):
        assert topic in text
    # Every picture is found and drawn (the README's screenshots, shipped as resources).
    html = resource_path("help", language, "guide.html").read_text(encoding="utf-8")
    pictures = _images(html)
    assert len(pictures) >= 4
    base = guide.browser.source()
    for name in pictures:
        image = guide.browser.document().resource(
            QTextDocument.ResourceType.ImageResource.value, base.resolved(QUrl(name))
        )
        assert image is not None and not image.isNull(), name
    guide.close()


def test_the_guide_covers_what_the_issue_asks() -> None:
    vi = resource_path("help", "vi", "guide.html").read_text(encoding="utf-8")
    for words in ("Năm bước", "Phím tắt", "Mẫu", "Mở thông báo cũ", "Kiểm tra", "In"):
        assert f">{words}" in vi
