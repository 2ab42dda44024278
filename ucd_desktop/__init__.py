"""ucd-desktop: drafting Thông báo kết luận by Decree 30/2020/NĐ-CP.

Kept light on purpose: build.spec and the command line read the name and the version
from here, so importing the package must start nothing (no Qt, no I/O).
"""

__all__ = ["APP_NAME", "APP_NAME_VI", "__version__"]

__version__ = "0.2.0"
APP_NAME = "ucd-desktop"
APP_NAME_VI = "Soạn thảo Thông báo kết luận"
