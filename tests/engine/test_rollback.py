"""Same-computer detection of a destination that went back to an older backup."""

from __future__ import annotations

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, RestoreRequest, backup, list_backups, restore
from backupgui.errors import DamagedBackupError, RolledBackError
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library


def test_deleted_newest_snapshot_is_noticed_on_the_same_computer(tmp_path):
    create_demo_library(tmp_path / "lib", chats=2, seed=21, media_mb=0.1)
    dest = FolderDestination(tmp_path / "dest")
    key = RawKey(generate_key())
    first = backup(BackupRequest(tmp_path / "lib", dest, key))
    with Library(tmp_path / "lib") as lib:
        add_demo_messages(lib, lib.chat_ids()[0], 5, seed=3)
    second = backup(BackupRequest(tmp_path / "lib", dest, key))
    assert second.warnings == ()
    # The provider drops the newest snapshot and serves the older, still authentic one.
    dest.delete(f"sets/{second.set_id}/snapshots/{second.snapshot_id}")
    assert list_backups(dest)[0].snapshot_id == first.snapshot_id

    with pytest.raises(DamagedBackupError, match="rolled back"):
        restore(RestoreRequest(dest, tmp_path / "lib", key))
    # Naming the snapshot does not skip the check: the GUI names the one the user picked
    # (format v1 skipped it then, issue 19 section 2).
    with pytest.raises(RolledBackError, match="rolled back"):
        restore(RestoreRequest(dest, tmp_path / "lib", key, snapshot=first.snapshot_id))
    # Accepting the rollback restores the older backup.
    restore(RestoreRequest(dest, tmp_path / "lib", key, snapshot=first.snapshot_id,
                           accept_rollback=True))
    # The next backup says so, and heals the destination.
    third = backup(BackupRequest(tmp_path / "lib", dest, key))
    assert any("rolled back" in w for w in third.warnings)
    assert backup(BackupRequest(tmp_path / "lib", dest, key)).warnings == ()


def test_a_new_computer_has_nothing_to_compare(tmp_path):
    create_demo_library(tmp_path / "lib", chats=1, seed=22, media_mb=0)
    dest = FolderDestination(tmp_path / "dest")
    key = RawKey(generate_key())
    backup(BackupRequest(tmp_path / "lib", dest, key))
    restore(RestoreRequest(dest, tmp_path / "new", key))  # no memory there: no complaint


def test_a_restore_remembers_its_backup_in_its_own_commit(tmp_path):
    """The restored snapshot is remembered in the restore's transaction: after a restore
    that commits, a destination rolled back is noticed; a restore that fails remembers
    nothing (and leaves the library as it was)."""
    from backupgui.engine.rollback import local_known

    create_demo_library(tmp_path / "lib", chats=2, seed=23, media_mb=0.2)
    dest = FolderDestination(tmp_path / "dest")
    key = RawKey(generate_key())
    first = backup(BackupRequest(tmp_path / "lib", dest, key))
    with Library(tmp_path / "lib") as lib:
        add_demo_messages(lib, lib.chat_ids()[0], 5, seed=4)
    second = backup(BackupRequest(tmp_path / "lib", dest, key))

    restore(RestoreRequest(dest, tmp_path / "new", key))
    with Library(tmp_path / "new") as lib:
        known = local_known(lib, second.set_id)
    assert known is not None and known.snapshot_id == second.snapshot_id

    # A restore that fails (a damaged pack) remembers nothing.
    packs = sorted((tmp_path / "dest" / "sets" / second.set_id / "data").iterdir())
    saved = {p: p.read_bytes() for p in packs}
    for p in packs:
        b = bytearray(saved[p])
        b[len(b) // 2] ^= 1
        p.write_bytes(bytes(b))
    with pytest.raises(DamagedBackupError):
        restore(RestoreRequest(dest, tmp_path / "other", key))
    with Library(tmp_path / "other") as lib:
        assert local_known(lib, second.set_id) is None
        assert lib.counts()[1] == 0
    for p, b in saved.items():
        p.write_bytes(b)

    dest.delete(f"sets/{second.set_id}/snapshots/{second.snapshot_id}")
    with pytest.raises(DamagedBackupError, match="rolled back"):
        restore(RestoreRequest(dest, tmp_path / "new", key, snapshot=first.snapshot_id))
