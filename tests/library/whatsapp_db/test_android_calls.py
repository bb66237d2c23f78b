"""Android's call log (``call_log``; docs/IMPORT.md, "Calls"): answered calls with their
length and the owner's calls nobody answered, shown as the iPhone's type-59 calls are; a call
to the owner that was not answered is the chat's own "Missed … call" message. The result
codes are those two published readers agree on (IPED, WhatsApp-Chat-Exporter); the others,
and every malformed row, are skipped and counted, never a crash."""

from __future__ import annotations

from backupgui.library import events
from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of

from .conftest import ANA, BEN, GROUP, T0, texts
from .msgstore import AndroidDb

UNKNOWN = "calls with an outcome backupgui does not show"


def test_the_call_log_of_a_one_to_one_chat_and_a_group(tmp_path, lib):
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(ANA)
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    db.member(GROUP, ANA)
    db.member(GROUP, BEN)
    db.message(ANA, "M1", T0 + 1, text="call me")
    db.call(ANA, "CALL1", T0 + 2, duration=63)
    db.call(ANA, "CALL2", T0 + 3, from_me=True, video=1, duration=3727)
    db.call(ANA, "CALL3", T0 + 4, from_me=True, result=2)
    db.call(ANA, "CALL4", T0 + 5, result=2)  # missed: its own message below says so
    db.message(ANA, "M2", T0 + 5, mtype=10)
    db.call(BEN, "CALL5", T0 + 6, video=1, duration=600, group=GROUP)
    db.call(ANA, "CALL6", T0 + 7, from_me=True, result=2, group=GROUP)
    r = import_phone_backup(lib, PhoneBackupRequest(db.close()))
    assert texts(lib, chat_id_of(ANA)) == [
        "call me", "Voice call, 1:03", "Video call, 1:02:07", "Voice call, no answer",
        "Missed voice call"]
    assert texts(lib, chat_id_of(GROUP)) == ["Group video call, 10:00",
                                             "Group voice call, no answer"]
    got = [m for m in lib.messages(chat_id_of(ANA)) if m.text != "call me"]
    assert {m.kind for m in got} == {"system"} and {m.sender for m in got} == {None}
    assert [events.parse(m.text)[0] for m in got] == [
        "call_voice", "call_video", "call_voice_no_answer", "missed_voice"]
    assert not r.skipped
    # Importing again adds nothing (each call's id comes from its call id).
    again = import_phone_backup(lib, PhoneBackupRequest(tmp_path / "msgstore.db"))
    assert again.messages_added == 0 and again.messages_differ == 0 and len(lib.messages(chat_id_of(ANA))) == 5


def test_hostile_and_unknown_call_rows_are_skipped_and_counted(tmp_path, lib):
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(ANA)
    db.message(ANA, "M1", T0 + 1, text="still here")
    for i, result in enumerate((0, 3, 4, 7, 6, -1, None, "five", 5.5, b"\x05")):
        db.call(ANA, f"U{i}", T0 + 10 + i, duration=10, result=result)
    db.call(ANA, "D1", T0 + 30, duration=0)  # connected without a length
    db.call(ANA, "D2", T0 + 31, duration=-5)
    db.call(ANA, "D3", T0 + 32, duration=7 * 24 * 3600 + 1)
    db.call(ANA, "D4", T0 + 33, duration="sixty")
    db.call(ANA, "D6", T0 + 35, duration=63.5)
    db.call(ANA, "D5", T0 + 34, duration=1 << 62)
    db.call(ANA, "T1", 5, duration=5)  # 1970: no valid date
    db.call(ANA, "T2", "yesterday", duration=5)
    db.call(ANA, None, T0 + 40, duration=5)  # no call id: an id made from its time
    db.call(ANA, "x" * 5000, T0 + 41, duration=6)
    db.call("491709999999@s.whatsapp.net", "NOCHAT", T0 + 42, duration=5)  # no such chat
    r = import_phone_backup(lib, PhoneBackupRequest(db.close()))
    assert texts(lib, chat_id_of(ANA)) == ["still here", "Voice call, 0:05", "Voice call, 0:06"]
    assert {why: n for n, why in r.skipped} == {UNKNOWN: "16 items",
                                                "messages without a valid date": "2 items"}


def test_a_database_without_a_call_log_reads_as_before(tmp_path, lib):
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(ANA)
    db.message(ANA, "M1", T0 + 1, text="hi")
    db.con.execute("DROP TABLE call_log")
    import_phone_backup(lib, PhoneBackupRequest(db.close()))
    assert texts(lib, chat_id_of(ANA)) == ["hi"]
