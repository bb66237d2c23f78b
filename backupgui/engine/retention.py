"""Retention: keep the newest N snapshots and delete packs no kept snapshot needs.

Only what authenticates under K is considered (docs/FORMAT.md 10): snapshots are ranked by
their authenticated sequence numbers, never by their names, and an object that does not
authenticate is ignored, never deleted. The snapshot just written is always kept.

Order matters for crash safety: snapshots first, then a consolidated index is written before
the old indexes go, and packs are deleted last. A crash at any point leaves every kept
snapshot restorable; leftovers are cleaned up by the next run.
"""

from __future__ import annotations

from ..errors import DamagedBackupError, NotFoundError
from ..format.index import Index
from ..format.manifest import Manifest
from .repository import Repo


def apply_retention(repo: Repo, keep: int, index: Index, index_names: list[str],
                    written: Manifest, held: tuple[Manifest, ...] = (),
                    rewrite: bool = False) -> list[str]:
    """Delete snapshots beyond the newest ``keep`` and unreferenced packs; return removed ids.
    ``held``: authentic manifests of the set already in memory (the snapshot the backup
    continued from), which need not be read again. ``rewrite``: ``index`` leaves out packs
    some index object lists (missing at the destination), so write it as one index even if
    nothing else changed."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    snaps = [i.snapshot_id for i in repo.snapshots().infos]  # authenticated only, by rank
    if written.snapshot_id not in snaps:
        snaps.append(written.snapshot_id)  # (not listed yet by an eventually consistent store)
    kept = snaps[-keep:]
    if written.snapshot_id not in kept:
        kept = [*kept[1:], written.snapshot_id]  # never delete the snapshot just written
    kept_ids = set(kept)
    removed = [sid for sid in snaps if sid not in kept_ids]
    for sid in removed:
        repo.dest.delete(f"{repo.prefix}snapshots/{sid}")

    # The packs the kept snapshots use: the one just written, the newest found and ``held``
    # are in memory; the others are read one at a time, and only while some pack of the index is
    # not known to be used (a set's manifests are never all held at once: docs/SECURITY.md
    # 2.3). One that no longer reads (deleted meanwhile, damaged) stops here: no pack is
    # deleted on a partial view.
    in_memory = {m.snapshot_id: m for m in (*held, repo.snapshots().head, written) if m is not None}
    unused = set(index.packs)
    for m in in_memory.values():
        if m.snapshot_id in kept_ids:
            unused.difference_update(m.packs)
    for sid in kept:
        if not unused:
            break
        if sid not in in_memory:
            try:
                unused.difference_update(repo.load_manifest(sid).packs)
            except (DamagedBackupError, NotFoundError):
                return removed

    dead = [p for p in index.packs if p in unused]
    if not dead and len(index_names) <= 1 and not rewrite:
        return removed
    live = [index.packs[p] for p in sorted(index.packs) if p not in unused]
    new_name, _ = repo.write_index(live)
    for name in index_names:
        if name != new_name:
            repo.dest.delete(repo.prefix + name)
    for p in dead:
        repo.dest.delete(f"{repo.prefix}data/{p}")
    return removed
