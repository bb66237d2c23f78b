"""Progress of a running job: phase, bar, bytes done of total, speed, time left, and
Pause/Resume and Cancel.

A screen reader hears it too: the bar's accessible description is the phase and the figures
as shown, and a new phase, the start of a wait for the network and a stop are announced (the
focus stays on Pause or Cancel, so nothing else would say them)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ...jobs import Progress
from ..language import translate_message
from ..widgets import style
from ..widgets.accessibility import announce
from ..widgets.formatting import human_duration, human_size, human_speed, joined, number
from ..widgets.icons import icon

# Seconds without a retry after which a new one is a new network drop (said again).
DROP_QUIET_S = 60.0


class RateEstimator:
    """Smoothed transfer rate and time left from (time, bytes) samples."""

    def __init__(self, half_life_s: float = 3.0) -> None:
        self.half_life = half_life_s
        self.rate = 0.0
        self._last: tuple[float, int] | None = None

    def reset(self) -> None:
        self.rate = 0.0
        self._last = None

    def add(self, done: int, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        if self._last is None or done < self._last[1]:
            self._last = (now, done)
            return
        t0, d0 = self._last
        dt = now - t0
        if dt < 0.2:
            return
        inst = (done - d0) / dt
        w = 0.5 ** (dt / self.half_life)
        self.rate = inst if self.rate == 0 else w * self.rate + (1 - w) * inst
        self._last = (now, done)

    def eta(self, done: int, total: int) -> float | None:
        if self.rate <= 0 or total <= 0 or done >= total:
            return None
        return (total - done) / self.rate


class ProgressPanel(QWidget):
    """Shows a job's progress; emits ``pauseToggled(bool)`` and ``cancelRequested``."""

    pauseToggled = Signal(bool)
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, can_pause: bool = True,
                 name: str = "") -> None:
        """``name``: what the bar is called for a screen reader ("Restore progress"); a
        backup's by default."""
        super().__init__(parent)
        self.rate = RateEstimator()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.phase = style.label("", "heading")
        self.item = style.label("", "muted")
        self.item.setTextFormat(Qt.TextFormat.PlainText)  # file names from exports and backups
        self.item.setMinimumWidth(10)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(name or self.tr("Backup progress"))
        self.figures = QLabel("")
        # (a retry's sentence is longer than the figures: it wraps, not widening the card or
        # being cut off at its edge)
        self.figures.setWordWrap(True)
        self.figures.setAccessibleDescription(self.tr("Bytes done, speed and time left"))
        buttons = QHBoxLayout()
        self.pause_button = QPushButton(icon("pause"), self.tr("&Pause"))
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause_toggled)
        self.pause_button.setVisible(can_pause)
        # (an access key, as Pause has; the window also stops a backup on Escape)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.cancel_button)
        lay.addWidget(self.phase)
        lay.addWidget(self.bar)
        lay.addWidget(self.figures)
        lay.addWidget(self.item)
        lay.addLayout(buttons)
        self._started = time.monotonic()
        self._unit = "bytes"
        self._phase: str | None = None  # the core's phase shown (untranslated)
        # When a retry was last shown: a network drop is said when it begins, not at each
        # attempt (parallel uploads report between the attempts, some with bytes sent).
        self._drop_seen = -DROP_QUIET_S

    def sync_accessible(self) -> None:
        """The bar's description: the phase and the figures as shown now (call after
        setting either label from outside)."""
        text = joined((self.phase.text(), self.figures.text()))
        if text != self.bar.accessibleDescription():  # (each set is an event to the reader)
            self.bar.setAccessibleDescription(text)

    def start(self, title: str) -> None:
        self.rate.reset()
        self._unit = "bytes"
        self._started = time.monotonic()
        self._phase = None
        self.phase.setText(title)
        self.item.clear()
        self.figures.setText(self.tr("Starting…"))
        self.bar.setRange(0, 0)
        self.pause_button.setChecked(False)
        self.pause_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self._drop_seen = -DROP_QUIET_S
        self.sync_accessible()
        announce(self.bar, title)

    def show_progress(self, p: Progress) -> None:
        new_phase = p.phase != self._phase
        if new_phase:  # a few phases per job, reported 20 times a second
            self._phase = p.phase
            self.phase.setText(translate_message(p.phase))
        metrics = self.item.fontMetrics()
        self.item.setText(metrics.elidedText(p.item, Qt.TextElideMode.ElideMiddle,
                                             max(80, self.item.width())))
        if p.unit != self._unit:  # e.g. bytes uploaded, then chats packed: never mix them
            self._unit = p.unit
            self.rate.reset()
        if p.retry is not None:
            # (not the speed and time left from before the drop: nothing moves now)
            attempt, attempts, answered = p.retry
            text = self.tr("Google Drive is not working right now. Trying again (attempt %1 of "
                           "%2)…") if answered else self.tr(
                "Google Drive cannot be reached: check the internet connection. Trying again "
                "(attempt %1 of %2)…")
            self.figures.setText(text.replace("%1", number(attempt))
                                 .replace("%2", number(attempts)))
            self.rate.reset()
            now = time.monotonic()
            if now - self._drop_seen > DROP_QUIET_S:
                announce(self.bar, self.figures.text())
            self._drop_seen = now
        elif p.total_bytes > 0 and p.unit != "bytes":
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(p.done_bytes, p.total_bytes) / p.total_bytes))
            if p.unit == "chats":
                text = self.tr("%1 of %Ln chat(s)", "", p.total_bytes).replace(
                    "%1", number(p.done_bytes))
            else:
                text = self.tr("%1 of %2").replace("%1", number(p.done_bytes)).replace(
                    "%2", number(p.total_bytes))
            if self.pause_button.isChecked():
                text = self.tr("%1 · paused", "figures, then the state").replace("%1", text)
            self.figures.setText(text)
        elif p.total_bytes > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(p.done_bytes, p.total_bytes) / p.total_bytes))
            self.rate.add(p.done_bytes)
            parts = [self.tr("%1 of %2").replace("%1", human_size(p.done_bytes))
                     .replace("%2", human_size(p.total_bytes))]
            if self.pause_button.isChecked():
                parts.append(self.tr("paused"))
            elif self.rate.rate > 0:
                parts.append(human_speed(self.rate.rate))
                eta = self.rate.eta(p.done_bytes, p.total_bytes)
                if eta is not None:
                    parts.append(self.tr("about %1 left").replace("%1", human_duration(eta)))
            self.figures.setText(joined(parts))
        else:
            self.bar.setRange(0, 0)
            self.figures.setText(self.tr("Working…"))
        self.sync_accessible()
        if new_phase:
            announce(self.bar, self.phase.text())

    def _pause_toggled(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        self.pause_button.setIcon(icon("play" if paused else "pause"))
        if paused:
            self.figures.setText(self.tr("Paused — nothing is being read or sent."))
        self.rate.reset()
        self.sync_accessible()
        self.pauseToggled.emit(paused)

    def cancelling(self, first: bool = False, *, restore: bool = False) -> None:
        """``first``: no backup at this destination yet, so there is no "previous" one.
        ``restore``: a restore stops (rolled back), so it is the chats here that stay."""
        self.phase.setText(self.tr("Cancelling…"))
        if restore:
            text = self.tr("Stopping safely; the chats on this computer stay as they were.")
        elif first:
            text = self.tr("Stopping safely; what was already uploaded is kept for the next "
                           "backup.")
        else:
            text = self.tr("Stopping safely; the previous backup stays as it was.")
        self.figures.setText(text)
        self.cancel_button.setEnabled(False)
        self.pause_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.sync_accessible()
        announce(self.bar, text, assertive=True)
