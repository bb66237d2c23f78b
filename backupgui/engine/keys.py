"""Changing how a set's key is protected, and rotating to a new key."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

from ..crypto.material import KeyMaterial
from ..destinations.base import Destination
from ..errors import BackupError
from ..format.config import parse_config, rewrap_config
from ..format.manifest import Manifest
from ..jobs import CancelToken, Progress, ProgressFn, no_progress
from ..library.store import Library
from . import locks
from .backup import backup
from .repository import SETS, Repo, vault_access, vault_account, vault_proofs
from .rollback import remember_retired, replaced_by
from .types import default_device_name
from .types_backup import BackupRequest, BackupResult
from .vaultretire import (
    RetiredRecord,
    add_pending,
    retire_now,
    retired_record_message,
    untold,
    vault_record,
)

log = logging.getLogger(__name__)

# A key rotation in progress, kept in the library (docs/FORMAT.md 10.1): the new set's id
# and the old one's, and for a vault-mode old set its vault binding (its record is deleted
# once the old set is removed). Until the new set's config is written the new set is
# incomplete and is what a later run removes; after it, the old set is.
_ROTATION = "key_rotation"


def change_key_protection(dest: Destination, old: KeyMaterial, new: KeyMaterial,
                          set_id: str | None = None, *, old_password: KeyMaterial | None = None,
                          library=None, warnings: list[str] | None = None) -> str:
    """Re-wrap K under new material (password <-> key <-> vault); no data is re-uploaded.

    Returns the new key mode. The config is replaced in one atomic write, so a
    failure leaves the old password working. K stays the same: an old copy of the config
    still opens the set with the old password (docs/FORMAT.md 3.3); after a suspected leak
    rotate the key. A vault-mode set's old record is deleted afterwards (docs/VAULT.md 1.4)
    with ``old_password`` (default: ``old`` when it is a password); if that fails a warning
    saying so is appended to ``warnings``, and with ``library`` the record waits there for
    ``delete_retired``.
    """
    repo = Repo.open(dest, old, set_id)
    # The config is replaced under the set's exclusive lock (FORMAT.md 10.3): two changes
    # of protection, or one and another computer's backup, never run at once. It is
    # re-wrapped from the config as read under the lock: another computer's change that
    # finished between the open and the lock is never written back over (with ``old`` no
    # longer opening it, this one fails and changes nothing).
    with locks.acquire(repo, locks.PROTECTION, default_device_name()) as held:
        repo.reread_config(old, upgrade=False, listed=held.config)
        retired = vault_record(repo.cfg, old)
        data = rewrap_config(repo.cfg, repo.key, new, account=vault_account(dest),
                             access=vault_access(dest))
        repo.write_config(data)
    mode = parse_config(data).key_mode
    if retired is None:
        return mode
    if library is not None:  # only once no config names it: a pending record is deleted
        try:
            with Library(library, create=False) as lib:
                add_pending(lib, repo.set_id, retired)
        except BackupError as exc:  # the change is done: try the delete, say if it stays
            log.warning("the library cannot list the old key vault record: %s", exc)
            library = None
    warning = _retire(library, RetiredRecord(repo.set_id, retired), old_password or old,
                      dest)
    if warning and warnings is not None:
        warnings.append(warning)
    return mode


def _retire(library, record: RetiredRecord, material: KeyMaterial, dest: Destination) -> str | None:
    """Delete a retired set's vault record now (``vaultretire.retire_now``)."""
    if library is None:  # nothing remembers it: try once, say so if it stays
        from .vaultretire import delete_record, password_of

        password = password_of(material)
        if password is None:
            return retired_record_message(record.set_id, record.host)
        try:
            delete_record(record, password, vault_proofs(dest, password))
        except BackupError as exc:
            log.warning("the old key vault record was not deleted: %s", exc)
            return retired_record_message(record.set_id, record.host, str(exc))
        return None
    return retire_now(library, record, material, vault_proofs(dest, material))


def remove_set(dest: Destination, set_id: str) -> None:
    """Delete every object of a set: its snapshots first (so nothing half-deleted is ever
    offered as a backup), then its packs and indexes, its config last, then its folders."""
    prefix = f"{SETS}{set_id}/"
    objects = [o.name for o in dest.list(prefix)]
    order = {"snapshots": 0, "index": 1, "data": 2}
    for name in sorted(objects, key=lambda n: order.get(n[len(prefix):].split("/")[0], 3)):
        dest.delete(name)
    dest.remove_empty(prefix)
    forget_summaries(set_id)


def forget_summaries(set_id: str) -> None:
    """Remove this computer's snapshot summaries of a set that is gone (best effort: a file
    left behind is only a few bytes of a set no longer listed, never used)."""
    from .summaries import cache_path

    try:
        cache_path(set_id).unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


def finish_rotation(lib: Library, dest: Destination) -> None:
    """Complete a key rotation that a killed process left (``_ROTATION`` in the library):
    remove the new set if its config was never written, else the old set. The library's
    record that the old set was retired decides before the destination is asked.

    A vault-mode old set's record cannot be deleted here (no password: it is never stored):
    it is kept as pending, from the library's record (``vaultretire.untold`` says so)."""
    value = lib.get_meta(_ROTATION)
    if not value:
        return
    try:
        state = json.loads(value)
        new, old = state["new"], state["old"]
        vault = state.get("vault")
        if vault is not None and not isinstance(vault, dict):
            raise TypeError("bad vault binding")
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        lib.put_meta(_ROTATION, "")
        return
    # Once the rotation's backup returned, the library knows the new set is complete (it
    # retired the old one before removing it); only for a run killed before that is the
    # destination asked, whose "no such config" would otherwise remove the new set.
    done = replaced_by(lib, old) == new or dest.exists(f"{SETS}{new}/config")
    if done:
        remember_retired(lib, old, new)
    log.info("finishing an interrupted key rotation: removing the %s set", "old" if done else "new")
    remove_set(dest, old if done else new)
    if done and vault is not None:  # from the library's record, never the destination's
        add_pending(lib, old, vault)
    lib.put_meta(_ROTATION, "")


def rotate_key(req: BackupRequest, old: KeyMaterial, progress: ProgressFn = no_progress,
               cancel: CancelToken | None = None, *,
               old_password: KeyMaterial | None = None) -> BackupResult:
    """Make a new K and a fresh full backup into a new set; then delete the old set.

    The new set's config is written only once its first snapshot is complete, so until then
    it is no backup set at all; a failure removes what it wrote, and a killed run is
    finished by the next backup or rotation on this computer. The old set stays openable
    until the new one is complete, and is then removed entirely (no empty folders remain).
    A vault-mode old set's record is then deleted at its vault with ``old_password``
    (default: ``old`` when it is a password, the GUI passes K as ``old``); if that cannot be
    done the result's warnings say so and the library keeps it for ``delete_retired``.
    """
    dest = req.destination
    with Library(req.library, create=False) as lib:
        finish_rotation(lib, dest)
        interrupted = untold(lib)
        old_repo = Repo.open(dest, old)
        retired = vault_record(old_repo.cfg, old)
    # The old set is removed at the end: from the start no other computer backs up into it
    # or deletes from it (its exclusive lock, FORMAT.md 10.3), so no backup made meanwhile
    # is lost with it. ``SetBusyError`` while another computer is using it.
    held = locks.acquire(old_repo, locks.ROTATION, req.device_name)
    try:
        return _rotate(req, old, progress, cancel, old_password, old_repo, retired, interrupted,
                       held)
    finally:
        held.release()


def _rotate(req: BackupRequest, old: KeyMaterial, progress: ProgressFn,
            cancel: CancelToken | None, old_password: KeyMaterial | None, old_repo: Repo,
            retired: dict | None, interrupted: list[str], held: locks.Lock) -> BackupResult:
    """``rotate_key`` once the old set is locked."""
    dest = req.destination
    with Library(req.library, create=False) as lib:
        progress(Progress("Creating the new key"))
        new_repo = Repo.create(dest, req.key, write_config=False)
        state: dict = {"new": new_repo.set_id, "old": old_repo.set_id}
        if retired is not None:
            state["vault"] = retired
        lib.put_meta(_ROTATION, json.dumps(state))

    def written(repo: Repo, _m: Manifest) -> None:
        assert repo.config_bytes is not None
        repo.write_config(repo.config_bytes)  # the new set exists from here on

    try:
        result = backup(replace(req, new_set=True), progress, cancel, repo=new_repo,
                        on_written=written)
    except BaseException:
        try:
            if not dest.exists(f"{SETS}{new_repo.set_id}/config"):
                remove_set(dest, new_repo.set_id)
            with Library(req.library, create=False) as lib:
                lib.put_meta(_ROTATION, "")
        except Exception:  # the next run finishes it (finish_rotation)
            log.warning("could not remove the incomplete new set %s", new_repo.set_id)
        raise
    with Library(req.library, create=False) as lib:
        # From here the old set is never the right one: should the destination offer it
        # again (a kept copy), a backup refuses it and a restore calls it a rollback.
        remember_retired(lib, old_repo.set_id, result.set_id)
    progress(Progress("Removing the old backup set"))
    held.stop_refreshing()  # (its object goes with the set)
    remove_set(dest, old_repo.set_id)
    with Library(req.library, create=False) as lib:
        if retired is not None:  # kept until the vault confirms (a kill here: next run)
            add_pending(lib, old_repo.set_id, retired)
        lib.put_meta(_ROTATION, "")
    warnings = list(interrupted)  # (marked told by the rotation's backup)
    if retired is not None:
        progress(Progress("Deleting the old key at the key vault"))
        left = retire_now(req.library, RetiredRecord(old_repo.set_id, retired),
                          old_password or old, vault_proofs(dest, old_password or old))
        if left:
            warnings.append(left)
    return replace(result, warnings=result.warnings + tuple(warnings)) if warnings else result


def export_key(dest: Destination, material: KeyMaterial, set_id: str | None = None) -> bytes:
    """K of a set, e.g. to show it as a 64-digit key when switching to key mode."""
    return Repo.open(dest, material, set_id).key
