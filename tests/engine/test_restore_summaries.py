"""Restore inserts in bulk (summary triggers suspended, and in an empty library the time index
built at the end): the summaries must still be exact and the schema whole afterwards."""

from __future__ import annotations

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, RestoreRequest, backup, restore
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library


def _summaries(path):
    with Library(path, create=False) as lib:
        rows = {c.id: (c.name, c.kind, c.message_count, c.media_count, c.media_bytes, c.video_bytes, c.last_ms)
                for c in lib.list_chats()}
        # Triggers and indexes (bulk inserts suspend some of them) must all be back.
        schema = lib._db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    return rows, schema


def test_summaries_and_triggers_after_restore_merge_and_replace(tmp_path):
    create_demo_library(tmp_path / "lib", chats=4, seed=31, media_mb=1)
    dest = FolderDestination(tmp_path / "dest")
    key = RawKey(generate_key())
    backup(BackupRequest(tmp_path / "lib", dest, key))
    source, triggers = _summaries(tmp_path / "lib")
    assert any(row[:2] == ("index", "messages_chat_ts_seq") for row in triggers)

    restore(RestoreRequest(dest, tmp_path / "new", key))
    assert _summaries(tmp_path / "new") == (source, triggers)
    restore(RestoreRequest(dest, tmp_path / "new", key))  # merge again: nothing changes
    assert _summaries(tmp_path / "new") == (source, triggers)

    # Local extra messages are kept by a merge and dropped by a replace.
    with Library(tmp_path / "new") as lib:
        chat = lib.chat_ids()[0]
        add_demo_messages(lib, chat, 7, seed=4, with_photo=True)
    merged, _ = _summaries(tmp_path / "new")
    assert merged[chat][2] >= source[chat][2] + 7
    restore(RestoreRequest(dest, tmp_path / "new", key, policy="replace"))
    assert _summaries(tmp_path / "new") == (source, triggers)
    # The triggers work again after the bulk insert.
    with Library(tmp_path / "new") as lib:
        add_demo_messages(lib, chat, 3, seed=5)
        assert {c.id: c.message_count for c in lib.list_chats()}[chat] == source[chat][2] + 3
