"""Shapes of real msgstore.db files that the builder did not have before, each reproduced
with it (the public databases that showed them are named in docs/IMPORT.md, "Checked against
real databases"). Expected counts come from a query of the built database itself, not from
the importer."""

from __future__ import annotations

import sqlite3

import pytest

from backupgui.library.importers.whatsapp_db import (
    PhoneBackupRequest,
    import_phone_backup,
    open_phone_backup,
)
from backupgui.library.importers.whatsapp_db.events import E2E_NOTICE
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.model import SELF_ACTOR, UNKNOWN_ACTOR

from .conftest import ANA, BEN, CARLA, GROUP, T0, texts
from .msgstore import AndroidDb

CALLS = "messages of kinds backupgui cannot show (calls, polls, payments...)"
REAL_LEGACY = ("SELECT count(*) FROM messages WHERE key_remote_jid LIKE '%@%'"
               " AND key_remote_jid != 'status@broadcast'")


def _count(path, sql: str) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def _reasons(result) -> dict[str, str]:
    return {why: n for n, why in result.skipped}


def transitional(path):
    """A database of the move to the new tables (2.20-2.22): `message` holds only its
    placeholder, every message is still in `messages`, chats and members are in the new
    tables only."""
    db = AndroidDb(path, "transitional")
    db.chat(ANA)
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    for who in (ANA, BEN):
        db.member(GROUP, who)
    db.message(ANA, "A1", T0 + 1_000, mtype=0, action=19)
    db.message(ANA, "A2", T0 + 2_000, from_me=True, text="Ciao")
    db.message(ANA, "A3", T0 + 3_000, text="Ciao, tu?")
    db.message(ANA, "A4", T0 + 4_000, mtype=1, text="The summit",
               media={"path": "Media/WhatsApp Images/IMG-20231114-WA0001.jpg",
                      "mime": "image/jpeg"})
    db.message(GROUP, "G1", T0 + 100, sender=ANA, action=11, text="Climbing club")
    db.message(GROUP, "G2", T0 + 200, sender=BEN, text="Hi all")
    return db.close()


def test_a_database_of_the_move_to_the_new_tables_is_read_whole(tmp_path, lib):
    path = transitional(tmp_path / "msgstore.db")
    assert _count(path, "SELECT count(*) FROM message WHERE chat_row_id > 0") == 0
    expected = _count(path, REAL_LEGACY)
    with open_phone_backup(PhoneBackupRequest(path)) as backup:
        assert backup.reader.schema == "legacy"
        preview = backup.preview()
        r = backup.import_into(lib)
    assert sum(c.message_count for c in preview.chats) == expected == 6
    assert r.messages_added == expected and r.chats == 2
    # The placeholder rows are no chat "whose id is not a WhatsApp id": nothing is noted.
    assert r.skipped == ()
    group = lib.chat(chat_id_of(GROUP))
    assert group.name == "Climbing club"  # from `chat`, the database has no chat_list
    assert {p.name for p in group.participants} >= {"+491701111111", "+491702222222"}
    assert texts(lib, chat_id_of(GROUP))[0] == '+491701111111 created group "Climbing club"'
    assert texts(lib, chat_id_of(ANA))[0] == E2E_NOTICE


def test_a_legacy_call_is_left_out_not_read_as_an_event(tmp_path, lib):
    """A call is a status-6 row whose media_size is its length: 1 second read as event type
    1 made "+49... changed the group name" in a one-to-one chat. A missed one (type 10) is
    "Missed voice call", as exports write it (test_android_events.py)."""
    db = AndroidDb(tmp_path / "msgstore.db", "legacy")
    db.chat(ANA)
    db.message(ANA, "call:1", T0 + 1_000, mtype=8, from_me=False)
    db.message(ANA, "call:2", T0 + 2_000, mtype=8, from_me=True)
    db.message(ANA, "call:3", T0 + 3_000, mtype=10)
    db.message(ANA, "K1", T0 + 4_000, text="sorry, missed you")
    path = db.close()
    calls = _count(path, REAL_LEGACY + " AND status = 6 AND media_wa_type = '8'")
    r = import_phone_backup(lib, PhoneBackupRequest(path))
    assert texts(lib, chat_id_of(ANA)) == ["Missed voice call", "sorry, missed you"]
    assert r.messages_added == _count(path, REAL_LEGACY) - calls == 2
    assert _reasons(r) == {CALLS: f"{calls} items"}


@pytest.mark.parametrize("schema", ["current", "legacy"])
def test_system_rows_marked_as_the_owners_name_who_acted(tmp_path, lib, schema):
    """Every real system row is marked from_me 1: the row's sender is who acted. A legacy row
    without one is someone unknown (a group "made by the owner" in such a database was
    made by the person whose number starts the group's id)."""
    db = AndroidDb(tmp_path / "msgstore.db", schema)
    db.chat(GROUP, "Climbing club", T0)
    db.member(GROUP, ANA)
    db.message(GROUP, "G1", T0 + 100, sender=ANA, mtype=7, action=11, text="Climbing club")
    db.message(GROUP, "G2", T0 + 200, sender=ANA, mtype=7, action=12, users=[CARLA])
    db.message(GROUP, "G3", T0 + 300, from_me=True, mtype=7, action=6)
    path = db.close()
    table = "message WHERE from_me = 1 AND message_type = 7" if schema == "current" else \
        "messages WHERE key_from_me = 1 AND status = 6"
    assert _count(path, f"SELECT count(*) FROM {table}") == 3
    import_phone_backup(lib, PhoneBackupRequest(path))
    got = texts(lib, chat_id_of(GROUP))
    assert got[0] == '+491701111111 created group "Climbing club"'
    assert got[1].startswith("+491701111111 added")
    owner = SELF_ACTOR if schema == "current" else UNKNOWN_ACTOR
    assert got[2] == f"{owner} changed this group's icon"


@pytest.mark.parametrize("schema", ["current", "legacy"])
def test_the_newer_encryption_notice_is_kept(tmp_path, lib, schema):
    """Event 67 is the notice of versions from 2021 on (19 before); in a business chat
    (privacy provider state 10) it is the business notice, which is left out."""
    db = AndroidDb(tmp_path / "msgstore.db", schema)
    db.chat(ANA)
    db.chat(BEN)
    db.message(ANA, "A1", T0 + 1, mtype=7, action=67)
    db.message(ANA, "A2", T0 + 2, text="Hello")
    db.message(BEN, "B1", T0 + 3, mtype=7, action=67)
    db.message(BEN, "B2", T0 + 4, text="Your order shipped")
    if schema == "current":
        db.con.execute("INSERT INTO message_system_initial_privacy_provider (message_row_id,"
                       " biz_state_id) VALUES (?, 10)", (db.row(BEN, "B1"),))
    path = db.close()
    r = import_phone_backup(lib, PhoneBackupRequest(path))
    assert texts(lib, chat_id_of(ANA)) == [E2E_NOTICE, "Hello"]
    if schema == "current":
        assert texts(lib, chat_id_of(BEN)) == ["Your order shipped"]
        assert _reasons(r) == {"system notices of a kind backupgui does not show": "1 item"}
    else:
        assert texts(lib, chat_id_of(BEN)) == [E2E_NOTICE, "Your order shipped"]


def test_a_received_live_location_keeps_its_caption_not_its_position_record(tmp_path, lib):
    db = AndroidDb(tmp_path / "msgstore.db", "legacy")
    db.chat(ANA)
    db.message(ANA, "L1", T0 + 1, mtype=16, location={"lat": 35.6582374, "lon": -78.8278601})
    db.con.execute("UPDATE messages SET media_caption = 'Me, too!', media_name = ? WHERE _id = ?",
                   (f"{ANA},35.6582374,-78.8278601,{T0}", db.row(ANA, "L1")))
    import_phone_backup(lib, PhoneBackupRequest(db.close()))
    assert texts(lib, chat_id_of(ANA)) == [
        "Me, too!\nlive location: https://maps.google.com/?q=35.658237,-78.827860"]


def test_skip_reasons_are_counted_once_per_chat(tmp_path, lib):
    """The preview and the import each read the chat list: a skipped chat is one item, not
    one per reading."""
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(ANA)
    db.chat("status@broadcast")
    db.message(ANA, "A1", T0 + 1, text="Hello")
    db.message("status@broadcast", "S1", T0 + 2, sender=BEN, text="my status")
    db.message("status@broadcast", "S2", T0 + 3, sender=BEN, text="my status again")
    with open_phone_backup(PhoneBackupRequest(db.close())) as backup:
        preview = backup.preview()
        r = backup.import_into(lib)
    status = "status updates (they are not a chat)"
    assert dict((why, n) for n, why in preview.skipped) == {status: "1 item"}
    assert _reasons(r) == {status: "1 item"}


def test_iphone_group_events_a_published_parser_reads(tmp_path, lib):
    """No real ChatStorage.sqlite was found: event types 12 (created), 15 (joined by link)
    and 17 (description) follow IPED's reading of real databases."""
    from .iphone_backup import ChatStorage, write_backup

    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(GROUP, "Climbing club", group=True)
    cs.member(GROUP, ANA, "Ana García")
    cs.member(GROUP, BEN)
    cs.message(GROUP, "G1", T0 + 100, mtype=6, event=12, sender=ANA, text="Climbing club")
    cs.message(GROUP, "G2", T0 + 200, mtype=6, event=15, sender=BEN)
    cs.message(GROUP, "G3", T0 + 300, mtype=6, event=17, sender=ANA)
    path = cs.close()
    import_phone_backup(lib, PhoneBackupRequest(write_backup(
        tmp_path / "b", {"ChatStorage.sqlite": path.read_bytes()}, None)))
    got = texts(lib, chat_id_of(GROUP))
    assert got[0] == 'Ana García created group "Climbing club"'
    assert got[1].endswith(" joined using this group's invite link")
    assert got[2] == "Ana García changed the group description"


def test_a_private_id_without_a_number_shows_the_name_the_database_keeps(tmp_path, lib):
    """2025 databases (the schema of a public one) keep names for private ids (LIDs) that
    map to no phone number in lid_display_name: shown instead of the id's digits."""
    lid = "98765432109876@lid"
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(GROUP, "Climbing club", T0)
    db.member(GROUP, lid)
    db.message(GROUP, "G1", T0 + 100, sender=lid, text="hello from a private id")
    db.message(GROUP, "G2", T0 + 200, sender=lid, mtype=7, action=6)
    db.con.execute("INSERT INTO lid_display_name (lid_row_id, display_name) VALUES (?, ?)",
                   (db.jid(lid), "Dora"))
    import_phone_backup(lib, PhoneBackupRequest(db.close()))
    gid = chat_id_of(GROUP)
    assert texts(lib, gid) == ["hello from a private id", "Dora changed this group's icon"]
    assert "Dora" in {p.name for p in lib.chat(gid).participants}


def test_iphone_skip_reasons_are_counted_once_per_chat(tmp_path, lib):
    from .iphone_backup import ChatStorage, write_backup

    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(ANA, "Ana García")
    cs.session("status@broadcast", None)
    cs.message(ANA, "A1", T0 + 1, text="Hello")
    cs.message("status@broadcast", "S1", T0 + 2, sender=BEN, text="my status")
    cs.message("status@broadcast", "S2", T0 + 3, sender=BEN, text="my status again")
    folder = write_backup(tmp_path / "b", {"ChatStorage.sqlite": cs.close().read_bytes()}, None)
    with open_phone_backup(PhoneBackupRequest(folder)) as backup:
        preview = backup.preview()
        r = backup.import_into(lib)
    status = "status updates (they are not a chat)"
    assert dict((why, n) for n, why in preview.skipped) == {status: "1 item"}
    assert _reasons(r) == {status: "1 item"}
