"""Where messages came from (schema 5: origins) and the other versions of a message that an
import kept beside a different one under its id (SECURITY.md 2.13): real SQLite libraries,
real imports of real-format exports, a real backup and restore."""

from __future__ import annotations

import json
import sqlite3
from importlib import resources
from pathlib import Path

import pytest

from backupgui.library.importers import import_export
from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.model import Origin, edit_marked, original_id, version_relation
from backupgui.library.store import SCHEMA_VERSION, Library
from tests.library.whatsapp_db.conftest import ANA, T0
from tests.library.whatsapp_db.msgstore import AndroidDb
from tests.security.test_planted_chat import _through_a_backup


def _whatsapp(where: Path, lines: list[str]) -> Path:
    p = where / "WhatsApp Chat with Ana.txt"
    where.mkdir(parents=True, exist_ok=True)
    p.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return p


def _origins(lib: Library, chat_id: str) -> dict[str, str]:
    return dict(lib._db.execute(
        "SELECT m.text, coalesce(o.kind, '') FROM messages AS m LEFT JOIN origins AS o"
        " ON o.id = m.origin WHERE m.chat_id=?", (chat_id,)))


def _schema_4_library(root: Path) -> None:
    """A library as schema 4 made them: no origins table, no origin columns; a chat holding
    a message and (an import kept both) the export's copy under its derived id."""
    sql = resources.files("backupgui.library").joinpath("schema.sql").read_text("utf-8")
    start = sql.index("    seq       INTEGER NOT NULL DEFAULT 0,")
    sql = sql[:start] + "    seq       INTEGER NOT NULL DEFAULT 0\n" + sql[sql.index(");", start):]
    sql = sql.replace("    origin   INTEGER NOT NULL DEFAULT 0,     -- the restore that kept it (origins.id)\n", "")
    start = sql.index("CREATE TABLE IF NOT EXISTS origins")
    sql = sql[:start] + sql[sql.index(");", start) + 2:]
    assert "    origin " not in sql and "origins (" not in sql
    root.mkdir()
    db = sqlite3.connect(root / "library.db")
    db.executescript(sql)
    db.execute("INSERT INTO meta VALUES ('schema', '4')")
    db.execute("INSERT INTO chats (id, name, kind) VALUES ('c1', 'Ana', 'direct')")
    db.executemany("INSERT INTO messages VALUES (?,?,?,?,?,?,NULL,0)", [
        ("m1", "c1", 1000, "ana", "text", "Pay to GB33"),
        ("m1~0123456789abcdef", "c1", 1000, "ana", "text", "Pay to DE89"),
        ("m2", "c1", 2000, "sam", "text", "ok")])
    db.commit()
    db.close()


def test_a_schema_4_library_opens_with_nothing_lost_and_its_pairs_marked(tmp_path):
    """Old libraries open: every row kept, origin "not recorded"; a pair kept by an import
    before is found by its derived id all the same. Opening again changes nothing."""
    _schema_4_library(tmp_path / "lib")
    with Library(tmp_path / "lib") as lib:
        db = lib._db
        assert db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(SCHEMA_VERSION)
        assert {r[1] for r in db.execute("PRAGMA table_info(messages)")} >= {"origin", "seq"}
        assert "origin" in {r[1] for r in db.execute("PRAGMA table_info(message_blocks)")}
        msgs = lib.messages("c1")
        assert [m.text for m in msgs] == ["Pay to GB33", "Pay to DE89", "ok"]
        assert lib.list_chats()[0].message_count == 3
        versions = lib.versions("c1", msgs)
        assert set(versions) == {"m1", "m1~0123456789abcdef"}
        assert versions["m1"].origin == Origin("")
        (other,) = versions["m1"].others
        assert (other.id, other.text, other.origin, other.relation) == (
            "m1~0123456789abcdef", "Pay to DE89", Origin(""), "differs")
    with Library(tmp_path / "lib") as lib:
        assert lib._db.execute("SELECT count(*) FROM origins").fetchone()[0] == 0


def test_imports_restores_and_phone_backups_record_where_messages_came_from(tmp_path):
    """Each run that adds messages records its kind and time; a restored chat kept as
    message blocks keeps the restore as its messages' origin when it turns into rows."""
    export = _whatsapp(tmp_path / "e", ["12/03/24, 10:15 - Ana: Hello", "12/03/24, 10:16 - Sam: Hi"])
    old = tmp_path / "old"
    with Library(old) as lib:
        import_export(lib, export)
        (chat,) = lib.list_chats()
        assert set(_origins(lib, chat.id).values()) == {"whatsapp"}
        (kind, at), = lib._db.execute("SELECT kind, at_ms FROM origins")
        assert kind == "whatsapp" and at > 1_700_000_000_000
        import_export(lib, export)  # nothing new: no second origin is needed
    new = _through_a_backup(tmp_path, old)
    with Library(new, create=False) as lib:
        assert lib.has_blocks(chat.id)
        assert lib._db.execute("SELECT DISTINCT o.kind FROM message_blocks AS b JOIN origins AS o"
                               " ON o.id = b.origin").fetchall() == [("restore",)]
        import_export(lib, _whatsapp(tmp_path / "e2", [
            "12/03/24, 10:15 - Ana: Hello", "12/03/24, 10:16 - Sam: Hi",
            "12/03/24, 10:17 - Ana: Bye"]))
        assert not lib.has_blocks(chat.id)
        assert _origins(lib, chat.id) == {"Hello": "restore", "Hi": "restore", "Bye": "whatsapp"}
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(ANA)
    db.message(ANA, "3EB0C4A1D2", T0 + 1_000, text="From the phone")
    with Library(tmp_path / "phone") as lib:
        import_phone_backup(lib, PhoneBackupRequest(db.close()))
        (chat,) = lib.list_chats()
        assert _origins(lib, chat.id) == {"From the phone": "phone"}


def test_a_transaction_refuses_an_unknown_origin(tmp_path):
    with Library(tmp_path / "lib") as lib, pytest.raises(ValueError):
        with lib.transaction("someone"):
            pass


def _telegram(where: Path, msgs: list[dict]) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    people = {"Ana": "user4242", "Sam": "user1"}
    full = [{"type": "message", "date_unixtime": str(1733217300 + 60 * m["id"]),
             "from": m.get("from", "Ana"), "from_id": people[m.get("from", "Ana")]} | m
            for m in msgs]
    (where / "result.json").write_text(json.dumps(
        {"name": "Ana", "type": "personal_chat", "id": 4242, "messages": full}), encoding="utf-8")
    return where / "result.json"


def test_a_planted_pair_says_which_copy_a_restore_brought(tmp_path):
    """The s17 scenario: the planted copy came with a restore, the real one with the export."""
    attacker = tmp_path / "attacker"
    with Library(attacker) as lib:
        import_export(lib, _telegram(tmp_path / "a", [{"id": 1, "text": "The code is 1234"}]))
    victim = _through_a_backup(tmp_path, attacker)
    with Library(victim, create=False) as lib:
        import_export(lib, _telegram(tmp_path / "v", [{"id": 1, "text": "The code is 4711"}]))
        (chat,) = lib.list_chats()
        msgs = lib.messages(chat.id)
        versions = lib.versions(chat.id, msgs)
    by_text = {m.text: m for m in msgs}
    planted, real = by_text["The code is 1234"], by_text["The code is 4711"]
    assert original_id(real.id) == planted.id
    assert versions[planted.id].origin.kind == "restore"
    assert versions[planted.id].others[0].origin.kind == "telegram"
    assert versions[real.id].origin.kind == "telegram"
    assert versions[real.id].others[0].id == planted.id
    assert {v.others[0].relation for v in versions.values()} == {"differs"}


@pytest.mark.parametrize("with_photo", [False, True])
def test_a_reply_to_a_planted_id_points_at_the_exports_copy(tmp_path, with_photo):
    """The export's reply to message 1, whose id the library holds for a planted text: it
    points at the export's copy of 1 (its derived id). Also when the reply carries a file
    (written one by one) and when the library held the reply itself already (the same
    message, pointing at the planted id). On the code before: it pointed at the planted one."""
    attacker = tmp_path / "attacker"
    reply = {"id": 2, "from": "Sam", "text": "Paid", "reply_to_message_id": 1}
    with Library(attacker) as lib:
        import_export(lib, _telegram(tmp_path / "a", [{"id": 1, "text": "Pay to GB33"}, reply]))
    victim = _through_a_backup(tmp_path, attacker)
    real = [{"id": 1, "text": "Pay to DE89"}, reply,
            {"id": 3, "from": "Sam", "text": "And this", "reply_to_message_id": 1}
            | ({"photo": "photos/p.jpg", "width": 1, "height": 1} if with_photo else {})]
    export = _telegram(tmp_path / "v", real)
    if with_photo:
        (export.parent / "photos").mkdir()
        (export.parent / "photos" / "p.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo \xff\xd9")
    with Library(victim, create=False) as lib:
        r = import_export(lib, export)
        again = import_export(lib, export)
        (chat,) = lib.list_chats()
        by_text = {m.text: m for m in lib.messages(chat.id)}
    assert (r.messages_differ, again.messages_added, again.messages_differ) == (1, 0, 0)
    copy = by_text["Pay to DE89"]
    assert original_id(copy.id) == by_text["Pay to GB33"].id
    assert by_text["Paid"].reply_to == copy.id
    assert by_text["And this"].reply_to == copy.id


def test_a_reply_to_a_message_kept_the_same_is_left_as_it_is(tmp_path):
    export = _telegram(tmp_path / "e", [{"id": 1, "text": "Hi"},
                                        {"id": 2, "from": "Sam", "text": "Hey", "reply_to_message_id": 1}])
    with Library(tmp_path / "lib") as lib:
        import_export(lib, export)
        (chat,) = lib.list_chats()
        msgs = {m.text: m for m in lib.messages(chat.id)}
        assert msgs["Hey"].reply_to == msgs["Hi"].id
        assert lib.replied(chat.id, list(msgs.values()))[msgs["Hi"].id].text == "Hi"
        assert lib.versions(chat.id, list(msgs.values())) == {}


def test_an_honest_edit_is_told_from_another_sender_or_an_unmarked_change(tmp_path):
    """Telegram: Ana edited her message since the last export (the export marks it
    "(edited …)"): "edited". A phone backup whose message (the same WhatsApp key) was edited
    since the last one (WhatsApp marks it "<This message was edited>"): "edited". The same
    sender without a mark of an edit, or another sender: "differs". (A WhatsApp export's
    ids hash the text: an edited message there is another message, no pair.)"""
    with Library(tmp_path / "lib") as lib:
        import_export(lib, _telegram(tmp_path / "t1", [{"id": 1, "text": "At 7"}]))
        import_export(lib, _telegram(tmp_path / "t2", [{"id": 1, "text": "At 8",
                                                        "edited_unixtime": "1733217400"}]))
        for n, (text, edited) in enumerate([("See you at 7", False), ("See you at 8", True)]):
            db = AndroidDb(tmp_path / f"msgstore{n}.db", "current")
            db.chat(ANA)
            db.message(ANA, "3EB0C4A1D2", T0 + 1_000, text=text, edited=edited)
            r = import_phone_backup(lib, PhoneBackupRequest(db.close()))
        relations = {}
        for chat in lib.list_chats():
            msgs = lib.messages(chat.id)
            for mid, v in lib.versions(chat.id, msgs).items():
                text = next(m.text for m in msgs if m.id == mid)
                relations[text.splitlines()[0]] = v.others[0].relation  # (edited DATE): local
    assert relations == {"At 7": "edited", "At 8": "edited",
                         "See you at 7": "edited",
                         "See you at 8 <This message was edited>": "edited"}, (relations, r)
    a = ("c", "ana", "text", "Pay to DE89")
    assert version_relation(a, ("c", "ana", "text", "Pay to GB33")) == "differs"  # no mark
    assert version_relation(a, ("c", "sam", "text", "Pay to GB33 (edited)")) == "differs"
    assert version_relation(a, ("c2", "ana", "text", "x\n(edited)")) == "differs"
    assert version_relation(a, ("c", None, "text", "x\n(edited)")) == "differs"
    assert version_relation(a, ("c", "ana", "system", "x\n(edited)")) == "differs"
    assert version_relation(a, ("c", "ana", "text", "x\n(edited)")) == "edited"
    assert edit_marked("x <This message was edited>") and not edit_marked("edited")


def test_a_derived_id_names_its_original():
    assert original_id("tg-1~0123456789abcdef") == "tg-1"
    assert original_id("tg-1~r0123456789abcdef") == "tg-1"
    assert original_id("a~b~0123456789abcdef") == "a~b"
    for plain in ("tg-1", "tg-1~0123", "tg-1~0123456789ABCDEF", "~0123456789abcdef",
                  "tg-1~0123456789abcdef\n"):
        assert original_id(plain) is None, plain


def test_thousands_of_derived_ids_cost_a_page_a_bounded_lookup(tmp_path):
    """Ids derived from one message, as a backup made with the key may hold by the
    thousand: a page load reads at most 64 of them (before the bound: all 5,000)."""
    with Library(tmp_path / "lib") as lib:
        with lib.transaction() as w:
            w._db.execute("INSERT INTO chats (id, name, kind) VALUES ('c1', 'Ana', 'direct')")
            w.add_message_rows([("m1", "c1", 1000, "ana", "text", "real", None, 0)] + [
                (f"m1~{n:016x}", "c1", 1000, "ana", "text", f"copy {n}", None, 0)
                for n in range(5000)], [])
        msgs = lib.messages("c1", limit=1)
        (v,) = lib.versions("c1", msgs).values()
    assert msgs[0].id == "m1" and len(v.others) == 64


def test_an_id_holding_u0000_finds_its_versions_too(tmp_path):
    """SQLite's JSON functions cut a string at U+0000: such an id is looked up alone."""
    with Library(tmp_path / "lib") as lib:
        with lib.transaction() as w:
            w._db.execute("INSERT INTO chats (id, name, kind) VALUES ('c1', 'Ana', 'direct')")
            w.add_message_rows([("a\x00b", "c1", 1000, "ana", "text", "one", None, 0),
                                ("a\x00b~0123456789abcdef", "c1", 1000, "ana", "text", "two", None, 0),
                                ("a", "c1", 2000, "ana", "text", "three", None, 0)], [])
        msgs = lib.messages("c1")
        versions = lib.versions("c1", msgs)
    assert set(versions) == {"a\x00b", "a\x00b~0123456789abcdef"}


#: WhatsApp's edit mark as its exports write it in each shipped language, each after the
#: direction mark an iPhone export puts before it (U+200E; Arabic U+200F).
_MARKS = {"en": "<This message was edited>", "de": "<Diese Nachricht wurde bearbeitet.>",
          "es": "<Se editó este mensaje.>", "pt_BR": "<Mensagem editada>",
          "ru": "<Сообщение изменено>", "tr": "<Bu mesaj düzenlendi>",
          "id": "<Pesan ini telah diedit>", "ar": "<تم تعديل هذه الرسالة>"}


def test_whatsapp_edit_marks_in_the_exports_languages():
    """An export in German, Spanish, Portuguese, Russian, Turkish, Indonesian or Arabic marks
    an edit in its language: the pair is "edited" as for English. A mark not at the end, a
    form nobody has seen WhatsApp write (Hindi is not known: never guessed), or the words
    without their brackets stay "differs"."""
    a = ("c", "ana", "text", "At 7")
    for lang, mark in _MARKS.items():
        rtl = "\u200f" if lang == "ar" else "\u200e"
        for text in (f"At 8 {mark}", f"At 8 {rtl}{mark}", f"At 8 {mark}\n"):
            assert edit_marked(text), (lang, text)
            assert version_relation(a, ("c", "ana", "text", text)) == "edited", (lang, text)
        assert version_relation(a, ("c", "sam", "text", f"At 8 {mark}")) == "differs", lang
        assert not edit_marked(f"{mark} At 8"), lang
        assert not edit_marked("At 8 " + mark.strip("<>")), lang
    for guessed in ("At 8 <यह संदेश संपादित किया गया था>", "At 8 <Message edited>",
                    "At 8 <Pesan ini diedit>", "At 8 <Это сообщение изменено>"):
        assert not edit_marked(guessed), guessed
        assert version_relation(a, ("c", "ana", "text", guessed)) == "differs", guessed
