"""The decrypted database is hostile: nothing in it runs, every field is type-checked,
sizes are bounded, and a damaged file gives a clear error."""

from __future__ import annotations

import sqlite3

import pytest

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.hostile import (
    HostileDatabaseError,
    _set_defensive,
    columns,
    open_database,
)
from backupgui.library.importers.whatsapp_db.importer import chat_id_of

from .conftest import ANA, T0
from .msgstore import AndroidDb


def _db(tmp_path, extra_sql: str = "", rows=()) -> PhoneBackupRequest:
    db = AndroidDb(tmp_path / "m.db")
    db.chat(ANA)
    db.message(ANA, "K1", T0, text="fine")
    for r in rows:
        db.message(ANA, *r[:2], **r[2])
    if extra_sql:
        db.con.executescript(extra_sql)
    return PhoneBackupRequest(db.close())


def test_protections_are_on(tmp_path):
    req = _db(tmp_path)
    con = open_database(req.path)
    assert con.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert con.execute("PRAGMA query_only").fetchone()[0] == 1
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("PRAGMA query_only=OFF")
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("PRAGMA writable_schema=ON")
    if hasattr(con, "setconfig") or __import__("sys").platform == "linux":
        assert _set_defensive(con, req.path)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("SELECT load_extension('x')")
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("ATTACH DATABASE ':memory:' AS x")
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("CREATE TEMP TABLE t (x)")
    con.close()


def test_views_and_triggers_of_the_file_do_not_run(tmp_path, lib):
    # The attacker replaces a table the importer reads with a view calling functions, and
    # adds triggers; none of it may run, and the import says what is wrong.
    sql = ("ALTER TABLE message_media RENAME TO mm_old;"
           "CREATE VIEW message_media AS SELECT message_row_id, randomblob(100000000) AS file_path,"
           " NULL AS mime_type, NULL AS media_name FROM mm_old;"
           "CREATE TRIGGER t AFTER INSERT ON message BEGIN DELETE FROM message; END;")
    req = _db(tmp_path, sql)
    con = open_database(req.path)
    assert columns(con, "message_media") is None  # a view is not a table to read
    con.close()
    r = import_phone_backup(lib, req)
    assert r.messages_added == 1  # the view is ignored like a missing table


def test_generated_columns_are_not_read(tmp_path, lib):
    sql = ("ALTER TABLE message_location RENAME TO ml;"
           "CREATE TABLE message_location (message_row_id INTEGER PRIMARY KEY, latitude REAL,"
           " longitude REAL, place_name AS (hex(zeroblob(1000000))) VIRTUAL);")
    req = _db(tmp_path, sql)
    con = open_database(req.path)
    assert columns(con, "message_location") is None
    con.close()
    assert import_phone_backup(lib, req).messages_added == 1


def test_wrong_types_are_treated_as_absent(tmp_path, lib):
    db = AndroidDb(tmp_path / "m.db")
    db.chat(ANA)
    db.message(ANA, "K1", T0, text="ok")
    con = db.con
    # A text as timestamp, a blob as text, a float as key, a huge number as type.
    con.execute("INSERT INTO message (chat_row_id, from_me, key_id, timestamp, message_type,"
                " text_data) VALUES (1, 0, 'K2', 'yesterday', 0, 'bad time')")
    con.execute("INSERT INTO message (chat_row_id, from_me, key_id, timestamp, message_type,"
                " text_data) VALUES (1, 0, 'K3', ?, 0, x'00ff')", (T0 + 1,))
    con.execute("INSERT INTO message (chat_row_id, from_me, key_id, timestamp, message_type,"
                " text_data) VALUES (1, 0, 1.5, ?, 99999999999, 'odd key')", (T0 + 2,))
    con.execute("INSERT INTO message (chat_row_id, from_me, key_id, timestamp, message_type,"
                " text_data) VALUES (1, 'yes', 'K5', ?, 0, 'odd from_me')", (T0 + 3,))
    con.execute("UPDATE jid SET raw_string = '../../etc@passwd/' WHERE raw_string = ?", (ANA,))
    req = PhoneBackupRequest(db.close())
    r = import_phone_backup(lib, req)
    assert r.messages_added == 0  # the chat's id is not a jid: the chat is skipped
    assert any("not a WhatsApp id" in why for _n, why in r.skipped)


def test_bad_field_types_in_a_good_chat(tmp_path, lib):
    db = AndroidDb(tmp_path / "m.db")
    db.chat(ANA)
    db.message(ANA, "K1", T0, text="ok")
    con = db.con
    con.execute("INSERT INTO message (chat_row_id, from_me, key_id, timestamp, message_type,"
                " text_data) VALUES (1, 0, 'K2', 'yesterday', 0, 'bad time')")
    con.execute("INSERT INTO message (chat_row_id, from_me, key_id, timestamp, message_type,"
                " text_data) VALUES (1, 0, 'K3', ?, 1, x'00ff')", (T0 + 1,))
    con.execute("INSERT INTO message_media (message_row_id, chat_row_id, file_path, mime_type)"
                " VALUES (3, 1, 12345, x'ff')")
    con.execute("INSERT INTO message (chat_row_id, from_me, key_id, timestamp, message_type,"
                " text_data) VALUES (1, 0, 1.5, ?, 5, 'odd key')", (T0 + 2,))
    con.execute("INSERT INTO message_location (message_row_id, latitude, longitude)"
                " VALUES (4, 'north', 1e999)")
    r = import_phone_backup(lib, PhoneBackupRequest(db.close()))
    msgs = lib.messages(chat_id_of(ANA))
    assert [m.text for m in msgs] == ["ok", "", "location"]
    assert msgs[1].kind == "media"  # a photo whose path is not text: "not on this computer"
    assert r.media_missing == 1
    assert any("valid date" in why for _n, why in r.skipped)


def test_oversized_field_is_refused_clearly(tmp_path, lib):
    req = _db(tmp_path, rows=[("K2", T0 + 1, {"text": "x" * (17 << 20)})])
    with pytest.raises(HostileDatabaseError, match="over 16 MiB"):
        import_phone_backup(lib, req)
    assert lib.counts() == (0, 0, 0)


def test_damaged_database_file(tmp_path, lib):
    req = _db(tmp_path, rows=[(f"K{i}", T0 + i, {"text": "t" * 500}) for i in range(2, 400)])
    data = bytearray(req.path.read_bytes())
    for i in range(8192, len(data), 4096):  # scribble over pages, keep the header
        data[i:i + 100] = b"\xff" * 100
    req.path.write_bytes(bytes(data))
    with pytest.raises(HostileDatabaseError, match="damaged"):
        import_phone_backup(lib, req)
    assert lib.counts() == (0, 0, 0)


def test_not_a_message_database(tmp_path, lib):
    p = tmp_path / "other.db"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(HostileDatabaseError, match="not WhatsApp's message database"):
        import_phone_backup(lib, PhoneBackupRequest(p))


def test_media_paths_cannot_leave_the_media_folder(tmp_path, lib):
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    media = tmp_path / "Media"
    (media / "sub").mkdir(parents=True)
    (media / "sub" / "link.jpg").symlink_to(secret)
    db = AndroidDb(tmp_path / "m.db")
    db.chat(ANA)
    for i, path in enumerate(["../secret.txt", "Media/../../secret.txt", str(secret),
                              "Media/sub/link.jpg", "secret.txt", "Media/\x00x.jpg"]):
        db.message(ANA, f"K{i}", T0 + i, mtype=1, media={"path": path, "mime": "image/jpeg"})
    r = import_phone_backup(lib, PhoneBackupRequest(db.close(), media_dir=media))
    assert r.media_added == 0 and r.media_missing == 6
    assert [p for p in lib.media_dir.rglob("*") if p.is_file()] == []


def test_repeated_keys_are_one_message_at_one_time(tmp_path, lib):
    """A key repeated at the same time is the same message, once; at another time it is
    another message (WhatsApp's keys are unique per chat and sender only), kept with an id
    of its own (docs/IMPORT.md)."""
    db = AndroidDb(tmp_path / "m.db")
    db.chat(ANA)
    db.message(ANA, "SAME1", T0, text="first")
    db.message(ANA, "SAME1", T0, text="first")
    db.message(ANA, "SAME1", T0 + 5, text="second, same key")
    db.message(ANA, "OTHER", T0 + 9, text="other")
    r = import_phone_backup(lib, PhoneBackupRequest(db.close()))
    assert [m.text for m in lib.messages(chat_id_of(ANA))] == [
        "first", "second, same key", "other"]
    assert (r.messages_added, r.messages_present) == (3, 1)
