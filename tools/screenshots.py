"""Screenshots of the real window under Xvfb, for the README: docs/screenshots/*.png.

    python tools/screenshots.py [--out docs/screenshots] [--size 1440x900]

Starts Xvfb on a free display, runs the app there with the xcb platform (the real X11
window, dialogs included, not the offscreen one) in a private user folder, drives it to
the main states and grabs the screen:

  00-first-start.png         the first-start page: the five steps, where to begin
  01-new-from-template.png   the "new from a template" dialog over the window
  02-meeting-facts.png       the facts of the chosen template, the notice following them
  03-filled-notice.png       a filled notice (the example), the preview beside it
  04-problems.png            a notice with mistakes: the problems panel, a field marked
  05-english.png             the same window in English
  06-appendices.png          two appendices in the form, the second one's page in the preview
  07-user-guide.png          the user guide (F1) beside the window

and the user guide's pictures, resources/help/images/01..04-*.png: the same shots at the
640 pixels the guide shows them, in 64 colours (ImageMagick), 30-60 KB each: they ship
inside the app, whose size is kept within 15 % of a bare Qt window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _free_display() -> int:
    for number in range(90, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


def launch(out: Path, size: str) -> int:
    """Start Xvfb, run this script inside it, stop Xvfb."""
    if shutil.which("Xvfb") is None:
        print("Xvfb is not installed (apt-get install xvfb)", file=sys.stderr)
        return 2
    display = _free_display()
    width, height = (int(v) for v in size.split("x"))
    xvfb = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.1)
        with tempfile.TemporaryDirectory(prefix="ucd-shots-") as home:
            env = dict(
                os.environ,
                DISPLAY=f":{display}",
                QT_QPA_PLATFORM="xcb",
                UCD_DESKTOP_HOME=home,
                QT_SCALE_FACTOR="1",
            )
            env.pop("UCD_DESKTOP_LANG", None)
            done = subprocess.run(
                [sys.executable, __file__, "--inside", "--out", str(out), "--size", size],
                env=env,
                check=False,
                timeout=300,
            )
            return done.returncode
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def inside(out: Path, size: str) -> int:
    """Drive the window through its states and grab the X screen after each."""
    from PySide6.QtWidgets import QApplication

    from ucd_desktop.gui.dialogs.templates import NewFromTemplateDialog
    from ucd_desktop.gui.fields import LineField
    from ucd_desktop.gui.form.date_input import DateInput
    from ucd_desktop.gui.main_window import MainWindow
    from ucd_desktop.gui.qt_app import ensure_app
    from ucd_desktop.resources import examples_dir
    from ucd_desktop.storage.atomic import atomic_write_bytes
    from ucd_desktop.storage.settings import Settings

    app = ensure_app()
    from ucd_desktop.gui.qt_locale import apply_locale

    apply_locale("vi")  # as run_app does: Qt's texts and the decimal comma ("20,0 mm")
    width, height = (int(v) for v in size.split("x"))
    out.mkdir(parents=True, exist_ok=True)

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def grab(name: str) -> None:
        settle()
        window.preview.flush()
        settle(0.2)
        screen = QApplication.primaryScreen()
        pixmap = screen.grabWindow(0)
        data = pixmap_bytes(pixmap)
        atomic_write_bytes(out / name, data)
        print(f"wrote {out / name}")

    def pixmap_bytes(pixmap: object) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        buffer_data = QByteArray()
        buffer = QBuffer(buffer_data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "PNG")  # type: ignore[attr-defined]
        return bytes(buffer_data.data())

    from ucd_desktop.gui.settings_store import SettingsStore

    window = MainWindow(SettingsStore(Settings(default_template="hoi-nghi")))
    window.setGeometry(0, 0, width, height)
    window.show()
    window.start(None, first_start=True)
    window.splitter.setSizes([width * 46 // 100, width * 54 // 100])
    settle(0.8)

    # 0. The very first start: what to do, where to begin.
    grab("00-first-start.png")

    # 1. New from a template: the dialog over the window.
    library = window.files.library()
    dialog = NewFromTemplateDialog(library, "hoi-nghi", window)
    dialog.show()
    dialog.move(window.geometry().center() - dialog.rect().center())
    grab("01-new-from-template.png")
    template = dialog.selected()
    dialog.close()
    window.files.start_new(template)

    # 2. The meeting facts of the template, the notice following them.
    facts = window.form.facts
    values = {
        "ten_hoi_nghi": "sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026",
        "dia_diem": "Hội trường UBND tỉnh",
        "bao_cao": "Giám đốc Sở Nội vụ",
        "noi_dung_bao_cao": "kết quả công tác cải cách hành chính",
    }
    # The province and the place come from the header (not asked again as facts).
    window.doc.set_text("issuing_body", "ỦY BAN NHÂN DÂN\nTỈNH LONG AN")
    window.doc.set_text("place", "Long An")
    for key, value in values.items():
        widget = facts.widgets.get(key)
        if isinstance(widget, LineField):
            widget.setText(value)
            widget.edited.emit(widget.path, value, object())
    date = facts.widgets.get("ngay_hop")
    if isinstance(date, DateInput):
        date.field.setText("10/7/2026")
        date.field.edited.emit(date.field.path, "10/7/2026", object())
    person = facts.widgets.get("chu_tri")
    if person is not None:
        position, name = person.findChildren(LineField)
        for field, text in ((position, "Phó Chủ tịch UBND tỉnh"), (name, "Nguyễn Văn Hùng")):
            field.setText(text)
            field.edited.emit(field.path, text, object())
    settle()
    window.form.verticalScrollBar().setValue(facts.y() - 8)
    grab("02-meeting-facts.png")

    # 3. A filled notice: the example (the seed notice of Long An).
    window.doc.stack.setClean()
    window.files.open_path(examples_dir() / "long-an-2022.ucd")
    settle()
    content = window.form.content
    window.form.verticalScrollBar().setValue(content.y() + content.body.y() - 60)
    first = window.doc.notice.body[2]
    window.form.body.focus_item(first.id)
    window.form.verticalScrollBar().setValue(content.y() + content.body.y() - 60)
    grab("03-filled-notice.png")

    # 4. Mistakes: the problems panel, the field of the chosen problem marked and focused.
    doc = window.doc
    doc.set_text("summary", doc.notice.summary.upper())
    doc.set_text("number", "5a")
    doc.set_text("signature.name", "")
    window.refresh()
    paths = [p.field for p in window.problems.problems]
    row = paths.index("signature.name") if "signature.name" in paths else 0
    window.problems.list.setCurrentRow(row)
    window.go_to(paths[row])
    grab("04-problems.png")

    # 6. Appendices: the form's part and an appendix page in the preview.
    window.doc.stack.setClean()
    window.files.open_path(examples_dir() / "long-an-2022.ucd")
    settle()
    add_appendices(window)
    window.refresh()
    settle()
    boxes = window.form.appendices.boxes
    window.form.verticalScrollBar().setValue(window.form.appendices.y() + boxes[1].y() - 20)
    window.preview.ensure_field_visible("appendices[1].title")
    settle()
    bar = window.preview._scroll.verticalScrollBar()
    bar.setValue(bar.value() + bar.pageStep() - 120)  # the second appendix's page, its top
    grab("06-appendices.png")
    window.doc.stack.setClean()

    # 5. English, live.
    window.set_language("en")
    window.form.verticalScrollBar().setValue(0)
    grab("05-english.png")

    # 7. The user guide, in Vietnamese, beside the window.
    window.set_language("vi")
    guide = window.show_guide()
    guide.setGeometry(width - 760, 40, 740, height - 80)
    grab("07-user-guide.png")
    guide.close()
    window.doc.stack.setClean()
    window.close()
    return 0


#: The shots the user guide shows (resources/help/<language>/guide.html).
GUIDE_PICTURES = (
    "01-new-from-template.png",
    "02-meeting-facts.png",
    "03-filled-notice.png",
    "04-problems.png",
)
GUIDE_WIDTH = 640


def guide_pictures(shots: Path, folder: Path) -> None:
    """Small copies of the guide's shots (ImageMagick: scaled, 64 colours, no dithering)."""
    convert = shutil.which("magick") or shutil.which("convert")
    if convert is None:
        print("ImageMagick is not installed: the guide's pictures were not made", file=sys.stderr)
        return
    folder.mkdir(parents=True, exist_ok=True)
    for name in GUIDE_PICTURES:
        target = folder / name
        subprocess.run(
            [
                convert,
                str(shots / name),
                "-resize",
                f"{GUIDE_WIDTH}x",
                "-dither",
                "None",
                "-colors",
                "64",
                "-strip",
                f"PNG8:{target}",
            ],
            check=True,
            timeout=60,
        )
        print(f"wrote {target} ({target.stat().st_size:,} bytes)")


def add_appendices(window: object) -> None:
    """Two appendices, as a drafter would add them, for screenshot 06."""
    from ucd_desktop.model.notice import Appendix, BodyItem, ItemKind, Table

    works = Appendix(
        title="Danh mục công trình chậm tiến độ",
        items=[
            BodyItem(ItemKind.CLAUSE, title="Tên công trình:", text="Đường tỉnh 830."),
            BodyItem(ItemKind.BULLET, text="Khối lượng còn lại: mặt đường BTCT."),
            BodyItem(ItemKind.BULLET, text="Nguyên nhân: vướng giải phóng mặt bằng."),
        ],
    )
    rows = [
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
        ["1", "Hoàn thành bồi thường, tái định cư", "UBND huyện Bến Lức", "30/8/2026"],
        ["2", "Thẩm định điều chỉnh dự toán", "Sở Xây dựng", "15/7/2026"],
    ]
    tasks = Appendix(
        title="Phân công nhiệm vụ và thời hạn hoàn thành",
        items=[BodyItem(ItemKind.TABLE, table=Table(rows=rows, widths=[0.6, 3.0, 2.0, 1.2]))],
    )

    def mutate(draft: object) -> None:
        draft.notice.appendices = [works, tasks]  # type: ignore[attr-defined]

    window.form.appendices._edit("Add appendices", mutate)  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1440x900")
    parser.add_argument(
        "--guide", type=Path, default=ROOT / "resources" / "help" / "images", help="guide pictures"
    )
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        return inside(args.out, args.size)
    done = launch(args.out, args.size)
    if done == 0:
        guide_pictures(args.out, args.guide)
    return done


if __name__ == "__main__":
    sys.exit(main())
