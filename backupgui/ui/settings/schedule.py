"""The schedule settings: how often (WhatsApp's choices), when, conditions, notifications and
start at login. ``ScheduleSettings`` is the widget; ``ScheduleDialog`` saves it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, time

from PySide6.QtCore import QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...automation import autostart
from ...automation.schedule import Frequency, Schedule, ScheduleConfig, save_config
from ..language import translate_message
from ..tasks import call_in_background
from ..widgets.fit import grow_to_fit, keep_min_height_for_width

log = logging.getLogger(__name__)


class ScheduleSettings(QWidget):
    """Edits a ``ScheduleConfig``; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, config: ScheduleConfig | None = None,
                 parent: QWidget | None = None, *, tray: bool | None = None) -> None:
        """``tray``: whether the desktop shows a system tray (None: ask Qt). Without one the
        app cannot keep running after its window closes, and the note says so."""
        super().__init__(parent)
        self._config = config or ScheduleConfig()
        if tray is None:
            tray = QSystemTrayIcon.isSystemTrayAvailable()
        form = QFormLayout(self)
        self.frequency = QComboBox()
        # One "off": "Never" and "Only when I tap Back up" did the same and read as two
        # things. An old "never" schedule shows as this choice.
        for freq, text in ((Frequency.MANUAL, self.tr("Off (only when I click \"Back up\")")),
                           (Frequency.DAILY, self.tr("Daily")),
                           (Frequency.WEEKLY, self.tr("Weekly")),
                           (Frequency.MONTHLY, self.tr("Monthly"))):
            self.frequency.addItem(text, freq.value)
        self.frequency.setAccessibleName(self.tr("Back up automatically"))
        form.addRow(self.tr("Back up &automatically:"), self.frequency)

        self.time = QTimeEdit()
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setAccessibleName(self.tr("Time of day"))
        form.addRow(self.tr("At &time:"), self.time)
        self.weekday = QComboBox()
        loc = QLocale()
        for i in range(7):  # the locale's own day names, Monday first (as the schedule counts)
            self.weekday.addItem(loc.standaloneDayName(i + 1, QLocale.FormatType.LongFormat), i)
        form.addRow(self.tr("On &weekday:"), self.weekday)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setToolTip(self.tr("In shorter months the backup runs on the last day."))
        form.addRow(self.tr("On &day of the month:"), self.day)

        self.metered = QCheckBox(self.tr("Also back up on &metered connections (mobile data, "
                                         "hotspots)"))
        form.addRow("", self.metered)
        self.battery = QSpinBox()
        self.battery.setRange(0, 100)
        self.battery.setSuffix(self.tr(" %"))
        self.battery.setSpecialValueText(self.tr("Any level"))
        self.battery.setToolTip(self.tr("On battery, wait until the charger is plugged in when "
                                        "the battery is below this level."))
        form.addRow(self.tr("On battery, only &above:"), self.battery)
        self.notify_success = QCheckBox(self.tr("&Notify me when a backup succeeds (failures "
                                                "are always shown)"))
        form.addRow("", self.notify_success)
        # Without a tray, an app started at login opens its window (there is no tray to wait in).
        self.login = QCheckBox(self.tr("&Start backupgui when I log in (in the tray)") if tray
                               else self.tr("&Start backupgui when I log in"))
        form.addRow("", self.login)
        self.note = QLabel(self.tr("Automatic backups run while backupgui is in the system "
                                   "tray. Missed backups run soon after the computer wakes.")
                           if tray else
                           self.tr("This desktop shows no system tray, so automatic backups "
                                   "run only while the backupgui window is open. A missed "
                                   "backup runs soon after you open it."))
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self._form = form

        self.set_config(self._config)
        for sig in (self.frequency.currentIndexChanged, self.time.timeChanged,
                    self.weekday.currentIndexChanged, self.day.valueChanged,
                    self.metered.toggled, self.battery.valueChanged,
                    self.notify_success.toggled, self.login.toggled):
            sig.connect(self._edited)

    def set_config(self, cfg: ScheduleConfig) -> None:
        self._config = cfg
        s = cfg.schedule
        shown = Frequency.MANUAL if s.frequency == Frequency.NEVER else s.frequency
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(shown.value)))
        self.time.setTime(QTime(s.at.hour, s.at.minute))
        self.weekday.setCurrentIndex(s.weekday)
        self.day.setValue(s.day_of_month)
        self.metered.setChecked(cfg.allow_metered)
        self.battery.setValue(max(0, min(cfg.min_battery, 100)))
        self.notify_success.setChecked(cfg.notify_success)
        self.login.setChecked(cfg.start_at_login)
        self._sync()

    def config(self, now: datetime | None = None) -> ScheduleConfig:
        """The edited settings; ``since`` moves only when the schedule itself changed."""
        t = self.time.time()
        freq = Frequency(self.frequency.currentData())
        if freq == Frequency.MANUAL and self._config.schedule.frequency == Frequency.NEVER:
            freq = Frequency.NEVER  # unchanged: keep what is stored
        sched = Schedule(freq,
                         time(t.hour(), t.minute()),
                         int(self.weekday.currentData()), self.day.value())
        cfg = self._config.with_schedule(sched, now or datetime.now(UTC))
        return replace(cfg, allow_metered=self.metered.isChecked(),
                       min_battery=self.battery.value(),
                       notify_success=self.notify_success.isChecked(),
                       start_at_login=self.login.isChecked())

    def _edited(self) -> None:
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        freq = Frequency(self.frequency.currentData())
        auto = freq.automatic
        for w, on in ((self.time, auto), (self.weekday, freq == Frequency.WEEKLY),
                      (self.day, freq == Frequency.MONTHLY), (self.metered, auto),
                      (self.battery, auto)):
            w.setVisible(on)
            label = self._form.labelForField(w)
            if label is not None:
                label.setVisible(on)


class ScheduleDialog(QDialog):
    """Edit and save the schedule; ``saved(ScheduleConfig)`` after the file is written.

    ``apply``: what takes a saved schedule into use (the running scheduler), with ``receiver``
    the QObject it works on. It is called when the save is done even if this dialog is gone by
    then (Escape or the window's close button while saving, its parent deleted): the file and
    the scheduler never disagree."""

    saved = Signal(object)

    def __init__(self, config: ScheduleConfig, parent: QWidget | None = None, *,
                 apply: Callable[[ScheduleConfig], None] | None = None,
                 receiver: QObject | None = None) -> None:
        super().__init__(parent)
        if (apply is None) != (receiver is None):
            raise TypeError("ScheduleDialog: apply= and receiver= go together")
        self._apply, self._receiver = apply, receiver
        keep_min_height_for_width(self)  # its wrapped texts are never cut off
        self.setWindowTitle(self.tr("Backup schedule"))
        lay = QVBoxLayout(self)
        self.editor = ScheduleSettings(config)
        lay.addWidget(self.editor)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.original = config
        self.saving = False
        # Rows appear and vanish with the frequency: fit the dialog to them, or the wrapped
        # note at the bottom is squeezed into the space the "Off" layout had.
        self.editor.frequency.currentIndexChanged.connect(self._fit)

    def _fit(self) -> None:
        grow_to_fit(self)

    def save(self) -> None:
        """Write the file and the autostart entry in the background, then close. The running
        scheduler gets the new schedule through ``apply`` whether or not this dialog is still
        there when the write ends."""
        if self.saving:
            return
        cfg = self.editor.config()
        login_changed = cfg.start_at_login != self.original.start_at_login
        self.saving = True
        self.buttons.setEnabled(False)

        def write() -> ScheduleConfig:
            # The login entry first: if it fails, the schedule file is not written either, so
            # "could not be saved" is true and the scheduler keeps what the file says.
            if login_changed:
                autostart.apply(cfg.start_at_login)
            save_config(cfg)
            return cfg

        apply = self._apply
        handle = call_in_background(write, on_done=apply, name="save-schedule",
                                    owner=self._receiver or self)
        if self._receiver is not None:
            handle.failed.connect(_log_lost_save)
        # The dialog's own part, bound methods: Qt drops them if the dialog is deleted first.
        handle.succeeded.connect(self._saved)
        handle.failed.connect(self._failed)

    def _saved(self, cfg: ScheduleConfig) -> None:
        self.saving = False
        self.saved.emit(cfg)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.error.setText(self.tr("The schedule could not be saved: %1").replace(
            "%1", translate_message(str(exc))))
        self.error.show()


def _log_lost_save(exc: BaseException) -> None:
    """A save that failed: the dialog says so while it is open; this is the log's line, also
    when the dialog went meanwhile (the running schedule and the file stay the old ones)."""
    log.warning("the schedule could not be saved: %s", exc)
