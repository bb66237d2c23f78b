"""Wires automatic backups into the app: the scheduled job, the scheduler, the tray, and the
main window (close to tray, "Next backup" line, manual runs recorded in the history).

``install(app, window, ctx)`` is the one call the app makes; it needs nothing from the window
beyond public attributes (``controller``, ``panel``, ``statusBar()``), so the window's code
stays as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from ...automation.history import History, HistoryEntry, Result
from ...automation.schedule import ScheduleConfig, Trigger, load_config
from ...crypto.material import RawKey
from ...device.keystore import REFUSED, TIMEOUT
from ...device.settings import GDRIVE, now_iso
from ...errors import KEY_DIGITS, BackupError
from ...jobs import CancelToken, ProgressFn
from ..tasks import TaskFn
from ..widgets.formatting import numbers
from .scheduler import NotConfigured, PasswordNeeded, QtNetworkState, Scheduler
from .tray import Tray

if TYPE_CHECKING:
    from ..context import AppContext

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def scheduled_job_factory(ctx: AppContext) -> Callable[[], TaskFn]:
    """A job factory for the scheduler: the saved selection, with the key from the keyring.

    Checks what it can on the GUI thread (destination, encryption set up); the keyring and the
    chat list are read on the worker thread.
    """

    def factory() -> TaskFn:
        from ..backup.jobs import BackupJob, KeyNeeded, retention_of, run_backup

        s = ctx.settings
        spec = ctx.destination_spec()
        if not spec.configured():
            raise NotConfigured(translate("AutoBackup", "No backup destination is chosen."),
                                hint=translate("AutoBackup", "Open backupgui, then Settings, and choose a folder "
                                         "or Google Drive."))
        if not s.encryption_on:
            raise NotConfigured(translate("AutoBackup", "End-to-end encryption is not set up yet."),
                                hint=numbers(translate(
                                    "AutoBackup", "Open backupgui and click Back up once to choose "
                                    "a password or %1-digit key."), KEY_DIGITS))
        library, keystore = ctx.library_dir, ctx.keystore
        excluded = set(s.excluded_chats)
        fields = (s.include_videos, s.device_name, retention_of(s), s.set_id)

        def work(progress: ProgressFn, cancel: CancelToken) -> Any:
            include_videos, device, keep, set_id = fields
            status = keystore.status()
            if not status.available:
                raise PasswordNeeded(translate("AutoBackup", "This computer has no keyring to keep the backup key, "
                                         "so automatic backups cannot run by themselves."))
            found = keystore.fetch(set_id)
            key = found.key
            if found.problem == TIMEOUT:
                raise PasswordNeeded(numbers(translate(
                    "AutoBackup", "The system keyring did not answer within %1 seconds, so "
                    "automatic backups cannot run by themselves."), round(keystore.timeout)))
            if found.problem == REFUSED:
                raise PasswordNeeded(translate(
                    "AutoBackup", "The system keyring is locked or refused to give out the "
                    "backup key, so automatic backups cannot run by themselves."))
            if key is None:
                raise PasswordNeeded(translate("AutoBackup", "The backup key is not stored on this computer."))
            chats = tuple(c for c in _chat_ids(library) if c not in excluded)
            if not chats:
                raise BackupError(translate("AutoBackup", "No chats are selected for the backup."),
                                  hint=translate("AutoBackup", "Tick the chats to back up in backupgui."))
            job = BackupJob(spec, library, chats, include_videos, device, keep, set_id,
                            keystore, RawKey(key), remember_key=False)
            try:
                return run_backup(job, progress, cancel)
            except KeyNeeded as exc:
                raise PasswordNeeded(str(exc)) from None

        return work

    return factory


def _chat_ids(library: Any) -> list[str]:
    from ...library.store import Library

    if not (library / "library.db").exists():
        return []
    lib = Library(library, create=False)
    try:
        return [c.id for c in lib.list_chats()]
    finally:
        lib.close()


class _CloseToTray(QObject):
    """Hides the window instead of closing it while automatic backups are on."""

    def __init__(self, owner: AutoBackup) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Close and self.owner.keeps_running():
            event.ignore()
            self.owner.hide_to_tray()
            return True
        if event.type() == QEvent.Type.Show:  # shown again (tray, another launch): a normal
            self.owner.app.setQuitOnLastWindowClosed(True)  # close quits once more
        return False


class AutoBackup(QObject):
    """The scheduler, the tray and their ties to the main window."""

    def __init__(self, app: QApplication, window: Any, ctx: AppContext, *,
                 config: ScheduleConfig | None = None, history: History | None = None,
                 scheduler: Scheduler | None = None, tray: Tray | None = None) -> None:
        super().__init__(app)
        self.app, self.window, self.ctx = app, window, ctx
        self.history = history or History()
        self.config = config or ScheduleConfig()
        self.scheduler = scheduler or Scheduler(
            self.config, scheduled_job_factory(ctx), history=self.history,
            network=QtNetworkState(), needs_network=lambda: ctx.settings.destination == GDRIVE,
            other_busy=lambda: bool(getattr(window.controller, "busy", False)),
            destination=lambda: ctx.destination_spec().history_destination(), parent=self)
        self.tray = tray or Tray(self.scheduler, parent=self)
        self.quitting = False
        self._told_tray = False
        self._manual_start: datetime | None = None
        self._manual_destination = ""
        self._dialogs: list[QWidget] = []
        self._closed = False

        self.tray.showRequested.connect(self.show_window)
        self.tray.quitRequested.connect(self.quit)
        self.tray.scheduleRequested.connect(self.open_schedule)
        self.tray.historyRequested.connect(self.open_history)
        self.tray.retiredRequested.connect(self.open_retired)
        self.tray.warningsRequested.connect(self.open_warnings)
        self.scheduler.runFinished.connect(self._run_finished)
        self.scheduler.runStarted.connect(self._run_started)
        self.scheduler.progressed.connect(self._progress)
        self.scheduler.statusChanged.connect(self._status)

        self.next_label = QLabel("")
        self.next_label.setAccessibleDescription(translate("AutoBackup", "Next automatic backup"))
        self._filter = _CloseToTray(self)
        if isinstance(window, QObject):
            # Scheduling belongs to its window (the label, the panel, the controller): a window
            # destroyed ends it, rather than leaving a timer that writes to deleted widgets.
            window.destroyed.connect(self.close)
        if window is not None:
            window.installEventFilter(self._filter)
            if hasattr(window, "statusBar"):
                window.statusBar().addPermanentWidget(self.next_label)
            controller = getattr(window, "controller", None)
            if controller is not None:
                controller.started.connect(self._manual_started)
                controller.finished.connect(self._manual_finished)
                controller.busyChanged.connect(lambda _b: self._sync_tray())
            if hasattr(window, "appQuit"):  # the window's Quit ends the app, tray and all
                window.auto = self
                window.appQuit.connect(self._app_quit)
            panel = getattr(window, "panel", None)
            if panel is not None:
                panel.progress.cancelRequested.connect(self.scheduler.cancel)
                panel.progress.pauseToggled.connect(self.scheduler.set_paused)
            self._add_menu_items(window)
        self._status(self.scheduler.status)
        if Tray.available():
            self.tray.show()

    def _add_menu_items(self, window: Any) -> None:
        """"Backup schedule…" and "Backup history…" in the menu that holds Back up now."""
        anchor = getattr(window, "backup_action", None)
        menus = [o for o in (anchor.associatedObjects() if anchor is not None else [])
                 if isinstance(o, QMenu)]
        if not menus:
            return
        menu = menus[0]
        menu.addSeparator()
        self.schedule_action = menu.addAction(translate("AutoBackup", "Backup &schedule…"))
        self.schedule_action.triggered.connect(lambda _c=False: self.open_schedule())
        self.history_action = menu.addAction(translate("AutoBackup", "Backup &history…"))
        self.history_action.triggered.connect(lambda _c=False: self.open_history())

    # --- start / quit -------------------------------------------------------------------------
    def start(self) -> None:
        self.scheduler.start()

    def keeps_running(self) -> bool:
        """Whether closing the window keeps the app in the tray (not once Quit was chosen)."""
        return (not self.quitting and not getattr(self.window, "quitting", False)
                and self.config.schedule.automatic and Tray.available())

    def hide_to_tray(self) -> None:
        self.app.setQuitOnLastWindowClosed(False)
        self.window.hide()
        if not self._told_tray:
            self._told_tray = True
            self.tray.show_notification_text(
                translate("AutoBackup", "backupgui keeps running"),
                translate("AutoBackup", "Automatic backups go on from the system tray. Choose Quit there to stop."))

    def show_window(self) -> None:
        w = self.window
        if w is None:
            return
        self.app.setQuitOnLastWindowClosed(True)
        w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.show()
        w.raise_()
        w.activateWindow()

    def open_retired(self) -> None:
        """The retired-key notice was clicked: the window, with *Delete the old key…*."""
        self.show_window()
        open_dialog = getattr(self.window, "open_retired", None)
        if open_dialog is not None:
            open_dialog()

    def open_warnings(self, warnings: list[str]) -> None:
        """A backup's warnings notice was clicked: the window, with the box the window's own
        Back up shows for them (all of the run's warnings)."""
        self.show_window()
        show = getattr(self.window, "_show_backup_warnings", None)
        if show is not None and warnings:
            show(list(warnings))

    def quit(self) -> None:
        """Quit from the tray: the window's Quit (it asks while a backup runs, and quits once
        it stopped); a window without one is closed, then the app leaves."""
        quit_app = getattr(self.window, "quit_app", None)
        if quit_app is not None:
            self.show_window()
            quit_app()
            return
        self.quitting = True
        if self.scheduler.running:
            self.scheduler.cancel()
        if self.window is None:
            self.app.quit()
            return
        self.show_window()
        if self.window.close():
            self.tray.hide()
            self.app.quit()
        else:
            self.quitting = False  # the window asked; its own close finishes the job

    def close(self, *_destroyed: object) -> None:
        """End automatic backups here: the scheduler stops (a run it started is cancelled),
        the tray icon goes, and this object is deleted once control returns to the event
        loop. Called when the window is destroyed; closing the window (to the tray) or Quit
        never calls it: the window lives as long as the app."""
        if self._closed:
            return
        self._closed = True
        self.scheduler.statusChanged.disconnect(self._status)
        self.scheduler.stop()
        if self.scheduler.running:
            self.scheduler.cancel()
        self.tray.hide()
        self.deleteLater()

    def _app_quit(self) -> None:
        self.quitting = True
        self.tray.hide()
        self.app.quit()

    # --- the window ---------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.next_label.setText(text)
        self.next_label.setVisible(bool(text))

    def _sync_tray(self) -> None:
        busy = bool(getattr(getattr(self.window, "controller", None), "busy", False))
        self.tray.set_running(busy or self.scheduler.running)

    def _run_started(self, _trigger: str) -> None:
        panel = getattr(self.window, "panel", None)
        if panel is not None:
            panel.set_running(True)

    def _progress(self, p: object) -> None:
        panel = getattr(self.window, "panel", None)
        if panel is not None:
            panel.progress.show_progress(p)

    def _run_finished(self, entry: HistoryEntry) -> None:
        """After an automatic run: update 'Last backup' in the settings and the panel."""
        if entry.trigger == Trigger.MANUAL and self._manual_start is not None:
            return  # recorded from the window's own run; settings already updated there
        panel = getattr(self.window, "panel", None)
        if panel is not None:
            panel.set_running(False)
        refresh = getattr(self.window, "refresh_retired", None)
        if refresh is not None:  # the card's line about a retired set's key at its vault
            refresh()
        s = self.ctx.settings
        if entry.result == Result.OK:
            s.last_backup_time = now_iso()
            s.last_backup_bytes = entry.size
            s.last_backup_result = "ok"
            s.last_backup_message = ""
            s.last_backup_destination = self.ctx.destination_spec().identity()
        elif entry.result == Result.FAILED:
            s.last_backup_result = "failed"
            s.last_backup_message = entry.reason
        else:
            return
        self.ctx.save()

    def _manual_started(self) -> None:
        self._manual_start = datetime.now(UTC)
        self._manual_destination = self.ctx.destination_spec().history_destination()
        self._sync_tray()

    def _manual_finished(self, kind: str, payload: object) -> None:
        start = self._manual_start or datetime.now(UTC)
        result = {"ok": Result.OK, "cancelled": Result.CANCELLED}.get(kind, Result.FAILED)
        r = getattr(payload, "result", None)
        entry = HistoryEntry(
            time=start, trigger=Trigger.MANUAL, result=result,
            size=int(getattr(r, "media_bytes", 0)) + int(getattr(r, "text_bytes", 0)),
            uploaded=int(getattr(r, "uploaded_bytes", 0)) if r is not None else
            self._sent_by_window() if result == Result.CANCELLED else 0,
            duration_s=float(getattr(r, "duration_s", 0.0))
            or (datetime.now(UTC) - start).total_seconds(),
            destination=self._manual_destination,
            reason=str(payload) if isinstance(payload, BaseException) else "",
            code=type(payload).__name__ if isinstance(payload, BaseException) else "",
            snapshot=str(getattr(r, "snapshot_id", "")),
            warnings=tuple(str(w) for w in (getattr(r, "warnings", ()) or ())))
        self.scheduler.record_external(entry)
        self._manual_start = None
        self._sync_tray()

    def _sent_by_window(self) -> int:
        """What the window's stopped run had sent (its controller counts it)."""
        sent = getattr(getattr(self.window, "controller", None), "sent", None)
        return int(getattr(sent, "value", 0))

    # --- dialogs ------------------------------------------------------------------------------
    def open_schedule(self) -> None:
        from ..settings.schedule import ScheduleDialog

        # The saved schedule reaches the scheduler through this object, not the dialog: a
        # dialog closed or deleted while it saves would otherwise leave the scheduler on the
        # old schedule while the file has the new one.
        dlg = ScheduleDialog(self.config, None if self.window is None or
                             not self.window.isVisible() else self.window,
                             apply=self.apply_config, receiver=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dlg)
        dlg.open()

    def apply_config(self, cfg: ScheduleConfig) -> None:
        self.config = cfg
        self.scheduler.set_config(cfg)

    def open_history(self) -> None:
        from .history_view import HistoryDialog

        dlg = HistoryDialog(self.history, None if self.window is None or
                            not self.window.isVisible() else self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.scheduler.runFinished.connect(dlg.add)
        self._keep(dlg)
        dlg.show()

    def _keep(self, dlg: QWidget) -> None:
        self._dialogs.append(dlg)
        dlg.destroyed.connect(lambda *_a: self._dialogs.remove(dlg)
                              if dlg in self._dialogs else None)


def install(app: QApplication, window: Any, ctx: AppContext, *,
            minimized: bool = False) -> AutoBackup:
    """Create the scheduler and tray, start scheduling, and show the window unless started
    ``minimized`` (at login) with a tray to stay in.

    Reads ``schedule.json`` (a small file, once, before the event loop runs).
    """
    auto = AutoBackup(app, window, ctx, config=load_config())
    auto.start()
    if minimized and Tray.available():
        app.setQuitOnLastWindowClosed(False)
        log.info("started minimized to the tray")
    elif window is not None:
        window.show()
    return auto
