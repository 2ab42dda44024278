"""``python -m ucd_desktop``: the same entry point as the ``ucd-desktop`` command."""

import sys

from ucd_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
