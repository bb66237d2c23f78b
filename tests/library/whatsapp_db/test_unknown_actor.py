"""A phone backup's group event or reaction whose actor the database does not name is stored
with the neutral mark U+FFFC (as the Telegram importer does), which the viewer shows as
"Someone" in the UI's language; never the English word."""

from __future__ import annotations

import sqlite3

import pytest

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.importers.whatsapp_db.model import number_of
from backupgui.library.model import UNKNOWN_ACTOR

from .conftest import ANA, GROUP, T0, texts
from .iphone_backup import write_backup
from .msgstore import AndroidDb
from .test_iphone import chat_storage


def test_the_mark_is_the_neutral_one() -> None:
    assert UNKNOWN_ACTOR == "\ufffc"


@pytest.mark.parametrize("schema", ["current", "legacy"])
def test_android_unknown_actor_is_the_mark(tmp_path, lib, schema) -> None:
    db = AndroidDb(tmp_path / "msgstore.db", schema)
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    db.member(GROUP, ANA)
    db.message(GROUP, "G00000001", T0 + 100, sender=ANA, mtype=7, action=6)
    db.message(GROUP, "G00000002", T0 + 200, mtype=7, action=6)  # no sender: unknown actor
    db.message(GROUP, "G00000003", T0 + 300, sender=ANA, text="Hi all")
    if schema == "current":
        db.reaction(GROUP, "G00000003", "R00000001", "🔥", T0 + 350)  # nor here
    import_phone_backup(lib, PhoneBackupRequest(db.close()))
    got = texts(lib, chat_id_of(GROUP))
    assert got[:2] == [f"{number_of(ANA)} changed this group's icon",  # a known actor keeps a name
                       f"{UNKNOWN_ACTOR} changed this group's icon"]
    if schema == "current":
        assert f'{UNKNOWN_ACTOR} reacted 🔥 to "Hi all"' in got
    assert not any("Someone" in t for t in got)


def test_iphone_unknown_actor_is_the_mark(tmp_path, lib) -> None:
    path = chat_storage(tmp_path / "ChatStorage.sqlite")
    con = sqlite3.connect(path)
    session = con.execute("SELECT Z_PK FROM ZWACHATSESSION WHERE ZCONTACTJID = ?",
                          (GROUP,)).fetchone()[0]
    con.execute("INSERT INTO ZWAMESSAGE (Z_ENT, Z_OPT, ZISFROMME, ZMESSAGETYPE, ZGROUPEVENTTYPE,"
                " ZCHATSESSION, ZGROUPMEMBER, ZMESSAGEDATE, ZSENTDATE, ZFROMJID, ZSTANZAID, ZTEXT)"
                " SELECT 9, 1, 0, 6, 4, ?, NULL, ZMESSAGEDATE + 1, ZSENTDATE + 1, NULL,"
                " 'G000000U1', NULL FROM ZWAMESSAGE WHERE ZSTANZAID = 'G00000005'", (session,))
    con.commit()
    con.close()
    folder = write_backup(tmp_path / "b", {"ChatStorage.sqlite": path.read_bytes()}, None)
    import_phone_backup(lib, PhoneBackupRequest(folder))
    got = texts(lib, chat_id_of(GROUP))
    assert f"{UNKNOWN_ACTOR} changed this group's icon" in got
    assert not any("Someone" in t for t in got)
