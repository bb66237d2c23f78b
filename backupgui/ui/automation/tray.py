"""The system tray icon: Back up now, Cancel, the next run, Show window, Quit; a badge while a
backup runs; desktop notifications for the scheduler's reports.

The tray calls ``backup_now``/``cancel`` (by default the scheduler's ``run_now``/``cancel``)
and emits ``showRequested``, ``scheduleRequested``, ``historyRequested``, ``quitRequested`` and
``retiredRequested`` (a click on the retired-key notice) and ``warningsRequested`` (a click
on a backup's warnings notice) for the app to handle.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..widgets.elide import shorten_words
from .scheduler import Notification, Scheduler

log = logging.getLogger(__name__)

_LEVELS = {
    "info": QSystemTrayIcon.MessageIcon.Information,
    "warning": QSystemTrayIcon.MessageIcon.Warning,
    "error": QSystemTrayIcon.MessageIcon.Critical,
}
# How long a notification stays (failures longer, so they are seen).
_SHOW_MS = {"info": 8000, "warning": 12000, "error": 20000}
# What a freedesktop notification server reads as markup in a notice's body (``<a href>``,
# ``<img src>``, entities such as ``&#8238;``), as their full-width forms, which read the same.
_MARKUP = str.maketrans({"&": "\uff06", "<": "\uff1c", ">": "\uff1e"})


def notice_text(text: str) -> str:
    """``text`` as a desktop notification shows it as text on every platform: Qt hands a
    notice to the freedesktop server as it is, and GNOME's, KDE's and most others read its
    body as markup, so a name from outside (a file's, a chat's, a backup's) could be a link,
    an image or a bidirectional control there. Line breaks become spaces (a name cannot
    add lines of its own)."""
    return " ".join(text.splitlines()).translate(_MARKUP)


def base_icon() -> QIcon:
    """The app's icon (the window icon if set, else the packaged PNG)."""
    app = QGuiApplication.instance()
    ic = app.windowIcon() if isinstance(app, QGuiApplication) else QIcon()
    if ic.isNull():
        try:
            path = resources.files("backupgui.resources") / "icons" / "backupgui-256.png"
            ic = QIcon(QPixmap(str(path)))
        except (OSError, ModuleNotFoundError):
            ic = QIcon()
    return ic


def running_icon(base: QIcon, size: int = 64) -> QIcon:
    """``base`` with a green badge and an upward arrow: a backup is running."""
    pm = base.pixmap(size, size) if not base.isNull() else QPixmap(size, size)
    if base.isNull():
        pm.fill(Qt.GlobalColor.transparent)
    pm = pm.copy()
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = size * 0.46
    box = QRectF(size - r - 1, size - r - 1, r, r)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1faa59"))
    p.drawEllipse(box)
    p.setBrush(QColor("#ffffff"))
    c = box.center()
    a = r * 0.28
    p.drawPolygon([QPointF(c.x(), c.y() - a * 1.2), QPointF(c.x() - a, c.y() + a * 0.2),
                   QPointF(c.x() + a, c.y() + a * 0.2)])
    p.drawRect(QRectF(c.x() - a * 0.35, c.y(), a * 0.7, a * 1.1))
    p.end()
    return QIcon(pm)


class Tray(QObject):
    """Owns the ``QSystemTrayIcon`` and its menu."""

    showRequested = Signal()
    scheduleRequested = Signal()
    historyRequested = Signal()
    quitRequested = Signal()
    retiredRequested = Signal()  # the retired-key notice was clicked
    warningsRequested = Signal(object)  # the warnings notice was clicked: its warnings

    def __init__(self, scheduler: Scheduler, *, backup_now: Callable[[], object] | None = None,
                 cancel: Callable[[], object] | None = None, icon: QIcon | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self._backup_now = backup_now or scheduler.run_now
        self._cancel = cancel or scheduler.cancel
        self._idle_icon = icon or base_icon()
        self._busy_icon = running_icon(self._idle_icon)
        self.running = False
        self.shown: list[Notification] = []  # what was shown (for tests and the log)

        self.icon = QSystemTrayIcon(self._idle_icon, self)
        self.menu = QMenu()
        self.backup_action = self._add(self.tr("&Back up now"), lambda: self._backup_now())
        self.cancel_action = self._add(self.tr("&Cancel backup"), lambda: self._cancel())
        self.cancel_action.setEnabled(False)
        self.next_action = QAction(self.tr("Next backup: …"), self)
        self.next_action.setEnabled(False)
        self.menu.addAction(self.next_action)
        self.menu.addSeparator()
        self.schedule_action = self._add(self.tr("Backup &schedule…"), self.scheduleRequested.emit)
        self.history_action = self._add(self.tr("Backup &history…"), self.historyRequested.emit)
        self.show_action = self._add(self.tr("&Show window"), self.showRequested.emit)
        self.menu.addSeparator()
        self.quit_action = self._add(self.tr("&Quit"), self.quitRequested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)

        scheduler.statusChanged.connect(self._status)
        scheduler.runningChanged.connect(self.set_running)
        scheduler.notify.connect(self.show_notification)
        self._status(scheduler.status)

    def _add(self, text: str, slot: Callable[[], object]) -> QAction:
        act = QAction(text, self)
        act.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(act)
        return act

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    # --- state --------------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.next_action.setText(text or self.tr("Next backup: …"))
        self._tooltip()

    def _tooltip(self) -> None:
        state = self.tr("Backing up…") if self.running else self.next_action.text()
        self.icon.setToolTip(self.tr("backupgui — %1").replace("%1", state))

    def set_running(self, running: bool) -> None:
        """Show the running badge and enable Cancel (also for backups started elsewhere)."""
        self.running = running
        self.icon.setIcon(self._busy_icon if running else self._idle_icon)
        self.cancel_action.setEnabled(running)
        self.backup_action.setEnabled(not running)
        self._tooltip()

    def show_notification(self, n: Notification) -> None:
        """A desktop notification through the tray (also logged)."""
        self.shown.append(n)
        del self.shown[:-20]
        log.info("notification (%s): %s — %s", n.kind, n.title, n.message)
        if QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(shorten_words(notice_text(n.title), 40, 120),
                                  shorten_words(notice_text(n.message), 40, 400),
                                  _LEVELS.get(n.level, _LEVELS["info"]), _SHOW_MS.get(n.level, 8000))

    def show_notification_text(self, title: str, message: str, level: str = "info") -> None:
        self.show_notification(Notification("info", title, message, level))

    def _message_clicked(self) -> None:
        """A click on the notice shown last: the window, and for a retired set's key still
        at its vault, *Delete the old key…* in it; for a backup saved with warnings, those."""
        if self.shown and self.shown[-1].kind == "retired":
            self.retiredRequested.emit()
        elif self.shown and self.shown[-1].kind == "warnings":
            self.warningsRequested.emit(list(self.shown[-1].warnings))
        else:
            self.showRequested.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.showRequested.emit()
