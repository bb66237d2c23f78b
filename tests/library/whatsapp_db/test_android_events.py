"""Android group events whose actor is in a column other than the row's sender
(docs/IMPORT.md, "Group events and reactions against other readers"): WhatsApp marks every
system row as the phone's own (``from_me`` 1), so "You" is right only when no column names
someone else."""

from __future__ import annotations

import pytest

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.model import SELF_ACTOR, UNKNOWN_ACTOR

from .conftest import ANA, BEN, GROUP, T0, texts
from .msgstore import AndroidDb

DAY = 86_400_000
# A group made before about 2020: its id is "<creator's number>-<time>@g.us" (every group of
# IPED's real test database is; each row that names its creator names that number).
OLD_GROUP = "491701111111-1367239817@g.us"


def _events(tmp_path, lib, schema: str, group: str, rows) -> list[str]:
    db = AndroidDb(tmp_path / "msgstore.db", schema)
    db.chat(group, "Old friends", T0 - DAY)
    db.member(group, ANA)
    db.member(group, BEN)
    for i, kw in enumerate(rows):
        db.message(group, f"E{i:08d}", T0 + i * 1000, mtype=7, **kw)
    import_phone_backup(lib, PhoneBackupRequest(db.close()))
    return texts(lib, chat_id_of(group))


@pytest.mark.parametrize("schema", ["current", "legacy"])
def test_the_creator_of_an_old_group_is_in_its_id(tmp_path, lib, schema):
    """A "created" row naming nobody (from_me 1 as every system row) in a group whose id names
    its creator: that person, not "You" (current schema) or "Someone" (legacy)."""
    got = _events(tmp_path, lib, schema, OLD_GROUP,
                  [dict(action=11, text="Old friends", from_me=True)])
    assert got == ['+491701111111 created group "Old friends"']


def test_a_new_groups_creator_is_known_only_from_the_row(tmp_path, lib):
    """A newer group's id names nobody: a row marked as the owner's naming nobody stays the
    owner's (as WhatsApp-Chat-Exporter reads it); one naming its sender is the sender's."""
    got = _events(tmp_path, lib, "current", GROUP,
                  [dict(action=11, text="Old friends", from_me=True),
                   dict(action=11, text="Old friends", sender=ANA)])
    assert got == [f'{SELF_ACTOR} created group "Old friends"',
                   '+491701111111 created group "Old friends"']


def test_the_owner_added_by_someone(tmp_path, lib):
    """``message_system_group.is_me_joined`` 1: the owner was added (WhatsApp-Chat-Exporter
    reads it): "Ana added you", or "You were added" when the row names nobody; never "You
    added ..." (the owner does not add themselves)."""
    got = _events(tmp_path, lib, "current", GROUP,
                  [dict(action=12, sender=ANA, me_joined=True),
                   dict(action=12, me_joined=True),
                   dict(action=4, me_joined=True),
                   dict(action=20, me_joined=True)])
    assert got == ["+491701111111 added you", "You were added", "You were added",
                   "You joined using this group's invite link"]


@pytest.mark.parametrize("schema", ["current", "legacy"])
def test_members_events_name_the_member(tmp_path, lib, schema):
    """Event 4 is "was added" (IPED and WhatsApp-Chat-Exporter agree; it was "joined"); 15
    without members is "You're now an admin" (IPED; it was "You is now an admin"); 7 names
    who removed the owner when the row does."""
    rows = [dict(action=4, sender=BEN), dict(action=15, from_me=True),
            dict(action=7, sender=ANA), dict(action=7, from_me=True)]
    if schema == "current":
        rows[0] = dict(action=4, users=[BEN], from_me=True)
        rows.append(dict(action=15, users=[BEN], from_me=True))
    got = _events(tmp_path, lib, schema, GROUP, rows)
    expected = ["+491702222222 was added", "You're now an admin", "+491701111111 removed you",
                "You were removed"]
    if schema == "current":
        expected.append("+491702222222 is now an admin")
    assert got == expected
    assert not any(SELF_ACTOR in t or UNKNOWN_ACTOR in t for t in got)


def test_the_owners_own_number_from_is_me_joined(tmp_path, lib):
    """The one member of an ``is_me_joined`` event is the owner's own number (chat-history-
    manager reads it so): other events naming it name "you", not a number or the name the
    contact file gives it."""
    owner = "491709999999@s.whatsapp.net"
    got = _events(tmp_path, lib, "current", GROUP,
                  [dict(action=12, sender=ANA, users=[owner], me_joined=True),
                   dict(action=14, sender=BEN, users=[owner]),
                   dict(action=4, users=[owner], from_me=True),
                   dict(action=15, users=[owner], from_me=True),
                   dict(action=12, sender=ANA, users=[BEN, owner])])
    assert got == ["+491701111111 added you", "+491702222222 removed you", "You were added",
                   "You're now an admin", f"+491701111111 added +491702222222 and {SELF_ACTOR}"]


def test_no_owner_when_the_events_disagree(tmp_path, lib):
    """Two different numbers marked as the owner: neither is taken for the owner."""
    got = _events(tmp_path, lib, "current", GROUP,
                  [dict(action=12, sender=ANA, users=[BEN], me_joined=True),
                   dict(action=12, sender=BEN, users=[ANA], me_joined=True),
                   dict(action=14, sender=ANA, users=[BEN])])
    assert got[-1] == "+491701111111 removed +491702222222"


@pytest.mark.parametrize("schema", ["current", "legacy"])
def test_missed_calls_are_events_as_in_exports(tmp_path, lib, schema):
    """Message type 10 is a missed call (IPED and chat-history-manager agree): "Missed voice
    call" / "Missed video call" as WhatsApp's exports write it (video: missed_call_logs, as
    WhatsApp-Chat-Exporter reads it; legacy media_caption "video", as IPED reads it); an
    answered call (type 8) stays left out."""
    db = AndroidDb(tmp_path / "msgstore.db", schema)
    db.chat(ANA)
    db.chat(GROUP, "Climbing club", T0 - DAY)
    db.message(ANA, "C1", T0 + 1_000, mtype=10)
    db.message(ANA, "C2", T0 + 2_000, mtype=10, media={"video": True})
    db.message(ANA, "C3", T0 + 3_000, mtype=8)
    db.message(GROUP, "C4", T0 + 4_000, mtype=10, sender=ANA)
    r = import_phone_backup(lib, PhoneBackupRequest(db.close()))
    got = [(m.kind, m.sender, m.text) for m in lib.messages(chat_id_of(ANA))]
    assert got == [("system", None, "Missed voice call"), ("system", None, "Missed video call")]
    assert texts(lib, chat_id_of(GROUP)) == ["Missed group voice call"]
    assert {why: n for n, why in r.skipped} == {
        "messages of kinds backupgui cannot show (calls, polls, payments...)": "1 item"}
