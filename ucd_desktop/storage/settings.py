"""The user's settings and presets: one versioned JSON file in the config folder.

What the window and the command line both need lives here (language, presets of issuing
bodies and signers, named recipient lists, shared template folders, recent files, the
default template, the LibreOffice path, the autosave interval). Window geometry stays in
Qt's own QSettings. Drafts and templates are files of their own, never settings.

A settings file that cannot be read never stops the app: the defaults are used, the
reason is reported in the user's language, and the unreadable file is kept aside
(``settings.json.bad``) before anything is written over it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ucd_desktop.i18n import LANGUAGES
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.notice import ONE_LINE, Recipient
from ucd_desktop.os_text import describe_os_error
from ucd_desktop.storage.atomic import atomic_write_bytes, atomic_write_text
from ucd_desktop.storage.codec import CodecError, from_jsonable, to_jsonable
from ucd_desktop.storage.paths import config_dir
from ucd_desktop.text.clean import clean_field

__all__ = [
    "AUTOSAVE_RANGE",
    "MAX_RECENT",
    "IssuerPreset",
    "RecipientList",
    "Settings",
    "SettingsError",
    "SignerPreset",
    "load_settings",
    "save_settings",
    "settings_path",
]

FORMAT_NAME = "ucd-desktop-settings"
FORMAT_VERSION = 1
SETTINGS_FILE = "settings.json"
MAX_RECENT = 10
#: Autosave every N seconds, N within this range (inclusive).
AUTOSAVE_RANGE = (3, 600)
MAX_SETTINGS_BYTES = 5 * 1024 * 1024


class SettingsError(ValueError):
    """Settings that cannot be read; ``str()`` is the message for the user."""


@dataclass
class IssuerPreset:
    """An office that issues notices: its header lines, symbol and place."""

    label: str
    governing_body: list[str] = field(default_factory=list, metadata=ONE_LINE)
    issuing_body: list[str] = field(default_factory=list, metadata=ONE_LINE)
    symbol: str = field(default="", metadata=ONE_LINE)
    place: str = field(default="", metadata=ONE_LINE)


@dataclass
class SignerPreset:
    """Someone who signs, with the authority lines they sign under."""

    name: str = field(metadata=ONE_LINE)
    position: str = field(default="", metadata=ONE_LINE)
    authority: list[str] = field(default_factory=list, metadata=ONE_LINE)

    @property
    def label(self) -> str:
        return f"{self.name} – {self.position}" if self.position else self.name


@dataclass
class RecipientList:
    """A named group of recipients to tick under "Nơi nhận"."""

    name: str = field(metadata=ONE_LINE)
    recipients: list[Recipient] = field(default_factory=list)


@dataclass
class Settings:
    language: str = "vi"
    issuers: list[IssuerPreset] = field(default_factory=list)
    signers: list[SignerPreset] = field(default_factory=list)
    recipient_lists: list[RecipientList] = field(default_factory=list)
    #: Extra template folders (for example on an office network drive).
    template_folders: list[str] = field(default_factory=list)
    #: Most recent first.
    recent_files: list[str] = field(default_factory=list)
    #: Template id used for a new draft ("" = the first bundled template).
    default_template: str = ""
    #: soffice executable for PDF conversion ("" = look it up).
    libreoffice_path: str = ""
    #: Tesseract OCR (for scanned notices); "" looks on PATH and in its usual folders.
    tesseract_path: str = ""
    autosave_seconds: int = 10
    #: The folder of the last export, offered again next time.
    last_export_folder: str = ""
    #: The folder a draft or notice was last opened from or saved to ("" = Documents).
    last_folder: str = ""

    def normalized(self) -> Settings:
        """A copy with every value inside its allowed range."""
        low, high = AUTOSAVE_RANGE
        recent: list[str] = []
        for item in self.recent_files:
            if item and item not in recent:
                recent.append(item)
        folders: list[str] = []
        for folder in self.template_folders:
            if folder.strip() and folder.strip() not in folders:
                folders.append(folder.strip())
        return Settings(
            language=self.language if self.language in LANGUAGES else "vi",
            issuers=list(self.issuers),
            signers=list(self.signers),
            recipient_lists=list(self.recipient_lists),
            template_folders=folders,
            recent_files=recent[:MAX_RECENT],
            default_template=self.default_template.strip(),
            libreoffice_path=self.libreoffice_path.strip(),
            tesseract_path=self.tesseract_path.strip(),
            autosave_seconds=min(max(int(self.autosave_seconds), low), high),
            last_export_folder=self.last_export_folder,
            last_folder=self.last_folder,
        )

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent files (once)."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT]

    def template_folder_paths(self) -> list[Path]:
        """The user's template folders, then those set by the Windows installer."""
        from ucd_desktop.storage.paths import installer_template_folders

        mine = [Path(p) for p in self.template_folders]
        return mine + [p for p in installer_template_folders() if p not in mine]

    # Presets replace an entry with the same label/name, so saving twice never duplicates.
    def put_issuer(self, preset: IssuerPreset) -> None:
        preset.label = clean_field(preset.label, multiline=False).strip()
        self.issuers = [p for p in self.issuers if p.label != preset.label] + [preset]

    def put_signer(self, preset: SignerPreset) -> None:
        preset.name = clean_field(preset.name, multiline=False).strip()
        self.signers = [
            p for p in self.signers if (p.name, p.position) != (preset.name, preset.position)
        ] + [preset]

    def put_recipient_list(self, preset: RecipientList) -> None:
        preset.name = clean_field(preset.name, multiline=False).strip()
        self.recipient_lists = [p for p in self.recipient_lists if p.name != preset.name] + [preset]


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def settings_to_json(settings: Settings) -> str:
    doc = {"format": FORMAT_NAME, "version": FORMAT_VERSION, **to_jsonable(settings.normalized())}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def settings_from_json(text: str) -> Settings:
    """Parse settings; SettingsError with the reason when the text is not usable."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingsError(
            _("The settings file is damaged (line {line}, column {col}).").format(
                line=exc.lineno, col=exc.colno
            )
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise SettingsError(_("The settings file is not a ucd-desktop settings file."))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise SettingsError(_("The settings file was written by a newer version of ucd-desktop."))
    body = {k: v for k, v in doc.items() if k not in ("format", "version")}
    try:
        settings: Settings = from_jsonable(Settings, body, "settings")
    except CodecError as exc:
        raise SettingsError(
            _("The settings file is damaged: {where}: {problem}").format(
                where=exc.where, problem=exc.problem
            )
        ) from None
    return settings.normalized()


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings, and a message when the file could not be used (defaults then apply).

    A missing file is not a problem (first start). An unreadable one is copied to
    ``<name>.bad`` so that saving the defaults later loses nothing the user had.
    """
    path = path or settings_path()
    try:
        if not path.exists():
            return Settings(), None
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            raise SettingsError(_("The settings file is too large to be a settings file."))
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SettingsError(_("The settings file is not UTF-8 text.")) from None
        return settings_from_json(text), None
    except OSError as exc:
        return Settings(), _("The settings cannot be read ({error}); defaults are used.").format(
            error=describe_os_error(exc)
        )
    except SettingsError as exc:
        backup = path.with_name(path.name + ".bad")
        kept = ""
        try:
            atomic_write_bytes(backup, path.read_bytes())
            kept = " " + _("The old file was kept as {path}.").format(path=backup)
        except OSError:
            pass
        return Settings(), _("{reason} Defaults are used.").format(reason=exc) + kept


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (SaveError when that is not possible)."""
    atomic_write_text(path or settings_path(), settings_to_json(settings))
