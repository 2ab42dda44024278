"""The end of the form: signature block (with signers' presets) and recipients.

The drafter writes only the names: the ";" after each recipient, the "." after the last
line and "- Lưu: VT, …" are added by the layout. "(b/c)" is one click on a line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ucd_desktop.gui.binding import Binder, Section, discard, hint_label
from ucd_desktop.gui.dialogs import messages
from ucd_desktop.gui.settings_store import SettingsStore
from ucd_desktop.gui.undo import Change
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import Recipient
from ucd_desktop.model.paths import format_recipients, parse_recipients
from ucd_desktop.storage.settings import RecipientList, SignerPreset

__all__ = ["RecipientsSection", "SignatureSection"]

REPORT_NOTE = "b/c"


class SignatureSection(Section):
    def __init__(self, binder: Binder, store: SettingsStore) -> None:
        super().__init__(N_("Signature"), binder)
        self.store = store
        self.presets = QComboBox()
        self.presets.setMinimumContentsLength(18)
        self.save_preset = QPushButton()
        self.texts.bind(self.save_preset.setText, N_("Save this signer…"))
        self.texts.named(self.save_preset, N_("Save this signer"))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.presets, 1)
        line.addWidget(self.save_preset)
        self.add_row(N_("Saved si&gners:"), row, self.presets)
        self.authority = binder.text("signature.authority", 2)
        self.add_row(N_("&Authority lines:"), self.authority)
        self.form.addRow(
            hint_label(
                self.texts,
                N_("One per line, outermost first: “TM. ỦY BAN NHÂN DÂN”, then “KT. CHỦ TỊCH”."),
            )
        )
        self.position = binder.line("signature.position")
        self.texts.bind(self.position.setPlaceholderText, N_("e.g. PHÓ CHỦ TỊCH"))
        self.add_row(N_("P&osition:"), self.position)
        self.name = binder.line("signature.name")
        self.texts.bind(self.name.setPlaceholderText, N_("e.g. Nguyễn Văn A (no titles)"))
        self.add_row(N_("Signer's &name:"), self.name)
        self.presets.activated.connect(self._apply)
        self.save_preset.clicked.connect(self._save)
        store.changed.connect(self._fill)
        self._fill()

    def retranslate(self) -> None:
        self._fill()

    def _fill(self) -> None:
        self.presets.blockSignals(True)
        self.presets.clear()
        self.presets.addItem(_("Choose a saved signer…"), None)
        for i, preset in enumerate(self.store.settings.signers):
            self.presets.addItem(preset.label, i)
        self.presets.setEnabled(bool(self.store.settings.signers))
        self.presets.blockSignals(False)

    def _apply(self, index: int) -> None:
        i = self.presets.itemData(index)
        self.presets.setCurrentIndex(0)
        if not isinstance(i, int):
            return
        preset = self.store.settings.signers[i]

        def mutate(draft: Draft) -> None:
            sig = draft.notice.signature
            sig.authority = list(preset.authority)
            sig.position = preset.position
            sig.name = preset.name

        paths = frozenset({"signature.authority", "signature.position", "signature.name"})
        self.doc.edit(_("Use a saved signer"), mutate, Change(paths=paths))

    def _save(self) -> None:
        sig = self.doc.notice.signature
        if not sig.name.strip():
            messages.warn(self, _("Write the signer's name first."))
            return
        preset = SignerPreset(sig.name, sig.position, list(sig.authority))
        error = self.store.update(lambda s: s.put_signer(preset))
        if error:
            messages.warn(self, error)


class RecipientsSection(Section):
    """Saved lists to tick, free lines, the (b/c) toggle and the archive line."""

    def __init__(self, binder: Binder, store: SettingsStore) -> None:
        super().__init__(N_("Recipients (Nơi nhận)"), binder)
        self.store = store
        self.lists_box = QWidget()
        self.lists_layout = QVBoxLayout(self.lists_box)
        self.lists_layout.setContentsMargins(0, 0, 0, 0)
        self.list_checks: list[tuple[QCheckBox, RecipientList]] = []
        self.lists_label = self.add_row(N_("Saved lists:"), self.lists_box)
        self.lines = binder.text("recipients", 4)
        self.add_row(N_("&Recipients:"), self.lines)
        tools = QWidget()
        row = QHBoxLayout(tools)
        row.setContentsMargins(0, 0, 0, 0)
        self.report = QPushButton()
        self.texts.bind(self.report.setText, N_("(b/c) on this line"))
        self.texts.named(
            self.report,
            N_("Mark this line (b/c)"),
            N_("Add or remove “(b/c)”: the notice is sent to this body for its information"),
        )
        self.save_list = QPushButton()
        self.texts.bind(self.save_list.setText, N_("Save as a list…"))
        self.texts.named(self.save_list, N_("Save these recipients as a list"))
        row.addWidget(self.report)
        row.addWidget(self.save_list)
        row.addStretch(1)
        self.form.addRow(tools)
        self.form.addRow(
            hint_label(
                self.texts,
                N_("One recipient per line. The “;” and the final “Lưu” line are added for you."),
            )
        )
        archive = QWidget()
        line = QHBoxLayout(archive)
        line.setContentsMargins(0, 0, 0, 0)
        prefix = QLabel("Lưu: VT,")
        self.unit = binder.line("archive.unit")
        self.texts.bind(self.unit.setPlaceholderText, N_("unit, e.g. HT"))
        self.copies = QSpinBox()
        self.copies.setRange(0, 999)
        self.copies.setSpecialValueText("–")
        self.texts.named(self.copies, N_("Number of copies kept (0: not written)"))
        self.initials = binder.line("archive.initials")
        self.texts.bind(self.initials.setPlaceholderText, N_("drafter's initials"))
        self.texts.named(self.initials, N_("Drafter's initials"))
        copies_label = QLabel()
        self.texts.label(copies_label, self.copies, N_("co&pies:"))
        for widget in (prefix, self.unit, copies_label, self.copies, self.initials):
            line.addWidget(widget)
        self.add_row(N_("Arc&hive:"), archive, self.unit)
        binder.value(
            "archive.copies",
            self.copies,
            lambda: self.copies.value() or None,
            lambda v: self.copies.setValue(v or 0),
        )
        self.copies.setKeyboardTracking(False)
        self.copies.valueChanged.connect(lambda v: self.doc.set_value("archive.copies", v or None))
        self.report.clicked.connect(self.toggle_report)
        self.save_list.clicked.connect(self._save_list)
        store.changed.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        for check, _lst in self.list_checks:
            discard(check)
        self.list_checks = []
        for preset in self.store.settings.recipient_lists:
            names = "; ".join(r.text for r in preset.recipients)
            check = QCheckBox(preset.name)
            check.setToolTip(names)
            check.setAccessibleName(_("Recipient list {name}").format(name=preset.name))
            check.toggled.connect(lambda on, p=preset: self.tick(p, on))
            self.lists_layout.addWidget(check)
            self.list_checks.append((check, preset))
        self.lists_box.setVisible(bool(self.list_checks))
        self.lists_label.setVisible(bool(self.list_checks))
        self._show_ticks()

    def sync(self, change: Change) -> None:
        if change.everything or "recipients" in change.paths:
            self._show_ticks()

    def _show_ticks(self) -> None:
        present = {r.text for r in self.doc.notice.recipients}
        for check, preset in self.list_checks:
            on = bool(preset.recipients) and all(r.text in present for r in preset.recipients)
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)

    def tick(self, preset: RecipientList, on: bool) -> None:
        """Add the list's recipients (missing ones, in order) or take them out."""

        def mutate(draft: Draft) -> None:
            current = draft.notice.recipients
            names = {r.text for r in preset.recipients}
            if on:
                have = {r.text for r in current}
                current += [
                    Recipient(r.text, r.note) for r in preset.recipients if r.text not in have
                ]
            else:
                draft.notice.recipients = [r for r in current if r.text not in names]

        label = _("Add a recipient list") if on else _("Remove a recipient list")
        self.doc.edit(label, mutate, Change(paths=frozenset({"recipients"})))

    def toggle_report(self) -> None:
        """Add "(b/c)" to the line under the cursor, or take it away."""
        block = self.lines.textCursor().block().text()
        current = parse_recipients(block)
        if not current:
            return
        target = current[0]
        recipients = list(self.doc.notice.recipients)
        for i, r in enumerate(recipients):
            if r.text == target.text:
                note = "" if r.note == REPORT_NOTE else REPORT_NOTE
                recipients[i] = Recipient(r.text, note)
                break
        else:
            return
        self.doc.set_text("recipients", format_recipients(recipients))
        self.lines.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_list(self) -> None:
        recipients = list(self.doc.notice.recipients)
        if not recipients:
            messages.warn(self, _("There are no recipients to save."))
            return
        name, ok = messages.ask_text(self, _("Save a recipient list"), _("Name of the list:"))
        if not ok:
            return
        preset = RecipientList(name, recipients)
        error = self.store.update(lambda s: s.put_recipient_list(preset))
        if error:
            messages.warn(self, error)

    def retranslate(self) -> None:
        for check, preset in self.list_checks:
            check.setAccessibleName(_("Recipient list {name}").format(name=preset.name))
