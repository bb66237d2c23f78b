"""An index that lists packs the destination does not have (docs/SECURITY.md 2.4).

A provider or a sync tool can bring back an index that retention deleted (with the packs
it deleted too, gone for good), or delete packs and leave the indexes. Before the fix, a
backup took every blob such an index listed as stored: it sent none of them again and wrote
a snapshot that referenced the missing packs, said nothing, and its retention deleted the
last good snapshot; the damage showed only at the next verify or restore."""

from __future__ import annotations

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import verify
from backupgui.engine.types import VerifyRequest
from backupgui.library.model import Chat, Message, Participant
from backupgui.library.store import Library
from tests.engine.helpers import backup_to, chat_contents, restore_from

from .conftest import KEY, make_library


def _other_library(root) -> None:
    with Library(root) as lib, lib.transaction() as w:
        w.upsert_chat(Chat("chat-a", "Bob", "direct", "test", 1_700_000_000_000,
                           (Participant("me", "Me", True), Participant("bob", "Bob"))))
        w.add_messages([Message("a0", "chat-a", 1_700_000_000_000, "bob", "text", "hi")])


def _assert_whole(dest, lib, tmp_path) -> None:
    verify(VerifyRequest(dest, KEY))  # raised "The backup pack ... is missing" before
    restore_from(dest, tmp_path / "restored", KEY)
    assert chat_contents(tmp_path / "restored") == chat_contents(lib)


def test_an_index_brought_back_after_retention_does_not_stand_for_its_packs(tmp_path):
    lib_b, lib_a = tmp_path / "libB", tmp_path / "libA"
    make_library(lib_b)
    _other_library(lib_a)
    dest = FolderDestination(tmp_path / "dest")
    set_id = backup_to(lib_b, dest, KEY, keep=1).set_id
    index_dir = tmp_path / "dest" / "sets" / set_id / "index"
    kept = {p.name: p.read_bytes() for p in index_dir.iterdir()}
    backup_to(lib_a, dest, KEY, keep=1)  # retention deletes the first snapshot, its packs, its index
    for name, data in kept.items():  # ... and the old index comes back
        (index_dir / name).write_bytes(data)

    r = backup_to(lib_b, dest, KEY, keep=1)
    assert any("missing from the destination" in w for w in r.warnings)
    _assert_whole(dest, lib_b, tmp_path)
    assert not any(p.name in kept for p in index_dir.iterdir())  # retention rewrote the index
    assert backup_to(lib_b, dest, KEY, keep=1).warnings == ()  # and the next backup is clean


def test_packs_deleted_behind_the_backups_back_are_sent_again(tmp_path):
    lib = tmp_path / "lib"
    make_library(lib)
    dest = FolderDestination(tmp_path / "dest")
    set_id = backup_to(lib, dest, KEY).set_id
    for pack in (tmp_path / "dest" / "sets" / set_id / "data").iterdir():
        pack.unlink()  # every pack gone, the index and the snapshot left

    r = backup_to(lib, dest, KEY)
    assert any("missing from the destination: 2." in w for w in r.warnings)
    _assert_whole(dest, lib, tmp_path)


def test_a_restore_reads_each_blob_from_the_packs_its_snapshot_names(tmp_path):
    """An authentic index met first (its name sorts first) that places every blob in packs
    that are gone, as one brought back after retention can: restore and verify found each
    blob there, not in the pack the snapshot's own manifest names, and failed with "the
    backup pack ... is missing" (a restore in the window before the next backup rewrites
    the index)."""
    from backupgui.crypto.segments import ObjectType
    from backupgui.engine.repository import Repo
    from backupgui.format.index import encode_index
    from backupgui.format.pack import PackInfo

    lib = tmp_path / "lib"
    make_library(lib)
    dest = FolderDestination(tmp_path / "dest")
    backup_to(lib, dest, KEY)
    repo = Repo.open(dest, KEY)
    index, names = repo.load_index()
    gone = [PackInfo(f"{n:032x}", p.size, p.blobs) for n, p in enumerate(index.packs.values(), 1)]
    first = "index/" + "0" * 32
    assert all(first < name for name in names)
    repo.put_object(first, ObjectType.INDEX, encode_index(gone))
    _assert_whole(dest, lib, tmp_path)
