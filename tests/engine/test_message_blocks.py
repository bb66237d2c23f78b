"""A restore into chats that have no messages yet keeps each month as the backup's blob (a
message block, schema.sql); everything that reads or writes the library must not notice."""

from __future__ import annotations

import dataclasses

from backupgui.engine import BackupRequest, backup
from backupgui.format.compress import compress
from backupgui.format.manifest import encode_text_blob
from backupgui.library.model import Chat, Message
from backupgui.library.store import Library

from .helpers import chat_contents, pw, restore_from


def _restored(demo_lib, dest, tmp_path, key):
    backup(BackupRequest(demo_lib, dest, key, device_name="test-device"))
    target = tmp_path / "restored"
    restore_from(dest, target, key)
    return target


def test_a_restore_into_an_empty_library_keeps_blocks_that_read_like_rows(demo_lib, dest, tmp_path):
    key = pw()
    target = _restored(demo_lib, dest, tmp_path, key)
    assert chat_contents(target) == chat_contents(demo_lib)
    with Library(demo_lib) as src, Library(target) as lib:
        assert lib.list_chats() == src.list_chats()  # counts, bytes, last activity
        for cid in src.chat_ids():
            assert lib.has_blocks(cid) and not src.has_blocks(cid)
            assert lib.message_months(cid) == src.message_months(cid)
            assert list(lib.message_rows(cid)) == list(src.message_rows(cid))
            # The blobs a backup of the restored library sends are those it restored.
            assert list(lib.text_blobs(cid)) == list(src.text_blobs(cid))
            whole = src.messages(cid)
            pages = [m for off in range(0, len(whole), 37) for m in lib.messages(cid, limit=37, offset=off)]
            assert pages == whole
            mid = whole[len(whole) // 2].ts_ms
            for since, until in ((None, mid), (mid, None), (whole[1].ts_ms, mid + 1)):
                assert lib.messages(cid, since_ms=since, until_ms=until) == \
                    src.messages(cid, since_ms=since, until_ms=until)
            assert lib.messages(cid, since_ms=mid, limit=5, offset=3) == src.messages(cid, since_ms=mid, limit=5, offset=3)


def test_backing_up_a_restored_library_sends_no_message_again(demo_lib, dest, tmp_path):
    key = pw()
    target = _restored(demo_lib, dest, tmp_path, key)
    again = backup(BackupRequest(target, dest, key, device_name="new-computer"))
    assert again.new_blobs == 0 and again.packs_written == 0, again
    assert again.uploaded_bytes < 64 * 1024, again  # only a manifest


def test_a_change_to_a_restored_chat_turns_its_blocks_into_rows(demo_lib, dest, tmp_path):
    key = pw()
    target = _restored(demo_lib, dest, tmp_path, key)
    with Library(target) as lib:
        cid = lib.chat_ids()[0]
        before = lib.messages(cid)
        summary = next(c for c in lib.list_chats() if c.id == cid)
        new = Message("new-1", cid, before[-1].ts_ms + 1, None, "system", "added later")
        with lib.transaction() as w:
            assert w.add_messages([new, before[0]]) == 1  # the old one is merged by id
        assert not lib.has_blocks(cid)
        assert lib.messages(cid) == [*before, new]
        after = next(c for c in lib.list_chats() if c.id == cid)
        assert after == dataclasses.replace(summary, message_count=summary.message_count + 1,
                                            last_ms=new.ts_ms)


def test_restoring_a_newer_backup_merges_into_restored_chats(demo_lib, dest, tmp_path):
    key = pw()
    target = _restored(demo_lib, dest, tmp_path, key)
    with Library(demo_lib) as src:
        cid = src.chat_ids()[0]
        last = src.messages(cid)[-1]
        with src.transaction() as w:
            w.add_messages([Message("late-1", cid, last.ts_ms + 5, None, "system", "late")])
    backup(BackupRequest(demo_lib, dest, key, device_name="test-device"))
    r = restore_from(dest, target, key)
    assert r.messages_added == 1
    assert chat_contents(target) == chat_contents(demo_lib)
    with Library(target) as lib:
        assert not lib.has_blocks(cid)  # merged row by row
        assert all(lib.has_blocks(c) for c in lib.chat_ids() if c != cid)  # untouched


def test_a_block_holding_u0000_reads_and_turns_into_rows(tmp_path):
    msgs = [Message("a", "c1", 1000, "ana", "text", "nul \x00 inside"),
            Message("b", "c1", 2000, "ana", "text", "plain")]
    raw = encode_text_blob("c1", "1970-01", msgs)
    with Library(tmp_path / "lib") as lib:
        with lib.transaction() as w:
            w.upsert_chat(Chat("c1", "Ana", "direct"))
            w.add_message_block("c1", "1970-01", 2, (1000, 2000), compress(raw), [])
        assert lib.messages("c1") == msgs
        assert lib.list_chats()[0].message_count == 2 and lib.list_chats()[0].last_ms == 2000
        with lib.transaction() as w:
            w.add_messages([Message("c", "c1", 3000, "ana", "text", "more")])
        assert not lib.has_blocks("c1")
        assert [m.text for m in lib.messages("c1")] == ["nul \x00 inside", "plain", "more"]
        assert lib.list_chats()[0].message_count == 3


def test_a_large_block_is_written_in_place_and_reads_the_same(tmp_path):
    """A block from 256 KiB on goes into its row in place (no copy of it bound to the
    statement); it reads like any other, a second one for the month is still refused, and a
    rolled-back transaction leaves nothing of it."""
    import sqlite3

    import pytest

    from backupgui.library import store

    msgs = [Message(f"m{i}", "c1", 1000 + i, "ana", "text", f"message {i} " + "x" * 90)
            for i in range(4000)]
    raw = encode_text_blob("c1", "1970-01", msgs)
    assert len(raw) >= store._BLOCK_WRITE_IN_PLACE  # stored plain: the largest body there is
    with Library(tmp_path / "lib") as lib:
        with pytest.raises(RuntimeError), lib.transaction() as w:
            w.upsert_chat(Chat("c1", "Ana", "direct"))
            w.add_message_block("c1", "1970-01", len(msgs), (1000, 4999), raw, [])
            raise RuntimeError("cancelled")
        assert not lib.has_blocks("c1")
        with lib.transaction() as w:
            w.upsert_chat(Chat("c1", "Ana", "direct"))
            w.add_message_block("c1", "1970-01", len(msgs), (1000, 4999), raw, [])
            assert w.holds_block("c1", "1970-01", raw)
            with pytest.raises(sqlite3.IntegrityError):
                w.add_message_block("c1", "1970-01", len(msgs), (1000, 4999), bytearray(raw), [])
        assert lib.messages("c1") == msgs
        assert lib.list_chats()[0].message_count == len(msgs)
