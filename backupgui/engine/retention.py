"""Retention: keep the newest N snapshots and delete packs no kept snapshot needs.

Order matters for crash safety: snapshots first, then a consolidated index is written before
the old indexes go, and packs are deleted last. A crash at any point leaves every kept
snapshot restorable; leftovers are cleaned up by the next run.
"""

from __future__ import annotations

from ..errors import BackupError
from ..format.index import Index
from ..format.manifest import Manifest
from .repository import Repo


def apply_retention(repo: Repo, keep: int, index: Index, index_names: list[str],
                    known: dict[str, Manifest]) -> list[str]:
    """Delete snapshots beyond the newest ``keep`` and unreferenced packs; return removed ids."""
    snaps = sorted(repo.snapshots())
    removed = snaps[:-keep] if len(snaps) > keep else []
    kept = snaps[len(removed):]
    for sid in removed:
        repo.dest.delete(f"{repo.prefix}snapshots/{sid}")

    referenced: set[str] = set()
    for sid in kept:
        try:
            m = known.get(sid) or repo.load_manifest(sid)
        except BackupError:
            return removed  # never delete data while any kept snapshot cannot be read
        referenced.update(m.packs)

    dead = [p for p in index.packs if p not in referenced]
    if not dead and len(index_names) <= 1:
        return removed
    live = [index.packs[p] for p in sorted(index.packs) if p in referenced]
    new_name, _ = repo.write_index(live)
    for name in index_names:
        if name != new_name:
            repo.dest.delete(repo.prefix + name)
    for p in dead:
        repo.dest.delete(f"{repo.prefix}data/{p}")
    return removed
