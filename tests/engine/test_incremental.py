"""Incremental backups, resuming an interrupted backup, and retention (issue 2, §8.4, 8.5, 8.7)."""

from __future__ import annotations

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import verify
from backupgui.engine.repository import Repo
from backupgui.engine.types import VerifyRequest
from backupgui.errors import CancelledError, DestinationError
from backupgui.jobs import CancelToken
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library

from .helpers import (
    RecordingDest,
    backup_to,
    chat_contents,
    dest_files,
    pw,
    restore_from,
)

SMALL_PACKS = 512 << 10


def _index_by_pack(dest, key) -> dict[str, list[str]]:
    repo = Repo.open(dest, key)
    index, _ = repo.load_index()
    return {p: [e.blob_id for e in info.blobs] for p, info in index.packs.items()}


def _manifest(dest, key, sid):
    return Repo.open(dest, key).load_manifest(sid)


# -- §8.5: a second backup sends only what changed --------------------------------------------
def test_unchanged_library_writes_only_a_small_manifest(demo_lib, dest_dir):
    key = pw()
    first = backup_to(demo_lib, RecordingDest(dest_dir), key)
    assert first.packs_written >= 2 and first.new_blobs > 0
    before = dest_files(dest_dir)
    rec = RecordingDest(dest_dir)
    second = backup_to(demo_lib, rec, key)
    after = dest_files(dest_dir)
    assert second.packs_written == 0 and second.new_blobs == 0
    assert second.reused_blobs == first.new_blobs
    new = sorted(set(after) - set(before))
    assert new == [f"sets/{first.set_id}/snapshots/{second.snapshot_id}"]
    assert {n: after[n] for n in before} == before  # nothing else rewritten
    # (besides the backup's lock, written and removed again: docs/FORMAT.md 10.3)
    locks = [c.name for c in rec.committed if "/locks/" in c.name]
    assert len(locks) == 1 and locks[0] not in after
    assert [c.name for c in rec.committed if "/locks/" not in c.name] == new
    assert len(after[new[0]]) < 8 * 1024
    assert second.uploaded_bytes <= len(after[new[0]])
    m1 = _manifest(rec, key, first.snapshot_id)
    m2 = _manifest(rec, key, second.snapshot_id)
    assert m2.chats == m1.chats and m2.media == m1.media and m2.packs == m1.packs


def test_unchanged_library_gives_the_same_manifest_totals(demo_lib, dest):
    key = RawKey(generate_key())
    first = backup_to(demo_lib, dest, key)
    second = backup_to(demo_lib, dest, key)
    m1 = _manifest(dest, key, first.snapshot_id)
    m2 = _manifest(dest, key, second.snapshot_id)
    assert m1.totals.text_bytes > 0
    assert second.text_bytes == first.text_bytes
    assert m2.totals == m1.totals


def test_one_new_message_resends_only_its_month(demo_lib, dest_dir):
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    first = backup_to(demo_lib, dest, key)
    with Library(demo_lib) as lib:
        chat = lib.chat_ids()[2]
        add_demo_messages(lib, chat, 1, seed=99)
    packs_before = _index_by_pack(dest, key)
    data_before = {o.name for o in dest.list() if "/data/" in o.name}
    second = backup_to(demo_lib, dest, key)
    assert second.new_blobs == 1 and second.packs_written == 1
    # The message text re-sent (the new pack) is well under 1% of the library's text plus the
    # pack's overhead and its Padmé padding (at most 11.1 %); the rest of the upload is the
    # fixed-size index and manifest.
    resent = sum(o.size for o in dest.list() if "/data/" in o.name and o.name not in data_before)
    assert resent < (first.text_bytes / 100 + 2048) * 1.12, (resent, first.text_bytes)
    assert second.uploaded_bytes < resent + 64 * 1024

    m1 = _manifest(dest, key, first.snapshot_id)
    m2 = _manifest(dest, key, second.snapshot_id)
    blobs1 = {(c.id, t.month): t.blob for c in m1.chats for t in c.text_blobs}
    blobs2 = {(c.id, t.month): t.blob for c in m2.chats for t in c.text_blobs}
    changed = {k for k in blobs2 if blobs1.get(k) != blobs2[k]}
    assert len(changed) == 1
    (cid, month), = changed
    assert cid == chat and month == max(t.month for c in m2.chats if c.id == chat for t in c.text_blobs)
    new_packs = set(_index_by_pack(dest, key)) - set(packs_before)
    assert len(new_packs) == 1
    assert _index_by_pack(dest, key)[new_packs.pop()] == [blobs2[(cid, month)]]
    assert m2.media == m1.media


# -- §8.4: an interrupted backup is resumed -----------------------------------------------------
def _grow(lib_dir, seed: int) -> None:
    with Library(lib_dir) as lib:
        for i, cid in enumerate(lib.chat_ids()):
            add_demo_messages(lib, cid, 3, seed=seed * 10 + i, with_photo=True)


def _full_backup_bytes(lib_dir, tmp_path, key) -> int:
    return backup_to(lib_dir, FolderDestination(tmp_path / "fresh"), key, pack_size=SMALL_PACKS).uploaded_bytes


@pytest.mark.parametrize("how", ["destination error", "cancel"])
def test_interrupted_backup_resumes_and_adopts_finished_packs(how, demo_lib, dest_dir, tmp_path):
    key = RawKey(generate_key())
    first = backup_to(demo_lib, FolderDestination(dest_dir), key, pack_size=SMALL_PACKS)
    _grow(demo_lib, seed=1)
    first_files = dest_files(dest_dir)

    if how == "destination error":
        failing = RecordingDest(dest_dir, fail_after_packs=3)
        with pytest.raises(DestinationError):
            backup_to(demo_lib, failing, key, pack_size=SMALL_PACKS)
    else:
        failing = RecordingDest(dest_dir)
        token = CancelToken()
        # Cancel (from another thread, as a UI would) once the first new pack is stored; the
        # job notices at its next checkpoint, at the latest just before the manifest.
        failing.on_commit = lambda c: token.cancel() if "/data/" in c.name else None

        from backupgui.engine import BackupRequest, backup

        with pytest.raises(CancelledError):
            backup(BackupRequest(demo_lib, failing, key, pack_size=SMALL_PACKS), cancel=token)
    interrupted = {c.name.rsplit("/", 1)[1] for c in failing.packs_committed()}
    assert len(interrupted) >= (3 if how == "destination error" else 1)
    # No snapshot was written and the old objects are untouched; the previous snapshot restores.
    # (A cancel may land after the index was written: harmless without a manifest.)
    now = dest_files(dest_dir)
    assert {n: now.get(n) for n in first_files} == first_files
    extra = {n for n in set(now) - set(first_files) if "/data/" not in n}
    assert not extra if how == "destination error" else all("/index/" in n for n in extra)
    restore_from(FolderDestination(dest_dir), tmp_path / "old", key, snapshot=first.snapshot_id)
    verify(VerifyRequest(FolderDestination(dest_dir), key, snapshot=first.snapshot_id))

    rec = RecordingDest(dest_dir)
    resumed = backup_to(demo_lib, rec, key, pack_size=SMALL_PACKS)
    resumed_packs = {c.name.rsplit("/", 1)[1] for c in rec.packs_committed()}
    index = _index_by_pack(rec, key)
    assert interrupted <= set(index)  # adopted, not re-sent
    assert not resumed_packs & interrupted
    all_blobs = [b for bs in index.values() for b in bs]
    assert len(all_blobs) == len(set(all_blobs)), "a blob was uploaded twice"
    adopted_blobs = {b for p in interrupted for b in index[p]}
    resent = {b for p in resumed_packs for b in index[p]}
    assert adopted_blobs and not adopted_blobs & resent
    # Fewer bytes than a full backup of the grown library, by at least what was adopted.
    adopted_bytes = sum(len(now[n]) for n in now if n.rsplit("/", 1)[1] in interrupted)
    full = _full_backup_bytes(demo_lib, tmp_path, key)
    assert resumed.uploaded_bytes <= full - adopted_bytes + 4096
    # Both snapshots restore.
    restore_from(rec, tmp_path / "new", key)
    assert chat_contents(tmp_path / "new") == chat_contents(demo_lib)
    restore_from(rec, tmp_path / "old2", key, snapshot=first.snapshot_id)
    assert chat_contents(tmp_path / "old2") == chat_contents(tmp_path / "old")


def test_damaged_leftover_pack_is_not_adopted(demo_lib, dest_dir, tmp_path):
    key = RawKey(generate_key())
    failing = RecordingDest(dest_dir, fail_after_packs=2)
    with pytest.raises(DestinationError):
        backup_to(demo_lib, failing, key, pack_size=SMALL_PACKS)
    victim = failing.packs_committed()[0].name
    path = dest_dir / victim
    path.write_bytes(path.read_bytes()[:-1])  # truncated: its final segment fails
    res = backup_to(demo_lib, FolderDestination(dest_dir), key, pack_size=SMALL_PACKS)
    index = _index_by_pack(FolderDestination(dest_dir), key)
    assert victim.rsplit("/", 1)[1] not in index
    verify(VerifyRequest(FolderDestination(dest_dir), key))
    restore_from(FolderDestination(dest_dir), tmp_path / "r", key)
    assert chat_contents(tmp_path / "r") == chat_contents(demo_lib)
    assert res.packs_written >= 1


# -- §8.7: retention ---------------------------------------------------------------------------
def test_retention_keeps_exactly_n_and_deletes_unreferenced_packs(demo_lib, dest_dir, tmp_path):
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    results = []
    for i in range(4):
        if i:
            _grow(demo_lib, seed=10 + i)
        results.append(backup_to(demo_lib, dest, key, keep=2))
    set_id = results[0].set_id
    files = dest_files(dest_dir)
    snaps = sorted(n.rsplit("/", 1)[1] for n in files if "/snapshots/" in n)
    assert snaps == [r.snapshot_id for r in results[-2:]]
    assert results[2].removed_snapshots == (results[0].snapshot_id,)
    assert results[3].removed_snapshots == (results[1].snapshot_id,)
    assert len([n for n in files if "/index/" in n]) == 1

    repo = Repo.open(dest, key)
    kept = [repo.load_manifest(s) for s in snaps]
    referenced = {p for m in kept for p in m.packs}
    on_disk = {n.rsplit("/", 1)[1] for n in files if "/data/" in n}
    assert on_disk == referenced  # nothing unreferenced is left, nothing referenced is gone
    index = _index_by_pack(dest, key)
    assert set(index) == referenced
    # Packs written for the removed snapshots only (their month blobs were superseded) are gone.
    assert results[1].packs_written and len(on_disk) < sum(r.packs_written for r in results)

    for s in snaps:
        verify(VerifyRequest(dest, key, snapshot=s))
    restore_from(dest, tmp_path / "latest", key)
    assert chat_contents(tmp_path / "latest") == chat_contents(demo_lib)
    r = restore_from(dest, tmp_path / "older", key, snapshot=snaps[0])
    assert r.messages_added == sum(c.message_count for c in kept[0].chats)
    assert set(f"sets/{set_id}/config" for _ in [0]) <= set(files)


def test_keep_one(demo_lib, dest_dir):
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key, keep=1)
    _grow(demo_lib, seed=3)
    last = backup_to(demo_lib, dest, key, keep=1)
    assert Repo.open(dest, key).snapshot_names() == [last.snapshot_id]
    verify(VerifyRequest(dest, key))
