"""Qt's own texts (context menus, dialog buttons, the non-native file dialog) follow the
app's language through resources/translations/qt/qtbase_vi.qm (tools/qt_ts.py)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

from tests.conftest import REPO
from ucd_desktop.gui import qt_locale
from ucd_desktop.gui.main_window import MainWindow

MENU_VI = ["&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
MENU_EN = ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]
B = QDialogButtonBox.StandardButton
BUTTONS = [B.Ok, B.Cancel, B.Save, B.Close, B.Yes, B.No]
BUTTONS_VI = ["Đồng ý", "Hủy", "Lưu", "Đóng", "Có", "Không"]
BUTTONS_EN = ["OK", "Cancel", "Save", "Close", "Yes", "No"]


def load_tool() -> ModuleType:
    if "qt_ts_tool" in sys.modules:
        return sys.modules["qt_ts_tool"]
    spec = importlib.util.spec_from_file_location("qt_ts_tool", REPO / "tools" / "qt_ts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["qt_ts_tool"] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def _restore_locale(qapp: Any) -> Iterator[None]:
    """Leave Qt as the other tests expect it: no translator, the locale as it was."""
    locale = QLocale()
    yield
    qt_locale._install_translator("en")
    QLocale.setDefault(locale)


def menu_texts(widget: QLineEdit | QTextEdit) -> list[str]:
    menu = widget.createStandardContextMenu()
    try:
        # "&Undo\tCtrl+Z": the shortcut after the tab is not translated text.
        return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    finally:
        menu.deleteLater()


def button_texts(box: QDialogButtonBox) -> list[str]:
    return [box.button(b).text().replace("&", "") for b in BUTTONS]


def test_the_catalogue_is_found_through_resources() -> None:
    path = Path(qt_locale.qt_catalogue("vi"))
    assert path.is_file() and path.name == "qtbase_vi.qm"
    assert qt_locale.qt_catalogue("en") == ""


def test_text_field_menus_in_vietnamese(qtbot: Any) -> None:
    qt_locale.apply_locale("vi")
    line, text = QLineEdit(), QTextEdit()
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    assert menu_texts(line) == MENU_VI
    assert menu_texts(text) == MENU_VI
    # The spin box adds its own entries to the line edit's menu.
    assert QCoreApplication.translate("QAbstractSpinBox", "&Step up") == "Tă&ng lên"
    assert QCoreApplication.translate("QAbstractSpinBox", "Step &down") == "&Giảm xuống"


def test_dialog_buttons_in_vietnamese(qtbot: Any) -> None:
    qt_locale.apply_locale("vi")
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    for button in BUTTONS:
        box.addButton(button)
    assert button_texts(box) == BUTTONS_VI


def file_dialog_texts(dialog: QFileDialog) -> dict[str, str]:
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    texts |= {b.objectName(): b.toolTip() for b in dialog.findChildren(QToolButton)}
    texts["buttons"] = " | ".join(b.text() for b in dialog.findChildren(QPushButton))
    view = dialog.findChild(QTreeView)
    assert view is not None
    model = view.model()
    texts["columns"] = " | ".join(
        str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())
    )
    return texts


def test_the_non_native_save_dialog_in_vietnamese(qtbot: Any, tmp_path: Path) -> None:
    qt_locale.apply_locale("vi")
    dialog = QFileDialog(None, "", str(tmp_path), "All Files (*)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    texts = file_dialog_texts(dialog)
    assert texts["lookInLabel"] == "&Tìm trong:"
    assert texts["fileNameLabel"] == "Tê&n tệp:"
    assert texts["fileTypeLabel"] == "&Kiểu tệp:"
    assert texts["backButton"] == "Lùi lại"
    assert texts["toParentButton"] == "Thư mục cha"
    assert texts["newFolderButton"] == "Tạo thư mục mới"
    assert texts["detailModeButton"] == "Xem chi tiết"
    assert texts["buttons"] == "&Lưu | Hủy"
    assert texts["columns"] == "Tên | Kích cỡ | Loại | Ngày sửa đổi"
    replace = QCoreApplication.translate(
        "QFileDialog", "%1 already exists.\nDo you want to replace it?"
    )
    assert replace == "%1 đã tồn tại.\nBạn có muốn thay thế tệp này không?"


def test_switching_the_window_to_english_removes_the_translator(window: MainWindow) -> None:
    box = QDialogButtonBox()
    for button in BUTTONS:
        box.addButton(button)
    window.set_language("vi")
    assert menu_texts(QLineEdit(window)) == MENU_VI
    assert button_texts(box) == BUTTONS_VI
    window.set_language("en")
    assert menu_texts(QLineEdit(window)) == MENU_EN
    # Existing buttons are retranslated by Qt's LanguageChange, not only new ones.
    assert button_texts(box) == BUTTONS_EN
    window.set_language("vi")
    assert button_texts(box) == BUTTONS_VI
    box.deleteLater()


def test_a_damaged_catalogue_leaves_qt_in_english(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "qtbase_vi.qm"
    broken.write_bytes(b"not a catalogue")
    monkeypatch.setattr(qt_locale, "qt_catalogue", lambda language: str(broken))
    qt_locale.apply_locale("vi")
    line = QLineEdit()
    qtbot.addWidget(line)
    assert menu_texts(line) == MENU_EN


def test_every_message_is_translated_with_its_placeholders() -> None:
    tool = load_tool()
    messages = tool.read_ts()
    assert len(messages) > 300
    assert tool.problems(messages) == []
    assert "unfinished" not in tool.TS.read_text(encoding="utf-8")


def test_the_checks_catch_broken_translations() -> None:
    tool = load_tool()
    message = tool.Message
    bad = [
        message("QFileDialog", "Open", "", ("",)),
        message("QFileDialog", "Save", "", ("Lưu",), unfinished=True),
        message("QFileDialog", "%1 File", "", ("Tệp",)),
        message("QLineEdit", "&Copy", "", ("Sao chép",)),
        message("QLineEdit", "Delete", "", ("&Xóa",)),
        message("QFileDialog", "%1\nFile not found.", "", ("%1 Không tìm thấy tệp.",)),
        message("X", "%n file(s)", "", ("%n tệp", "tệp"), plural=True),
    ]
    found = tool.problems(bad)
    assert len(found) == len(bad), found
    assert tool.problems([message("QLineEdit", "Cu&t", "", ("&Cắt",))]) == []
    assert tool.problems([message("X", "%n file(s)", "", ("%n tệp",), plural=True)]) == []


def test_the_tool_reads_qts_own_catalogues() -> None:
    """The .qm reader gives the exact source texts Qt looks up (checked against Qt)."""
    tool = load_tool()
    german = tool.qt_translations_dir() / "qtbase_de.qm"
    if not german.is_file():
        pytest.skip(f"Qt's German catalogue is not installed ({german})")
    keys = {(m.context, m.source) for m in tool.read_qm(german)}
    assert {("QLineEdit", source) for source in MENU_EN} <= keys
    assert ("QFileDialog", "%1 already exists.\nDo you want to replace it?") in keys


def test_no_message_of_the_translated_contexts_is_missing() -> None:
    """After a Qt upgrade, new texts of these contexts show up here (tools/qt_ts.py missing)."""
    tool = load_tool()
    german = tool.qt_translations_dir() / "qtbase_de.qm"
    if not german.is_file():
        pytest.skip(f"Qt's German catalogue is not installed ({german})")
    ours = {(m.context, m.source) for m in tool.read_ts()}
    contexts = {"QLineEdit", "QWidgetTextControl", "QPlatformTheme", "QFileDialog"}
    contexts |= {"QFileSystemModel", "QPrintSettingsOutput", "QPrintWidget", "QPageSetupWidget"}
    qt = {(m.context, m.source) for m in tool.read_qm(german) if m.context in contexts}
    assert sorted(qt - ours) == []


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    tool = load_tool()
    if tool.lrelease() is None:
        pytest.skip("lrelease (pyside6-lrelease) is not installed: cannot recompile")
    fresh = tmp_path / "qtbase_vi.qm"
    tool.compile_ts(tool.TS, fresh)
    assert fresh.read_bytes() == tool.QM.read_bytes(), "run: python tools/qt_ts.py compile"
    # and what Qt loads from it is the translation of the .ts
    loaded = {(m.context, m.source): m.translations for m in tool.read_qm(fresh)}
    assert loaded[("QLineEdit", "&Undo")] == ("&Hoàn tác",)


def test_widgets_outside_the_window_still_get_english_by_default(qtbot: Any) -> None:
    qt_locale.apply_locale("en")
    widget = QWidget()
    qtbot.addWidget(widget)
    line = QLineEdit(widget)
    assert menu_texts(line) == MENU_EN
