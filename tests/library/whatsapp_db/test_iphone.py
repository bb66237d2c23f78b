"""iPhone backup folders (Finder/iTunes), plain and encrypted: WhatsApp's ChatStorage.sqlite
and its media found through Manifest.db; the same chats and ids as from Android."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from backupgui.library.importers.whatsapp_db import (
    PhoneBackupRequest,
    import_phone_backup,
    preview_phone_backup,
)
from backupgui.library.importers.whatsapp_db.importer import chat_id_of, detect
from backupgui.library.importers.whatsapp_db.iphone import (
    IPhoneBackupPasswordError,
    is_encrypted_backup,
)

from .conftest import ANA, BEN, GROUP, IMG, T0, VCARD
from .iphone_backup import ChatStorage, write_backup

PASSWORD = "correct horse battery staple"
IMG_PATH = f"Media/{ANA}/a/3/5c1e2f.jpg"


def chat_storage(path):
    cs = ChatStorage(path)
    cs.session(ANA, "Ana García")
    cs.session(GROUP, "Climbing club 🧗", group=True)
    cs.member(GROUP, ANA, "Ana García")
    cs.member(GROUP, BEN)
    cs.push_name(BEN, "Benny")
    cs.message(ANA, "3EB0C4A1D2", T0 + 1_000, text="Are you coming on Saturday?")
    cs.message(ANA, "3EB0C4A1D3", T0 + 2_000, from_me=True, text="Yes!\nWith the new rope",
               quoted="3EB0C4A1D2")
    cs.message(ANA, "3EB0C4A1D4", T0 + 3_000, mtype=1, media_path=IMG_PATH, title="The summit")
    cs.message(ANA, "3EB0C4A1D5", T0 + 3_500, mtype=3, media_path=f"Media/{ANA}/b/voice.opus")
    cs.message(ANA, "3EB0C4A1D8", T0 + 7_000, mtype=5, lat=47.421, lon=10.985, title="Zugspitze")
    cs.message(ANA, "3EB0C4A1D9", T0 + 8_000, mtype=4, vcard=VCARD, vcard_name="Dora Díaz")
    cs.message(ANA, "3EB0C4A1DA", T0 + 9_000, mtype=14)
    cs.message(GROUP, "G00000001", T0 + 100, mtype=6, event=1, sender=ANA, text="Climbing club 🧗")
    cs.message(GROUP, "G00000003", T0 + 300, sender=BEN, text="Hi all")
    cs.message(GROUP, "G00000004", T0 + 400, from_me=True, text="Welcome Ben", quoted="G00000003")
    cs.message(GROUP, "G00000005", T0 + 500, mtype=6, event=77, sender=ANA)
    return cs.close()


@pytest.fixture(params=[None, PASSWORD], ids=["plain", "encrypted"])
def backup(request, tmp_path):
    files = {"ChatStorage.sqlite": chat_storage(tmp_path / "ChatStorage.sqlite").read_bytes(),
             "Message/" + IMG_PATH: IMG}
    folder = write_backup(tmp_path / "MobileSync" / "Backup" / "00008110-001A2B3C4D5E", files,
                          request.param,
                          other={("HomeDomain", "Library/SMS/sms.db"): b"not whatsapp"})
    return folder, request.param


def test_detected_by_content(backup):
    folder, password = backup
    assert detect(folder) == "iphone"
    assert detect(folder.parent) == "iphone"  # the Backup folder holding one device's
    assert is_encrypted_backup(folder) is (password is not None)


def test_imports_like_android(lib, backup):
    folder, password = backup
    r = import_phone_backup(lib, PhoneBackupRequest(folder, iphone_password=password))
    assert r.chats == 2
    ana = {m.text: m for m in lib.messages(chat_id_of(ANA))}
    tag = hashlib.sha256(f"whatsapp-jid\x1f{ANA}".encode()).hexdigest()[:12]
    first = ana["Are you coming on Saturday?"]
    assert first.id == f"wp-{tag}-3EB0C4A1D2"  # the same id an Android backup gives
    assert first.ts_ms == T0 + 1_000
    assert ana["Yes!\nWith the new rope"].reply_to == first.id
    photo = ana["The summit"]
    assert lib.media_path(photo.media[0].sha256).read_bytes() == IMG
    assert photo.media[0].kind == "image" and photo.media[0].filename == "5c1e2f.jpg"
    assert r.media_missing == 1  # the voice note is not in the backup
    card = next(m for m in ana.values() if m.media and m.media[0].filename.endswith(".vcf"))
    assert lib.media_path(card.media[0].sha256).read_bytes() == VCARD.encode()
    assert any(t.startswith("Zugspitze\nlocation: https://maps.google.com/?q=47.421000")
               for t in ana)
    assert "This message was deleted" in ana
    group = {m.text: m for m in lib.messages(chat_id_of(GROUP))}
    assert 'Ana García changed the group name to "Climbing club 🧗"' in group
    assert group["Welcome Ben"].reply_to == group["Hi all"].id
    people = {p.person_id: p.name for p in lib.chat(chat_id_of(GROUP)).participants}
    assert people[group["Hi all"].sender] == "Benny"
    assert any("system notices" in why for _n, why in r.skipped)
    # Again: nothing new.
    again = import_phone_backup(lib, PhoneBackupRequest(folder, iphone_password=password))
    assert again.messages_added == 0 and again.messages_present == r.messages_added


def test_preview(backup):
    folder, password = backup
    p = preview_phone_backup(PhoneBackupRequest(folder, iphone_password=password))
    assert p.format == "whatsapp-iphone"
    assert {c.name for c in p.chats} == {"Ana García", "Climbing club 🧗"}
    assert p.media_found == 1 and p.media_missing == 1


def test_wrong_or_missing_password(tmp_path, lib):
    files = {"ChatStorage.sqlite": chat_storage(tmp_path / "c.sqlite").read_bytes()}
    folder = write_backup(tmp_path / "b", files, PASSWORD)
    with pytest.raises(IPhoneBackupPasswordError, match="does not open"):
        import_phone_backup(lib, PhoneBackupRequest(folder, iphone_password="wrong"))
    with pytest.raises(IPhoneBackupPasswordError, match="password is needed"):
        import_phone_backup(lib, PhoneBackupRequest(folder))
    assert lib.counts() == (0, 0, 0)


def test_media_from_a_folder_when_not_in_the_backup(tmp_path, lib, backup):
    folder, password = backup
    extra = tmp_path / "copied" / "Message" / "Media" / ANA / "b"
    extra.mkdir(parents=True)
    (extra / "voice.opus").write_bytes(b"OggS voice")
    r = import_phone_backup(lib, PhoneBackupRequest(folder, media_dir=tmp_path / "copied",
                                                    iphone_password=password))
    assert r.media_missing == 0


def test_backup_without_whatsapp(tmp_path, lib):
    folder = write_backup(tmp_path / "b", {}, None, other={("HomeDomain", "x"): b"y"})
    from backupgui.library.importers.whatsapp_db import PhoneBackupFormatError

    with pytest.raises(PhoneBackupFormatError, match="no WhatsApp messages"):
        import_phone_backup(lib, PhoneBackupRequest(folder))


def test_hostile_manifest_entries(tmp_path, lib):
    """fileIDs that are not 40 hex digits, or point outside the folder, are not followed."""
    import sqlite3

    files = {"ChatStorage.sqlite": chat_storage(tmp_path / "c.sqlite").read_bytes()}
    folder = write_backup(tmp_path / "b", files, None)
    outside = tmp_path / "outside.jpg"
    outside.write_bytes(b"not from the backup")
    con = sqlite3.connect(folder / "Manifest.db")
    con.execute("INSERT INTO Files VALUES ('../../outside.jpg', ?, ?, 1, NULL)",
                ("AppDomainGroup-group.net.whatsapp.WhatsApp.shared", "Message/" + IMG_PATH))
    con.commit()
    con.close()
    r = import_phone_backup(lib, PhoneBackupRequest(folder))
    assert r.media_added == 1 and r.media_missing == 2  # only the contact card


def test_recent_changes_in_the_wal_are_read(tmp_path, lib):
    import sqlite3

    path = chat_storage(tmp_path / "ChatStorage.sqlite")
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("INSERT INTO ZWAMESSAGE (Z_ENT, ZISFROMME, ZMESSAGETYPE, ZCHATSESSION,"
                " ZMESSAGEDATE, ZSTANZAID, ZTEXT) VALUES (9, 0, 0, 1, ?, 'LATE1', 'only in the"
                " WAL')", ((T0 + 50_000) / 1000 - 978_307_200,))
    con.commit()
    shutil.copyfile(path, tmp_path / "main-copy")
    shutil.copyfile(str(path) + "-wal", tmp_path / "wal-copy")
    con.close()
    folder = write_backup(tmp_path / "b", {
        "ChatStorage.sqlite": (tmp_path / "main-copy").read_bytes(),
        "ChatStorage.sqlite-wal": (tmp_path / "wal-copy").read_bytes()}, None)
    import_phone_backup(lib, PhoneBackupRequest(folder))
    assert "only in the WAL" in [m.text for m in lib.messages(chat_id_of(ANA))]
