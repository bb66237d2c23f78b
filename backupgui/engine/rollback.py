"""Noticing, on the same computer, that a destination went back to an older backup.

A storage provider can delete the newest snapshot and serve the previous one (which is still
authentic). Each library remembers the newest snapshot id it wrote or restored per set; a
destination whose newest snapshot is older than that has lost backups. A new computer has no
such memory (docs/RELIABILITY.md says what a provider can still do).
"""

from __future__ import annotations

from ..library.store import Library

_KEY = "newest_snapshot:"


def remember_newest(lib: Library, set_id: str, snapshot_id: str) -> None:
    """Record ``snapshot_id`` if it is newer than what the library remembers for the set."""
    known = lib.get_meta(_KEY + set_id)
    if known is None or snapshot_id > known:
        lib.put_meta(_KEY + set_id, snapshot_id)


def rollback_warning(lib: Library, set_id: str, snapshots: list[str]) -> str | None:
    """A sentence for the user if the set's newest snapshot is older than remembered."""
    known = lib.get_meta(_KEY + set_id)
    if known is None or (snapshots and max(snapshots) >= known):
        return None
    newest = max(snapshots) if snapshots else "none"
    return (f"The newest backup this computer knows of ({known}) is missing from the destination "
            f"(newest found: {newest}). The storage may have been rolled back or backups deleted.")
