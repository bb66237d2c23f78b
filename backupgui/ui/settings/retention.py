"""How many old backups the Settings keep, said in plain words: a simple choice (a year of
history, or only the newest) and an advanced one (days, weeks, months, years)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox

from ...device.settings import (
    DEFAULT_KEEP_DAILY,
    DEFAULT_KEEP_MONTHLY,
    DEFAULT_KEEP_WEEKLY,
    DEFAULT_KEEP_YEARLY,
    MAX_KEEP_RULE,
)
from ..widgets import style

RECOMMENDED = (DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY, DEFAULT_KEEP_MONTHLY, DEFAULT_KEEP_YEARLY)
NONE = (0, 0, 0, 0)


class RetentionWords(QObject):
    """The policy in plain words (a QObject for ``tr``: its numbers choose plural forms)."""

    def periods(self, rules: tuple[int, int, int, int]) -> str:
        """'7 days, 4 weeks and 12 months' in the language ("" when every rule is 0)."""
        daily, weekly, monthly, yearly = rules
        parts = [self.tr("%Ln day(s)", "in 'any of the last %1'", daily) if daily else "",
                 self.tr("%Ln week(s)", "in 'any of the last %1'", weekly) if weekly else "",
                 self.tr("%Ln month(s)", "in 'any of the last %1'", monthly) if monthly else "",
                 self.tr("%Ln year(s)", "in 'any of the last %1'", yearly) if yearly else ""]
        parts = [p for p in parts if p]
        return QLocale().createSeparatedList(parts) if parts else ""

    def history(self, last: int, rules: tuple[int, int, int, int]) -> str:
        """What a person can go back to under this policy."""
        spread = self.periods(rules)
        if spread:
            return self.tr("You can go back to any of the last %1, and to each of the newest "
                           "%Ln backup(s).", "%1: e.g. '7 days, 4 weeks and 12 months'",
                           last).replace("%1", spread)
        return self.tr("You can go back to the newest %Ln backup(s) only: a chat deleted by "
                       "mistake is in none of them once %Ln more backup(s) are made.", "", last)


def periods(rules: tuple[int, int, int, int]) -> str:
    """'7 days, 4 weeks and 12 months' in the language."""
    return RetentionWords().periods(rules)


def history_words(last: int, rules: tuple[int, int, int, int]) -> str:
    """What a person can go back to under this policy, in plain words."""
    return RetentionWords().history(last, rules)


class RetentionRows(QObject):
    """The policy's time rules as rows of ``form``: a choice (a year of history, only the
    newest, custom), the custom rules' spin boxes, and the plain words of what is kept.
    ``keep`` is the form's "Keep the last" spin box (the newest backups), which the words
    include."""

    changed = Signal()

    def __init__(self, keep: QSpinBox, rules: tuple[int, int, int, int],
                 form: QFormLayout) -> None:
        super().__init__(keep)
        self.keep, self.form = keep, form
        self.choice = QComboBox()
        self.choice.addItem(self.tr("A year of history (recommended)"), "recommended")
        self.choice.addItem(self.tr("None: only the newest backups"), "none")
        self.choice.addItem(self.tr("Custom"), "custom")
        self.choice.setAccessibleName(self.tr("Older backups to keep"))
        lab = QLabel(self.tr("&Older backups:"))
        lab.setBuddy(self.choice)
        form.addRow(lab, self.choice)
        self.spins: list[QSpinBox] = []
        for text, value in zip((self.tr("One a &day, for the last:"),
                                self.tr("One a &week, for the last:"),
                                self.tr("One a &month, for the last:"),
                                self.tr("One a &year, for the last:")), rules, strict=True):
            spin = QSpinBox()
            spin.setRange(0, MAX_KEEP_RULE)
            spin.setValue(value)
            spin.setAccessibleName(text.replace("&", "").rstrip(":"))
            spin.valueChanged.connect(self._update)
            lab = QLabel(text)
            lab.setBuddy(spin)
            form.addRow(lab, spin)
            self.spins.append(spin)
        self.daily, self.weekly, self.monthly, self.yearly = self.spins
        self.words = style.label("", "muted", wrap=True)
        self.words.setAccessibleName(self.tr("What you can go back to"))
        form.addRow(self.words)
        mode = "recommended" if rules == RECOMMENDED else "none" if rules == NONE else "custom"
        self.choice.setCurrentIndex(self.choice.findData(mode))
        self.choice.currentIndexChanged.connect(self._chosen)
        keep.valueChanged.connect(self._update)
        self._update()

    def rules(self) -> tuple[int, int, int, int]:
        return tuple(s.value() for s in self.spins)  # type: ignore[return-value]

    def _chosen(self, _i: int) -> None:
        mode = self.choice.currentData()
        preset = RECOMMENDED if mode == "recommended" else NONE if mode == "none" else None
        if preset is not None:
            for spin, value in zip(self.spins, preset, strict=True):
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self._update()

    def _update(self, *_args) -> None:
        custom = self.choice.currentData() == "custom"
        for spin in self.spins:
            self.form.setRowVisible(spin, custom)
        suffixes = (self.tr(" day(s)", "suffix after the number of days", self.daily.value()),
                    self.tr(" week(s)", "suffix after the number of weeks", self.weekly.value()),
                    self.tr(" month(s)", "suffix after the number of months", self.monthly.value()),
                    self.tr(" year(s)", "suffix after the number of years", self.yearly.value()))
        for spin, suffix in zip(self.spins, suffixes, strict=True):
            spin.setSuffix(suffix)
        self.words.setText(history_words(self.keep.value(), self.rules()) + " " + self.tr(
            "Backups share what did not change, so a longer history takes little more space."))
        self.changed.emit()
