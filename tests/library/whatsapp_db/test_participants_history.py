"""``group_participants_history`` (WhatsApp's own table of member-list changes, docs/IMPORT.md
"Android's group_participants_history") is not read: each of its rows is written by the app
as a side effect of a group event the importer already reads from the messages (with who did
it and when), it keeps no actor and only the time the phone processed it, and only 30 days
of it. A database holding it imports exactly the events it imports without it: nothing
added, nothing twice."""

from __future__ import annotations

import pytest

from backupgui.library import Library
from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup

from .conftest import ANA, BEN, CARLA, GROUP, T0
from .msgstore import AndroidDb

DORA = "491704444444@s.whatsapp.net"
#: WhatsApp's CREATE TABLE, as its app writes it (the columns docs/IMPORT.md cites).
HISTORY = ("CREATE TABLE IF NOT EXISTS group_participants_history (_id INTEGER PRIMARY KEY"
           " AUTOINCREMENT, timestamp DATETIME NOT NULL, gjid TEXT NOT NULL, jid TEXT NOT NULL,"
           " action INTEGER NOT NULL, old_phash TEXT NOT NULL, new_phash TEXT NOT NULL);"
           " CREATE INDEX IF NOT EXISTS group_participants_history_index ON"
           " group_participants_history (gjid)")


def _events(tmp_path, schema: str, history: bool) -> list[tuple[int, str | None, str]]:
    db = AndroidDb(tmp_path / f"msgstore-{history}.db", schema)
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    for jid in (ANA, BEN, CARLA):
        db.member(GROUP, jid)
    db.message(GROUP, "E1", T0 + 1000, sender=ANA, mtype=7, action=12, users=[BEN])
    db.message(GROUP, "E2", T0 + 2000, sender=CARLA, mtype=7, action=5, users=[CARLA])
    db.message(GROUP, "M1", T0 + 3000, sender=BEN, text="hi")
    if history:
        db.con.executescript(HISTORY)
        s = T0 // 1000
        db.con.executemany(
            "INSERT INTO group_participants_history (timestamp, gjid, jid, action, old_phash,"
            " new_phash) VALUES (?,?,?,?,?,?)",
            [(s + 1, GROUP, BEN, 1, "2:aaaa", "2:bbbb"),   # the same as E1, a second later
             (s + 2, GROUP, CARLA, 2, "2:bbbb", "2:cccc"),  # the same as E2
             (s + 5, GROUP, f"{DORA},", 1, "2:cccc", "2:dddd"),  # no message of its own
             (s + 6, GROUP, f"{BEN},{DORA}", 3, "2:dddd", "2:eeee"),
             (s + 7, GROUP, "x" * 5000, 99, "", "")])  # anything at all: never read
    path = db.close()
    with Library(tmp_path / f"lib-{history}") as lib:
        import_phone_backup(lib, PhoneBackupRequest(path))
        (chat,) = [c for c in lib.list_chats() if c.name == "Climbing club"]
        return [(m.ts_ms, m.sender, m.text) for m in lib.messages(chat.id, limit=100, offset=0)
                if m.kind == "system"]


@pytest.mark.parametrize("schema", ["current", "legacy", "transitional"])
def test_the_history_table_adds_nothing_and_duplicates_nothing(tmp_path, schema):
    without = _events(tmp_path, schema, history=False)
    assert len(without) == 2  # "Ana added Ben", "Carla left"
    assert _events(tmp_path, schema, history=True) == without
