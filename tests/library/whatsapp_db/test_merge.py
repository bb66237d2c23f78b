"""A chat imported from WhatsApp's "Export chat" text and the same chat from the phone
backup become one chat without duplicates (matched on time, sender and text)."""

from __future__ import annotations

import datetime as dt

from backupgui.library.importers import import_export
from backupgui.library.importers.common import stable_id
from backupgui.library.importers.whatsapp_db import (
    Crypt15Key,
    PhoneBackupRequest,
    import_phone_backup,
)

from . import encoder
from .conftest import T0, build_android, write_contacts, write_media

ROOT = bytes(range(32))


def _line(ms: int, who: str, text: str) -> str:
    t = dt.datetime.fromtimestamp(ms / 1000)
    h = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year % 100:02d}, {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'} - {who}: {text}\n"


def write_export(path) -> None:
    path.write_text(
        _line(T0 - 3_600_000, "Ana García", "Only in the export (older than the phone keeps)")
        + _line(T0 + 1_000, "Ana García", "Are you coming on Saturday?")
        + _line(T0 + 2_000, "Sam Lee", "Yes!\nWith the new rope")
        + _line(T0 + 3_000, "Ana García", "IMG-20231114-WA0001.jpg (file attached)\nThe summit"),
        "utf-8")


def test_backup_merges_into_the_exported_chat(tmp_path, lib):
    export = tmp_path / "WhatsApp Chat with Ana García.txt"
    write_export(export)
    import_export(lib, export)
    text_chat = stable_id("wa-", "whatsapp-chat", "Ana García")
    assert [c.id for c in lib.list_chats()] == [text_chat]
    exported = {m.text: m for m in lib.messages(text_chat)}
    assert len(exported) == 4

    db = build_android(tmp_path / "msgstore.db", "current")
    enc = tmp_path / "msgstore.db.crypt15"
    enc.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), ROOT))
    req = PhoneBackupRequest(enc, Crypt15Key(ROOT), write_media(tmp_path / "Media"),
                             write_contacts(tmp_path / "wa.db"))
    r = import_phone_backup(lib, req)
    chats = {c.name: c for c in lib.list_chats()}
    assert set(chats) == {"Ana García", "Climbing club 🧗"}
    assert chats["Ana García"].id == text_chat  # one chat, the export's
    merged = lib.messages(text_chat)
    texts = [m.text for m in merged]
    said = [t for t in texts if t]  # (voice notes, files and cards have no text)
    assert len(said) == len(set(said))  # no duplicates
    assert texts.count("Are you coming on Saturday?") == 1
    assert "Only in the export (older than the phone keeps)" in texts
    assert "You deleted this message" in texts  # only in the backup
    assert len(merged) == 4 + 10 - 3
    by = {m.text: m for m in merged}
    # The export's messages stay (same ids); the backup's reply points at them.
    assert by["Are you coming on Saturday?"].id == exported["Are you coming on Saturday?"].id
    assert by["Yes!\nWith the new rope"].id == exported["Yes!\nWith the new rope"].id
    # The export had only the photo's name; the backup's media folder has the file.
    photo = by["The summit"]
    assert any(m.sha256 for m in photo.media)
    # The phone owner is one person, the export's "Sam Lee", in the whole chat.
    people = {p.person_id: p for p in lib.chat(text_chat).participants}
    mine = {m.sender for m in merged if m.text in ("Yes!\nWith the new rope",
                                                    "You deleted this message")}
    assert len(mine) == 1 and people[mine.pop()].name == "Sam Lee"
    ana_ids = {m.sender for m in merged if m.text in ("Are you coming on Saturday?",
                                                       "This message was deleted")}
    assert len(ana_ids) == 1
    assert r.messages_present >= 3 and any("merged" in w for w in r.warnings)

    # A newer backup again: nothing new, and still no duplicates.
    again = import_phone_backup(lib, req)
    assert again.messages_added == 0
    assert len(lib.messages(text_chat)) == 11
