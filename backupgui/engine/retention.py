"""Retention: which snapshots of a set to keep (a time-spread history), and deleting the rest
and the packs no kept snapshot needs.

Only what authenticates under K is considered (docs/FORMAT.md 10): snapshots are ranked by
their authenticated sequence numbers and bucketed by their manifests' own ``created_ms``,
never by their names or the destination's timestamps; an object that does not authenticate
is ignored, never deleted. The snapshot just written is always kept.

Another computer may back up into the same set at the same time. Deleting takes the set's
exclusive lock first (``guard``: docs/FORMAT.md 10.3), so nothing is deleted while another
computer's backup holds its lock; and for computers that take no locks (older versions) an
unused pack is deleted only once it is older than a safety margin by the destination's own
clock, and the snapshots written since the set was listed are listed again first (10.2).

Order matters for crash safety: snapshots first, then a consolidated index is written before
the old indexes go, and packs are deleted last. A crash at any point leaves every kept
snapshot restorable; leftovers are cleaned up by the next run.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import UTC, date, datetime, tzinfo

from ..errors import DamagedBackupError, NotFoundError
from ..format.index import Index
from ..format.manifest import Manifest
from .repository import Repo, SnapshotInfo
from .types import DEFAULT_RETENTION, RetentionPolicy

__all__ = ["DEFAULT_RETENTION", "RetentionPolicy", "apply_retention", "select"]

#: A manifest's time before this is absurd (no backupgui existed): 2000-01-01T00:00:00Z.
EARLIEST_MS = 946_684_800_000
#: A manifest's time more than this past the snapshot just written is absurd too (two
#: devices' clocks may differ by minutes or a time zone set wrong, not by a day).
FUTURE_SLACK_MS = 24 * 3600 * 1000
#: An unused pack is deleted only once it is this old by the destination's clock (its
#: listed time against that of the manifest just written: docs/FORMAT.md 10.2), so that a
#: backup another computer is running into the same set, up to a day long, loses nothing.
PACK_MARGIN_S = 24 * 3600


def _local(ms: int, tz: tzinfo | None) -> date | None:
    """The local calendar day of an authenticated time (None: none; e.g. the year 9999 in a
    time zone east of UTC)."""
    try:
        t = datetime.fromtimestamp(ms / 1000, UTC)
        return (t.astimezone(tz) if tz is not None else t.astimezone()).date()
    except (OverflowError, ValueError, OSError):
        return None


_PERIODS: tuple[tuple[str, Callable[[date], Hashable]], ...] = (
    ("daily", lambda d: d),
    ("weekly", lambda d: d.isocalendar()[:2]),
    ("monthly", lambda d: (d.year, d.month)),
    ("yearly", lambda d: d.year),
)


def select(infos: Sequence[SnapshotInfo], policy: RetentionPolicy, written: str,
           tz: tzinfo | None = None) -> list[str]:
    """The ids to keep of ``infos`` (authenticated, in rank order, oldest first), oldest
    first. ``written`` (the snapshot just written) is always kept, and its authenticated
    time is "now" for telling an absurd time.

    A snapshot whose time is absurd (before 2000, or more than a day after the one just
    written: a clock set wrong, here or on another device, or a crafted manifest) takes no
    day, week, month or year, so it cannot push a good backup out of one; it is kept, the
    newest ``policy.slots`` of them at most, as the good ones would be. So a clock that was
    wrong here (every older backup then looks in the future) deletes nothing that the policy
    would keep, and one that was wrong elsewhere cannot make the history forget."""
    order = list(reversed(infos))  # newest first
    ref = next((i.created_ms for i in order if i.snapshot_id == written), None)
    if ref is None or ref < EARLIEST_MS:
        ref = max((i.created_ms for i in order), default=0)  # (nothing sane to compare with)
    keep: set[str] = {written}
    keep.update(i.snapshot_id for i in order[:policy.last])
    days: list[tuple[str, date]] = []
    absurd: list[str] = []
    for i in order:
        d = _local(i.created_ms, tz) if EARLIEST_MS <= i.created_ms <= ref + FUTURE_SLACK_MS else None
        if d is None:
            absurd.append(i.snapshot_id)
        else:
            days.append((i.snapshot_id, d))
    keep.update(absurd[:policy.slots])
    for rule, period in _PERIODS:
        n = getattr(policy, rule)
        seen: set[Hashable] = set()
        for sid, d in days:
            if len(seen) >= n:
                break
            p = period(d)
            if p not in seen:  # the newest (by rank) of a period not seen yet
                seen.add(p)
                keep.add(sid)
    return [i.snapshot_id for i in infos if i.snapshot_id in keep] + (
        [] if any(i.snapshot_id == written for i in infos) else [written])


def apply_retention(repo: Repo, policy: RetentionPolicy | int, index: Index,
                    index_names: list[str], written: Manifest,
                    held: tuple[Manifest | SnapshotInfo, ...] = (),
                    rewrite: bool = False, tz: tzinfo | None = None,
                    margin: float | None = None,
                    guard: Callable[[], None] | None = None) -> list[str]:
    """Delete the snapshots ``policy`` does not keep (an int: the newest N) and the packs no
    snapshot uses that are older than ``margin`` seconds (None: ``PACK_MARGIN_S``) by the
    destination's clock; return the removed ids. ``held``: authentic manifests (or summaries
    with their packs) of the set already in memory (the snapshot the backup continued
    from), which need not be read again; so are the summaries that kept their packs (a set
    opened with its summary cache). ``rewrite``: ``index`` leaves out packs some index
    object lists (missing at the destination), so write it as one index even if nothing
    else changed. ``guard`` is called before the first object is deleted or replaced (it
    takes the set's exclusive lock, ``locks.Exclusive.take``); what it raises stops retention
    before anything changed (``locks.SetBusyError``: another computer is using the set)."""
    take = guard if guard is not None else (lambda: None)
    if isinstance(policy, int):
        if policy < 1:
            raise ValueError("keep must be at least 1")
        policy = RetentionPolicy.newest(policy)
    snaps = repo.snapshots()
    infos = list(snaps.infos)  # authenticated only, by rank
    if not any(i.snapshot_id == written.snapshot_id for i in infos):
        # (not listed yet by an eventually consistent store)
        infos.append(SnapshotInfo.of(written))
    kept = select(infos, policy, written.snapshot_id, tz)
    kept_ids = set(kept)
    removed = [i.snapshot_id for i in infos if i.snapshot_id not in kept_ids]

    # A pack is deleted only if no snapshot needs it *and* it is older than ``margin`` by
    # the destination's own clock (docs/FORMAT.md 10.2): another computer backing up into
    # this set without taking locks (an older version) may have uploaded it, or reuse it
    # through its index, for a snapshot whose manifest it has not written yet. A younger
    # unused pack stays, listed in the index.
    margin = PACK_MARGIN_S if margin is None else margin
    now = repo.written_at  # (the manifest just written, by the destination's clock)
    times = repo.pack_times

    def old(p: str) -> bool:
        t = times.get(p)
        return now is not None and t is not None and now - t >= margin

    # The packs the kept snapshots use: the one just written, the newest found and ``held``
    # are in memory; the others are read one at a time, and only while some old pack of the
    # index is not known to be used (a set's manifests are never all held at once:
    # docs/SECURITY.md 2.3). One that no longer reads (deleted meanwhile, damaged) stops
    # the packs' part: no pack is deleted on a partial view.
    in_memory: dict[str, tuple[str, ...]] = {
        i.snapshot_id: i.packs for i in infos if i.packs is not None}
    in_memory.update((m.snapshot_id, m.packs) for m in (*held, snaps.loaded_head, written)
                     if m is not None and m.packs is not None)
    unused = {p for p in index.packs if old(p)}
    for sid, packs in in_memory.items():
        if sid in kept_ids:
            unused.difference_update(packs)
    partial = False
    for sid in kept:
        if not unused:
            break
        if sid not in in_memory:
            try:
                unused.difference_update(repo.load_manifest(sid).packs)
            except (DamagedBackupError, NotFoundError):
                partial = True
                break

    if removed or (unused and not partial) or (not partial and (rewrite or len(index_names) > 1)):
        # Something is to go: the exclusive lock first (FORMAT.md 10.3). No backup runs
        # while it is held, and what is listed from here on includes every backup that
        # finished before it was taken (rule 2 below).
        take()
    for sid in removed:
        repo.dest.delete(f"{repo.prefix}snapshots/{sid}")
    repo.forget_snapshots(removed)
    if partial:
        return removed
    if unused:
        # Snapshots written since this set was listed (another computer's): what they use
        # stays. Listed again now, just before deleting (FORMAT.md 10.2).
        known = {i.snapshot_id for i in infos}
        for sid in repo.snapshot_names():
            if not unused:
                break
            if sid not in known:
                try:
                    unused.difference_update(repo.load_manifest(sid).packs)
                except NotFoundError:
                    continue  # (deleted meanwhile by the other computer's retention)
                except DamagedBackupError:
                    continue  # (does not authenticate: no reader restores from it)

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
