"""A chat planted ahead of an export's import (SECURITY.md 2.13, found in s17).

Whoever holds the backup key and shares a chat with the victim can compute that chat's id and
its messages' ids, and restore into the victim's library a chat of that id holding those ids
with texts (or files) of their own. Before s18 the victim's next import of the real export
counted each of those messages as "already here" and added none: the chat showed the planted
texts. An import now compares what it finds under an id with what it would add (the chat, the
sender, the text, an attachment's bytes; not the time) and keeps the export's message beside
a different one, under a derived id, and says how many.

Everything here is real: the attacker's library is made by importing the real export and
changing it with SQL (what holding K allows: any library's contents), a real backup is made
of it with the key into a folder, restored into the victim's library, and the real export is
imported there.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.library.importers import import_export
from backupgui.library.store import Library

from ..engine.helpers import backup_to, restore_from

EXPORT = (
    "12/03/24, 10:15 - Ana: Please pay the invoice to DE89 3704 0044 0532 0130 00\n"
    "12/03/24, 10:16 - Sam: Will do\n"
    "12/03/24, 10:17 - Ana: Thanks, and see you on Friday\n"
    "12/03/24, 10:18 - Sam: See you\n")
REAL = ["Please pay the invoice to DE89 3704 0044 0532 0130 00", "Will do",
        "Thanks, and see you on Friday", "See you"]
PLANTED = {"Please pay the invoice to DE89 3704 0044 0532 0130 00":
           "Please pay the invoice to GB33 BUKB 2020 1555 5555 55",
           "Thanks, and see you on Friday": "Forget Friday"}
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"the real photo" * 50 + b"\xff\xd9"
FAKE = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"a forged photo" * 50 + b"\xff\xd9"


def _export(tmp_path: Path) -> Path:
    p = tmp_path / "export" / "WhatsApp Chat with Ana.txt"
    p.parent.mkdir(exist_ok=True)
    p.write_text(EXPORT, encoding="utf-8")
    return p


def _plant(lib_dir: Path, texts: dict[str, str]) -> None:
    """Whoever holds K edits their own library: the same ids, other texts."""
    db = sqlite3.connect(lib_dir / "library.db")
    with db:
        for real, fake in texts.items():
            assert db.execute("UPDATE messages SET text=? WHERE text=?", (fake, real)).rowcount == 1
    db.close()


def _through_a_backup(tmp_path: Path, attacker: Path) -> Path:
    """A real backup of the attacker's library made with K, restored into the victim's."""
    dest_dir = tmp_path / "dest"
    dest_dir.mkdir()
    dest, key = FolderDestination(dest_dir), RawKey(generate_key())
    backup_to(attacker, dest, key)
    victim = tmp_path / "victim"
    restore_from(dest, victim, key)
    return victim


def _texts(lib_dir: Path) -> list[str]:
    with Library(lib_dir, create=False) as lib:
        (summary,) = lib.list_chats()
        return [m.text for m in lib.messages(summary.id)]


def test_a_planted_chat_restored_with_the_key_cannot_hide_the_real_export(tmp_path):
    """The s17 scenario end to end. On the code before: "0 added, 4 already here", and the
    chat showed the planted texts only."""
    export = _export(tmp_path)
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_export(lib, export)
    _plant(attacker, PLANTED)
    victim = _through_a_backup(tmp_path, attacker)
    assert set(PLANTED.values()) <= set(_texts(victim))  # the restore brought the plant

    with Library(victim, create=False) as lib:
        r = import_export(lib, export)
    assert (r.messages_added, r.messages_present) == (2, 2), r
    assert getattr(r, "messages_differ", 0) == 2
    texts = _texts(victim)
    assert set(REAL) <= set(texts), texts  # the user's own record is in the chat
    assert set(PLANTED.values()) <= set(texts)  # and the library's copy is not lost
    assert any("differ" in w for w in r.warnings), r.warnings

    # Importing the same export again adds nothing twice and says nothing differs.
    with Library(victim, create=False) as lib:
        again = import_export(lib, export)
    assert (again.messages_added, again.messages_present, again.messages_differ) == (0, 4, 0)
    assert len(_texts(victim)) == 6


def test_an_honest_export_imported_again_adds_nothing_and_reports_no_difference(tmp_path):
    export = _export(tmp_path)
    with Library(tmp_path / "lib") as lib:
        first = import_export(lib, export)
        again = import_export(lib, export)
    assert (first.messages_added, first.messages_differ) == (4, 0)
    assert (again.messages_added, again.messages_present, again.messages_differ) == (0, 4, 0)
    assert not any("differ" in w for w in again.warnings)


def test_an_honest_library_restored_from_its_backup_then_imported_again_adds_nothing(tmp_path):
    """The victim's own honest backup restored on a new computer (the chat kept as message
    blocks), then the export imported again there: nothing differs."""
    export = _export(tmp_path)
    with Library(tmp_path / "old") as lib:
        import_export(lib, export)
    new = _through_a_backup(tmp_path, tmp_path / "old")
    with Library(new, create=False) as lib:
        r = import_export(lib, export)
    assert (r.messages_added, r.messages_present, r.messages_differ) == (0, 4, 0)


def test_the_planted_message_in_another_chat_does_not_hide_the_real_one(tmp_path):
    """The same ids planted in a chat of another id (then turned into rows by a change to
    it): the export's messages go into their own chat."""
    export = _export(tmp_path)
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_export(lib, export)
    db = sqlite3.connect(attacker / "library.db")
    with db:
        db.execute("UPDATE chats SET id='wa-elsewhere', name='Elsewhere'")
        for table in ("messages", "participants", "media"):
            db.execute(f"UPDATE {table} SET chat_id='wa-elsewhere'")
    db.close()
    victim = _through_a_backup(tmp_path, attacker)
    with Library(victim, create=False) as lib, lib.transaction() as w:
        w.unblock({"wa-elsewhere"})  # (a restore merging into it, or any change, does this)
    with Library(victim, create=False) as lib:
        r = import_export(lib, export)
        own = [c for c in lib.list_chats() if c.id != "wa-elsewhere"]
        assert len(own) == 1 and own[0].message_count == 4
    assert (r.messages_added, r.messages_differ) == (4, 4)


def _zip(path: Path, photo: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("WhatsApp Chat with Ana.txt",
                   EXPORT + "12/03/24, 10:20 - Ana: IMG-20241203-WA0001.jpg (file attached)\n")
        z.writestr("IMG-20241203-WA0001.jpg", photo)
    return path


def test_a_planted_attachment_of_the_same_size_does_not_hide_the_real_file(tmp_path):
    """The same message, text and file name, another photo of the same size: the export's
    photo is kept beside it; the same zip imported again adds nothing."""
    assert len(JPEG) == len(FAKE)
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_export(lib, _zip(tmp_path / "forged.zip", FAKE))
    victim = _through_a_backup(tmp_path, attacker)
    real = _zip(tmp_path / "WhatsApp Chat with Ana.zip", JPEG)
    with Library(victim, create=False) as lib:
        r = import_export(lib, real)
        (summary,) = lib.list_chats()
        files = {lib.media_path(x.sha256).read_bytes() for m in lib.messages(summary.id)
                 for x in m.media}
    assert (r.messages_added, r.messages_differ, r.media_added) == (1, 1, 1), r
    assert files == {JPEG, FAKE}
    with Library(victim, create=False) as lib:
        again = import_export(lib, real)
    assert (again.messages_added, again.messages_differ, again.media_added) == (0, 0, 0)


def test_a_text_export_then_its_zip_fills_the_file_and_differs_in_nothing(tmp_path):
    """The honest path the file comparison must keep: the .txt first (the photo named, not
    included), then the .zip: the photo joins the message already there."""
    z = _zip(tmp_path / "WhatsApp Chat with Ana.zip", JPEG)
    txt = tmp_path / "txt" / "WhatsApp Chat with Ana.txt"
    txt.parent.mkdir()
    with zipfile.ZipFile(z) as zf:
        txt.write_bytes(zf.read("WhatsApp Chat with Ana.txt"))
    with Library(tmp_path / "lib") as lib:
        import_export(lib, txt)
        r = import_export(lib, z)
        again = import_export(lib, z)
    assert (r.messages_added, r.messages_differ, r.media_added) == (0, 0, 1), r
    assert (again.messages_added, again.messages_differ, again.media_added) == (0, 0, 0)


def _telegram(tmp_path: Path, texts: list[str]) -> Path:
    doc = {"name": "Ana", "type": "personal_chat", "id": 4242, "messages": [
        {"id": i + 1, "type": "message", "date": "2024-12-03T10:15:00",
         "date_unixtime": str(1733217300 + 60 * i), "from": "Ana", "from_id": "user4242",
         "text": t} for i, t in enumerate(texts)]}
    d = tmp_path / "tg"
    d.mkdir(exist_ok=True)
    (d / "result.json").write_text(json.dumps(doc), encoding="utf-8")
    return d / "result.json"


def test_telegram_a_planted_chat_cannot_hide_the_real_export(tmp_path):
    """Telegram's ids are the chat's and the message's numbers (no text in them): planting
    needs no text at all. The real texts are added, counted as differing."""
    real = ["The code is 4711", "Call me", "Bye"]
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_export(lib, _telegram(tmp_path, ["The code is 1234", "Call me", "Bye"]))
    victim = _through_a_backup(tmp_path, attacker)
    export = _telegram(tmp_path, real)
    with Library(victim, create=False) as lib:
        r = import_export(lib, export)
        again = import_export(lib, export)
    assert (r.messages_added, r.messages_present, r.messages_differ) == (1, 2, 1), r
    assert (again.messages_added, again.messages_present, again.messages_differ) == (0, 3, 0)
    assert set(real) <= set(_texts(victim))


def test_the_cli_says_how_many_messages_differ(tmp_path):
    export = _export(tmp_path)
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_export(lib, export)
    _plant(attacker, PLANTED)
    victim = _through_a_backup(tmp_path, attacker)

    def cli() -> subprocess.CompletedProcess:
        p = subprocess.run([sys.executable, "-m", "backupgui.cli", "import", "--library",
                            str(victim), str(export)], capture_output=True, text=True,
                           timeout=120)
        assert p.returncode == 0, p.stderr
        return p

    first = cli()
    assert "2 new messages, 2 already present" in first.stdout, first.stdout
    assert "2 differ from the library's copy (kept both)" in first.stdout, first.stdout
    assert "Both versions were kept" in first.stderr, first.stderr
    again = cli()
    assert "0 new messages, 4 already present" in again.stdout, again.stdout
    assert "differ" not in again.stdout + again.stderr


def test_phone_backup_a_planted_chat_cannot_hide_the_real_messages(tmp_path):
    """The phone importer compared a message under its id by chat and time only: the same
    key and time with a planted sender or text counted as "already here". Now the sender and
    the text count too (the time still does); a message with a file as well."""
    from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup

    from ..library.whatsapp_db.conftest import build_android, write_media

    req = PhoneBackupRequest(build_android(tmp_path / "msgstore.db", "current"),
                             media_dir=write_media(tmp_path / "Media"))
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_phone_backup(lib, req)
    _plant(attacker, {"Are you coming on Saturday?": "Bring the cash on Saturday",
                      "The summit": "The valley", "Welcome Ben": "Go away Ben"})
    victim = _through_a_backup(tmp_path, attacker)
    with Library(victim, create=False) as lib:
        r = import_phone_backup(lib, req)
        texts = {m.text for c in lib.list_chats() for m in lib.messages(c.id)}
        again = import_phone_backup(lib, req)
    assert (r.messages_differ, r.messages_added) == (3, 3), r
    assert {"Are you coming on Saturday?", "The summit", "Welcome Ben",
            "Bring the cash on Saturday", "The valley", "Go away Ben"} <= texts, texts
    assert any("differ" in w for w in r.warnings), r.warnings
    assert (again.messages_added, again.messages_differ) == (0, 0), again


def test_phone_backup_imported_again_differs_in_nothing(tmp_path):
    from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup

    from ..library.whatsapp_db.conftest import build_android, write_media

    req = PhoneBackupRequest(build_android(tmp_path / "msgstore.db", "current"),
                             media_dir=write_media(tmp_path / "Media"))
    with Library(tmp_path / "lib") as lib:
        import_phone_backup(lib, req)
        again = import_phone_backup(lib, req)
    assert (again.messages_added, again.messages_differ) == (0, 0)
    new = _through_a_backup(tmp_path, tmp_path / "lib")
    with Library(new, create=False) as lib:
        restored = import_phone_backup(lib, req)
    assert (restored.messages_added, restored.messages_differ) == (0, 0)


def test_an_export_merging_into_a_phone_chat_is_compared_too(tmp_path):
    """An export arriving in a chat that holds a phone backup's messages (merge.py): its
    messages under ids the chat holds for planted texts are added beside them."""
    from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup

    from ..library.whatsapp_db.conftest import build_android, write_contacts

    req = PhoneBackupRequest(build_android(tmp_path / "msgstore.db", "current"),
                             contacts=write_contacts(tmp_path / "wa.db"))
    export = tmp_path / "export" / "WhatsApp Chat with Ana García.txt"
    export.parent.mkdir()
    export.write_text("20/11/2023, 09:00 - Ana García: Meet at the station at 8\n"
                      "20/11/2023, 09:01 - Ana García: Platform 4\n", encoding="utf-8")
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_phone_backup(lib, req)
        merged = import_export(lib, export)
    assert any("merged" in w for w in merged.warnings)
    _plant(attacker, {"Meet at the station at 8": "Meet at the bridge at 9"})
    victim = _through_a_backup(tmp_path, attacker)
    with Library(victim, create=False) as lib:
        r = import_export(lib, export)
        again = import_export(lib, export)
        (chat,) = [c for c in lib.list_chats() if c.name == "Ana García"]
        texts = [m.text for m in lib.messages(chat.id)]
    assert (r.messages_added, r.messages_present, r.messages_differ) == (1, 1, 1), r
    assert {"Meet at the station at 8", "Meet at the bridge at 9", "Platform 4"} <= set(texts)
    assert (again.messages_added, again.messages_present, again.messages_differ) == (0, 2, 0)


def test_a_restore_merging_into_a_chat_keeps_the_librarys_texts(tmp_path):
    """The opposite direction: the victim's library holds the real chat; a backup made with
    the key holds that chat with the same ids and planted texts. A restore (merge, the
    default) keeps every text the library had: a message id already there is left as it is.
    What it does change (SECURITY.md 2.13, what remains): an attachment kept without its
    file takes the backup's file, as a restore of the user's own backup from a computer that
    had it does; the export imported later adds its own photo beside it."""
    real_zip = _zip(tmp_path / "WhatsApp Chat with Ana.zip", JPEG)
    txt = tmp_path / "txt" / "WhatsApp Chat with Ana.txt"
    txt.parent.mkdir()
    with zipfile.ZipFile(real_zip) as zf:
        txt.write_bytes(zf.read("WhatsApp Chat with Ana.txt"))
    victim = tmp_path / "victim"
    with Library(victim) as lib:
        import_export(lib, txt)  # the photo named, not included
    before = _texts(victim)
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_export(lib, _zip(tmp_path / "forged.zip", FAKE))
    _plant(attacker, PLANTED)
    db = sqlite3.connect(attacker / "library.db")
    with db:
        db.execute("UPDATE participants SET name='Ana (new number)' WHERE name='Ana'")
    db.close()
    dest_dir = tmp_path / "dest"
    dest_dir.mkdir()
    dest, key = FolderDestination(dest_dir), RawKey(generate_key())
    backup_to(attacker, dest, key)
    restore_from(dest, victim, key)
    assert _texts(victim) == before  # no text replaced, none added
    with Library(victim, create=False) as lib:
        (summary,) = lib.list_chats()
        # The chat's people are named as the backup names them (what remains, 2.13).
        assert "Ana (new number)" in {p.name for p in lib.chat(summary.id).participants}
        (photo,) = [x for m in lib.messages(summary.id) for x in m.media]
        assert lib.media_path(photo.sha256).read_bytes() == FAKE  # filled by the restore
        r = import_export(lib, real_zip)
        files = {lib.media_path(x.sha256).read_bytes() for m in lib.messages(summary.id)
                 for x in m.media}
    assert (r.messages_added, r.messages_differ) == (1, 1) and files == {JPEG, FAKE}


def test_a_system_line_naming_someone_otherwise_is_the_same_line(tmp_path):
    """A group event spells the names the export (or a contacts file) gives at each import;
    a person renamed since is not a different message (the phone importer's events the
    same: tests/library/whatsapp_db/test_cli.py imports again without the contacts file)."""
    def export(actor: str, text: str) -> Path:
        doc = {"name": "Club", "type": "private_group", "id": 7, "messages": [
            {"id": 1, "type": "service", "date_unixtime": "100", "actor": actor,
             "actor_id": "user1", "action": "invite_members", "members": ["Bo"]},
            {"id": 2, "type": "message", "date_unixtime": "101", "from": actor,
             "from_id": "user1", "text": text}]}
        d = tmp_path / f"{actor}-{text}"
        d.mkdir()
        (d / "result.json").write_text(json.dumps(doc), encoding="utf-8")
        return d / "result.json"

    with Library(tmp_path / "lib") as lib:
        import_export(lib, export("Ana", "hi"))
        renamed = import_export(lib, export("Ana Lima", "hi"))
        edited = import_export(lib, export("Ana Lima", "hi (edited)"))
    assert (renamed.messages_added, renamed.messages_present, renamed.messages_differ) == (0, 2, 0)
    assert (edited.messages_added, edited.messages_differ) == (1, 1)


def test_phone_backup_a_key_met_twice_is_compared_under_its_second_id_too(tmp_path):
    """A key two messages share (at different times) gives the second an id from the key and
    its time; a planted copy under that id does not hide it either."""
    from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup

    from ..library.whatsapp_db.conftest import ANA, T0
    from ..library.whatsapp_db.msgstore import AndroidDb

    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(ANA)
    db.message(ANA, "3EB0C4A1D2", T0, text="first under the key")
    db.message(ANA, "3EB0C4A1D2", T0 + 60_000, from_me=True, text="second under the key")
    req = PhoneBackupRequest(db.close())
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_phone_backup(lib, req)
    _plant(attacker, {"second under the key": "planted under the key"})
    victim = _through_a_backup(tmp_path, attacker)
    with Library(victim, create=False) as lib:
        r = import_phone_backup(lib, req)
        again = import_phone_backup(lib, req)
        texts = {m.text for c in lib.list_chats() for m in lib.messages(c.id)}
    assert (r.messages_added, r.messages_differ) == (1, 1), r
    assert {"second under the key", "planted under the key"} <= texts
    assert (again.messages_added, again.messages_differ) == (0, 0)


def test_an_edited_telegram_message_imported_again_in_another_time_zone_is_the_same(tmp_path):
    """Telegram's "(edited DATE)" line is written in this computer's time zone (as message
    times are): the same export imported again after a move to another zone (or into a
    library restored on a computer set to another) adds nothing."""
    import os
    import time

    doc = {"name": "Ana", "type": "personal_chat", "id": 4242, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1733217300", "from": "Ana",
         "from_id": "user4242", "text": "fixed the typo", "edited_unixtime": "1733217600"}]}
    (tmp_path / "result.json").write_text(json.dumps(doc), encoding="utf-8")
    old = os.environ.get("TZ")
    try:
        with Library(tmp_path / "lib") as lib:
            for zone in ("UTC", "Asia/Tokyo"):
                os.environ["TZ"] = zone
                time.tzset()
                r = import_export(lib, tmp_path / "result.json")
            (summary,) = lib.list_chats()
            (msg,) = lib.messages(summary.id)
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()
    assert msg.text == "fixed the typo\n(edited 2024-12-03 09:20)"  # as imported first
    assert (r.messages_added, r.messages_present, r.messages_differ) == (0, 1, 0)
