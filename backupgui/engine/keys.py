"""Changing how a set's key is protected, and rotating to a new key."""

from __future__ import annotations

from ..crypto.material import KeyMaterial
from ..destinations.base import Destination
from ..format.config import rewrap_config
from ..jobs import CancelToken, ProgressFn, no_progress
from .backup import backup
from .repository import Repo, vault_access, vault_account
from .types import BackupRequest, BackupResult


def change_key_protection(dest: Destination, old: KeyMaterial, new: KeyMaterial,
                          set_id: str | None = None) -> str:
    """Re-wrap K under new material (password <-> key <-> vault); no data is re-uploaded.

    Returns the new key mode. The config is replaced in one atomic write, so a failure leaves
    the old password working.
    """
    repo = Repo.open(dest, old, set_id)
    data = rewrap_config(repo.cfg, repo.key, new, account=vault_account(dest),
                         access=vault_access(dest))
    repo.write_config(data)
    return repo.cfg.key_mode


def rotate_key(req: BackupRequest, old: KeyMaterial, progress: ProgressFn = no_progress,
               cancel: CancelToken | None = None) -> BackupResult:
    """Make a new K and a fresh full backup; delete the old set only once the new one is complete."""
    old_repo = Repo.open(req.destination, old)
    from dataclasses import replace

    result = backup(replace(req, new_set=True), progress, cancel)
    for o in req.destination.list(old_repo.prefix):
        if not o.name.endswith("/config"):
            req.destination.delete(o.name)
    req.destination.delete(old_repo.prefix + "config")  # last: the old set stays openable until now
    return result


def export_key(dest: Destination, material: KeyMaterial, set_id: str | None = None) -> bytes:
    """K of a set, e.g. to show it as a 64-digit key when switching to key mode."""
    return Repo.open(dest, material, set_id).key
