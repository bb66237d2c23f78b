"""Finding backups: listing without a key, resolving ids, reading manifests."""

from __future__ import annotations

from ..crypto.material import KeyMaterial
from ..destinations.base import Destination
from ..errors import DamagedBackupError, NotFoundError
from ..format.manifest import Manifest
from ..format.names import is_set_id
from .repository import SETS, Repo, read_config, scan_sets, snapshot_time
from .types import BackupDetails, BackupInfo


def list_backups(dest: Destination) -> list[BackupInfo]:
    """Every backup at the destination, newest first; needs no key."""
    out: list[BackupInfo] = []
    for s in scan_sets(dest):
        vault = s.config.raw.get("vault") if s.config.key_mode == "vault" else None
        account = vault.get("account") if isinstance(vault, dict) else None
        account = account if account in ("google", "device") else ""
        url = vault.get("url") if isinstance(vault, dict) else None
        url = url if isinstance(url, str) and len(url) <= 2048 else ""
        for sid in s.snapshots:
            out.append(BackupInfo(sid, s.config.set_id, snapshot_time(sid), s.config.key_mode,
                                  s.stored_bytes, False, account, url))
    out.sort(key=lambda b: b.snapshot_id, reverse=True)
    if out:
        out[0] = BackupInfo(**{**out[0].__dict__, "is_latest": True})
    return out


def resolve(dest: Destination, spec: str) -> BackupInfo:
    """The backup named by ``spec``: 'latest', a full id, or a unique prefix of one."""
    backups = list_backups(dest)
    if not backups:
        # A set whose config is damaged is not listed; say so instead of "no backup".
        for o in dest.list(SETS):
            parts = o.name.split("/")
            if len(parts) == 3 and parts[2] == "config" and is_set_id(parts[1]):
                if read_config(dest, parts[1]).set_id != parts[1]:
                    raise DamagedBackupError(f"The backup's set config {o.name} belongs to another set.")
        raise NotFoundError(f"There is no backup at {dest.label}.")
    if spec in ("latest", ""):
        return backups[0]
    matches = [b for b in backups if b.snapshot_id == spec] or [
        b for b in backups if b.snapshot_id.startswith(spec)]
    if len(matches) != 1:
        what = "no backup" if not matches else "more than one backup"
        raise NotFoundError(f"There is {what} matching {spec!r} at {dest.label}.")
    return matches[0]


def open_snapshot(dest: Destination, material: KeyMaterial, spec: str) -> tuple[Repo, Manifest]:
    """Unlock the set of a backup and read its manifest."""
    info = resolve(dest, spec)
    repo = Repo.open(dest, material, info.set_id)
    return repo, repo.load_manifest(info.snapshot_id)


def _details(m: Manifest) -> BackupDetails:
    return BackupDetails(
        m.snapshot_id, m.set_id, m.created, m.device, m.app_version, m.include_videos,
        m.totals.chats, m.totals.messages, m.totals.media_files, m.totals.media_bytes,
        tuple((c.id, c.name, c.message_count) for c in m.chats),
        stored_bytes=m.totals.stored_bytes, text_bytes=m.totals.text_bytes)


def describe(dest: Destination, material: KeyMaterial, spec: str = "latest") -> BackupDetails:
    """The manifest summary of a backup (needs the key)."""
    _, m = open_snapshot(dest, material, spec)
    return _details(m)


def describe_set(dest: Destination, material: KeyMaterial,
                 set_id: str) -> tuple[bytes, list[BackupDetails]]:
    """Unlock a set once and summarize every backup in it, newest first: (K, details).

    This is what a restore list shows per backup (its own size, chats and device), which
    cannot be known before the key is entered."""
    repo = Repo.open(dest, material, set_id)
    out = [_details(repo.load_manifest(sid)) for sid in repo.snapshots()]
    out.sort(key=lambda d: d.snapshot_id, reverse=True)
    return repo.key, out
