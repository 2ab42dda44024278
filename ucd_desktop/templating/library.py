"""Where templates come from: the bundled folder, the user's folder, shared folders.

Templates are shared on network folders, so one bad file must not reach every desk: each
file is read on its own, and any failure (bad TOML, a 5,000-digit number, a wrong type,
an unreadable file) marks that file as broken, with its name, folder and reason; the
rest of the library works. Two templates with the same id in different folders are both
listed, by folder; asking for such an id by itself is refused with the choices
(``folder:id`` picks one), never answered silently with one of them.
"""

from __future__ import annotations

import logging
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

__all__ = ["AmbiguousTemplate", "BrokenTemplate", "TemplateLibrary", "load_template_file"]

_log = logging.getLogger(__name__)

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
    try:
        template = parse_template(text, path=path)
    except TemplateError:
        raise
    except Exception as exc:  # whatever a shared file holds, one kind of error
        reason = _("the file cannot be read as a template ({detail})").format(
            detail=f"{type(exc).__name__}: {str(exc)[:200]}"
        )
        raise TemplateError(path.name, reason) from None
    template.origin = origin
    return template


@dataclass(frozen=True)
class BrokenTemplate:
    """A template file that cannot be used, and why."""

    path: Path
    folder: Path
    origin: str
    reason: str

    def message(self) -> str:
        return _("{name} in {folder}: {reason}").format(
            name=self.path.name, folder=self.folder, reason=self.reason
        )


class AmbiguousTemplate(TemplateError):
    """An id (or name) that templates in several folders share."""

    def __init__(self, key: str, choices: list[str]) -> None:
        self.choices = choices
        super().__init__(
            key,
            _("several templates have this id; name one of: {choices}").format(
                choices=", ".join(choices)
            ),
        )


def qualified_id(template: NoticeTemplate) -> str:
    """``folder:id``, the way to name one of two templates sharing an id."""
    folder = template.path.parent.name if template.path and template.origin == "shared" else ""
    return f"{folder or template.origin}:{template.id}"


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

    #: The template files that cannot be used, with folder and reason.
    broken: list[BrokenTemplate] = field(default_factory=list)

    def scan(self) -> None:
        self.templates, self.problems, self.broken = [], [], []
        seen: set[Path] = set()
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
                    real = path.resolve()
                except (OSError, RuntimeError):
                    real = path
                if real in seen:  # the same folder listed twice (user = shared)
                    continue
                seen.add(real)
                try:
                    self.templates.append(load_template_file(path, origin))
                except TemplateError as exc:
                    broken = BrokenTemplate(path, folder, origin, exc.reason)
                    _log.info(
                        "template file %s in %s cannot be used: %s", path.name, folder, exc.reason
                    )
                    self.broken.append(broken)
                    self.problems.append(broken.message())
        self.templates.sort(key=lambda t: (_ORIGIN_RANK.get(t.origin, 9), t.name))
        _log.info("%d templates, %d broken files", len(self.templates), len(self.broken))
        for tid, shared in self.duplicates().items():
            where = ", ".join(str(t.path.parent) if t.path else t.origin for t in shared)
            _log.info("template id %s is used in several folders: %s", tid, where)
            self.problems.append(
                _(
                    "Template id “{id}” is used in several folders ({folders}): both are listed."
                ).format(id=tid, folders=where)
            )

    def duplicates(self) -> dict[str, list[NoticeTemplate]]:
        """Ids that templates in more than one file share."""
        by_id: dict[str, list[NoticeTemplate]] = {}
        for t in self.templates:
            by_id.setdefault(t.id, []).append(t)
        return {k: v for k, v in by_id.items() if len(v) > 1}

    def _matches(self, key: str) -> list[NoticeTemplate]:
        wanted = key.strip().casefold()
        folder, sep, rest = wanted.rpartition(":")
        pool = self.templates
        if sep and folder:
            wanted = rest
            pool = [t for t in pool if folder in _folder_names(t)]
        return [
            t
            for t in pool
            if wanted
            in {
                t.id.casefold(),
                t.name.casefold(),
                (t.path.name.casefold() if t.path else ""),
                (t.path.stem.casefold() if t.path else ""),
            }
        ]

    def lookup(self, key: str) -> NoticeTemplate | None:
        """The one template ``key`` names (id, ``folder:id``, file name or name); None when
        none does; AmbiguousTemplate when templates in several folders answer to it."""
        matches = self._matches(key)
        if len(matches) > 1:
            raise AmbiguousTemplate(key.strip(), [qualified_id(t) for t in matches])
        return matches[0] if matches else None

    def find(self, key: str) -> NoticeTemplate | None:
        """A template by id, file name (with or without .toml) or name; among several with
        that id, the newest version, then user before shared before bundled (a draft
        follows its template there; the lists show both, and ``lookup`` refuses to guess)."""
        matches = self._matches(key)
        if not matches:
            return None
        return sorted(matches, key=lambda t: (-t.version, _ORIGIN_RANK.get(t.origin, 9)))[0]


def _folder_names(template: NoticeTemplate) -> set[str]:
    names = {template.origin}
    if template.path is not None:
        names |= {template.path.parent.name.casefold(), str(template.path.parent).casefold()}
    return names
