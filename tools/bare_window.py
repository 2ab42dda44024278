"""The size baseline: a bare PySide6 window, built by tools/bare_window.spec.

docs/building.md compares the app's bundle with this one's, built the same way.
``--quit`` opens the window and closes it at once (to check that the build starts).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare PySide6 window"))
    window.show()
    if "--quit" in sys.argv:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
