"""Phone databases that other open-source readers publish as their test data
(``tests/library/importers/fixtures/phone-*``, each with its ``SOURCE.md`` and licence), read
as those readers' own tests say they must be."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import ME, chat_id_of
from backupgui.library.model import SELF_ACTOR

FIXTURES = Path(__file__).parents[1] / "importers" / "fixtures"


def _db(sql: Path, out: Path) -> Path:
    con = sqlite3.connect(out)
    con.executescript(sql.read_text("utf-8"))
    con.commit()
    con.close()
    return out


def test_chat_history_manager_android_2023_10(tmp_path, lib):
    """chat-history-manager's test: the group event is "+11111 added myself" (from_me 1, as
    every system row, the actor in sender_jid_row_id, ``is_me_joined`` 1 and the owner's own
    number the event's one member): "+11111 added you" (it was "+11111 added" and the name
    the contact file gives the owner's own number)."""
    src = FIXTURES / "phone-android-2023-10"
    db = _db(src / "msgstore.sql", tmp_path / "msgstore.db")
    wa = _db(src / "wa.sql", tmp_path / "wa.db")
    r = import_phone_backup(lib, PhoneBackupRequest(db, contacts=wa))
    assert r.chats == 2 and r.messages_added == 4 and not r.skipped
    group = lib.messages(chat_id_of("100000000000000001@g.us"))
    assert [(m.ts_ms, m.kind, m.sender, m.text) for m in group] == [
        (1643607839000, "system", None, "+11111 added you"),
        (1661417508000, "text", ME, "Last group message <This message was edited>"),
    ]
    assert group[1].reply_to == group[0].id  # the reply to the (system) first message
    assert lib.chat(chat_id_of("100000000000000001@g.us")).name == "My Group"
    person = lib.messages(chat_id_of("11111@s.whatsapp.net"))
    assert [(m.ts_ms, m.sender == ME, m.text.splitlines()[:2]) for m in person] == [
        (1687757170000, False, ["New Bahari", "Jl. Gurita No.21x, Denpasar, Bali"]),
        (1693993938000, True, ["You deleted this message"]),
    ]
    assert not any(SELF_ACTOR in m.text for m in group + person)
