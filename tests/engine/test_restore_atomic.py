"""A failed or cancelled restore leaves the library exactly as it was; merge and replace
policies (issue 2, §8.6)."""

from __future__ import annotations

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, restore
from backupgui.engine.repository import Repo
from backupgui.engine.types import REPLACE
from backupgui.errors import CancelledError, DamagedBackupError
from backupgui.jobs import CancelToken
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library

from .helpers import backup_to, chat_contents, library_state, restore_from


@pytest.fixture
def backed_up(demo_lib, dest_dir):
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    res = backup_to(demo_lib, dest, key, pack_size=1 << 20)
    return dest, key, res


def _largest_media_pack(dest, key, res) -> str:
    repo = Repo.open(dest, key)
    index, _ = repo.load_index()
    m = repo.load_manifest(res.snapshot_id)
    packs = {index.locate(e.blob).pack_id for e in m.media}
    return max(packs, key=lambda p: index.packs[p].size)


def _corrupt_end_of(dest_dir, set_id, pack_id) -> None:
    path = dest_dir / "sets" / set_id / "data" / pack_id
    raw = bytearray(path.read_bytes())
    raw[-40] ^= 0x01  # in the final segment: earlier segments stream out first
    path.write_bytes(bytes(raw))


def _other_library(tmp_path):
    """An existing library with chats of its own, plus one chat shared with the backup."""
    lib = tmp_path / "existing"
    create_demo_library(lib, chats=2, seed=99, media_mb=0.5)
    return lib


@pytest.mark.parametrize("target_kind", ["empty", "existing"])
def test_failed_restore_leaves_library_untouched(target_kind, backed_up, dest_dir, tmp_path):
    dest, key, res = backed_up
    if target_kind == "existing":
        target = _other_library(tmp_path)
        # Share one chat with the backup, so the merge touches rows that already exist.
        restore_from(dest, target, key, chats=(sorted(chat_contents(tmp_path / "lib"))[0],))
    else:
        target = tmp_path / "empty"
        Library(target).close()
    _corrupt_end_of(dest_dir, res.set_id, _largest_media_pack(dest, key, res))
    before = library_state(target)
    phases = []
    with pytest.raises(DamagedBackupError):
        restore(RestoreRequest(dest, target, key), lambda p: phases.append(p.phase))
    # It failed while reading media, i.e. after the messages went into the transaction.
    assert "Restoring messages" in phases and "Restoring media" in phases
    assert library_state(target) == before


@pytest.mark.parametrize("target_kind", ["empty", "existing"])
def test_cancelled_restore_leaves_library_untouched(target_kind, backed_up, tmp_path):
    dest, key, _ = backed_up
    target = _other_library(tmp_path) if target_kind == "existing" else tmp_path / "empty"
    Library(target).close()
    before = library_state(target)
    token = CancelToken()
    seen = []

    def progress(p):
        seen.append(p.phase)
        if p.phase == "Restoring media" and p.done_bytes > 0:
            token.cancel()  # some media bytes are already staged

    with pytest.raises(CancelledError):
        restore(RestoreRequest(dest, target, key), progress, token)
    assert "Restoring media" in seen
    assert library_state(target) == before
    # And the library still works: a complete restore afterwards succeeds.
    restore_from(dest, target, key)
    src = chat_contents(tmp_path / "lib")
    got = chat_contents(target)
    assert {k: got[k] for k in src} == src


def test_restoring_twice_merges_without_duplicates(backed_up, tmp_path):
    dest, key, _ = backed_up
    target = tmp_path / "t"
    r1 = restore_from(dest, target, key)
    state1 = library_state(target)
    r2 = restore_from(dest, target, key)
    assert r2.messages_added == 0 and r2.messages_present == r1.messages_added
    assert r2.media_restored == 0 and r2.media_present == r1.media_restored
    assert library_state(target) == state1
    assert chat_contents(target) == chat_contents(tmp_path / "lib")


def test_merge_keeps_local_messages_and_replace_drops_them(backed_up, tmp_path):
    dest, key, _ = backed_up
    src = tmp_path / "lib"
    with Library(src) as lib:
        summaries_at_backup = {c.id: c for c in lib.list_chats()}
        chat = lib.chat_ids()[1]
    target = tmp_path / "t"
    restore_from(dest, target, key)
    with Library(target) as lib:
        add_demo_messages(lib, chat, 4, seed=7, with_photo=True)
        local_only = {m.id for m in lib.messages(chat)} - {
            m.id for m in chat_contents(src)[chat]["messages"]}
    assert len(local_only) == 4

    r = restore_from(dest, target, key)  # merge: local messages stay
    assert r.messages_added == 0
    with Library(target) as lib:
        assert local_only <= {m.id for m in lib.messages(chat)}

    r = restore_from(dest, target, key, chats=(chat,), policy=REPLACE)
    assert r.messages_added == summaries_at_backup[chat].message_count
    assert chat_contents(target)[chat] == chat_contents(src)[chat]
    with Library(target) as lib:
        s = {c.id: c for c in lib.list_chats()}[chat]
    # The chat list's counters were rebuilt, not left counting the dropped messages.
    b = summaries_at_backup[chat]
    assert (s.message_count, s.media_count, s.media_bytes, s.last_ms) == (
        b.message_count, b.media_count, b.media_bytes, b.last_ms)
