"""A restore records the snapshot it restored (the rollback check's memory) inside its own
transaction, best effort (s12). When that last write finds the disk full, SQLite rolls the
whole transaction back by itself (SQLITE_FULL): the error was swallowed, and the commit that
followed failed with "cannot commit - no transaction is active" - a restore that lost all it
had done, said as an internal error of the library instead of "the disk is full". Third
hostile pass (s13): the restore says the disk is full, and nothing of it stays."""

from __future__ import annotations

import hashlib

import pytest

from backupgui.engine import RestoreRequest, restore
from backupgui.errors import DiskFullError
from backupgui.library.store import Library, LibraryWriter

from .conftest import KEY, PNG
from .crafted import craft_backup

GOOD_SHA = hashlib.sha256(PNG).hexdigest()


def test_a_full_disk_at_the_last_write_of_a_restore_is_said_as_a_full_disk(tmp_path, dest, monkeypatch):
    craft_backup(dest, KEY, manifest_sha=GOOD_SHA, text_sha=GOOD_SHA, payload=PNG)
    lib_root = tmp_path / "lib"
    Library(lib_root).close()
    real = LibraryWriter.set_meta

    def full_disk(self, key: str, value: str) -> None:
        # The disk fills up right here: no page may be added to the database any more, and
        # this write needs some (a real SQLITE_FULL, which rolls the transaction back).
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        self._db.execute(f"PRAGMA max_page_count={pages}")
        real(self, key, value + "x" * 20_000)

    monkeypatch.setattr(LibraryWriter, "set_meta", full_disk)
    with pytest.raises(DiskFullError):
        restore(RestoreRequest(dest, lib_root, KEY))
    monkeypatch.setattr(LibraryWriter, "set_meta", real)
    with Library(lib_root) as lib:
        assert lib.list_chats() == []
        assert not lib.media_path(GOOD_SHA).exists()  # the moved file went again
    # And with room, the same restore goes through.
    result = restore(RestoreRequest(dest, lib_root, KEY))
    assert result.media_restored == 1
