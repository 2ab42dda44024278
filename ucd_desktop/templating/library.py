"""Where templates come from: the bundled folder, the user's folder, shared folders.

A template that cannot be read does not stop the others: it is reported with its name
and reason, and the library keeps working with what it has (a shared folder on an
unplugged network drive is reported as missing).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.resources import templates_dir
from ucd_desktop.storage.paths import user_templates_dir
from ucd_desktop.templating.template import (
    MAX_TEMPLATE_BYTES,
    TEMPLATE_EXTENSION,
    NoticeTemplate,
    TemplateError,
    parse_template,
)

__all__ = ["TemplateLibrary", "load_template_file"]

_ORIGIN_RANK = {"user": 0, "shared": 1, "bundled": 2}


def load_template_file(path: Path, origin: str = "user") -> NoticeTemplate:
    """Read one template file; TemplateError (with the file's name) on any problem."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError(path.name, _("the file is too large to be a template"))
        with path.open("rb") as handle:
            # Whatever the size said: a shared folder's file system can report 0 bytes.
            raw = handle.read(MAX_TEMPLATE_BYTES + 1)
        if len(raw) > MAX_TEMPLATE_BYTES:
            raise TemplateError(path.name, _("the file is too large to be a template"))
    except OSError as exc:
        raise TemplateError(path.name, describe_os_error(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TemplateError(path.name, _("the file is not UTF-8 text")) from None
    template = parse_template(text, path=path)
    template.origin = origin
    return template


@dataclass
class TemplateLibrary:
    folders: list[tuple[Path, str]] = field(default_factory=list)
    templates: list[NoticeTemplate] = field(default_factory=list)
    #: Problems met while scanning: one message per unreadable file or missing folder.
    problems: list[str] = field(default_factory=list)

    @classmethod
    def default(cls, shared: Iterable[Path] = (), *, user: bool = True) -> TemplateLibrary:
        folders = [(templates_dir(), "bundled")]
        if user:
            folders.append((user_templates_dir(), "user"))
        folders += [(Path(p), "shared") for p in shared]
        library = cls(folders)
        library.scan()
        return library

    def scan(self) -> None:
        self.templates, self.problems = [], []
        for folder, origin in self.folders:
            try:
                files = sorted(folder.glob(f"*{TEMPLATE_EXTENSION}"))
            except OSError as exc:
                self.problems.append(
                    _("Template folder {folder} cannot be read: {error}").format(
                        folder=folder, error=describe_os_error(exc)
                    )
                )
                continue
            if not folder.is_dir():
                self.problems.append(
                    _("Template folder {folder} is not available.").format(folder=folder)
                )
                continue
            for path in files:
                try:
                    self.templates.append(load_template_file(path, origin))
                except TemplateError as exc:
                    self.problems.append(str(exc))
        self.templates.sort(key=lambda t: (_ORIGIN_RANK.get(t.origin, 9), t.name))

    def find(self, key: str) -> NoticeTemplate | None:
        """A template by id, file name (with or without .toml) or name."""
        wanted = key.strip().casefold()
        matches = [
            t
            for t in self.templates
            if wanted
            in {
                t.id.casefold(),
                t.name.casefold(),
                (t.path.name.casefold() if t.path else ""),
                (t.path.stem.casefold() if t.path else ""),
            }
        ]
        if not matches:
            return None
        return sorted(matches, key=lambda t: (-t.version, _ORIGIN_RANK.get(t.origin, 9)))[0]
