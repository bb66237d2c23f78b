"""A phone backup's events, reactions and person of the phone's owner are stored with the
neutral mark U+FDD0 (``SELF_ACTOR``), never the English word "You": the viewer says "You" in
the UI's language (tests/ui/test_viewer_owner_mark.py) and the CLI's text export in English.
The mark survives a backup and a restore."""

from __future__ import annotations

import os

import pytest

from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, RestoreRequest, backup, restore
from backupgui.library import Library
from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.model import SELF_ACTOR, UNKNOWN_ACTOR, spell_actors

from .conftest import ANA, GROUP, T0, texts
from .iphone_backup import ChatStorage, write_backup
from .msgstore import AndroidDb
from .test_cli import cli


def test_the_mark_is_a_noncharacter_and_spelled_as_words() -> None:
    assert SELF_ACTOR == "\ufdd0" and SELF_ACTOR != UNKNOWN_ACTOR
    text = f'{SELF_ACTOR} added {UNKNOWN_ACTOR}'
    assert spell_actors(text, "Du", "Jemand") == "Du added Jemand"
    assert spell_actors("You created group", "Du", "Jemand") == "You created group"


def android_group(path) -> AndroidDb:
    db = AndroidDb(path, "current")
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    db.member(GROUP, ANA)
    db.message(GROUP, "G00000001", T0 + 100, from_me=True, mtype=7, action=6)
    db.message(GROUP, "G00000002", T0 + 200, sender=ANA, text="Hi all")
    db.reaction(GROUP, "G00000002", "R00000001", "🔥", T0 + 300, from_me=True)
    db.message(GROUP, "G00000003", T0 + 400, from_me=True, mtype=7, action=18)
    db.message(GROUP, "G00000004", T0 + 500, sender=ANA, mtype=7, action=18)
    return db


def test_android_owner_is_the_mark(tmp_path, lib) -> None:
    import_phone_backup(lib, PhoneBackupRequest(android_group(tmp_path / "msgstore.db").close()))
    gid = chat_id_of(GROUP)
    got = texts(lib, gid)
    assert f"{SELF_ACTOR} changed this group's icon" in got
    assert f'{SELF_ACTOR} reacted 🔥 to "Hi all"' in got
    assert "Your security code changed" in got  # the owner's own code: no actor named
    assert any(t.startswith("Your security code with ") and SELF_ACTOR not in t for t in got)
    assert not any(t.startswith("You ") for t in got)
    me = [p for p in lib.chat(gid).participants if p.is_me]
    assert [p.name for p in me] == [SELF_ACTOR]


def test_iphone_owner_is_the_mark(tmp_path, lib) -> None:
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(GROUP, "Climbing club", group=True)
    cs.member(GROUP, ANA, "Ana García")
    cs.message(GROUP, "G00000001", T0 + 100, mtype=6, event=4, from_me=True)
    cs.message(GROUP, "G00000002", T0 + 200, sender=ANA, text="Hi all")
    path = cs.close()
    import_phone_backup(lib, PhoneBackupRequest(write_backup(
        tmp_path / "b", {"ChatStorage.sqlite": path.read_bytes()}, None)))
    got = texts(lib, chat_id_of(GROUP))
    assert f"{SELF_ACTOR} changed this group's icon" in got
    assert not any(t.startswith("You ") for t in got)


def test_the_cli_export_says_you_and_the_mark_survives_a_backup(tmp_path) -> None:
    root = tmp_path / "lib"
    with Library(root) as lib:
        import_phone_backup(lib, PhoneBackupRequest(android_group(tmp_path / "msgstore.db").close()))
        before = lib.messages(chat_id_of(GROUP))
    p = cli("export", "--library", str(root), "--chat", chat_id_of(GROUP))
    assert p.returncode == 0, p.stderr
    assert "You changed this group's icon" in p.stdout and 'You reacted 🔥 to "Hi all"' in p.stdout
    assert SELF_ACTOR not in p.stdout
    key, dest = RawKey(os.urandom(32)), FolderDestination(tmp_path / "dest")
    backup(BackupRequest(root, dest, key, device_name="test"))
    restore(RestoreRequest(dest, tmp_path / "restored", key))
    with Library(tmp_path / "restored") as restored:
        after = restored.messages(chat_id_of(GROUP))
        me = [p.name for p in restored.chat(chat_id_of(GROUP)).participants if p.is_me]
    assert [m.text for m in after] == [m.text for m in before] and me == [SELF_ACTOR]


@pytest.mark.parametrize("schema", ["current"])
def test_a_library_that_holds_the_word_keeps_it(tmp_path, lib, schema) -> None:
    """A library imported before keeps its "You ..." rows; importing the same backup again
    adds nothing (the rows are known by id) and changes none of them. (Only the current
    schema: a legacy system row never names the owner, test_real_shapes.py.)"""
    db = AndroidDb(tmp_path / "msgstore.db", schema)
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    db.member(GROUP, ANA)
    db.message(GROUP, "G00000001", T0 + 100, from_me=True, mtype=7, action=6)
    req = PhoneBackupRequest(db.close())
    import_phone_backup(lib, req)
    gid = chat_id_of(GROUP)
    with lib.transaction() as w:  # as an older backupgui stored it
        w._db.execute("UPDATE messages SET text=replace(text, ?, 'You') WHERE chat_id=?",
                      (SELF_ACTOR, gid))
    assert texts(lib, gid) == ["You changed this group's icon"]
    again = import_phone_backup(lib, req)
    assert again.messages_added == 0
    assert texts(lib, gid) == ["You changed this group's icon"]
