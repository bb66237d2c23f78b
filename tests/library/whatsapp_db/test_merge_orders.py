"""A phone backup and an "Export chat" text of the same conversation become one chat in
either order (issue 25: "merges with chats that came from text exports of the same
conversation without duplicates"), keep the order of messages written in the same minute,
and importing either again adds nothing. Built from generated, encrypted backups (Android
.crypt15) and iPhone backup folders, and exports written as WhatsApp writes them."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from backupgui.library.importers import import_export
from backupgui.library.importers.whatsapp_db import (
    Crypt15Key,
    PhoneBackupRequest,
    import_phone_backup,
)
from backupgui.library.importers.whatsapp_db.importer import chat_id_of

from . import encoder
from .conftest import ANA, GROUP, T0, build_android, write_contacts, write_media
from .iphone_backup import ChatStorage, write_backup

ROOT = bytes(range(32))

# The direct chat with Ana as the backup has it (conftest.build_android), in order; all in
# one minute. Messages without text are files and cards.
BACKUP_ORDER = ["Are you coming on Saturday?", "Yes!\nWith the new rope", "The summit", "",
                "", "", "Zugspitze\n82475 Garmisch\nlocation: https://maps.google.com/"
                "?q=47.421000,10.985000", "", "This message was deleted",
                "You deleted this message"]
OLD = "Only in the export (older than the phone keeps)"
BETWEEN = "Only in the export, between them"
# What the merged chat shows, whichever came first: the export's own messages where the
# export has them, the backup's where it has them.
NOTICE = ("\u200eMessages and calls are end-to-end encrypted. No one outside of this chat, "
          "not even WhatsApp, can read or listen to them.")
MERGED_ORDER = [OLD, BACKUP_ORDER[0], BACKUP_ORDER[1], BETWEEN, *BACKUP_ORDER[2:]]


def android_line(ms: int, who: str, text: str) -> str:
    t = dt.datetime.fromtimestamp(ms / 1000)
    h = t.hour % 12 or 12
    return (f"{t.month}/{t.day}/{t.year % 100:02d}, {h}:{t.minute:02d} "
            f"{'AM' if t.hour < 12 else 'PM'} - {who}: {text}\n")


def iphone_line(ms: int, who: str, text: str) -> str:
    t = dt.datetime.fromtimestamp(ms / 1000)
    return f"[{t.day:02d}.{t.month:02d}.{t.year % 100:02d}, {t:%H:%M:%S}] {who}: {text}\n"


def write_export(path, line=android_line, ana="Ana García", me="Sam Lee"):
    """The phone owner's export of the chat with Ana: an old message the backup no longer
    has, four the backup has, one that only the export has between them."""
    path.write_text(
        line(T0 - 3_600_000, ana, OLD)
        + line(T0 + 1_000, ana, "Are you coming on Saturday?")
        + line(T0 + 2_000, me, "Yes!\nWith the new rope")
        + line(T0 + 2_500, me, BETWEEN)
        + line(T0 + 3_000, ana, "IMG-20231114-WA0001.jpg (file attached)\nThe summit")
        + line(T0 + 9_000, ana, "This message was deleted"), "utf-8")
    return path


@pytest.fixture
def android(tmp_path):
    db = build_android(tmp_path / "msgstore.db", "current")
    enc = tmp_path / "msgstore.db.crypt15"
    enc.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), ROOT))
    return enc


def _texts(lib, chat_id):
    return [m.text for m in lib.messages(chat_id)]


def _ana_chats(lib):
    return [c for c in lib.list_chats() if c.kind == "direct"]


def _import_both(lib, export, req, order):
    steps = [lambda: import_export(lib, export), lambda: import_phone_backup(lib, req)]
    if order == "backup first":
        steps.reverse()
    return [step() for step in steps]


@pytest.mark.parametrize("contacts", [True, False], ids=["contacts", "numbers"])
@pytest.mark.parametrize("order", ["export first", "backup first"])
def test_either_order_gives_one_chat_in_the_right_order(tmp_path, lib, android, order,
                                                        contacts):
    if contacts:
        export = write_export(tmp_path / "WhatsApp Chat with Ana García.txt")
        cfile = write_contacts(tmp_path / "wa.db")
    else:
        # Without a contact file the backup knows Ana by her number; an export of a chat
        # with someone not in the address book is named by the number too.
        export = write_export(tmp_path / "WhatsApp Chat with +49 170 1111111.txt",
                              ana="+49 170 1111111")
        cfile = None
    req = PhoneBackupRequest(android, Crypt15Key(ROOT), write_media(tmp_path / "Media"), cfile)
    first, second = _import_both(lib, export, req, order)

    chats = _ana_chats(lib)
    assert len(chats) == 1  # one chat, not the export's and the backup's
    chat = chats[0]
    texts = _texts(lib, chat.id)
    assert texts == MERGED_ORDER
    # Four of the export's six are the backup's; nothing came twice.
    assert first.messages_added + second.messages_added == len(MERGED_ORDER) + 8  # (+ group)
    assert second.messages_present == 4
    assert second.warnings == (
        ("Chats merged with chats imported from exports: 1.",) if order == "export first"
        else ("The chat was merged with the same chat imported from a phone backup.",))
    # Both sources' people are one set: the phone's owner once (and marked as such), Ana once.
    msgs = lib.messages(chat.id)
    people = {p.person_id: p for p in lib.chat(chat.id).participants}
    assert {m.sender for m in msgs} <= set(people)
    assert len(people) == 2
    assert sum(p.is_me for p in people.values()) == 1
    me = next(p for p in people.values() if p.is_me)
    mine = {m.sender for m in msgs if m.text in (BETWEEN, "Yes!\nWith the new rope",
                                                 "You deleted this message")}
    assert mine == {me.person_id}
    theirs = {m.sender for m in msgs if m.text in (OLD, "Are you coming on Saturday?",
                                                   "This message was deleted")}
    assert len(theirs) == 1 and theirs != mine
    # The photo: the export had only its name, the backup's media folder the file.
    summit = next(m for m in msgs if m.text == "The summit")
    assert len(summit.media) == 1 and summit.media[0].sha256
    before = lib.counts()

    # Importing either again adds nothing, in either order, and keeps the order.
    for again in _import_both(lib, export, req, order) + _import_both(lib, export, req, order):
        assert again.messages_added == 0
    assert lib.counts() == before
    assert _texts(lib, chat.id) == MERGED_ORDER
    assert len(_ana_chats(lib)) == 1


def test_backup_first_keeps_the_backups_messages_and_times(tmp_path, lib, android):
    req = PhoneBackupRequest(android, Crypt15Key(ROOT), write_media(tmp_path / "Media"),
                             write_contacts(tmp_path / "wa.db"))
    import_phone_backup(lib, req)
    own = chat_id_of(ANA)
    before = {m.id: m for m in lib.messages(own)}
    import_export(lib, write_export(tmp_path / "WhatsApp Chat with Ana García.txt"))
    after = lib.messages(own)
    # The backup's messages are untouched (ids, times to the millisecond, replies).
    for m in after:
        if m.id in before:
            assert m == before[m.id]
    assert set(before) <= {m.id for m in after}
    # The export's message between two of the backup's took the time of the one before it
    # (its own says only the minute, which would put it before both).
    between = next(m for m in after if m.text == BETWEEN)
    assert between.ts_ms == T0 + 2_000
    old = next(m for m in after if m.text == OLD)
    assert old.ts_ms % 60_000 == 0  # the export's own time


def test_export_first_keeps_the_exports_messages(tmp_path, lib, android):
    export = write_export(tmp_path / "WhatsApp Chat with Ana García.txt")
    import_export(lib, export)
    text_chat = _ana_chats(lib)[0].id
    exported = {m.id: m for m in lib.messages(text_chat)}
    req = PhoneBackupRequest(android, Crypt15Key(ROOT), write_media(tmp_path / "Media"),
                             write_contacts(tmp_path / "wa.db"))
    import_phone_backup(lib, req)
    after = lib.messages(text_chat)
    assert set(exported) <= {m.id for m in after}
    # The backup's messages written between two of the export's in the same minute took the
    # export's time (a minute), so that they show between them.
    voice = next(m for m in after if m.media and m.media[0].kind == "voice")
    assert voice.ts_ms == exported[next(i for i, m in exported.items()
                                        if m.text == "The summit")].ts_ms


@pytest.mark.parametrize("order", ["export first", "backup first"])
def test_iphone_backup_and_iphone_export(tmp_path, lib, order):
    """An iPhone's export (times to the second) and the iPhone's backup folder."""
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(ANA, "Ana García")
    cs.message(ANA, "K1", T0 + 1_000, text="Are you coming on Saturday?")
    cs.message(ANA, "K2", T0 + 2_000, from_me=True, text="Yes!\nWith the new rope")
    cs.message(ANA, "K3", T0 + 2_900, text="Only in the backup")
    cs.message(ANA, "K4", T0 + 3_000, text="The summit")
    folder = write_backup(tmp_path / "Backup" / "00008110-001A2B3C4D5E",
                          {"ChatStorage.sqlite": cs.close().read_bytes()})
    export = tmp_path / "WhatsApp Chat - Ana García.zip"
    with zipfile.ZipFile(export, "w") as z:
        z.writestr("_chat.txt", (
            iphone_line(T0 - 60_000, "Ana García", NOTICE)
            + iphone_line(T0 + 1_000, "Ana García", "Are you coming on Saturday?")
            + iphone_line(T0 + 2_000, "Sam Lee", "Yes!\nWith the new rope")
            + iphone_line(T0 + 2_500, "Sam Lee", BETWEEN)
            + iphone_line(T0 + 3_000, "Ana García", "The summit")).encode())
    steps = [lambda: import_export(lib, export),
             lambda: import_phone_backup(lib, PhoneBackupRequest(folder))]
    if order == "backup first":
        steps.reverse()
    for step in steps:
        step()
    chats = _ana_chats(lib)
    assert len(chats) == 1
    texts = _texts(lib, chats[0].id)
    assert texts == [NOTICE.lstrip("\u200e"), "Are you coming on Saturday?", "Yes!\nWith the new rope", BETWEEN,
                     "Only in the backup", "The summit"]
    for step in steps:
        assert step().messages_added == 0


def test_a_newer_export_after_both_adds_only_what_is_new(tmp_path, lib, android):
    """Export, backup, then a newer export of the chat: the messages the backup brought are
    not added again, the newer ones are."""
    export = write_export(tmp_path / "WhatsApp Chat with Ana García.txt")
    req = PhoneBackupRequest(android, Crypt15Key(ROOT), write_media(tmp_path / "Media"),
                             write_contacts(tmp_path / "wa.db"))
    import_export(lib, export)
    import_phone_backup(lib, req)
    newer = tmp_path / "newer" / "WhatsApp Chat with Ana García.txt"
    newer.parent.mkdir()
    newer.write_text(
        export.read_text("utf-8")
        + android_line(T0 + 4_000, "Ana García", "<Media omitted>")
        + android_line(T0 + 10_000, "Sam Lee", "You deleted this message")
        + android_line(T0 + 120_000, "Sam Lee", "A new one"), "utf-8")
    r = import_export(lib, newer)
    assert r.messages_added == 1
    texts = _texts(lib, _ana_chats(lib)[0].id)
    assert texts == MERGED_ORDER + ["A new one"]


def test_a_newer_backup_after_backup_and_export_adds_only_what_is_new(tmp_path, lib):
    """Backup, export (with messages newer than the backup), then a newer backup that has
    those too: they are not added twice."""
    db = build_android(tmp_path / "msgstore.db", "current")
    first = tmp_path / "first.crypt15"
    first.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), ROOT))
    req = PhoneBackupRequest(first, Crypt15Key(ROOT), write_media(tmp_path / "Media"),
                             write_contacts(tmp_path / "wa.db"))
    import_phone_backup(lib, req)
    export = write_export(tmp_path / "WhatsApp Chat with Ana García.txt")
    with export.open("a", encoding="utf-8") as fh:
        fh.write(android_line(T0 + 180_000, "Ana García", "Sent after the first backup"))
    import_export(lib, export)
    from .msgstore import AndroidDb

    db2 = AndroidDb(tmp_path / "msgstore2.db", "current")
    db2.chat(ANA)
    db2.message(ANA, "3EB0C4A1D2", T0 + 1_000, text="Are you coming on Saturday?")
    db2.message(ANA, "3EB0C4A1E0", T0 + 180_000 + 17_000, text="Sent after the first backup")
    db2.message(ANA, "3EB0C4A1E1", T0 + 240_000, text="Sent after the export")
    second = tmp_path / "second.crypt15"
    second.write_bytes(encoder.encrypt_crypt15(db2.close().read_bytes(), ROOT))
    r = import_phone_backup(lib, PhoneBackupRequest(second, Crypt15Key(ROOT), None,
                                                    write_contacts(tmp_path / "wa2.db")))
    assert r.messages_added == 1
    texts = _texts(lib, chat_id_of(ANA))
    assert texts == MERGED_ORDER + ["Sent after the first backup", "Sent after the export"]


def test_groups_of_the_same_name_are_not_merged_by_name(tmp_path, lib):
    """Two groups on the phone called alike: an export of one of them cannot tell which it
    is, and stays a chat of its own (nothing is mixed)."""
    from .msgstore import AndroidDb

    other = "120363000000000002@g.us"
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    for g in (GROUP, other):
        db.chat(g, "Family", T0 - 86_400_000)
        db.member(g, ANA)
    db.message(GROUP, "A1", T0 + 1_000, sender=ANA, text="hello")
    db.message(other, "B1", T0 + 1_000, sender=ANA, text="hello")
    enc = tmp_path / "msgstore.db.crypt15"
    enc.write_bytes(encoder.encrypt_crypt15(db.close().read_bytes(), ROOT))
    export = tmp_path / "WhatsApp Chat with Family.txt"
    export.write_text(android_line(T0 + 1_000, "Ana García", "hello")
                      + android_line(T0 + 2_000, "Ben", "hi"), "utf-8")
    req = PhoneBackupRequest(enc, Crypt15Key(ROOT), None, write_contacts(tmp_path / "wa.db"))
    for order in ("export first", "backup first"):
        lib.close()
        from backupgui.library import Library

        lib = Library(tmp_path / order)
        _import_both(lib, export, req, order)
        counts = sorted(c.message_count for c in lib.list_chats())
        assert counts == [1, 1, 2], order  # three chats, none holding another's messages
