"""One Vietnamese word for a draft file everywhere: "bản nháp" (issue 14).

The window said "bản thảo" where the command line said "bản nháp"; a drafter reading both
wondered whether they were two things.
"""

from __future__ import annotations

import re

from babel.messages.pofile import read_po

from tests.conftest import REPO

CATALOGUES = REPO / "resources" / "translations" / "vi" / "LC_MESSAGES"


def test_every_catalogue_says_ban_nhap() -> None:
    found: list[str] = []
    said = 0
    for path in sorted(CATALOGUES.glob("*.po")):
        with path.open("rb") as handle:
            catalog = read_po(handle, locale="vi")
        for message in catalog:
            texts = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in texts:
                if re.search(r"bản thảo", text or "", re.IGNORECASE):
                    found.append(f"{path.name}: {text}")
                said += len(re.findall(r"bản nháp", text or "", re.IGNORECASE))
    assert found == []
    assert said >= 10  # the word is there, in the window's and the command line's texts
