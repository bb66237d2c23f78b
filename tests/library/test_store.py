import hashlib
import os
import sqlite3
import time
from importlib import resources

import pytest

from backupgui.errors import BackupError, DiskFullError, NotFoundError
from backupgui.format.manifest import encode_text_blob
from backupgui.library import Chat, Library, MediaRef, Message, Participant
from backupgui.library.store import SCHEMA_VERSION


def _chat(cid="c1", name="Ana", kind="direct"):
    return Chat(cid, name, kind, "test", 0, (Participant("me", "Me", True), Participant("ana", name)))


def _msg(i, chat="c1", ts=None, media=()):
    return Message(f"m{i}", chat, ts if ts is not None else 1000 * i, "ana",
                   "media" if media else "text", f"hello {i}", None, media)


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "lib") as lib:
        yield lib


def test_open_missing_without_create(tmp_path):
    with pytest.raises(NotFoundError):
        Library(tmp_path / "nope", create=False)


def test_reopen_keeps_data(tmp_path):
    with Library(tmp_path) as lib, lib.transaction() as w:
        w.upsert_chat(_chat())
        w.add_messages([_msg(1)])
    with Library(tmp_path, create=False) as lib:
        assert lib.counts() == (1, 1, 0)
        assert lib.chat("c1").participants[0] == Participant("ana", "Ana")


def test_transaction_rolls_back_on_error(lib):
    with lib.transaction() as w:
        w.upsert_chat(_chat())
        w.add_messages([_msg(1)])
    with pytest.raises(RuntimeError), lib.transaction() as w:
        w.upsert_chat(_chat("c2", "Bob"))
        w.add_messages([_msg(2), _msg(3, chat="c2")])
        raise RuntimeError("boom")
    assert lib.chat_ids() == ["c1"]
    assert [m.id for m in lib.messages("c1")] == ["m1"]
    assert lib.list_chats()[0].message_count == 1
    # The library is usable after the rollback.
    with lib.transaction() as w:
        assert w.add_messages([_msg(2)]) == 1


def test_dedup_by_message_id(lib):
    with lib.transaction() as w:
        w.upsert_chat(_chat())
        assert w.add_messages([_msg(1), _msg(2)]) == 2
        assert w.add_messages([_msg(2), _msg(3), _msg(1)]) == 1
    assert [m.id for m in lib.messages("c1")] == ["m1", "m2", "m3"]
    assert lib.list_chats()[0].message_count == 3


def test_summary_triggers(lib):
    img = MediaRef("image", "a" * 64, 100, "image/png", "a.png")
    vid = MediaRef("video", "b" * 64, 5000, "video/mp4", "b.mp4", seq=1)
    with lib.transaction() as w:
        w.upsert_chat(_chat())
        w.add_messages([_msg(1, ts=50), _msg(2, ts=20, media=(img, vid)), _msg(3, ts=30)])
    (s,) = lib.list_chats()
    assert (s.message_count, s.media_count, s.media_bytes, s.video_bytes, s.last_ms) == (
        3, 2, 5100, 5000, 50)
    msgs = lib.messages("c1")
    assert [m.id for m in msgs] == ["m2", "m3", "m1"]
    assert msgs[0].media == (img, vid)
    with lib.transaction() as w:
        w.clear_chat("c1")
    (s,) = lib.list_chats()
    assert (s.message_count, s.media_count, s.media_bytes, s.video_bytes, s.last_ms) == (
        0, 0, 0, 0, None)
    assert lib.messages("c1") == []


def test_list_chats_ordering(lib):
    with lib.transaction() as w:
        for cid, name in [("a", "Zed"), ("b", "Amy"), ("c", "Bob"), ("d", "Cat")]:
            w.upsert_chat(_chat(cid, name))
        w.add_messages([_msg(1, "a", 100), _msg(2, "b", 300), _msg(3, "c", 200)])
    assert [c.name for c in lib.list_chats()] == ["Amy", "Bob", "Zed", "Cat"]


def test_upsert_chat_merges_participants(lib):
    with lib.transaction() as w:
        w.upsert_chat(_chat())
        w.upsert_chat(Chat("c1", "Ana Group", "group", "test", 0, (Participant("bob", "Bob"),)))
    c = lib.chat("c1")
    assert (c.name, c.kind) == ("Ana Group", "group")
    assert [p.person_id for p in c.participants] == ["ana", "bob", "me"]
    with pytest.raises(NotFoundError):
        lib.chat("missing")


def test_messages_filters(lib):
    with lib.transaction() as w:
        w.upsert_chat(_chat())
        w.add_messages([_msg(i) for i in range(10)])
    assert [m.id for m in lib.messages("c1", since_ms=3000, until_ms=6000)] == ["m3", "m4", "m5"]
    assert [m.id for m in lib.messages("c1", limit=2, offset=4)] == ["m4", "m5"]
    assert sum(n for _, n in lib.message_months("c1")) == 10


def test_media_store(lib, tmp_path):
    data = b"picture bytes" * 1000
    sha, size = lib.add_media_bytes(data)
    assert sha == hashlib.sha256(data).hexdigest() and size == len(data)
    assert lib.media_path(sha).read_bytes() == data and lib.has_media(sha)
    assert lib.media_path(sha).parent.name == sha[:2]
    # Adding the same content again (bytes or file) is a no-op with the same address.
    src = tmp_path / "f.bin"
    src.write_bytes(data)
    assert lib.add_media_file(src) == (sha, size)
    assert src.exists()
    other = tmp_path / "g.bin"
    other.write_bytes(b"other")
    sha2, _ = lib.add_media_file(other, move=True)
    assert not other.exists() and lib.media_path(sha2).read_bytes() == b"other"
    assert not lib.has_media("0" * 64)
    leftovers = [p for p in lib.media_dir.rglob(".in-*")]
    assert leftovers == []


def test_media_for_chats(lib):
    img = MediaRef("image", "a" * 64, 100, "image/png", "a.png")
    vid = MediaRef("video", "b" * 64, 5000, "video/mp4", "b.mp4")
    with lib.transaction() as w:
        w.upsert_chat(_chat())
        w.upsert_chat(_chat("c2", "Bob"))
        w.add_messages([_msg(1, media=(img,)), _msg(2, media=(vid,)), _msg(3, "c2", media=(img,))])
    assert [r.sha256 for r in lib.media_for_chats(["c1", "c2"])] == ["a" * 64, "b" * 64]
    assert [r.kind for r in lib.media_for_chats(["c1"], include_videos=False)] == ["image"]


def test_an_attachment_row_fills_only_its_own_chats_missing_file(lib):
    """A row that brings a file fills the missing attachment of the same message id and seq
    only in its own chat (a backup's rows are hostile even with a valid key); the fill is
    one lookup by the primary key."""
    from backupgui.library.store import _FILL_MEDIA

    with lib.transaction() as w:
        w.upsert_chat(_chat())
        w.upsert_chat(_chat("c2", "Bob"))
        w.add_messages([_msg(1, media=(MediaRef("image", "", 0, "image/png", "a.png"),))])
        row = ("m1", 0, "c2", "image", "image/png", "a.png", 100, "a" * 64)
        assert w.add_media([row]) == 0
        assert w.add_media([("m1", 0, "c1", *row[3:])]) == 1
    assert [r.sha256 for r in lib.media_for_chats(["c1"])] == ["a" * 64]
    assert lib.media_for_chats(["c2"]) == []
    assert [c.media_count for c in lib.list_chats() if c.id == "c1"] == [1]
    plan = [r[-1] for r in lib._db.execute("EXPLAIN QUERY PLAN " + _FILL_MEDIA, row)]
    assert plan == ["SEARCH media USING INDEX sqlite_autoindex_media_1 (message_id=? AND seq=?)"]


def test_full_database_mid_bulk_reports_disk_full_and_keeps_the_library(tmp_path):
    """SQLite may roll a transaction back by itself when the disk fills; the caller must
    still see "disk full" (not a failed ROLLBACK) and find the library as it was, triggers
    and indexes included."""
    lib = Library(tmp_path / "lib")
    with lib.transaction() as w:
        w.upsert_chat(Chat("c", "C", "direct", "demo"))
    schema = lib._db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY 1, 2").fetchall()
    pages = lib._db.execute("PRAGMA page_count").fetchone()[0]
    lib._db.execute(f"PRAGMA max_page_count={pages + 3}")  # a disk that is about to be full
    msgs = [Message(f"m{i:06d}", "c", i, None, "text", "x" * 200) for i in range(5000)]
    with pytest.raises(DiskFullError):
        with lib.transaction() as w, w.bulk():
            w.add_messages(msgs)
    assert lib._db.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
    assert lib._db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY 1, 2").fetchall() == schema
    lib.close()


def _journal(lib: Library) -> str:
    return lib._db.execute("PRAGMA journal_mode").fetchone()[0]


def test_filling_an_empty_library_skips_the_wal_and_returns_to_it(tmp_path):
    with Library(tmp_path / "lib") as lib:
        with lib.fill_if_empty() as fill, lib.transaction() as w:
            assert fill.single_writes and _journal(lib) == "delete"
            w.upsert_chat(_chat())
            w.add_messages([_msg(i) for i in range(50)])
        assert _journal(lib) == "wal"
    with Library(tmp_path / "lib", create=False) as lib:
        assert lib.counts()[:2] == (1, 50)
        # Not empty any more: a second fill keeps the WAL.
        with lib.fill_if_empty() as fill:
            assert not fill.single_writes and _journal(lib) == "wal"


def test_filling_keeps_the_wal_when_another_connection_is_open(tmp_path):
    with Library(tmp_path / "lib") as lib, Library(tmp_path / "lib") as other:
        other.list_chats()
        t0 = time.monotonic()
        with lib.fill_if_empty() as fill, lib.transaction() as w:
            w.upsert_chat(_chat())
        assert not fill.single_writes and _journal(lib) == "wal"
        assert time.monotonic() - t0 < 1.5  # did not sit out the busy timeout
        assert [c.id for c in other.list_chats()] == ["c1"]


def test_a_failed_fill_rolls_back_and_returns_to_the_wal(tmp_path):
    with Library(tmp_path / "lib") as lib:
        with pytest.raises(RuntimeError):
            with lib.fill_if_empty() as fill, lib.transaction() as w:
                assert fill.single_writes
                w.upsert_chat(_chat())
                w.add_messages([_msg(i) for i in range(50)])
                raise RuntimeError("cancelled")
        assert _journal(lib) == "wal"
        assert lib.counts()[:2] == (0, 0)
        assert lib._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_media_files_are_fsynced_before_they_appear(lib, tmp_path, monkeypatch):
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8" + bytes(range(256)) * 100)
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    seen: list[bool] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        real_fsync(fd)
        seen.append(lib.media_path(digest).exists())

    monkeypatch.setattr(os, "fsync", recording_fsync)
    assert lib.add_media_file(src)[0] == digest
    assert seen == [False]  # synced once, before it was moved to its name


def _blob(chat: str, ids: list[str]) -> bytes:
    return encode_text_blob(chat, "1970-01", [Message(mid, chat, 1000 + n, "ana", "text", f"t{n}", None)
                                              for n, mid in enumerate(ids)])


def _schema_2_sql() -> str:
    """schema.sql as it was before schema 3: media rows referred to messages(id), and there
    were no message blocks."""
    sql = resources.files("backupgui.library").joinpath("schema.sql").read_text("utf-8")
    start, end = sql.index("CREATE TABLE IF NOT EXISTS message_blocks"), sql.index("CREATE TABLE IF NOT EXISTS media")
    old = sql[:start] + sql[end:]
    old = old.replace("message_id TEXT NOT NULL,", "message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,").replace(
        "chat_id    TEXT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,", "chat_id    TEXT NOT NULL,")
    assert old.count("REFERENCES messages") == 1 and "message_blocks" not in old
    return _without_seq(old)


def _without_seq(sql: str) -> str:
    """schema.sql as before schema 4: no messages.seq, the (chat_id, ts_ms, id) index, and
    media triggers that counted every attachment row."""
    start = sql.index("    reply_to  TEXT,")
    end = sql.index(");", start)
    old = sql[:start] + "    reply_to  TEXT\n" + sql[end:]
    old = old.replace("CREATE INDEX IF NOT EXISTS messages_chat_ts_seq ON messages (chat_id, ts_ms, seq, id);",
                      "CREATE INDEX IF NOT EXISTS messages_chat_ts_id ON messages (chat_id, ts_ms, id);")
    old = old.replace("media_count + (NEW.sha256 != '')", "media_count + 1").replace(
        "media_count - (OLD.sha256 != '')", "media_count - 1")
    assert " seq       INTEGER" not in old and "sha256 !=" not in old and "messages_chat_ts_id" in old
    return old


def _old_library(root, schema: str) -> None:
    """An empty library as backupgui made them before schema 3 (and, for "1", before 2)."""
    old = _schema_2_sql()
    if schema == "1":
        old = old.replace("id        TEXT NOT NULL,", "id        TEXT PRIMARY KEY,").replace(
            "CREATE UNIQUE INDEX IF NOT EXISTS messages_id ON messages (id);", "")
        assert "messages_id" not in old
    root.mkdir()
    db = sqlite3.connect(root / "library.db")
    db.executescript(old)
    db.execute("INSERT INTO meta VALUES ('schema', ?)", (schema,))
    db.commit()
    db.close()


def _schema_1_library(root) -> None:
    _old_library(root, "1")


def _indexes(lib: Library) -> set[str]:
    return {r[0] for r in lib._db.execute(
        "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='messages'")}


def test_a_fill_rebuilds_the_id_index_and_keeps_the_first_of_a_repeated_id(tmp_path):
    with Library(tmp_path / "lib") as lib:
        assert {"messages_id", "messages_chat_ts_seq"} <= _indexes(lib)
        assert lib._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(SCHEMA_VERSION)
        with lib.fill_if_empty() as fill, lib.transaction() as w:
            assert fill.empty
            with w.bulk():
                assert "messages_id" not in _indexes(lib)  # loaded without it, built after
                w.upsert_chat(_chat())
                assert w.add_message_blob("c1", _blob("c1", ["a", "b", "c"]), []) == 3
                assert w.add_message_blob("c1", _blob("c1", ["c", "d"]), []) == 2  # "c" again
            assert w.repeated_ids == 1
        assert {"messages_id", "messages_chat_ts_seq"} <= _indexes(lib)
        got = {m.id: m for m in lib.messages("c1")}
        assert sorted(got) == ["a", "b", "c", "d"]
        assert got["c"].text == "t2"  # the first "c" is the one kept
        assert lib.counts()[1] == 4 and lib.list_chats()[0].message_count == 4
        assert lib._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert lib._db.execute("PRAGMA threads").fetchone()[0] == 0  # sort helpers only for the build
        with lib.transaction() as w:  # merging works again through the rebuilt index
            assert w.add_message_blob("c1", _blob("c1", ["a", "e"]), []) == 1


@pytest.mark.parametrize("schema", ["2", "1"])
def test_a_fill_checks_foreign_keys_at_the_end(tmp_path, schema):
    if schema == "1":
        _schema_1_library(tmp_path / "lib")
    with Library(tmp_path / "lib") as lib:
        with pytest.raises(BackupError, match="refer to rows that do not exist"):
            with lib.fill_if_empty(), lib.transaction() as w, w.bulk():
                w.upsert_chat(_chat())
                # An attachment in a chat that is not there (since schema 3 its message may
                # be in a block, so its message id refers to no table).
                w.add_message_blob("c1", _blob("c1", ["a"]), [("a", 0, "c9", "image", "image/jpeg", "x.jpg", 1, "00")])
        assert lib.counts()[:2] == (0, 0)
        assert ("messages_id" in _indexes(lib)) == (schema == "2")


def test_libraries_whose_id_is_the_primary_key_keep_merging_in_a_fill(tmp_path):
    """Libraries made before the explicit id index: the id stays the table's primary key."""
    _schema_1_library(tmp_path / "lib")
    with Library(tmp_path / "lib") as lib:
        assert "messages_id" not in _indexes(lib)
        with lib.fill_if_empty() as fill, lib.transaction() as w, w.bulk():
            assert fill.empty
            w.upsert_chat(_chat())
            assert w.add_message_blob("c1", _blob("c1", ["a", "b"]), []) == 2
            assert w.add_message_blob("c1", _blob("c1", ["b", "c"]), []) == 1
            assert w.repeated_ids == 0
        assert [m.id for m in lib.messages("c1")] == ["a", "b", "c"]
        assert "messages_id" not in _indexes(lib)  # the id is still the primary key
        assert lib._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(SCHEMA_VERSION)


def test_a_library_from_a_newer_backupgui_is_refused(tmp_path):
    with Library(tmp_path / "lib") as lib:
        lib._db.execute("UPDATE meta SET value=? WHERE key='schema'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(BackupError, match="newer version"):
        Library(tmp_path / "lib")


def test_a_schema_2_library_is_converted_keeping_every_row(tmp_path):
    _old_library(tmp_path / "lib", "2")
    db = sqlite3.connect(tmp_path / "lib" / "library.db")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("INSERT INTO chats (id, name, kind) VALUES ('c1', 'Ana', 'direct')")
    db.execute("INSERT INTO messages VALUES ('m1', 'c1', 1000, 'ana', 'media', 'look', NULL)")
    db.execute("INSERT INTO media VALUES ('m1', 0, 'c1', 'video', 'video/mp4', 'v.mp4', 7, 'ab')")
    db.commit()
    before = db.execute("SELECT * FROM chats").fetchall()
    db.close()
    with Library(tmp_path / "lib") as lib:
        assert lib._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(SCHEMA_VERSION)
        sql = lib._db.execute("SELECT sql FROM sqlite_master WHERE name='media'").fetchone()[0]
        assert "REFERENCES messages" not in sql and "REFERENCES chats" in sql
        assert lib._db.execute("SELECT * FROM media").fetchall() == [
            ("m1", 0, "c1", "video", "video/mp4", "v.mp4", 7, "ab")]
        # Summaries are the same (rev aside: the conversion recomputed them).
        assert [r[:-1] for r in lib._db.execute("SELECT * FROM chats")] == [r[:-1] for r in before]
        assert {"media_chat", "media_sha", "media_ai", "media_ad"} <= {
            r[0] for r in lib._db.execute("SELECT name FROM sqlite_master WHERE tbl_name='media'")}
        assert lib._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with lib.transaction() as w:  # the triggers and the chat cascade work on the new table
            w.clear_chat("c1")
        assert lib.list_chats()[0].media_bytes == 0 and not lib._db.execute("SELECT * FROM media").fetchall()
    with Library(tmp_path / "lib") as lib:  # opening again changes nothing
        assert lib._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(SCHEMA_VERSION)
