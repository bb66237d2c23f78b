"""iPhone calls, notices and group membership events (docs/IMPORT.md, "Group events,
reactions and calls against other readers").

No real ChatStorage.sqlite is public: the rows are written by the builder in the shapes a
published forensic reader (IPED, ``ExtractorIOS.java``) reads real databases in:
type 10 by ``ZGROUPEVENTTYPE`` (missed calls 1/4, group calls 21/22, 45/46; 2 "now
encrypted"; 3/36 security code; 5/6 number changed), type 6 membership events 2/50 (added)
and 7 (removed) whose ``ZTEXT`` is ``actor;member,member`` or the actor alone (the member in
``ZGROUPMEMBER``), 56 (a rename as JSON), 5, 9, 10. Each sentence is one the app shows in
its own language (``library/events.py``); ``ZTEXT`` is never shown as someone's text.
"""

from __future__ import annotations

from backupgui.library import Library, events
from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.model import SELF_ACTOR, UNKNOWN_ACTOR

from .conftest import ANA, BEN, CARLA, GROUP, T0, texts
from .iphone_backup import ChatStorage, write_backup

SYSTEM = "system notices of a kind backupgui does not show"
DORA = "491704444444@s.whatsapp.net"


def _import(tmp_path, lib: Library, cs: ChatStorage):
    return import_phone_backup(lib, PhoneBackupRequest(write_backup(
        tmp_path / "b", {"ChatStorage.sqlite": cs.close().read_bytes()}, None)))


def _group(tmp_path) -> ChatStorage:
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(GROUP, "Climbing club", group=True)
    cs.member(GROUP, ANA, "Ana García")
    cs.member(GROUP, BEN, "Ben Okafor")
    cs.member(GROUP, CARLA, "Carla Rossi")
    return cs


def test_type_10_calls_and_notices_of_a_one_to_one_chat(tmp_path, lib):
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(ANA, "Ana García")
    cs.message(ANA, "A1", T0 + 1, mtype=10, event=1)
    cs.message(ANA, "A2", T0 + 2, mtype=10, event=4)
    cs.message(ANA, "A3", T0 + 3, mtype=10, event=45, text="call-id-0123456789")
    cs.message(ANA, "A4", T0 + 4, mtype=10, event=46)
    cs.message(ANA, "A5", T0 + 5, mtype=10, event=21, text=f"{ANA},{BEN}")  # a group call
    cs.message(ANA, "A6", T0 + 6, mtype=10, event=22)
    cs.message(ANA, "A7", T0 + 7, mtype=10, event=2)
    cs.message(ANA, "A8", T0 + 8, mtype=10, event=3, text=ANA)
    cs.message(ANA, "A9", T0 + 9, mtype=10, event=36)
    cs.message(ANA, "A10", T0 + 10, mtype=10, event=5, text="491709999999@s.whatsapp.net")
    cs.message(ANA, "A11", T0 + 11, mtype=10, event=26, text="business notice")  # not shown
    cs.message(ANA, "A12", T0 + 12, mtype=10, event=40)  # a call that was answered
    cs.message(ANA, "A13", T0 + 13, mtype=10, event=None, text="a sync token")
    r = _import(tmp_path, lib, cs)
    got = lib.messages(chat_id_of(ANA))
    assert [m.text for m in got] == [
        "Missed voice call", "Missed video call", "Missed voice call", "Missed video call",
        "Missed group voice call", "Missed group video call", events.E2E_NOTICE,
        "Your security code with Ana García changed",
        "Your security code with Ana García changed",
        "Ana García changed their phone number"]
    assert {m.kind for m in got} == {"system"} and {m.sender for m in got} == {None}
    assert {why: n for n, why in r.skipped} == {SYSTEM: "3 items"}
    # Each is a sentence the app shows in its own language, the name as data.
    assert [events.parse(m.text)[0] for m in got] == [
        "missed_voice", "missed_video", "missed_voice", "missed_video", "missed_group_voice",
        "missed_group_video", "e2e", "code_with", "code_with", "number"]


def test_type_10_in_a_group_names_the_member_or_is_left_out(tmp_path, lib):
    cs = _group(tmp_path)
    cs.message(GROUP, "G1", T0 + 1, mtype=10, event=1)
    cs.message(GROUP, "G2", T0 + 2, mtype=10, event=3, sender=BEN)
    cs.message(GROUP, "G3", T0 + 3, mtype=10, event=3)  # whose code? the row names nobody
    cs.message(GROUP, "G4", T0 + 4, mtype=10, event=6, sender=CARLA)
    r = _import(tmp_path, lib, cs)
    assert texts(lib, chat_id_of(GROUP)) == [
        "Missed group voice call", "Your security code with Ben Okafor changed",
        "Carla Rossi changed their phone number"]
    assert {why: n for n, why in r.skipped} == {SYSTEM: "1 item"}


def test_membership_events_name_who_did_it_and_to_whom(tmp_path, lib):
    cs = _group(tmp_path)
    # IPED: ZTEXT "actor;member,member" (several added), or the actor alone with the member
    # in ZGROUPMEMBER; removed (7) the same way.
    cs.message(GROUP, "G1", T0 + 1, mtype=6, event=50, text=f"{ANA};{BEN},{CARLA},{DORA}")
    cs.message(GROUP, "G2", T0 + 2, mtype=6, event=2, text=ANA, sender=BEN)
    cs.message(GROUP, "G3", T0 + 3, mtype=6, event=7, text=BEN, sender=CARLA)
    cs.message(GROUP, "G4", T0 + 4, mtype=6, event=7, text=f"{ANA};{BEN},{CARLA}")
    # Without an actor: 2 "joined" (as before), 50 "was added", 7 by the owner when the row
    # is theirs, else by someone the row does not name.
    cs.message(GROUP, "G5", T0 + 5, mtype=6, event=2, sender=CARLA)
    cs.message(GROUP, "G6", T0 + 6, mtype=6, event=50, sender=BEN)
    cs.message(GROUP, "G7", T0 + 7, mtype=6, event=7, sender=BEN, from_me=True)
    cs.message(GROUP, "G8", T0 + 8, mtype=6, event=7, sender=BEN)
    # ZTEXT that names no person is never shown and names nobody.
    cs.message(GROUP, "G9", T0 + 9, mtype=6, event=2, text="<b>not a jid</b>;also not",
               sender=BEN)
    cs.message(GROUP, "G10", T0 + 10, mtype=6, event=50, text=f"{GROUP};{GROUP}")
    _import(tmp_path, lib, cs)
    assert texts(lib, chat_id_of(GROUP)) == [
        "Ana García added Ben Okafor, Carla Rossi and +491704444444",
        "Ana García added Ben Okafor",
        "Ben Okafor removed Carla Rossi",
        "Ana García removed Ben Okafor and Carla Rossi",
        "Carla Rossi joined",
        "Ben Okafor was added",
        f"{SELF_ACTOR} removed Ben Okafor",
        f"{UNKNOWN_ACTOR} removed Ben Okafor",
        "Ben Okafor joined",
        f"{UNKNOWN_ACTOR} was added"]
    parsed = [events.parse(t) for t in texts(lib, chat_id_of(GROUP))]
    assert parsed[0] == ("added", ("Ana García", "Ben Okafor, Carla Rossi and +491704444444"))


def test_other_group_events_of_newer_versions(tmp_path, lib):
    cs = _group(tmp_path)
    cs.message(GROUP, "G1", T0 + 1, mtype=6, event=56, sender=ANA,
               text='{"previous_subject":"Climbing","new_subject":"Climbing club 🧗"}')
    cs.message(GROUP, "G2", T0 + 2, mtype=6, event=56, sender=ANA, text='{"new_subject": 7}')
    cs.message(GROUP, "G3", T0 + 3, mtype=6, event=56, sender=ANA, text="[" * 5000)
    cs.message(GROUP, "G4", T0 + 4, mtype=6, event=5, sender=BEN)
    cs.message(GROUP, "G5", T0 + 5, mtype=6, event=9, sender=CARLA)
    cs.message(GROUP, "G6", T0 + 6, mtype=6, event=9)  # whose number? nobody's: left out
    cs.message(GROUP, "G7", T0 + 7, mtype=6, event=10)
    r = _import(tmp_path, lib, cs)
    assert texts(lib, chat_id_of(GROUP)) == [
        'Ana García changed the group name to "Climbing club 🧗"',
        "Ana García changed the group name", "Ana García changed the group name",
        "Ben Okafor deleted this group's icon", "Carla Rossi changed their phone number",
        "You're now an admin"]
    assert {why: n for n, why in r.skipped} == {SYSTEM: "1 item"}


def test_a_member_list_is_bounded(tmp_path, lib):
    cs = _group(tmp_path)
    many = ",".join(f"49170{i:07d}@s.whatsapp.net" for i in range(2000))
    cs.message(GROUP, "G1", T0 + 1, mtype=6, event=50, text=f"{ANA};{many}")
    cs.message(GROUP, "G2", T0 + 2, mtype=6, event=50, text=ANA + ";" + BEN * 5000,
               sender=CARLA)  # over the bound: the actor and list are not read
    _import(tmp_path, lib, cs)
    first, second = texts(lib, chat_id_of(GROUP))
    assert first.startswith("Ana García added +491700000000, ") and first.count(", ") == 1022
    assert second == "Carla Rossi was added"


def test_new_media_types(tmp_path, lib):
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(ANA, "Ana García")
    cs.message(ANA, "A1", T0 + 1, mtype=53, media_path="Media/a/voice.opus", mime="audio/ogg")
    cs.message(ANA, "A2", T0 + 2, mtype=54, media_path="Media/a/round.mp4", mime="video/mp4")
    _import(tmp_path, lib, cs)
    got = lib.messages(chat_id_of(ANA))
    assert [(m.kind, m.media[0].kind) for m in got] == [("media", "voice"), ("media", "video")]
