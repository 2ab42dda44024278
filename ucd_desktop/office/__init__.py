"""Running LibreOffice (soffice): finding it, a private profile, a time limit, a kill.

One runner for every use: PDF export (``export.converters.libreoffice``) and the import
of old .doc and RTF files (``reading.doc_convert``) both convert through ``convert()``,
so both get the same flags, the same private profile, the same environment fix for a
frozen build and the same process-tree kill on Windows and POSIX.
"""

from __future__ import annotations

from ucd_desktop.office.locate import SOFFICE_ENV, find_soffice, standard_locations
from ucd_desktop.office.run import (
    FLAGS,
    OfficeError,
    OfficeReason,
    child_environment,
    command,
    convert,
    kill_tree,
    private_profile,
)

__all__ = [
    "FLAGS",
    "SOFFICE_ENV",
    "OfficeError",
    "OfficeReason",
    "child_environment",
    "command",
    "convert",
    "find_soffice",
    "kill_tree",
    "private_profile",
    "standard_locations",
]
