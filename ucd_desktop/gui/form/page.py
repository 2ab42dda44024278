"""Page setup, kept inside the Decree's ranges by the inputs themselves; the page-1 footer."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QPushButton, QWidget

from ucd_desktop.decree import numbers as rules
from ucd_desktop.gui.binding import Binder, Section
from ucd_desktop.gui.undo import Change
from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import PageSetup

__all__ = ["PageSection"]

_MARGINS = (
    ("top", N_("&Top margin:")),
    ("bottom", N_("&Bottom margin:")),
    ("left", N_("&Left margin:")),
    ("right", N_("&Right margin:")),
)


def _spin(low: float, high: float, step: float, suffix: str, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    return spin


class PageSection(Section):
    def __init__(self, binder: Binder) -> None:
        super().__init__(N_("Page setup and footer"), binder)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for side, label in _MARGINS:
            rng = rules.MARGIN_RANGES[side]
            spin = _spin(rng.low, rng.high, 0.5, " mm")
            key = f"page.margin_{side}_mm"
            binder.spin(key, spin)
            self.add_row(label, spin)
            self.spins[key] = spin
        self.body_size = QComboBox()
        for size in (13.0, 14.0):
            self.body_size.addItem(f"{size:g} pt", str(size))
        binder.combo("page.body_size", self.body_size, float)
        self.add_row(N_("Body text si&ze:"), self.body_size)
        spacing = rules.LINE_SPACING
        self.line_spacing = _spin(spacing.low, spacing.high, 0.05, "", 2)
        binder.spin("page.line_spacing", self.line_spacing)
        self.add_row(N_("Line &spacing (× single):"), self.line_spacing)
        self.indent = QComboBox()
        for cm in rules.FIRST_LINE_INDENTS_CM:
            # The decimal comma, like the spin boxes ("1,27 cm" beside "20,0 mm").
            self.indent.addItem(f"{QLocale().toString(cm, 'g')} cm", str(cm))
        binder.combo("page.first_line_indent_cm", self.indent, float)
        self.add_row(N_("First-line &indent:"), self.indent)
        self.paragraph = _spin(rules.MIN_PARAGRAPH_SPACING_PT, 24, 1, " pt", 0)
        binder.spin("page.paragraph_spacing_pt", self.paragraph)
        self.add_row(N_("Space &between paragraphs:"), self.paragraph)
        sign = rules.SIGNATURE_SPACE_PT
        self.signature = _spin(sign.low, sign.high, 6, " pt", 0)
        binder.spin("page.signature_space_pt", self.signature)
        self.add_row(N_("Room to si&gn and stamp:"), self.signature)
        reset_row = QWidget()
        line = QHBoxLayout(reset_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.reset = QPushButton()
        self.texts.bind(self.reset.setText, N_("Usual values"))
        self.texts.named(self.reset, N_("Reset the page setup to the usual values"))
        self.reset.clicked.connect(self._reset)
        line.addWidget(self.reset)
        line.addStretch(1)
        self.form.addRow(reset_row)
        self.footer = binder.text("footer", 1)
        self.add_row(N_("&Footer of page 1:"), self.footer)
        self.texts.bind(
            self.footer.setPlaceholderText, N_("Address, phone, e-mail of the issuer (optional)")
        )

    def _reset(self) -> None:
        def mutate(draft: Draft) -> None:
            draft.notice.page = PageSetup()

        keys = frozenset(f"page.{name}" for name in PageSetup.__dataclass_fields__)
        self.doc.edit(_("Usual page setup"), mutate, Change(values=keys))
