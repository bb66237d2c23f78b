"""Messages with the same time keep the order they were written in (schema 4's per-chat
sequence): in the library, through a backup and a restore (as rows and as message blocks),
when a restore merges into a chat that has messages, and when an older library is opened."""

from __future__ import annotations

import sqlite3
from importlib import resources

from backupgui.destinations.folder import FolderDestination
from backupgui.library.model import Chat, MediaRef, Message, Participant
from backupgui.library.store import SCHEMA_VERSION, Library, merged_order

from .helpers import backup_to, pw, restore_from

MINUTE = 1_600_000_020_000  # one minute of an Android export: every message at the same ms


def _chat(cid: str = "c1") -> Chat:
    return Chat(cid, "Ana", "group", "test", None,
                (Participant("bob", "Bob"), Participant("eve", "Eve"), Participant("al", "Alice")))


# The reproduction: ids sort as "hi", "boiii", "hello", "whats up".
SAME_MINUTE = [Message("m-3", "c1", MINUTE, "bob", "text", "hello", seq=0),
               Message("m-1", "c1", MINUTE, "eve", "text", "hi", seq=1),
               Message("m-4", "c1", MINUTE, "eve", "text", "whats up", seq=2),
               Message("m-2", "c1", MINUTE, "al", "text", "boiii", seq=3)]
WRITTEN = ["hello", "hi", "whats up", "boiii"]


def _library(path, messages=SAME_MINUTE) -> None:
    with Library(path) as lib, lib.transaction() as w:
        w.upsert_chat(_chat())
        w.add_messages(messages)


def _texts(path, chat="c1") -> list[str]:
    with Library(path, create=False) as lib:
        return [m.text for m in lib.messages(chat)]


def test_same_minute_messages_keep_their_order_in_the_library(tmp_path):
    _library(tmp_path / "lib")
    assert _texts(tmp_path / "lib") == WRITTEN
    with Library(tmp_path / "lib") as lib:
        assert [r[4] for r in lib.message_rows("c1")] == WRITTEN
        assert [m.text for m in lib.messages("c1", limit=2, offset=1)] == WRITTEN[1:3]
        (_month, _count, blob), = lib.text_blobs("c1")
    # The blob lists them in display order too (FORMAT.md section 8).
    assert [blob.index(t.encode()) for t in WRITTEN] == sorted(blob.index(t.encode()) for t in WRITTEN)


def test_the_order_survives_a_backup_and_a_restore_as_blocks_and_as_rows(tmp_path):
    _library(tmp_path / "lib")
    dest = FolderDestination(tmp_path / "dest")
    key = pw()
    backup_to(tmp_path / "lib", dest, key)
    restore_from(dest, tmp_path / "new", key)
    with Library(tmp_path / "new") as lib:
        assert lib.has_blocks("c1")  # a new computer keeps the month as the backup's blob
    assert _texts(tmp_path / "new") == WRITTEN
    with Library(tmp_path / "new") as lib, lib.transaction() as w:  # blocks -> rows
        w.add_messages([Message("m-9", "c1", MINUTE + 60_000, "bob", "text", "later")])
    with Library(tmp_path / "new") as lib:
        assert not lib.has_blocks("c1")
    assert _texts(tmp_path / "new") == WRITTEN + ["later"]
    # Backing the restored library up again and restoring that: still the same order.
    dest2 = FolderDestination(tmp_path / "dest2")
    backup_to(tmp_path / "new", dest2, key)
    restore_from(dest2, tmp_path / "third", key)
    assert _texts(tmp_path / "third") == WRITTEN + ["later"]


def test_a_restore_merging_into_a_chat_puts_new_messages_where_the_backup_has_them(tmp_path):
    # This computer has the first and last message of the minute; the backup has all four.
    _library(tmp_path / "lib")
    dest = FolderDestination(tmp_path / "dest")
    key = pw()
    backup_to(tmp_path / "lib", dest, key)
    _library(tmp_path / "here", [SAME_MINUTE[0], SAME_MINUTE[3]])
    restore_from(dest, tmp_path / "here", key)
    assert _texts(tmp_path / "here") == WRITTEN


def test_merged_order_keeps_the_old_order_and_the_sources_anchors():
    # Old messages keep their order; new ones go after their predecessor in the source.
    assert merged_order(["a", "b", "c"], ["x", "y"], ["b", "x", "c", "y"]) == ["a", "b", "x", "c", "y"]
    # New ones before any old one in the source go just before the source's first old one.
    assert merged_order(["a", "b"], ["x"], ["x", "b"]) == ["a", "x", "b"]
    # Nothing to anchor on: after the old ones.
    assert merged_order(["a"], ["x", "y"], ["x", "y"]) == ["a", "x", "y"]
    # The source disagrees with the old order: the old order wins, anchors still hold.
    assert merged_order(["a", "b"], ["x"], ["b", "a", "x"]) == ["a", "x", "b"]
    # A new id the source does not list (not expected) is kept, last.
    assert merged_order(["a"], ["x", "z"], ["a", "x"]) == ["a", "x", "z"]


def test_order_merged_renumbers_only_mixed_groups(tmp_path):
    _library(tmp_path / "lib", [SAME_MINUTE[0], SAME_MINUTE[3],
                                Message("o-1", "c1", MINUTE + 60_000, "bob", "text", "alone")])
    with Library(tmp_path / "lib") as lib, lib.transaction() as w:
        base = w.merge_base("c1")
        assert base == 4  # one past the largest seq
        new = [SAME_MINUTE[1], SAME_MINUTE[2], Message("n-1", "c1", MINUTE + 120_000, "eve", "text", "new")]
        assert w.add_messages(new, base) == 3
        source = {MINUTE: ["m-3", "m-1", "m-4", "m-2"], MINUTE + 120_000: ["n-1"]}
        assert w.order_merged("c1", base, lambda ts: source.get(ts, [])) == 1
    assert _texts(tmp_path / "lib") == WRITTEN + ["alone", "new"]
    with Library(tmp_path / "lib") as lib:
        assert lib.list_chats()[0].message_count == 7 - 1  # m-3, m-2 were there: 6 in all


def _schema_3_library(root) -> None:
    """A library as schema 3 made them (no seq column, the (chat_id, ts_ms, id) index, media
    triggers that counted every attachment), with the same-minute messages in it."""
    sql = resources.files("backupgui.library").joinpath("schema.sql").read_text("utf-8")
    start = sql.index("    reply_to  TEXT,")
    sql = sql[:start] + "    reply_to  TEXT\n" + sql[sql.index(");", start):]
    sql = sql.replace("messages_chat_ts_seq ON messages (chat_id, ts_ms, seq, id)",
                      "messages_chat_ts_id ON messages (chat_id, ts_ms, id)")
    sql = sql.replace("(NEW.sha256 != '')", "1").replace("(OLD.sha256 != '')", "1")
    root.mkdir()
    db = sqlite3.connect(root / "library.db")
    db.executescript(sql)
    db.execute("INSERT INTO meta VALUES ('schema', '3')")
    db.execute("INSERT INTO chats (id, name, kind) VALUES ('c1', 'Ana', 'group')")
    db.executemany("INSERT INTO messages VALUES (?,?,?,?,?,?,NULL)",
                   [(m.id, m.chat_id, m.ts_ms, m.sender, m.kind, m.text) for m in SAME_MINUTE])
    db.execute("INSERT INTO media VALUES ('m-1', 0, 'c1', 'image', 'image/jpeg', 'a.jpg', 5, ?)",
               ("ab" * 32,))
    db.commit()
    db.close()


def test_a_schema_3_library_is_converted_and_keeps_its_order(tmp_path):
    _schema_3_library(tmp_path / "lib")
    with Library(tmp_path / "lib") as lib:
        db = lib._db
        assert db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(SCHEMA_VERSION)
        assert "seq" in {r[1] for r in db.execute("PRAGMA table_info(messages)")}
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "messages_chat_ts_seq" in names and "messages_chat_ts_id" not in names
        # Old rows get seq 0: ties keep the id order they had.
        assert [m.id for m in lib.messages("c1")] == ["m-1", "m-2", "m-3", "m-4"]
        # The media triggers now leave attachments without a file out of the count.
        with lib.transaction() as w:
            w.add_messages([Message("m-5", "c1", MINUTE, "bob", "media", "", media=(
                MediaRef("image", "", 0, "image/jpeg", "IMG-1.jpg"),))])
        assert lib.list_chats()[0].media_count == 1
    with Library(tmp_path / "lib") as lib:  # opening again changes nothing
        assert lib._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(SCHEMA_VERSION)


def test_attachments_an_export_did_not_include_are_backed_up_without_a_file(tmp_path):
    missing = MediaRef("voice", "", 0, "audio/ogg", "PTT-20200101-WA0001.opus")
    present = MediaRef("image", "", 0, "image/jpeg", "IMG-1.jpg")
    with Library(tmp_path / "lib") as lib:
        sha, size = lib.add_media_bytes(b"\xff\xd8\xff photo")
        present = MediaRef("image", sha, size, "image/jpeg", "IMG-1.jpg", 1)
        with lib.transaction() as w:
            w.upsert_chat(_chat())
            w.add_messages([Message("v", "c1", MINUTE, "bob", "media", "", media=(missing, present))])
        (s,) = lib.list_chats()
        assert (s.media_count, s.media_bytes) == (1, size)
        assert [r.sha256 for r in lib.media_for_chats(["c1"])] == [sha]
    dest = FolderDestination(tmp_path / "dest")
    key = pw()
    result = backup_to(tmp_path / "lib", dest, key)
    assert not result.warnings  # no "media file is missing from the library"
    restore_from(dest, tmp_path / "new", key)
    with Library(tmp_path / "new") as lib:
        # The one without a file comes back as it was (a blob lists it with "sha256": null,
        # FORMAT.md 8), not counted as media; the file that was there comes along.
        (m,) = lib.messages("c1")
        assert m.kind == "media" and m.media == (missing, present)
        assert lib.has_media(sha) and lib.list_chats()[0].media_count == 1
