"""Android msgstore.db (both schemas) imports completely: chats, names, members, text,
replies, reactions, edits, deletions, events, locations, contact cards, media."""

from __future__ import annotations

import hashlib
import os

import pytest

from backupgui.library import Library
from backupgui.library.importers.whatsapp_db import (
    Crypt15Key,
    PhoneBackupRequest,
    import_phone_backup,
    preview_phone_backup,
)
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.model import SELF_ACTOR

from . import encoder
from .conftest import (
    ANA,
    GROUP,
    IMG,
    PDF,
    T0,
    VCARD,
    VOICE,
    build_android,
    texts,
    write_contacts,
    write_media,
)

ROOT = bytes(range(32))


@pytest.fixture(params=["current", "legacy"])
def backup(request, tmp_path):
    db = build_android(tmp_path / "msgstore.db", request.param)
    crypt = tmp_path / "msgstore.db.crypt15"
    crypt.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), ROOT))
    contacts = tmp_path / "wa.db.crypt15"
    contacts.write_bytes(encoder.encrypt_crypt15(write_contacts(tmp_path / "wa.db").read_bytes(),
                                                 ROOT, features=False))
    media = write_media(tmp_path / "Media")
    return request.param, PhoneBackupRequest(crypt, Crypt15Key(ROOT), media, contacts)


def _by_text(lib, chat_id):
    return {m.text: m for m in lib.messages(chat_id)}


def test_everything_arrives(lib, backup):
    schema, req = backup
    result = import_phone_backup(lib, req)
    chats = {c.name: c for c in lib.list_chats()}
    assert set(chats) == {"Ana García", "Climbing club 🧗"}
    ana, group = chats["Ana García"], chats["Climbing club 🧗"]
    assert ana.kind == "direct" and group.kind == "group"
    assert ana.id == chat_id_of(ANA) and group.id == chat_id_of(GROUP)
    assert result.chats == 2

    direct = lib.messages(ana.id)
    people = {p.person_id: p for p in lib.chat(ana.id).participants}
    assert sorted((p.name, p.is_me) for p in people.values()) == [("Ana García", False),
                                                                  (SELF_ACTOR, True)]
    by = _by_text(lib, ana.id)
    first, reply = by["Are you coming on Saturday?"], by["Yes!\nWith the new rope"]
    assert people[first.sender].name == "Ana García" and people[reply.sender].is_me
    assert reply.reply_to == first.id
    assert first.ts_ms == T0 + 1_000
    photo = by["The summit"]
    assert photo.kind == "media"
    assert [(r.kind, r.filename, r.mime, r.sha256, r.size) for r in photo.media] == [
        ("image", "IMG-20231114-WA0001.jpg", "image/jpeg", hashlib.sha256(IMG).hexdigest(),
         len(IMG))]
    assert lib.media_path(photo.media[0].sha256).read_bytes() == IMG
    kinds = {m.media[0].filename: m.media[0] for m in direct if m.media and m.media[0].sha256}
    assert kinds["PTT-20231114-WA0002.opus"].kind == "voice"
    assert lib.media_path(kinds["PTT-20231114-WA0002.opus"].sha256).read_bytes() == VOICE
    assert kinds["route.pdf"].kind == "file" and kinds["route.pdf"].mime == "application/pdf"
    assert lib.media_path(kinds["route.pdf"].sha256).read_bytes() == PDF
    card = kinds["Dora Díaz.vcf"]
    assert card.mime == "text/vcard"
    assert lib.media_path(card.sha256).read_bytes() == VCARD.encode()
    location = next(m.text for m in direct if "maps.google.com" in m.text)
    assert location.endswith("location: https://maps.google.com/?q=47.421000,10.985000")
    assert location.startswith("Zugspitze")
    assert "This message was deleted" in by and "You deleted this message" in by
    # The photo that was not copied: the message stays, its file is "not on this computer".
    missing = [m for m in direct if m.kind == "media" and not any(r.sha256 for r in m.media)]
    assert len(missing) == 1 and missing[0].ts_ms == T0 + 6_000
    assert [(r.kind, r.filename, r.size) for r in missing[0].media] == [
        ("image", "IMG-20231114-WA0003.jpg", 0)]
    assert result.media_missing == 1 and result.media_added == 4

    gtexts = texts(lib, group.id)
    names = {p.name for p in lib.chat(group.id).participants}
    assert {"Ana García", "Ben Okafor", "Carla", SELF_ACTOR} <= names
    assert 'Ana García created group "Climbing club 🧗"' in gtexts
    assert "Ana García changed this group's icon" in gtexts
    assert not any("999" in t for t in gtexts)  # an unknown event is left out...
    assert any("system notices" in why for _n, why in result.skipped)  # ...and said so
    gmsgs = _by_text(lib, group.id)
    welcome = gmsgs["Welcome Ben"]
    assert welcome.reply_to is not None and welcome.reply_to.startswith("wp-")
    assert "Ünïcödé ✓ \u202e ok" in gmsgs
    if schema == "current":
        assert "Ana García added Ben Okafor and Carla" in gtexts
        hi = gmsgs["Hi all <This message was edited>"]
        assert welcome.reply_to == hi.id
        reactions = [m for m in lib.messages(group.id) if "reacted" in m.text]
        assert [m.text for m in reactions] == ['Ana García reacted 👍 to "Hi all"',
                                               f'{SELF_ACTOR} reacted ❤️ to "Hi all"']
        assert all(m.reply_to == hi.id and m.kind == "system" for m in reactions)
    else:
        assert welcome.reply_to == gmsgs["Hi all"].id


def test_preview_lists_chats_without_writing(tmp_path, backup):
    _schema, req = backup
    preview = preview_phone_backup(req)
    assert preview.format == "whatsapp-android"
    assert {(c.name, c.kind) for c in preview.chats} == {("Ana García", "direct"),
                                                         ("Climbing club 🧗", "group")}
    group = next(c for c in preview.chats if c.kind == "group")
    assert set(group.participants) == {"Ana García", "Ben Okafor", "Carla"}
    assert preview.media_found == 3 and preview.media_missing == 1
    assert not (tmp_path / "library").exists()


def test_reimport_adds_only_what_is_new(tmp_path, lib, backup):
    schema, req = backup
    first = import_phone_backup(lib, req)
    again = import_phone_backup(lib, req)
    assert again.messages_added == 0
    assert again.messages_present == first.messages_added
    before = {c.id: c.message_count for c in lib.list_chats()}
    # A newer backup: one more message in each chat, and the missing photo copied now.
    import sqlite3

    plain = tmp_path / "msgstore.db"
    con = sqlite3.connect(plain)
    if schema == "current":
        con.execute("INSERT INTO message (chat_row_id, from_me, key_id, timestamp, message_type,"
                    " text_data) VALUES (1, 0, '3EB0NEW1', ?, 0, 'See you!')", (T0 + 99_000,))
    else:
        con.execute("INSERT INTO messages (key_remote_jid, key_from_me, key_id, timestamp,"
                    " media_wa_type, data, status) VALUES (?, 0, '3EB0NEW1', ?, '0', 'See you!', 0)",
                    (ANA, T0 + 99_000))
    con.commit()
    con.close()
    req.path.write_bytes(encoder.encrypt_crypt15(plain.read_bytes(), ROOT))
    (req.media_dir / "WhatsApp Images" / "IMG-20231114-WA0003.jpg").write_bytes(b"late photo")
    newer = import_phone_backup(lib, req)
    assert newer.messages_added == 1
    after = {c.id: c.message_count for c in lib.list_chats()}
    assert after[chat_id_of(ANA)] == before[chat_id_of(ANA)] + 1
    assert after[chat_id_of(GROUP)] == before[chat_id_of(GROUP)]
    late = next(m for m in lib.messages(chat_id_of(ANA)) if m.ts_ms == T0 + 6_000)
    assert [lib.media_path(r.sha256).read_bytes() for r in late.media] == [b"late photo"]


def test_without_contacts_people_are_numbers(lib, backup):
    _schema, req = backup
    import dataclasses

    import_phone_backup(lib, dataclasses.replace(req, contacts=None))
    names = {c.name for c in lib.list_chats()}
    assert names == {"+491701111111", "Climbing club 🧗"}


def test_without_media_folder_every_file_is_missing(lib, backup):
    _schema, req = backup
    import dataclasses

    r = import_phone_backup(lib, dataclasses.replace(req, media_dir=None))
    assert r.media_added == 1  # the contact card comes from the database itself
    assert r.media_missing == 4


def test_plain_database_imports_as_it_is(tmp_path, lib):
    db = build_android(tmp_path / "msgstore.db", "current")
    r = import_phone_backup(lib, PhoneBackupRequest(db))
    assert r.chats == 2 and r.messages_added > 10


def test_failure_leaves_library_unchanged(tmp_path, lib, backup, monkeypatch):
    _schema, req = backup
    from backupgui.library.importers.whatsapp_db import importer

    calls = {"n": 0}
    real = importer._Sink._store

    def fail_late(self, att):
        calls["n"] += 1
        if calls["n"] == 4:  # after three files were stored
            raise OSError(5, "Input/output error")
        return real(self, att)

    monkeypatch.setattr(importer._Sink, "_store", fail_late)
    with pytest.raises(OSError):
        import_phone_backup(lib, req)
    assert lib.counts() == (0, 0, 0)
    assert [p for p in lib.media_dir.rglob("*") if p.is_file()] == []


def test_cancel_leaves_library_unchanged(lib, backup):
    _schema, req = backup
    from backupgui.errors import CancelledError
    from backupgui.jobs import CancelToken

    token = CancelToken()
    seen = []

    def progress(p):
        seen.append(p.phase)
        if p.phase == "Importing":
            token.cancel()

    from backupgui.library.importers.whatsapp_db import importer

    old = importer._BATCH
    importer._BATCH = 2
    try:
        with pytest.raises(CancelledError):
            import_phone_backup(lib, req, progress, token)
    finally:
        importer._BATCH = old
    assert "Decrypting" in seen
    assert lib.counts() == (0, 0, 0)


def test_group_without_subject_and_broadcast_status_skipped(tmp_path, lib):
    from .msgstore import AndroidDb

    db = AndroidDb(tmp_path / "m.db")
    db.chat("status@broadcast")
    db.chat("120363000000000009@g.us")
    db.message("status@broadcast", "S1", T0, sender=ANA, text="my status")
    db.message("120363000000000009@g.us", "X1", T0, sender=ANA, text="hello")
    db.message("120363000000000009@g.us", "X2", 5, sender=ANA, text="1970?")
    r = import_phone_backup(lib, PhoneBackupRequest(db.close()))
    assert [c.name for c in lib.list_chats()] == ["120363000000000009"]
    reasons = dict((why, n) for n, why in r.skipped)
    assert "status updates (they are not a chat)" in reasons
    assert "messages without a valid date" in reasons


def test_ids_are_stable_and_from_whatsapp_keys(lib, backup):
    _schema, req = backup
    import_phone_backup(lib, req)
    ids = {m.text: m.id for m in lib.messages(chat_id_of(ANA))}
    tag = hashlib.sha256(f"whatsapp-jid\x1f{ANA}".encode()).hexdigest()[:12]
    assert ids["Are you coming on Saturday?"] == f"wp-{tag}-3EB0C4A1D2"


def test_huge_library_of_random_keys_roundtrip(tmp_path, lib):
    """Keys of any shape (too long, odd characters) still give stable, distinct ids."""
    from .msgstore import AndroidDb

    db = AndroidDb(tmp_path / "m.db")
    db.chat(ANA)
    keys = ["k" * 300, "a/b\\c", "ü-key", "", os.urandom(8).hex()]
    for i, k in enumerate(keys):
        db.message(ANA, k, T0 + i, text=f"m{i}")
    req = PhoneBackupRequest(db.close())
    import_phone_backup(lib, req)
    assert lib.counts()[1] == 5
    assert import_phone_backup(lib, req).messages_added == 0
    with Library(lib.root) as again:
        assert len({m.id for m in again.messages(chat_id_of(ANA))}) == 5
