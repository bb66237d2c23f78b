"""Whoever holds K plants a manifest numbered 2^63 - 1, the highest ``seq`` a reader takes
(docs/SECURITY.md 2.7).

Before the fix the owner's next backup numbered its manifest 2^63: it was written and
reported as a success, every reader then ignored it as malformed ("bad Manifest.seq"), and
its retention deleted the backup before it. Every later backup did the same: the newest
backup anyone could restore was the attacker's, and all that was backed up after it was
lost. Now the backup refuses before writing anything and says how to go on (a new key)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, rotate_key
from backupgui.engine.repository import Repo, snapshot_name
from backupgui.errors import DamagedBackupError
from backupgui.format.manifest import MAX_SEQ, created_fields
from backupgui.library.model import Message
from backupgui.library.store import Library
from tests.engine.helpers import backup_to, pw, restore_from

from .conftest import make_library


def _tree(root) -> dict:
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _plant_last_number(dest, key, after: str) -> str:
    """The attacker's authentic manifest: a copy of ``after`` numbered ``MAX_SEQ``."""
    repo = Repo.open(dest, key)
    m = repo.load_manifest(after)
    later = datetime.now(UTC) + timedelta(seconds=5)
    created, created_ms = created_fields(later)
    evil = dataclasses.replace(m, snapshot_id=snapshot_name(later), created=created,
                               created_ms=created_ms, seq=MAX_SEQ, prev=m.snapshot_id)
    repo.write_manifest(evil)
    return evil.snapshot_id


def _add_message(lib, text: str) -> None:
    with Library(lib) as library, library.transaction() as w:
        w.add_messages([Message(f"new-{text}", "chat-1", 1_700_000_020_000, "alice", "text", text)])


@pytest.mark.parametrize("restored_first", [False, True])
def test_a_backup_after_the_highest_number_is_refused_and_deletes_nothing(tmp_path, restored_first):
    """Whether this computer saw the planted backup at the destination only, or also
    restored it (the library then remembers its number)."""
    lib = tmp_path / "lib"
    make_library(lib)
    dest = FolderDestination(tmp_path / "dest")
    good = backup_to(lib, dest, pw()).snapshot_id
    _plant_last_number(dest, pw(), good)
    if restored_first:
        restore_from(dest, lib, pw())
    _add_message(lib, "precious")
    before = _tree(tmp_path / "dest")
    with pytest.raises(DamagedBackupError, match="highest number") as err:
        backup_to(lib, dest, pw())
    assert "new key" in err.value.hint
    assert _tree(tmp_path / "dest") == before  # nothing written, the good backup still there
    restore_from(dest, tmp_path / "again", pw(), snapshot=good)


def test_a_new_key_is_the_way_out(tmp_path):
    """What the hint says: a rotation makes a new set, and backups go on there."""
    lib = tmp_path / "lib"
    make_library(lib)
    dest = FolderDestination(tmp_path / "dest")
    good = backup_to(lib, dest, pw()).snapshot_id
    _plant_last_number(dest, pw(), good)
    _add_message(lib, "precious")
    new_set = rotate_key(BackupRequest(lib, dest, pw(), device_name="t"), pw()).set_id
    _add_message(lib, "after")
    r = backup_to(lib, dest, pw())
    assert r.set_id == new_set
    restored = restore_from(dest, tmp_path / "restored", pw())
    assert restored.snapshot_id == r.snapshot_id
    with Library(tmp_path / "restored") as back:
        assert {m.text for m in back.messages("chat-1")} >= {"precious", "after"}
