"""The backup job as the GUI runs it: typed inputs, validated before any thread starts, and a
plain function that runs in the background (it never touches a widget)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...crypto.material import KeyMaterial, RawKey
from ...device.keystore import KeyStore
from ...device.settings import MAX_KEEP_RULE, MIN_KEEP, AppSettings
from ...engine import BackupRequest, BackupResult, backup, export_key, list_backups
from ...engine.types import RetentionPolicy
from ...errors import KEY_DIGITS, BackupError, DestinationError, NotFoundError
from ...jobs import CancelToken, Progress, ProgressFn
from ..settings.destinations import DestinationSpec, open_destination
from ..widgets.formatting import numbers

translate = QCoreApplication.translate


def retention_of(s: AppSettings) -> RetentionPolicy | None:
    """The retention policy the settings say (None: the newest to keep is below one, which
    ``prepare_backup`` refuses); time rules out of range (a hand-edited file) are clamped."""
    last, *rules = s.keep_rules()
    if last < MIN_KEEP:
        return None
    return RetentionPolicy(min(last, MAX_KEEP_RULE), *(min(max(n, 0), MAX_KEEP_RULE) for n in rules))


class KeyNeeded(BackupError):
    """The key for the destination's backup is not on this computer: ask the user for it."""

    def __init__(self, message: str, *, set_id: str, key_mode: str) -> None:
        super().__init__(message)
        self.set_id = set_id
        self.key_mode = key_mode


class FirstBackupHere(KeyNeeded):
    """The destination holds no backup yet, but this computer's key belongs to a backup kept
    elsewhere (the destination was changed): the new backup needs the user's own password or
    key. Backing up with the keyring's key alone would lock it with a key the user never saw."""


class DestinationGone(DestinationError):
    """The backup folder is not there (an unplugged drive, a renamed folder): a destination
    problem, so the message offers to open Settings."""


class VaultUpgradeNeeded(BackupError):
    """The set's key vault record is from before account binding (anyone with a copy of the
    backup can spend its attempts): ask for the password once to bind it (docs/VAULT.md 1.6).
    ``account``: what it will be bound to, "google" (Drive) or "device" (a folder)."""

    def __init__(self, message: str, *, set_id: str, account: str) -> None:
        super().__init__(message)
        self.set_id = set_id
        self.account = account


@dataclass(frozen=True)
class BackupJob:
    """Everything a backup needs, checked on the GUI thread by ``prepare_backup``."""

    spec: DestinationSpec
    library: Path
    chats: tuple[str, ...]
    include_videos: bool
    device_name: str
    # ``retention_of`` the settings (an int: exactly the newest N, as ``BackupRequest.keep``)
    keep: RetentionPolicy | int | None
    set_id: str  # the set this computer backs up to ("" before the first backup)
    keystore: KeyStore
    material: KeyMaterial | None = field(default=None, repr=False)  # None: K from the keyring
    remember_key: bool = True  # store K in the keyring after a successful backup
    # Interactive backups offer to bind a v1 key vault record (VaultUpgradeNeeded).
    offer_vault_upgrade: bool = True


@dataclass(frozen=True)
class BackupOutcome:
    result: BackupResult
    key_saved: bool


@dataclass(frozen=True)
class DestinationProbe:
    """What is at a destination before any key is entered."""

    set_id: str
    key_mode: str
    backups: int  # 0 with a set_id: a first backup there did not finish


def _policy(job: BackupJob) -> RetentionPolicy:
    if job.keep is None or (isinstance(job.keep, int) and job.keep < MIN_KEEP):
        raise BackupError(numbers(translate("backup", "The number of backups to keep must be at "
                                            "least %1."), MIN_KEEP),
                          hint=translate("backup", "Change it in Settings."))
    return RetentionPolicy.newest(job.keep) if isinstance(job.keep, int) else job.keep


def prepare_backup(job: BackupJob) -> BackupJob:
    """Validate a job before a thread starts; raises ``BackupError`` with a hint."""
    if not job.spec.configured():
        raise job.spec.not_ready_error()
    if not job.chats:
        raise BackupError(translate("backup", "No chats are selected for the backup."),
                          hint=translate("backup", "Tick the chats you want to back up, or use Select all."))
    _policy(job)
    return job


def _open_destination(spec: DestinationSpec, on_wait=None):
    """``open_destination``, with a missing backup folder reported as a destination problem."""
    try:
        return open_destination(spec, on_wait)
    except NotFoundError as exc:
        raise DestinationGone(str(exc), hint=exc.hint) from exc


def probe_destination(spec: DestinationSpec) -> DestinationProbe:
    """The newest backup set at a destination, if any (background; no key needed)."""
    from ...engine.repository import scan_sets

    dest = _open_destination(spec)
    try:
        try:
            infos = list_backups(dest)
            # A first backup that was stopped (Stop, a network drop) left its set: the next
            # backup goes on in it, with the password or key chosen for it. A new password
            # opened nothing there and failed as "not correct".
            unfinished = scan_sets(dest) if not infos else []
        except NotFoundError as exc:
            raise DestinationGone(str(exc), hint=exc.hint) from exc
    finally:
        dest.close()
    if not infos:
        if unfinished:
            return DestinationProbe(unfinished[0].config.set_id, unfinished[0].config.key_mode, 0)
        return DestinationProbe("", "", 0)
    latest = infos[0]
    return DestinationProbe(latest.set_id, latest.key_mode,
                            sum(1 for b in infos if b.set_id == latest.set_id))


def _offer_vault_upgrade(dest, set_id: str) -> None:
    """``VaultUpgradeNeeded`` if the set's vault record is still bound only to the access
    token in its config (a backup with K from the keyring cannot bind it: that needs the
    password)."""
    from ...engine.repository import read_config, vault_account
    from ...format.config import needs_vault_upgrade

    try:
        cfg = read_config(dest, set_id)
        upgrade = needs_vault_upgrade(cfg)
    except BackupError:
        return  # the backup itself reports what is wrong
    if upgrade:
        raise VaultUpgradeNeeded(translate("backup", "This backup's key vault record can be "
                                           "made safer."),
                                 set_id=set_id, account=vault_account(dest))


def run_backup_locked(job: BackupJob, progress: ProgressFn, cancel: CancelToken) -> BackupOutcome:
    """``run_backup`` holding the one-backup-at-a-time lock shared with the scheduler and
    backupgui-cli (``BusyError`` names who holds it)."""
    from ...automation.runlock import acquire_backup_lock

    with acquire_backup_lock("backup", program="backupgui"):
        return run_backup(job, progress, cancel)


class _Retrying:
    """Puts "trying again" into every report while Google Drive is retried (a network drop):
    the reports are coalesced, so a single one would be lost, and the bar alone showed the
    last speed and time left as if the upload went on. Ends when bytes move again or the
    phase changes."""

    def __init__(self, progress: ProgressFn) -> None:
        self._progress = progress
        self._retry: tuple[int, int, bool] | None = None
        self._last: Progress | None = None

    def on_wait(self, attempt: int, attempts: int, answered: bool) -> None:
        self._retry = (attempt, attempts, answered)
        if self._last is not None:
            self._progress(replace(self._last, retry=self._retry))

    def __call__(self, p: Progress) -> None:
        last = self._last
        if self._retry is not None and last is not None and (
                p.phase != last.phase or p.done_bytes > last.done_bytes):
            self._retry = None
        self._last = p
        self._progress(p if self._retry is None else replace(p, retry=self._retry))


def run_backup(job: BackupJob, progress: ProgressFn, cancel: CancelToken) -> BackupOutcome:
    """Back up (background thread): find the key, run the engine, keep K on this computer."""
    progress = _Retrying(progress)
    progress(Progress("Connecting"))
    dest = _open_destination(job.spec, progress.on_wait)
    try:
        material = job.material
        try:
            infos = list_backups(dest)
        except NotFoundError as exc:
            raise DestinationGone(str(exc), hint=exc.hint) from exc
        cancel.checkpoint()
        current = infos[0] if infos else None
        if material is None:
            # The set this computer backs up to, if it is still there; names of other sets
            # (a planted one among them) say nothing: only sets that open with the key count.
            if current is not None and job.set_id not in {b.set_id for b in infos}:
                raise KeyNeeded(translate("backup", "This destination holds a different backup than the one "
                                    "this computer backs up to."), set_id=current.set_id,
                                key_mode=current.key_mode)
            if current is None and job.set_id:
                raise FirstBackupHere(numbers(translate(
                    "backup", "This is the first backup to this destination. Choose the password "
                    "or %1-digit key that will protect it here."), KEY_DIGITS),
                                      set_id="", key_mode="")
            key = job.keystore.load(job.set_id)
            if key is None:
                raise KeyNeeded(translate("backup", "The backup key is not stored on this computer."),
                                set_id=job.set_id,
                                key_mode=current.key_mode if current else "")
            material = RawKey(key)
            if job.offer_vault_upgrade and job.set_id:
                _offer_vault_upgrade(dest, job.set_id)
        req = BackupRequest(library=job.library, destination=dest, key=material,
                            chats=job.chats, include_videos=job.include_videos,
                            device_name=job.device_name, retention=_policy(job))
        result = backup(req, progress, cancel)
        saved = False
        if job.remember_key and job.keystore.available():
            if isinstance(material, RawKey):
                key = material.key
            else:
                progress(Progress("Saving the key on this computer"))
                key = export_key(dest, material, result.set_id)
            saved = job.keystore.save(result.set_id, key)
        return BackupOutcome(result, saved)
    finally:
        dest.close()


def run_rotation_locked(job: BackupJob, new: KeyMaterial, old_key: bytes, progress: ProgressFn,
                        cancel: CancelToken, old: KeyMaterial | None = None) -> BackupOutcome:
    """"New password and new backup key" (background, holding the backup lock): a new K, a
    fresh full backup into a new set, then the old set deleted (``engine.rotate_key``; a key
    vault set's record too, with ``old``, the current password); the new K goes into the
    keyring and the old one is forgotten."""
    from ...automation.runlock import acquire_backup_lock
    from ...engine import rotate_key

    with acquire_backup_lock("backup", program="backupgui"):
        progress(Progress("Connecting"))
        dest = open_destination(job.spec)
        try:
            req = BackupRequest(library=job.library, destination=dest, key=new, chats=job.chats,
                                include_videos=job.include_videos, device_name=job.device_name,
                                retention=_policy(job))
            result = rotate_key(req, RawKey(old_key), progress, cancel, old_password=old)
            saved = False
            if job.remember_key and job.keystore.available():
                progress(Progress("Saving the key on this computer"))
                saved = job.keystore.save(result.set_id, export_key(dest, new, result.set_id))
                if saved and job.set_id and job.set_id != result.set_id:
                    job.keystore.forget(job.set_id)
            return BackupOutcome(result, saved)
        finally:
            dest.close()
