"""Noticing that a destination went back to an older backup (docs/FORMAT.md 9.3).

A storage provider can delete the newest snapshots and serve an older one (which is still
authentic). Each manifest carries a sequence number; the highest one a set has reached is
remembered in two places, and a destination whose newest snapshot has a lower one has lost
backups:

* this computer's library remembers the highest sequence number (and snapshot id) it wrote
  or restored per set, so the same computer notices;
* in vault mode the key vault keeps the highest sequence number for the set (signed with a
  key derived from K, docs/VAULT.md 2.1), so a restore on *any* computer notices.

Without either (password or key mode on a new computer) nothing can tell; the restore
wizard and ``list`` then show the newest backup's date and device prominently, so the user
can recognise a backup that is older than they expect.

A key rotation replaces a whole set. The library remembers the sets it retired so (and the
set that replaced each): a retired set that a destination offers again (a provider that kept
a copy and deleted the new set; the password may be the same) is a rollback for a restore
and ``list``, and a backup refuses to write into it (docs/SECURITY.md 2.4).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import BackupError
from ..format.manifest import Manifest

if TYPE_CHECKING:  # (a verify opens no library: not imported for the annotations alone)
    from ..library.store import Library
    from ..vault.account import VaultAccess
    from .repository import Repo, SnapshotInfo

log = logging.getLogger(__name__)

_ID_KEY = "newest_snapshot:"  # format v1: the newest snapshot id (ids sorted by time)
_SEQ_KEY = "newest_seq:"  # "<seq> <snapshot id>"
_LAST_SET = "last_backup_set"  # the set this library last backed up to or restored from
_RETIRED = "retired_set:"  # a set a key rotation on this computer replaced: the new set's id
COMPUTER = "this computer"  # who remembers a backup (Known.source)
VAULT = "the key vault"


@dataclass(frozen=True)
class Known:
    """The newest backup of a set that someone remembers: ``seq`` (0: a format v1 snapshot,
    known only by its id), its id, and who remembers it ("this computer" or "the key vault")."""

    seq: int
    snapshot_id: str
    source: str


@dataclass(frozen=True)
class RollbackCheck:
    """Whether a destination is behind what is known of its set.

    ``rolled_back``: True (the newest snapshot there is older than one known), False (it is
    the newest known, or newer), None (nothing is known: no memory on this computer, no
    vault record)."""

    rolled_back: bool | None
    newest: Manifest | SnapshotInfo | None
    known: Known | None = None
    #: (the set, the set that replaced it) when the set is one a key rotation on this
    #: computer retired.
    retired: tuple[str, str] | None = None

    def message(self) -> str | None:
        if self.retired is not None:
            return retired_message(*self.retired)
        if not self.rolled_back or self.known is None:
            return None
        return rolled_back_message(self.known, self.newest)


def rolled_back_message(known: Known, newest: Manifest | SnapshotInfo | None) -> str:
    """The sentence for a destination behind ``known``: one whole sentence per case (who
    knows, with or without a backup number, a newest backup found or not), so each is a
    template the GUI translates (docs/TRANSLATING.md)."""
    k, n = known, newest
    if k.source == VAULT:
        if n is None:
            if k.seq:
                return (f"The newest backup the key vault knows of, {k.snapshot_id} (backup "
                        f"number {k.seq}), is missing from the destination (no backup found). "
                        f"The storage may have been rolled back or backups deleted.")
            return (f"The newest backup the key vault knows of, {k.snapshot_id}, is missing "
                    f"from the destination (no backup found). The storage may have been rolled back or backups deleted.")
        if k.seq:
            # translators: %1, %3: a backup's id, %2, %4: the backups' numbers in this backup set
            return (f"The newest backup the key vault knows of, {k.snapshot_id} (backup number "
                    f"{k.seq}), is missing from the destination (newest found: {n.snapshot_id}, "
                    f"backup number {n.seq}). The storage may have been rolled back or backups deleted.")
        return (f"The newest backup the key vault knows of, {k.snapshot_id}, is missing from "
                f"the destination (newest found: {n.snapshot_id}, backup number {n.seq}). "
                f"The storage may have been rolled back or backups deleted.")
    if n is None:
        if k.seq:
            return (f"The newest backup this computer knows of, {k.snapshot_id} (backup number "
                    f"{k.seq}), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.")
        return (f"The newest backup this computer knows of, {k.snapshot_id}, is missing from "
                f"the destination (no backup found). The storage may have been rolled back or backups deleted.")
    if k.seq:
        return (f"The newest backup this computer knows of, {k.snapshot_id} (backup number "
                f"{k.seq}), is missing from the destination (newest found: {n.snapshot_id}, "
                f"backup number {n.seq}). The storage may have been rolled back or backups deleted.")
    return (f"The newest backup this computer knows of, {k.snapshot_id}, is missing from the "
            f"destination (newest found: {n.snapshot_id}, backup number {n.seq}). The storage may have been rolled back or backups deleted.")


def remember_newest(lib: Library, set_id: str, m: Manifest,
                    put: Callable[[str, str], None] | None = None) -> None:
    """Record ``m`` if it is newer than what the library remembers for the set. ``put``
    writes a value (default: each in its own transaction; a restore passes its open
    transaction's ``LibraryWriter.set_meta``, so it commits with the restore)."""
    put = put or lib.put_meta
    if lib.get_meta(_LAST_SET) != set_id:
        put(_LAST_SET, set_id)
    if m.seq == 0:
        known = lib.get_meta(_ID_KEY + set_id)
        if known is None or m.snapshot_id > known:
            put(_ID_KEY + set_id, m.snapshot_id)
        return
    mine = local_known(lib, set_id)
    if mine is None or mine.seq < m.seq:
        put(_SEQ_KEY + set_id, f"{m.seq} {m.snapshot_id}")


def retired_message(set_id: str, new_set: str) -> str:
    """What is said of a retired set offered again (one template, for the translations)."""
    return (f"This backup set ({set_id}) was replaced by a new key on this computer (by set "
            f"{new_set}), but the destination offers it again and not the new set: the "
            "storage may have been rolled back or the new backup deleted.")


def remember_retired(lib: Library, old_set: str, new_set: str) -> None:
    """Record that a key rotation replaced ``old_set`` by ``new_set`` (once the new set's
    config is written: from then on the old set is never the right one)."""
    lib.put_meta(_RETIRED + old_set, new_set)


def replaced_by(lib: Library | None, set_id: str) -> str | None:
    """The set that replaced ``set_id`` in a key rotation on this computer, if any."""
    return (lib.get_meta(_RETIRED + set_id) or None) if lib is not None else None


def last_set(lib: Library) -> tuple[str, ...]:
    """The set this library last backed up to or restored from (tried first when a
    destination holds several sets), as a tuple (empty if none)."""
    value = lib.get_meta(_LAST_SET)
    return (value,) if value else ()


def local_known(lib: Library, set_id: str) -> Known | None:
    """The newest backup of the set this computer wrote or restored, if any."""
    value = lib.get_meta(_SEQ_KEY + set_id)
    if value:
        seq, _, sid = value.partition(" ")
        if seq.isdigit():
            return Known(int(seq), sid, COMPUTER)
    sid = lib.get_meta(_ID_KEY + set_id)
    return Known(0, sid, COMPUTER) if sid else None


def compare(newest: Manifest | SnapshotInfo | None, known: list[Known]) -> RollbackCheck:
    """Whether ``newest`` (the destination's newest authenticated snapshot of a set, whole
    or its summary) is behind any of ``known``."""
    if not known:
        return RollbackCheck(None, newest)
    for k in sorted(known, key=lambda k: -k.seq):
        if newest is None:
            return RollbackCheck(True, newest, k)
        if k.seq > 0 and newest.seq < k.seq:
            return RollbackCheck(True, newest, k)
        if k.seq == 0 and newest.seq == 0 and newest.snapshot_id < k.snapshot_id:
            return RollbackCheck(True, newest, k)  # format v1: ids sort by time
    return RollbackCheck(False, newest, max(known, key=lambda k: k.seq))


def vault_known(repo: Repo) -> tuple[Known | None, str | None]:
    """(the newest backup the key vault knows of for a vault-mode set, a warning if it could
    not be asked or its answer is not signed by the set's key). (None, None) for other sets."""
    binding = _binding(repo)
    if binding is None:
        return None, None
    from ..vault.client import vault_read_sequence

    try:
        got = vault_read_sequence(binding, repo.keys.sequence, repo.set_id)
    except BackupError as exc:
        log.warning("could not read the vault's backup sequence: %s", exc)
        return None, f"The key vault could not say which backup is the newest ({exc})"
    return (Known(got.seq, got.snapshot_id, VAULT) if got.seq else None), None


def record_in_vault(repo: Repo, m: Manifest, access: VaultAccess | None) -> str | None:
    """Tell the set's key vault that the set reached ``m``; a warning if that failed."""
    binding = _binding(repo)
    if binding is None or m.seq < 1:
        return None
    from ..vault.client import vault_record_sequence

    try:
        vault_record_sequence(binding, repo.keys.sequence, repo.set_id, m.seq, m.snapshot_id,
                              access)
    except BackupError as exc:
        log.warning("could not record the backup sequence in the vault: %s", exc)
        return ("The key vault could not record this backup as the newest, so a restore on "
                f"another computer cannot tell whether the backup storage was rolled back ({exc})")
    return None


def _binding(repo: Repo):
    if repo.cfg.key_mode != "vault":
        return None
    from ..vault.client import VaultBinding

    try:
        binding = VaultBinding.from_dict(repo.cfg.raw["vault"])
    except (BackupError, KeyError, TypeError, ValueError):
        return None
    return None if binding.is_v1 else binding


def rollback_check(repo: Repo, lib: Library | None) -> RollbackCheck:
    """Compare the set's newest authenticated snapshot with what this computer (``lib``)
    and the key vault know of; a vault that cannot be asked counts as knowing nothing. A set
    this computer retired by a key rotation is rolled back whatever its snapshots."""
    new_set = replaced_by(lib, repo.set_id)
    if new_set is not None:
        return RollbackCheck(True, repo.snapshots().newest, retired=(repo.set_id, new_set))
    known = [lib and local_known(lib, repo.set_id), vault_known(repo)[0]]
    return compare(repo.snapshots().newest, [k for k in known if k])
