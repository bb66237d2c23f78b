"""Shapes of real databases that published readers describe (docs/IMPORT.md, "The iPhone
reader against published readers"), rows without a sender, ids two messages share, and
hostile rows: each has one clear outcome (read right, or skipped and counted; never a
crash, never a wrong sender)."""

from __future__ import annotations

import pytest

from backupgui.library import Library
from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import ME, chat_id_of
from backupgui.library.model import SELF_ACTOR, UNKNOWN_ACTOR

from .conftest import ANA, BEN, GROUP, IMG, PDF, T0, VCARD, texts, write_media
from .iphone_backup import ChatStorage, write_backup
from .msgstore import AndroidDb

SYSTEM = "system notices of a kind backupgui does not show"
KINDS = "messages of kinds backupgui cannot show (calls, polls, payments...)"
DATES = "messages without a valid date"
DAY = 86_400_000


def consistent(lib: Library) -> None:
    """Every attachment row belongs to a message of its own chat that is a media message,
    no id is there twice, and every chat's counts (messages, files, bytes) are its rows'."""
    db = lib._db
    assert db.execute(
        "SELECT count(*) FROM media m LEFT JOIN messages g ON g.id = m.message_id"
        " WHERE g.id IS NULL OR g.chat_id != m.chat_id OR g.kind != 'media'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM (SELECT id FROM messages GROUP BY id"
                      " HAVING count(*) > 1)").fetchone()[0] == 0
    for cid, n, files, size in db.execute(
            "SELECT id, message_count, media_count, media_bytes FROM chats").fetchall():
        assert db.execute("SELECT count(*) FROM messages WHERE chat_id = ?", (cid,)).fetchone()[0] == n
        assert db.execute("SELECT count(*), coalesce(sum(size), 0) FROM media WHERE chat_id = ?"
                          " AND sha256 != ''", (cid,)).fetchone() == (files, size)


def reasons(result) -> dict[str, str]:
    return {why: n for n, why in result.skipped}


def iphone(tmp_path, cs: ChatStorage):
    return PhoneBackupRequest(write_backup(tmp_path / "b", {"ChatStorage.sqlite":
                                                            cs.close().read_bytes()}, None))


# -- rows without a sender -------------------------------------------------------------------
@pytest.mark.parametrize("schema", ["current", "legacy"])
def test_android_group_rows_without_a_sender_are_nobodys(tmp_path, lib, schema):
    """A group message or event the row credits to nobody is an unknown member's (the
    viewer says "Unknown member"; an event "Someone"), the owner's only when it is marked
    from_me; sender_jid_row_id 0 is nobody, as NULL is."""
    db = AndroidDb(tmp_path / "msgstore.db", schema)
    db.chat(GROUP, "Climbing club", T0 - DAY)
    db.member(GROUP, ANA)
    db.message(GROUP, "G1", T0 + 100, text="nobody's text")
    db.message(GROUP, "G2", T0 + 200, text="nobody's, sender 0")
    db.message(GROUP, "G3", T0 + 300, mtype=7, action=6)
    db.message(GROUP, "G4", T0 + 400, mtype=15)
    db.message(GROUP, "G5", T0 + 500, from_me=True, text="mine")
    if schema == "current":
        db.con.execute("UPDATE message SET sender_jid_row_id = 0 WHERE key_id = 'G2'")
    else:
        db.con.execute("UPDATE messages SET remote_resource = '' WHERE key_id = 'G2'")
    import_phone_backup(lib, PhoneBackupRequest(db.close()))
    got = {m.text: m.sender for m in lib.messages(chat_id_of(GROUP))}
    assert got["nobody's text"] is None and got["nobody's, sender 0"] is None
    assert got["This message was deleted"] is None
    assert got[f"{UNKNOWN_ACTOR} changed this group's icon"] is None
    assert got["mine"] == ME
    assert not any(SELF_ACTOR in t for t in got)


def test_iphone_group_row_without_a_member_is_not_the_group(tmp_path, lib):
    """In a group ZFROMJID holds the group's own jid (published readers: IPED, a reader
    checked against a real database): without ZGROUPMEMBER the sender is unknown, not a
    person called after the group's number, and an event's actor is "Someone"."""
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(GROUP, "Climbing club", group=True)
    cs.member(GROUP, ANA, "Ana García")
    cs.message(GROUP, "G1", T0 + 100, sender=ANA, text="from Ana")
    cs.message(GROUP, "G2", T0 + 200, text="from nobody")
    cs.message(GROUP, "G3", T0 + 300, mtype=6, event=4)
    cs.message(GROUP, "G4", T0 + 400, mtype=6, event=4, from_me=True)
    import_phone_backup(lib, iphone(tmp_path, cs))
    gid = chat_id_of(GROUP)
    got = {m.text: m.sender for m in lib.messages(gid)}
    assert got["from nobody"] is None
    assert got[f"{UNKNOWN_ACTOR} changed this group's icon"] is None
    assert f"{SELF_ACTOR} changed this group's icon" in got
    names = {p.name for p in lib.chat(gid).participants}
    assert "120363000000000001" not in names and "Ana García" in names


# -- what published readers say about real iPhone databases -----------------------------------
def test_iphone_type_10_is_no_text_and_unknown_types_are_counted(tmp_path, lib):
    """ZMESSAGETYPE 10 rows are calls, security and business notices and sync records,
    whose ZTEXT may hold jids or tokens: never someone's text (the calls and notices it is
    known to be are read by their event type: test_iphone_events.py). A type never seen is
    skipped and counted too, even with a text; 7 (a link) is text."""
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(ANA, "Ana García")
    cs.message(ANA, "A1", T0 + 1, mtype=10, event=21, text=f"{ANA},{BEN}")
    cs.message(ANA, "A2", T0 + 2, mtype=10, event=26, text="a business notice")
    cs.message(ANA, "A3", T0 + 3, mtype=99, text="a type never seen")
    cs.message(ANA, "A4", T0 + 4, mtype=7, text="https://example.org/route")
    cs.message(ANA, "A5", T0 + 5, text="hello")
    cs.message(ANA, "A6", T0 + 6, mtype=10, event=None, text=f"{ANA}")
    r = import_phone_backup(lib, iphone(tmp_path, cs))
    assert texts(lib, chat_id_of(ANA)) == ["Missed group voice call",
                                           "https://example.org/route", "hello"]
    assert reasons(r) == {SYSTEM: "2 items", KINDS: "1 item"}


def test_iphone_media_mime_and_several_contact_cards(tmp_path, lib):
    """A media item's MIME type is in ZVCARDSTRING (IPED, iLEAPP, WhatsApp-Chat-Exporter);
    several contact cards of one message are joined there by WhatsApp's separator (IPED,
    WhatsApp-Chat-Exporter). A value that is no MIME type is not taken for one."""
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(ANA, "Ana García")
    cs.message(ANA, "A1", T0 + 1, mtype=1, media_path="Media/x/photo", mime="image/heic")
    cs.message(ANA, "A2", T0 + 2, mtype=1, media_path="Media/x/p.jpg", mime="<b>not/mime")
    second = VCARD.replace("Dora Díaz", "Eva")
    cs.message(ANA, "A3", T0 + 3, mtype=4, vcard=VCARD + "_$!<VCard-Separator>!$_" + second,
               vcard_name="2 contacts_$!<Name-Separator>!$_Dora Díaz_$!<Name-Separator>!$_Eva")
    cs.message(ANA, "A4", T0 + 4, mtype=4, vcard=VCARD, vcard_name="Dora Díaz")
    import_phone_backup(lib, iphone(tmp_path, cs))
    msgs = lib.messages(chat_id_of(ANA))
    assert [r.mime for r in msgs[0].media] == ["image/heic"]
    assert [r.mime for r in msgs[1].media] == ["image/jpeg"]
    assert [r.filename for r in msgs[2].media] == ["Dora Díaz.vcf", "Eva.vcf"]
    assert len({r.sha256 for r in msgs[2].media}) == 2
    assert [r.filename for r in msgs[3].media] == ["Dora Díaz.vcf"]


@pytest.mark.parametrize("date", [-1.0e9, 0.0, 3.2e9, None, "yesterday", float("nan"), 1e300])
def test_iphone_dates_out_of_range_are_skipped_and_counted(tmp_path, lib, date):
    """Apple's epoch is 2001-01-01 (every published reader adds 978,307,200 s): a date
    before 2009, after 2100, absent or not a number is no message's."""
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(ANA, "Ana García")
    cs.message(ANA, "A1", T0 + 1, text="dated")
    cs.message(ANA, "A2", T0 + 2, text="undated")
    cs.con.execute("UPDATE ZWAMESSAGE SET ZMESSAGEDATE = ? WHERE ZSTANZAID = 'A2'", (date,))
    r = import_phone_backup(lib, iphone(tmp_path, cs))
    assert texts(lib, chat_id_of(ANA)) == ["dated"]
    assert reasons(r) == {DATES: "1 item"}


def test_iphone_row_of_nulls_is_skipped_not_a_crash(tmp_path, lib):
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(GROUP, "Climbing club", group=True)
    cs.message(GROUP, "G1", T0 + 1, text="kept")
    cs.con.execute("INSERT INTO ZWAMESSAGE (Z_PK) VALUES (NULL)")
    cs.con.execute("INSERT INTO ZWAMESSAGE (Z_PK, ZCHATSESSION, ZMESSAGEDATE) SELECT NULL,"
                   " ZCHATSESSION, ZMESSAGEDATE + 1 FROM ZWAMESSAGE WHERE ZSTANZAID = 'G1'")
    cs.con.execute("INSERT INTO ZWAMESSAGE (Z_PK, ZCHATSESSION, ZMESSAGEDATE, ZISFROMME, ZTEXT,"
                   " ZMESSAGETYPE) SELECT NULL, ZCHATSESSION, ZMESSAGEDATE + 2, 'yes', 'odd',"
                   " 'text' FROM ZWAMESSAGE WHERE ZSTANZAID = 'G1'")
    r = import_phone_backup(lib, iphone(tmp_path, cs))
    msgs = lib.messages(chat_id_of(GROUP))
    assert [(m.text, m.sender) for m in msgs] == [("kept", None), ("odd", None)]
    # (the row of NULLs names no chat: counted as one the chat list lacks)
    assert reasons(r) == {KINDS: "1 item",
                          "chats missing from the database's chat list": "1 item"}


# -- an id two messages share ---------------------------------------------------------------
def shared_key(tmp_path, schema: str):
    """A database whose key K1 two messages of one chat share (a private id's chat and the
    same person's number's chat are one chat; legacy: a sent and a received one, which
    WhatsApp tells apart by key_from_me), the second with a file, a month later."""
    db = AndroidDb(tmp_path / "msgstore.db", schema)
    db.chat(ANA)
    db.chat(BEN)
    db.message(ANA, "K1", T0 + 1, text="the first, text only")
    db.message(BEN, "K1", T0 + 2, text="another chat's K1")
    photo = {"path": "Media/WhatsApp Images/IMG-20231114-WA0001.jpg", "mime": "image/jpeg"}
    doc = {"path": "Media/WhatsApp Documents/route.pdf", "mime": "application/pdf",
           "name": "route.pdf"}
    if schema == "current":
        lid = "98765432109876@lid"
        db.chat(lid)
        db.con.execute("INSERT INTO jid_map (lid_row_id, jid_row_id) VALUES (?, ?)",
                       (db.jid(lid), db.jid(ANA)))
        db.message(lid, "K1", T0 + 40 * DAY, mtype=9, media=doc)
        db.message(lid, "K2", T0 + 41 * DAY, mtype=1, media=photo)
        db.message(ANA, "K2", T0 + 41 * DAY, mtype=1, media=photo)  # the same message again
    else:
        db.message(ANA, "K1", T0 + 40 * DAY, from_me=True, mtype=9, media=doc)
        db.message(ANA, "K2", T0 + 41 * DAY, mtype=1, media=photo)
        db.message(ANA, "K2", T0 + 41 * DAY, mtype=1, media=photo)
    return db.close()


@pytest.mark.parametrize("schema", ["current", "legacy"])
@pytest.mark.parametrize("library", ["empty", "with a chat"])
def test_an_id_two_messages_share(tmp_path, schema, library):
    media = write_media(tmp_path / "Media")
    path = shared_key(tmp_path, schema)
    with Library(tmp_path / "lib") as lib:
        if library == "with a chat":
            other = AndroidDb(tmp_path / "other.db", "current")
            other.chat(BEN)
            other.message(BEN, "B0", T0 - DAY, text="imported before")
            import_phone_backup(lib, PhoneBackupRequest(other.close()))
        r = import_phone_backup(lib, PhoneBackupRequest(path, media_dir=media))
        assert (r.messages_added, r.messages_present) == (4, 1)  # K2 twice is one message
        consistent(lib)
        msgs = lib.messages(chat_id_of(ANA))
        assert [(m.kind, m.text, [a.filename for a in m.media]) for m in msgs] == [
            ("text", "the first, text only", []), ("media", "", ["route.pdf"]),
            ("media", "", ["IMG-20231114-WA0001.jpg"])]
        assert lib.media_path(msgs[1].media[0].sha256).read_bytes() == PDF
        assert lib.media_path(msgs[2].media[0].sha256).read_bytes() == IMG
        again = import_phone_backup(lib, PhoneBackupRequest(path, media_dir=media))
        assert again.messages_added == 0
        consistent(lib)
        assert [m.id for m in lib.messages(chat_id_of(ANA))] == [m.id for m in msgs]


def test_a_false_perhaps_changes_nothing(tmp_path, monkeypatch):
    """With a filter of 8 bits nearly every id is a "perhaps": the import holds their
    attachment rows back to the end and must come out exactly as with a real filter."""
    from backupgui.library.importers.whatsapp_db import importer

    from .conftest import build_android

    media = write_media(tmp_path / "Media")
    path = build_android(tmp_path / "msgstore.db", "current")

    def rows(lib: Library) -> list:
        return sorted((m.id, m.chat_id, m.ts_ms, m.sender, m.kind, m.text,
                       tuple((r.filename, r.sha256) for r in m.media))
                      for c in lib.chat_ids() for m in lib.messages(c))

    with Library(tmp_path / "real") as lib:
        import_phone_backup(lib, PhoneBackupRequest(path, media_dir=media))
        expected = rows(lib)
    monkeypatch.setattr(importer, "_bloom_size", lambda expected: 8)
    with Library(tmp_path / "tiny") as lib:
        r = import_phone_backup(lib, PhoneBackupRequest(path, media_dir=media))
        consistent(lib)
        assert rows(lib) == expected and r.messages_added == len(expected)


@pytest.mark.parametrize("held", [1, 2, 200_000])
def test_ids_held_back_are_settled_in_rounds(tmp_path, monkeypatch, held):
    """However few "perhaps" ids are held before they are settled, an id two messages share
    still gets one of its own, and every attachment row its message."""
    from backupgui.library.importers.whatsapp_db import importer

    monkeypatch.setattr(importer, "_bloom_size", lambda expected: 8)
    monkeypatch.setattr(importer, "_MAYBE_MAX", held)
    media = write_media(tmp_path / "Media")
    with Library(tmp_path / "lib") as lib:
        r = import_phone_backup(lib, PhoneBackupRequest(shared_key(tmp_path, "current"),
                                                        media_dir=media))
        consistent(lib)
        assert (r.messages_added, r.messages_present) == (4, 1)
        assert [[a.filename for a in m.media] for m in lib.messages(chat_id_of(ANA))] == [
            [], ["route.pdf"], ["IMG-20231114-WA0001.jpg"]]


def test_iphone_metadata_that_is_no_reply_is_no_reply(tmp_path, lib):
    """ZMETADATA of older link items is a property list (MVT reads it so), or damage: no
    reply, no error; a reply is field 5 (WhatsApp-Chat-Exporter, SwiftWABackupAPI)."""
    import plistlib

    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(ANA, "Ana García")
    cs.message(ANA, "A1", T0 + 1, text="the first")
    cs.message(ANA, "A2", T0 + 2, text="a reply", quoted="A1")
    cs.message(ANA, "A3", T0 + 3, text="a link", quoted="A1")
    cs.message(ANA, "A4", T0 + 4, text="damage", quoted="A1")
    cs.con.execute("UPDATE ZWAMEDIAITEM SET ZMETADATA = ? WHERE ZMESSAGE = (SELECT Z_PK FROM"
                   " ZWAMESSAGE WHERE ZSTANZAID = 'A3')",
                   (plistlib.dumps({"$objects": ["https://example.org"]}, fmt=plistlib.FMT_BINARY),))
    cs.con.execute("UPDATE ZWAMEDIAITEM SET ZMETADATA = ? WHERE ZMESSAGE = (SELECT Z_PK FROM"
                   " ZWAMESSAGE WHERE ZSTANZAID = 'A4')", (b"\x2a\x05\xff\xfe\xfd\xfc\xfb",))
    import_phone_backup(lib, iphone(tmp_path, cs))
    msgs = lib.messages(chat_id_of(ANA))
    assert [(m.text, m.reply_to is not None) for m in msgs] == [
        ("the first", False), ("a reply", True), ("a link", False), ("damage", False)]
    assert msgs[1].reply_to == msgs[0].id
