import hashlib
import io
import json

import pytest

from backupgui.library.importers import ImportFormatError, import_export, preview_export
from backupgui.library.importers.telegram import JsonStream, text_of

from .conftest import FIXTURES, make_zip, media_files

SINGLE = FIXTURES / "telegram_single"
FULL = FIXTURES / "telegram_full"


def _chats(lib):
    return {c.name: (lib.chat(c.id), lib.messages(c.id), c) for c in lib.list_chats()}


def test_single_chat_export(lib):
    res = import_export(lib, SINGLE)
    assert res.chats == 1 and res.messages_added == 6
    assert (res.media_added, res.media_missing) == (2, 1)
    chat, msgs, summary = _chats(lib)["Дмитрий Иванов"]
    assert (chat.kind, chat.source) == ("direct", "telegram")
    people = {p.name: p for p in chat.participants}
    assert people["Me"].is_me and not people["Дмитрий Иванов"].is_me
    call, photo, reply, missing, voice, thumb = msgs
    assert call.kind == "system" and call.sender is None and call.text == "Me called (42 s)"
    assert call.ts_ms == 1609495140_000
    assert photo.kind == "media" and photo.text == "Привет! Смотри 👀"
    (img,) = photo.media
    data = (SINGLE / "photos/photo_1@01-01-2021_10-00-00.jpg").read_bytes()
    assert img.kind == "image" and img.sha256 == hashlib.sha256(data).hexdigest()
    assert lib.media_path(img.sha256).read_bytes() == data
    assert reply.text == "Nice! See https://example.com and this"
    assert reply.reply_to == photo.id
    # Kept with its name and kind, marked missing (sha256 ''), counted as missing.
    assert missing.kind == "media" and [(r.kind, r.filename, r.sha256, r.size) for r in missing.media] == [
        ("file", "report.pdf", "", 0)]
    assert voice.media[0].kind == "voice" and voice.media[0].mime == "audio/ogg"
    assert thumb.text == "👍"
    assert summary.media_count == 2


def test_result_json_path_zip_and_folder_are_the_same_chat(lib, tmp_path):
    a = import_export(lib, SINGLE / "result.json")
    z = make_zip(tmp_path / "export.zip", {
        "ChatExport_2021-01-02/result.json": SINGLE / "result.json",
        "ChatExport_2021-01-02/photos/photo_1@01-01-2021_10-00-00.jpg":
            SINGLE / "photos/photo_1@01-01-2021_10-00-00.jpg",
    })
    b = import_export(lib, z, format="telegram")
    c = import_export(lib, SINGLE)
    assert a.chat_ids == b.chat_ids == c.chat_ids
    assert b.messages_added == c.messages_added == 0
    assert b.messages_present == 6
    assert len(media_files(lib)) == 2


def test_full_account_export(lib):
    prev = preview_export(FULL)
    assert prev.format == "telegram" and prev.name == "3 chats" and prev.message_count == 9
    res = import_export(lib, FULL)
    assert res.chats == 3 and res.messages_added == 9
    chats = _chats(lib)
    omar, omsgs, _ = chats["Omar Khalil"]
    assert omar.kind == "direct"
    assert {p.name for p in omar.participants if p.is_me} == {"Me"}
    assert omsgs[0].text == "مرحبا"
    sticker = omsgs[2]
    # stickers/ is not in the export: the sticker is kept as not included.
    assert sticker.kind == "media" and [(r.kind, r.sha256) for r in sticker.media] == [("sticker", "")]
    group, gmsgs, _ = chats["Climbing crew 🧗"]
    assert group.kind == "group"
    assert {p.name for p in group.participants} == {"Grace Lee", "Noah Williams", "Me"}
    assert [p.name for p in group.participants if p.is_me] == ["Me"]  # from personal_information
    assert gmsgs[0].text == 'Grace Lee created group "Climbing crew 🧗"'
    assert gmsgs[1].text == "Grace Lee added Noah Williams"
    video = gmsgs[3]
    assert video.media[0].kind == "video" and video.reply_to == gmsgs[2].id
    assert gmsgs[4].text == "📊 Where? (Gym; Crag)"
    assert "Old channel" in chats
    # Same message ids in different chats do not collide.
    assert len({m.id for c in chats.values() for m in c[1]}) == 9


def test_entities_and_service_texts():
    assert text_of(["a", {"type": "bold", "text": "b"}, {"type": "x"}, "c"]) == "abc"
    assert text_of(None) == ""


def test_json_stream_walks_incrementally():
    doc = {"a": [1, 2.5, "x" * 5000, {"b": None}], "c": {"d": True}, "e": 12345678901234}
    raw = json.dumps(doc, ensure_ascii=False).encode()
    js = JsonStream(io.BytesIO(raw), "t.json", chunk=7)
    got = {}
    for key in js.members():
        if key == "a":
            got[key] = []
            for _ in js.items():
                got[key].append(js.value())
        else:
            got[key] = js.value()
    assert got == doc


def test_not_json(tmp_path):
    p = tmp_path / "result.json"
    p.write_text("hello\nworld\n")
    with pytest.raises(ImportFormatError, match="line 1"):
        preview_export(p)
    p.write_text('{"about": "x",\n "chats": {"list": [ {"name": "a", "messages": [\n oops')
    with pytest.raises(ImportFormatError, match="line 3") as exc:
        preview_export(p)
    assert exc.value.exit_code == 14
    p.write_text('{"about": "no chats here"}')
    with pytest.raises(ImportFormatError, match="no chat messages"):
        preview_export(p)


def test_truncated_export_keeps_what_it_read(lib, tmp_path):
    text = (SINGLE / "result.json").read_text(encoding="utf-8")
    cut = text.index('"id": 5')  # in the middle of the 5th message
    p = tmp_path / "result.json"
    p.write_text(text[:cut], encoding="utf-8")
    res = import_export(lib, p)
    assert res.messages_added == 4
    ((where, reason),) = res.skipped
    assert where.startswith("line ") and "could not be read" in reason
    (c,) = lib.list_chats()
    assert {p.name for p in lib.chat(c.id).participants} == {"Дмитрий Иванов", "Me"}


def test_bad_messages_are_skipped(lib, tmp_path):
    doc = {"name": "X", "type": "personal_chat", "id": 1, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "100", "from": "X", "from_id": "user1",
         "text": "ok"},
        {"id": 2, "type": "message", "from": "X", "text": "no date"},
        "not an object",
        {"type": "message", "date_unixtime": "101", "text": "no id"},
        {"id": 3, "type": "mystery", "date_unixtime": "102"},
    ]}
    p = tmp_path / "result.json"
    p.write_text(json.dumps(doc, indent=1))
    res = import_export(lib, p)
    assert res.messages_added == 2  # a message without an id gets a stable one
    reasons = [r for _, r in res.skipped]
    assert reasons == ["no readable date", "a message that is not a JSON object",
                       "unknown message type 'mystery'"]
    assert import_export(lib, p).messages_added == 0
    assert all(w.startswith(("message", "line")) for w, _ in res.skipped)


def test_media_paths_cannot_escape_the_export(lib, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not import me")
    d = tmp_path / "export"
    d.mkdir()
    doc = {"name": "X", "type": "personal_chat", "id": 1, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "100", "from": "X", "from_id": "user1",
         "file": "../secret.txt", "text": ""}]}
    (d / "result.json").write_text(json.dumps(doc))
    res = import_export(lib, d)
    assert res.media_added == 0 and res.media_missing == 1
    assert media_files(lib) == []


def test_ids_follow_message_numbers(lib):
    import_export(lib, SINGLE)
    (_, msgs, _), = _chats(lib).values()
    assert [m.id for m in msgs] == sorted(m.id for m in msgs)
    assert len({m.id.rsplit("-", 1)[0] for m in msgs}) == 1  # one chat prefix


# -- forwards, edits and replies (issue 20: "forwarded messages, replies, edited dates") ------
def _export(tmp_path, doc):
    path = tmp_path / "result.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _local(unix: int) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(unix).strftime("%Y-%m-%d %H:%M")


def test_forwards_and_edits_are_kept_in_the_text(lib, tmp_path):
    """The library has no field for a forward's origin or an edit's date: they are written
    into the text as Telegram shows them ("Forwarded from NAME" above, "(edited DATE)" below),
    so the person reading the chat still sees them (before: both were dropped)."""
    base = {"type": "message", "date": "2021-01-01T10:00:00", "date_unixtime": "1609495200",
            "from": "Sara", "from_id": "user200"}
    doc = {"name": "Sara", "type": "personal_chat", "id": 200, "messages": [
        {**base, "id": 1, "forwarded_from": "Daily News", "text": "Big news today"},
        {**base, "id": 2, "forwarded_from": None, "text": "from a hidden account"},
        {**base, "id": 3, "forwarded_from": "Meme Bot", "file": "stickers/s.webp",
         "media_type": "sticker", "sticker_emoji": "😂", "text": ""},
        {**base, "id": 4, "text": "fixed the typo", "edited": "2021-01-01T10:05:00",
         "edited_unixtime": "1609495500"},
        {**base, "id": 5, "text": "", "text_entities": [], "edited": "2021-01-02T09:00:00"},
        {**base, "id": 6, "forwarded_from": "Ana", "text": "see you", "edited_unixtime": "1609495800"},
        {**base, "id": 7, "saved_from": "Somewhere", "text": "not forwarded"},
    ]}
    import_export(lib, _export(tmp_path, doc))
    (summary,) = lib.list_chats()
    texts = [m.text for m in lib.messages(summary.id)]
    assert texts == [
        "Forwarded from Daily News\nBig news today",
        "Forwarded message\nfrom a hidden account",
        "Forwarded from Meme Bot\n😂",
        f"fixed the typo\n(edited {_local(1609495500)})",
        "(edited 2021-01-02 09:00)",  # no Unix time: as the export wrote it
        f"Forwarded from Ana\nsee you\n(edited {_local(1609495800)})",
        "not forwarded",
    ]
    # Importing again adds nothing (the ids do not depend on the text).
    assert import_export(lib, _export(tmp_path, doc)).messages_added == 0


def test_replies_link_to_the_message_they_answer(lib, tmp_path):
    """A reply links (reply_to) to the message it answers when that message is in the
    export, also in another chat of a full export ("reply_to_peer_id"); a reply to another
    chat's message never links to this chat's message of the same number."""
    def msg(i, text, **kw):
        return {"id": i, "type": "message", "date_unixtime": str(1609495200 + i),
                "from": "Sara", "from_id": "user200", "text": text, **kw}

    doc = {"personal_information": {"user_id": 100}, "chats": {"list": [
        {"name": "News", "type": "public_channel", "id": 777, "messages": [
            msg(5, "channel post five")]},
        {"name": "Sara", "type": "personal_chat", "id": 200, "messages": [
            msg(5, "sara's own five"),
            msg(6, "a reply", reply_to_message_id=5),
            msg(7, "a reply to the channel", reply_to_message_id=5,
                reply_to_peer_id="channel777"),
            msg(8, "a reply to a message the export lacks", reply_to_message_id=3),
        ]},
    ]}}
    import_export(lib, _export(tmp_path, doc))
    by_chat = {c.name: {m.text: m for m in lib.messages(c.id)} for c in lib.list_chats()}
    sara, news = by_chat["Sara"], by_chat["News"]
    assert sara["a reply"].reply_to == sara["sara's own five"].id
    assert sara["a reply to the channel"].reply_to == news["channel post five"].id
    # (Kept by its stable id: a fuller export imported later brings the message it names.)
    missing = sara["a reply to a message the export lacks"].reply_to
    assert missing is not None and missing not in {m.id for m in sara.values()}
    assert missing.split("-")[1] == sara["a reply"].id.split("-")[1]  # this chat's


def test_a_deleted_account_keeps_its_id_and_gets_no_name(lib, tmp_path):
    """Telegram writes "from": null for a deleted account: the person keeps the stable id of
    "from_id" but no name (the UI says "Deleted Account" in its language, as Telegram
    Desktop does), and two deleted accounts stay two people on a re-import. Fails on the old
    code: the name was the raw id ("user5")."""
    doc = {"name": "Club", "type": "private_group", "id": 7, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "100", "from": "Ana", "from_id": "user1",
         "text": "hi"},
        {"id": 2, "type": "message", "date_unixtime": "101", "from": None, "from_id": "user5",
         "text": "gone"},
        {"id": 3, "type": "message", "date_unixtime": "102", "from": None, "from_id": "user6",
         "text": "gone too"},
    ]}
    p = tmp_path / "result.json"
    p.write_text(json.dumps(doc))
    assert import_export(lib, p).messages_added == 3
    (c,) = lib.list_chats()
    people = {q.person_id: q.name for q in lib.chat(c.id).participants}
    assert people == {"tg-user1": "Ana", "tg-user5": "", "tg-user6": ""}
    doc["messages"].append({"id": 4, "type": "message", "date_unixtime": "103", "from": None,
                            "from_id": "user6", "text": "later"})
    p.write_text(json.dumps(doc))
    assert import_export(lib, p).messages_added == 1
    people = {q.person_id: q.name for q in lib.chat(c.id).participants}
    assert people == {"tg-user1": "Ana", "tg-user5": "", "tg-user6": ""}
    senders = {m.text: m.sender for m in lib.messages(c.id)}
    assert senders["gone"] == "tg-user5" and senders["later"] == "tg-user6"


def test_nameless_people_are_not_matched_by_name_across_sources():
    """Merging a chat from another source matches people by name; a person without a name
    (a deleted account) matches nobody by name. Fails on the old code: "" matched ""."""
    from backupgui.library.importers.merge import TextChatIndex

    index = TextChatIndex([], {"wa-1": "", "wa-2": "Ana"}, None, set())
    index.learn_names({"tg-user5": "", "tg-user1": "Ana"})
    assert index.senders == {"tg-user1": "wa-2"}


def test_the_cli_names_a_deleted_account_as_telegram_does(tmp_path):
    """``backupgui-cli export`` printed an empty name (": gone") for a deleted account; it
    says "Deleted Account", as Telegram and the app do (the JSON keeps the empty name)."""
    import subprocess
    import sys

    doc = {"name": "Club", "type": "private_group", "id": 7, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "100", "from": "Ana", "from_id": "user1",
         "text": "hi"},
        {"id": 2, "type": "message", "date_unixtime": "101", "from": None, "from_id": "user5",
         "text": "gone"}]}
    (tmp_path / "result.json").write_text(json.dumps(doc))

    def cli(*args: str) -> str:
        p = subprocess.run([sys.executable, "-m", "backupgui.cli", *args, "--library",
                            str(tmp_path / "lib")], capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stderr
        return p.stdout

    cli("import", str(tmp_path / "result.json"))
    (chat,) = json.loads(cli("chats", "--json"))
    lines = cli("export", "--chat", chat["id"]).splitlines()
    assert lines[0].endswith("Ana: hi") and lines[1].endswith("Deleted Account: gone"), lines
    exported = json.loads(cli("export", "--chat", chat["id"], "--json"))
    assert {p["id"]: p["name"] for p in exported["participants"]}["tg-user5"] == ""


def test_an_unknown_actor_is_stored_as_a_mark_not_an_english_word(lib, tmp_path):
    """A service message without "actor" or "from" stored the English word "Someone" in its
    text; it stores the neutral mark (U+FFFC), which the app shows in its language."""
    from backupgui.library.importers.telegram import UNKNOWN_ACTOR
    from backupgui.ui.chats import viewer

    assert UNKNOWN_ACTOR == viewer.UNKNOWN_ACTOR == "\ufffc"
    doc = {"name": "Club", "type": "private_group", "id": 7, "messages": [
        {"id": 1, "type": "service", "date_unixtime": "100", "action": "joined_telegram"},
        {"id": 2, "type": "service", "date_unixtime": "101", "actor": "Ana",
         "action": "joined_telegram"}]}
    (tmp_path / "result.json").write_text(json.dumps(doc))
    import_export(lib, tmp_path / "result.json")
    (c,) = lib.list_chats()
    texts = [m.text for m in lib.messages(c.id)]
    assert texts == ["\ufffc joined Telegram", "Ana joined Telegram"]
