"""Runs backups and encryption changes for the main window: validates, asks for the key when
needed, runs the job in the background, and records the result in settings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...automation.history import SentCounter
from ...device.settings import iso_in, now_iso
from ...errors import KEY_DIGITS, BackupError, BusyError, DestinationError
from ..context import AppContext
from ..tasks import TaskHandle, call_in_background, run_in_background
from ..widgets.errors import name_icon, show_error
from ..widgets.formatting import numbers

if TYPE_CHECKING:  # the engine and crypto load on first use, keeping start-up fast
    from ...crypto.material import KeyMaterial
    from ...jobs import Progress
    from .encryption import EncryptionDialog
    from .jobs import BackupJob, BackupOutcome, DestinationProbe

SETUP, UNLOCK, CHANGE, TURN_OFF, CHECK, UPGRADE = (
    "setup", "unlock", "change", "off", "check", "upgrade")


def _dialog(*args, **kwargs) -> EncryptionDialog:
    from .encryption import EncryptionDialog

    return EncryptionDialog(*args, **kwargs)

log = logging.getLogger(__name__)

SelectionFn = Callable[[], tuple[list[str], bool]]


class BackupController(QObject):
    """Owns the one running backup. Signals are for the panel and the window."""

    started = Signal()
    progressed = Signal(object)  # Progress
    finished = Signal(str, object)  # "ok" | "failed" | "cancelled", BackupOutcome | exception
    busyChanged = Signal(bool)  # also true while probing or asking for the key
    stateChanged = Signal()  # settings the card shows changed outside a run's end
    retiredRequested = Signal()  # Delete the old key… pressed in the change's warning box

    def __init__(self, ctx: AppContext, selection: SelectionFn, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selection = selection
        self.window = parent
        self.task: TaskHandle | None = None
        self.sent = SentCounter()  # what the running (or last) backup sent
        self._busy = False
        self._new_mode = ""  # key mode of a set being created or unlocked by this run
        self._checked_now = False  # the user typed the password/key in this run
        self.dialog: EncryptionDialog | None = None  # the dialog currently open, if any

    # --- state ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None

    @property
    def new_mode(self) -> str:
        """The key mode this run sets up or unlocks ("" when it uses the one in Settings)."""
        return self._new_mode

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, on: bool) -> None:
        if on != self._busy:
            self._busy = on
            self.busyChanged.emit(on)

    def _show_error(self, exc: BaseException, title: str, resume: bool = False) -> None:
        """The error, with an "Open Settings" button when a destination problem can be fixed
        there (none chosen, not signed in, a folder or drive that is gone, a full disk).
        ``resume``: the backup had not begun; once Settings is saved with a usable
        destination it goes on by itself (the user asked for it and fixed what stopped it)."""
        actions = []
        opener = getattr(self.window, "open_settings", None)
        if isinstance(exc, DestinationError) and opener is not None:
            actions.append((self.tr("Open &Settings"),
                            (lambda: self._settings_then_resume(opener)) if resume else opener))
        if isinstance(exc, BusyError):
            from ...engine.locks import SetBusyError  # (loaded already: a backup ran)

            if isinstance(exc, SetBusyError):  # another computer held the set: it may be done
                actions.append((self.tr("&Try again"), self._try_again))
        show_error(self.window, exc, title, actions)

    def _try_again(self) -> None:
        """Try again in the box of a backup another computer's use of the set stopped: the
        same backup from the start (the destination and key are looked at in the background
        as for Back up now)."""
        if self._busy or self.running:
            return
        log.info("backup tried again after the backup set was busy")
        self.start()

    def _settings_then_resume(self, opener: Callable[[], QDialog | None]) -> None:
        """Open Settings; Save with a destination chosen starts the backup that was asked
        for. Cancel, or a Save that still leaves no destination, starts nothing."""
        dlg = opener()
        if dlg is None:
            return
        # (after the dialog has closed and the window has redrawn from the saved settings)
        dlg.accepted.connect(lambda: QTimer.singleShot(0, self._resume))

    def _resume(self) -> None:
        if self._busy or self.running or not self.ctx.destination_spec().configured():
            return
        log.info("backup goes on after Settings was saved")
        self.start()

    def _keyring(self) -> bool:
        """False once the window's check found no usable keyring (unknown counts as one:
        the dialog then says what a keyring does, as before)."""
        status = getattr(self.window, "keystore_status", None)
        return status is None or status.available

    # --- backup -----------------------------------------------------------------------------
    def _job(self, material: KeyMaterial | None = None) -> BackupJob:
        from .jobs import BackupJob, retention_of

        chats, include_videos = self.selection()
        s = self.ctx.settings
        return BackupJob(self.ctx.destination_spec(), self.ctx.library_dir, tuple(chats),
                         include_videos, s.device_name, retention_of(s), s.set_id, self.ctx.keystore,
                         material)

    def start(self) -> None:
        """Back up now (Ctrl+B). Sets up encryption first if this computer has no key yet."""
        if self._busy:
            return
        from .jobs import prepare_backup

        try:
            job = prepare_backup(self._job())
        except BackupError as exc:
            self._show_error(exc, self.tr("Cannot back up yet"), resume=True)
            return
        self._checked_now = False
        self._new_mode = ""
        if self.ctx.settings.encryption_on:
            self._run(job)
        else:
            self._probe_then(self._setup_or_unlock)

    def _probe_then(self, next_step: Callable[[DestinationProbe], None]) -> None:
        from .jobs import probe_destination

        self._set_busy(True)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._show_error(exc, self.tr("Cannot reach the backup destination"), resume=True)

        def done(probe: DestinationProbe) -> None:
            self._set_busy(False)
            next_step(probe)

        call_in_background(probe_destination, self.ctx.destination_spec(), on_done=done,
                           on_error=failed, name="probe", owner=self, cancel_with_owner=True)

    def _setup_or_unlock(self, probe: DestinationProbe) -> None:
        if probe.set_id and not probe.backups:
            # (whole sentences for each kind: a translation cannot put a word into one)
            self._ask_key(probe.set_id, probe.key_mode, numbers(self.tr(
                "The first backup to this destination stopped before it finished. Enter the "
                "%1-digit key you chose for it, and the backup goes on from where it "
                "stopped."), KEY_DIGITS) if probe.key_mode == "key" else self.tr(
                "The first backup to this destination stopped before it finished. Enter the "
                "password you chose for it, and the backup goes on from where it stopped."))
            return
        if probe.set_id:
            self._ask_key(probe.set_id, probe.key_mode, self.tr(
                "This destination already has an encrypted backup. Enter its password or key "
                "so this computer can keep backing up to it."))
            return
        s = self.ctx.settings
        if s.stopped_first_mode:  # that stopped set is gone (deleted): a new one is chosen
            s.stopped_first_mode = s.stopped_first_destination = ""
            self.ctx.save()
            self.stateChanged.emit()
        self._setup()

    def _setup(self, reason: str = "") -> None:
        """Choose a password or key for a new backup set (the first backup here)."""
        def accepted(dlg: EncryptionDialog) -> None:
            out = dlg.outcome
            self._new_mode = out.key_mode
            self._checked_now = True
            self._start_job(out.material, set_id="")

        self._open(_dialog(self.ctx, SETUP, reason=reason, keyring=self._keyring(),
                           parent=self.window), accepted)

    def _open(self, dlg: EncryptionDialog, accepted: Callable[[EncryptionDialog], None]) -> None:
        """Show a dialog without a nested event loop; ``accepted`` runs if it succeeds."""
        self.dialog = dlg

        def finished(result: int) -> None:
            self.dialog = None
            if result and dlg.outcome is not None:
                accepted(dlg)
            dlg.deleteLater()

        dlg.finished.connect(finished)
        dlg.open()

    def _ask_key(self, set_id: str, key_mode: str, reason: str) -> None:
        def accepted(dlg: EncryptionDialog) -> None:
            self._new_mode = key_mode
            self._checked_now = True
            from ...crypto.material import RawKey

            self._start_job(RawKey(dlg.outcome.key), set_id=set_id)

        self._open(_dialog(self.ctx, UNLOCK, key_mode=key_mode, set_id=set_id,
                                    reason=reason, parent=self.window), accepted)

    def _ask_vault_upgrade(self, set_id: str, account: str) -> None:
        """Bind a v1 key vault record from the app: the password once (and, for a folder
        backup, a new recovery code shown and confirmed), then the backup binds it. If the
        user says no, this backup runs as before (the engine's warning stays)."""
        def accepted(dlg: EncryptionDialog) -> None:
            self._checked_now = True
            self._start_job(dlg.outcome.material, set_id=set_id)

        dlg = _dialog(self.ctx, UPGRADE, key_mode="vault", set_id=set_id, account=account,
                      parent=self.window)
        dlg.rejected.connect(lambda: self._start_job(None, set_id=set_id, offer_upgrade=False))
        self._open(dlg, accepted)

    def _start_job(self, material: KeyMaterial | None, set_id: str,
                   offer_upgrade: bool = True) -> None:
        from .jobs import prepare_backup

        try:
            job = prepare_backup(replace(self._job(material), set_id=set_id,
                                         offer_vault_upgrade=offer_upgrade))
        except BackupError as exc:
            show_error(self.window, exc, self.tr("Cannot back up yet"))
            return
        self._run(job)

    def _run(self, job: BackupJob) -> None:
        from .jobs import run_backup_locked

        log.info("backup started: %d chats, videos=%s", len(job.chats), job.include_videos)
        self._set_busy(True)
        sent = self.sent = SentCounter()  # (the history records what a stopped run sent)
        self.task = run_in_background(
            lambda p, c: run_backup_locked(job, sent.wrap(p), c), name="backup",
            on_progress=self._progress, on_done=self._done, on_error=self._failed,
            on_cancelled=self._cancelled, owner=self)
        self.started.emit()

    def _progress(self, p: Progress) -> None:
        self.progressed.emit(p)

    def _note_stopped_first(self) -> None:
        """A first backup stopped or failed: if its set is at the destination (the probe the
        next backup makes), the card says the next backup asks for the key chosen for it,
        not that one will be chosen (background; silent if the destination cannot say)."""
        from .jobs import probe_destination

        s = self.ctx.settings
        if not self._new_mode or s.encryption_on:
            return
        mode, spec = self._new_mode, self.ctx.destination_spec()

        def done(probe: DestinationProbe) -> None:
            if (probe.set_id and not probe.backups and not s.encryption_on
                    and self.ctx.destination_spec().identity() == spec.identity()):
                s.stopped_first_mode = probe.key_mode or mode
                s.stopped_first_destination = spec.identity()
                self.ctx.save()
                self.stateChanged.emit()

        call_in_background(probe_destination, spec, on_done=done, on_error=lambda _e: None,
                           name="probe", owner=self, cancel_with_owner=True)

    def _end(self) -> None:
        self.task = None
        self._set_busy(False)

    def _done(self, outcome: BackupOutcome) -> None:
        self._end()
        s = self.ctx.settings
        r = outcome.result
        s.set_id = r.set_id
        if self._new_mode:
            s.key_mode = self._new_mode
        elif not s.key_mode:
            s.key_mode = "password"
        if self._checked_now:
            s.last_key_check = now_iso()
        s.last_backup_time = now_iso()
        s.last_backup_bytes = r.media_bytes + r.text_bytes
        s.last_backup_result = "ok"
        s.last_backup_message = ""
        s.last_backup_destination = self.ctx.destination_spec().identity()
        s.stopped_first_mode = s.stopped_first_destination = ""
        self.ctx.save()
        log.info("backup finished: %s, %d chats, %d bytes uploaded", r.snapshot_id, r.chats,
                 r.uploaded_bytes)
        self.finished.emit("ok", outcome)

    def _failed(self, exc: BaseException) -> None:
        from .jobs import FirstBackupHere, KeyNeeded, VaultUpgradeNeeded

        self._end()
        if isinstance(exc, VaultUpgradeNeeded):
            self._ask_vault_upgrade(exc.set_id, exc.account)
            return
        if isinstance(exc, FirstBackupHere):
            self._setup(str(exc))
            return
        if isinstance(exc, KeyNeeded):
            reason = str(exc)
            if not self.ctx.keystore.available():
                reason = self.tr("This computer has no keyring to keep the backup key, so "
                                 "enter your password or key for each backup.")
            self._ask_key(exc.set_id, exc.key_mode or self.ctx.settings.key_mode, reason)
            return
        s = self.ctx.settings
        s.last_backup_result = "failed"
        s.last_backup_message = str(exc) if isinstance(exc, BackupError) else ""
        self._note_stopped_first()
        self.ctx.save()
        self.finished.emit("failed", exc)
        self._show_error(exc, self.tr("The backup did not finish"))

    def _cancelled(self) -> None:
        self._end()
        s = self.ctx.settings
        s.last_backup_result = "cancelled"
        s.last_backup_message = ""
        self._note_stopped_first()
        self.ctx.save()
        log.info("backup cancelled")
        self.finished.emit("cancelled", None)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def set_paused(self, paused: bool) -> None:
        if self.task is not None:
            (self.task.pause if paused else self.task.resume)()

    # --- encryption ---------------------------------------------------------------------------
    def change_encryption(self) -> None:
        s = self.ctx.settings
        if not s.encryption_on:
            self.start()
            return
        def accepted(dlg: EncryptionDialog) -> None:
            out = dlg.outcome
            if out.kind == "rotate":
                self._rotate(out.material, out.key, out.key_mode, out.old)
                return
            s.key_mode = out.key_mode
            s.last_key_check = now_iso()
            self.ctx.save()
            if out.warnings:
                self._show_change_warnings(out.warnings)

        self._open(_dialog(self.ctx, CHANGE, keyring=self._keyring(), parent=self.window),
                   accepted)

    def _show_change_warnings(self, warnings: tuple[str, ...]) -> None:
        """The protection changed, but something could not be done (the old key vault record
        is still there): say so, with the action that finishes it (*Delete the old key…*)."""
        from PySide6.QtWidgets import QMessageBox

        from ..language import translate_message
        from ..widgets.elide import plain_message

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Encryption changed with a warning"),
                          self.tr("The backup is now protected the new way, but:"),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(plain_message("\n".join(translate_message(w) for w in warnings)))
        box.setObjectName("change-warnings")
        from .retired import add_delete_button

        add_delete_button(box, warnings, self.retiredRequested.emit)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name_icon(box)
        box.open()

    def _rotate(self, material: KeyMaterial, old_key: bytes | None, key_mode: str,
                old: KeyMaterial | None = None) -> None:
        """Run "new password and new backup key" like a backup (same progress and panel)."""
        from .jobs import prepare_backup, run_rotation_locked

        if self._busy or old_key is None:
            return
        try:
            job = prepare_backup(self._job())
        except BackupError as exc:
            show_error(self.window, exc, self.tr("Cannot make a new key yet"))
            return
        self._new_mode, self._checked_now = key_mode, True
        log.info("key rotation started: %d chats", len(job.chats))
        self._set_busy(True)
        self.task = run_in_background(
            lambda p, c: run_rotation_locked(job, material, old_key, p, c, old), name="rotation",
            on_progress=self._progress, on_done=self._done, on_error=self._failed,
            on_cancelled=self._cancelled, owner=self)
        self.started.emit()

    def turn_off_encryption(self) -> None:
        s = self.ctx.settings
        if not s.encryption_on or self._busy:
            return
        def accepted(_dlg: EncryptionDialog) -> None:
            set_id, store = s.set_id, self.ctx.keystore
            s.set_id = ""
            s.key_mode = ""
            s.last_key_check = ""
            self.ctx.save()
            call_in_background(store.forget, set_id, name="forget-key",
                               on_error=lambda e: show_error(self.window, e), owner=self)

        self._open(_dialog(self.ctx, TURN_OFF, parent=self.window), accepted)

    def check_password(self) -> None:
        """The periodic reminder: prove the password or key still opens the backup."""
        s = self.ctx.settings
        if not s.encryption_on:
            return

        def accepted(_dlg: EncryptionDialog) -> None:
            s.last_key_check = now_iso()
            s.reminder_snoozed_until = ""
            self.ctx.save()

        self._open(_dialog(self.ctx, CHECK, parent=self.window), accepted)

    def snooze_reminder(self, days: int = 3) -> None:
        from datetime import timedelta

        self.ctx.settings.reminder_snoozed_until = iso_in(timedelta(days=days))
        self.ctx.save()


