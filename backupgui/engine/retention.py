"""Retention: keep the newest N snapshots and delete packs no kept snapshot needs.

Only what authenticates under K is considered (docs/FORMAT.md 10): snapshots are ranked by
their authenticated sequence numbers, never by their names, and an object that does not
authenticate is ignored, never deleted. The snapshot just written is always kept.

Order matters for crash safety: snapshots first, then a consolidated index is written before
the old indexes go, and packs are deleted last. A crash at any point leaves every kept
snapshot restorable; leftovers are cleaned up by the next run.
"""

from __future__ import annotations

from ..format.index import Index
from ..format.manifest import Manifest
from .repository import Repo


def apply_retention(repo: Repo, keep: int, index: Index, index_names: list[str],
                    written: Manifest) -> list[str]:
    """Delete snapshots beyond the newest ``keep`` and unreferenced packs; return removed ids."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    snaps = list(repo.snapshots().manifests)  # authenticated only, by rank
    if all(m.snapshot_id != written.snapshot_id for m in snaps):
        snaps.append(written)  # (not listed yet by an eventually consistent store)
    kept = [m for m in snaps[-keep:]]
    if all(m.snapshot_id != written.snapshot_id for m in kept):
        kept = [*kept[1:], written]  # never delete the snapshot just written
    kept_ids = {m.snapshot_id for m in kept}
    removed = [m.snapshot_id for m in snaps if m.snapshot_id not in kept_ids]
    for sid in removed:
        repo.dest.delete(f"{repo.prefix}snapshots/{sid}")

    referenced: set[str] = set()
    for m in kept:
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
