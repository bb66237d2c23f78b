"""iPhone reactions: ``ZWAMESSAGEINFO.ZRECEIPTINFO`` as two published readers read it
(docs/IMPORT.md, "The iPhone reader against published readers"): field 7 -> 1 someone's
reaction {2 jid, 3 emoji} (IPED and SwiftWABackupAPI agree), 7 -> 2 the owner's {2 emoji}
(IPED). Each is a line "X reacted 👍 to "…"" under the message, as Android's reactions are."""

from __future__ import annotations

import sqlite3

import pytest

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.importers.whatsapp_db.iphone import receipt_reactions
from backupgui.library.model import SELF_ACTOR

from .conftest import ANA, BEN, GROUP, T0
from .iphone_backup import ChatStorage, receipt_info, write_backup

MINUTE = 60_000


def _backup(tmp_path, link: str = "both"):
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(ANA, "Ana García")
    cs.session(GROUP, "Climbing club", group=True)
    cs.member(GROUP, ANA, "Ana García")
    cs.member(GROUP, BEN)
    cs.push_name(BEN, "Benny")
    hi = cs.message(GROUP, "G00000003", T0 + 300, sender=BEN, text="Hi all")
    cs.receipt(hi, receipt_info([(ANA, "👍", T0 + MINUTE, "3A038549B0680F155E6F"),
                                 (BEN, "❤️", None, None)], mine=("🔥", T0 + 2 * MINUTE)))
    sat = cs.message(ANA, "3EB0C4A1D2", T0 + 1_000, text="Are you coming on Saturday?")
    cs.receipt(sat, receipt_info(mine=("😂", None)))
    plain = cs.message(ANA, "3EB0C4A1D3", T0 + 2_000, from_me=True, text="Yes")
    cs.receipt(plain, b"\x08\x01\x10\x02")  # receipts only, no reactions
    path = cs.close()
    if link != "both":
        con = sqlite3.connect(path)
        if link == "message-side":  # IPED's join: ZWAMESSAGE.ZMESSAGEINFO only
            con.execute("UPDATE ZWAMESSAGEINFO SET ZMESSAGE = NULL")
        else:  # SwiftWABackupAPI's join: ZWAMESSAGEINFO.ZMESSAGE, the other column gone
            con.executescript("ALTER TABLE ZWAMESSAGE DROP COLUMN ZMESSAGEINFO")
        con.commit()
        con.close()
    return write_backup(tmp_path / "b", {"ChatStorage.sqlite": path.read_bytes()}, None)


@pytest.mark.parametrize("link", ["both", "message-side", "info-side"])
def test_reactions_are_lines_under_their_message(tmp_path, lib, link):
    folder = _backup(tmp_path, link)
    r = import_phone_backup(lib, PhoneBackupRequest(folder))
    group = lib.messages(chat_id_of(GROUP))
    hi = next(m for m in group if m.text == "Hi all")
    got = [(m.text, m.ts_ms, m.kind, m.sender, m.reply_to) for m in group if m is not hi]
    assert got == [
        ('Benny reacted ❤️ to "Hi all"', T0 + 300, "system", None, hi.id),  # no time: the message's
        ('Ana García reacted 👍 to "Hi all"', T0 + MINUTE, "system", None, hi.id),
        (f'{SELF_ACTOR} reacted 🔥 to "Hi all"', T0 + 2 * MINUTE, "system", None, hi.id),
    ]
    ana = [m.text for m in lib.messages(chat_id_of(ANA))]
    assert ana == ["Are you coming on Saturday?",  # a reaction without a time: the message's
                   f'{SELF_ACTOR} reacted 😂 to "Are you coming on Saturday?"', "Yes"]
    # Imported again: nothing new (each reaction has a stable id).
    again = import_phone_backup(lib, PhoneBackupRequest(folder))
    assert again.messages_added == 0 and again.messages_present == r.messages_added


def test_the_reactions_own_key_gives_the_id_android_gives(tmp_path, lib):
    """Field 1 is the reaction's own key: the id is "r" + it, as Android's
    ``message_add_on.key_id`` gives, so the same reaction from both phones is one."""
    import_phone_backup(lib, PhoneBackupRequest(_backup(tmp_path)))
    ids = {m.text: m.id for m in lib.messages(chat_id_of(GROUP))}
    assert ids['Ana García reacted 👍 to "Hi all"'].endswith("-r3A038549B0680F155E6F")


@pytest.mark.parametrize("blob", [
    None, b"", b"\x3a", b"\x3a\x05\x0a\x03\x12\x01", b"\xff" * 40,  # damage
    receipt_info([("120363000000000001@g.us", "👍", None, None)]),  # a group is nobody
    receipt_info([("not a jid", "👍", None, None)]),
    receipt_info([(ANA, "", None, None)]),  # taken back: no emoji
    b"\x3a\x06\x0a\x04\x12\x02\xff\xfe",  # an entry without an emoji
    receipt_info([(ANA, "👍" * 17, None, None)]),  # 68 bytes: no emoji
])
def test_blobs_that_hold_no_reaction_give_none(blob):
    assert receipt_reactions(blob) == []


def test_a_blob_past_the_bound_is_not_read():
    one = receipt_info([(ANA, "👍", None, None)])
    assert receipt_reactions(one) == [(ANA, "👍", None, None)]
    assert receipt_reactions(one + b"\x00" * (1 << 16)) == []


def test_reactions_of_one_message_are_bounded():
    entry = b"\x12" + bytes([len(ANA)]) + ANA.encode() + b"\x1a\x04" + "👍".encode()
    body = (b"\x0a" + bytes([len(entry)]) + entry) * 300
    blob = b"\x3a" + _varint(len(body)) + body
    assert len(receipt_reactions(blob)) == 256


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            return bytes(out)
