"""The reproductions of issue 20 ("Real exports, read right"): each one imports as the export
means it. Every test here failed on the importer before that issue."""

from __future__ import annotations

import datetime as dt

import pytest

from backupgui.library.importers import import_export, preview_export

from .conftest import make_zip, wall

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"jpeg body" * 50 + b"\xff\xd9"


def _import(lib, tmp_path, text: str, name: str = "WhatsApp Chat with Team.txt", **files):
    path = tmp_path / name
    if files:
        path = make_zip(tmp_path / (name.rsplit(".", 1)[0] + ".zip"), {name: text.encode(), **files})
    else:
        path.write_text(text, encoding="utf-8")
    res = import_export(lib, path)
    (summary,) = lib.list_chats()
    chat = lib.chat(summary.id)
    names = {p.person_id: p.name for p in chat.participants}
    msgs = [(wall(m.ts_ms), names.get(m.sender) if m.sender else None, m.kind, m.text,
             tuple((r.kind, r.filename, bool(r.sha256)) for r in m.media)) for m in lib.messages(chat.id)]
    return res, chat, msgs


def test_same_minute_messages_keep_the_exports_order(lib, tmp_path):
    text = ("12/9/20, 23:55 - Bob: hello\n12/9/20, 23:55 - Eve: hi\n"
            "12/9/20, 23:55 - Eve: whats up\n12/9/20, 23:55 - Alice: boiii\n")
    _res, _chat, msgs = _import(lib, tmp_path, text)
    assert [m[3] for m in msgs] == ["hello", "hi", "whats up", "boiii"]


def test_a_newer_overlapping_export_merges_in_order(lib, tmp_path):
    first = "12/9/20, 23:55 - Bob: hello\n12/9/20, 23:55 - Alice: boiii\n"
    (tmp_path / "a").mkdir()
    _import(lib, tmp_path / "a", first)
    newer = ("12/9/20, 23:55 - Bob: hello\n12/9/20, 23:55 - Eve: hi\n"
             "12/9/20, 23:55 - Eve: whats up\n12/9/20, 23:55 - Alice: boiii\n"
             "12/9/20, 23:56 - Bob: later\n")
    (tmp_path / "b").mkdir()
    res, _chat, msgs = _import(lib, tmp_path / "b", newer)
    assert (res.messages_added, res.messages_present) == (3, 2)
    assert [m[3] for m in msgs] == ["hello", "hi", "whats up", "boiii", "later"]


def test_ios_lines_with_a_direction_mark_keep_their_sender(lib, tmp_path):
    text = ("[3/27/22, 21:41:35] Dmitry S: Hello World\n"
            "\u200e[3/27/22, 21:41:55] Dmitry S: \u200eimage absente\n"
            "[3/27/22, 21:54:45] Elon Musk: \u200eCe message a été supprimé.\n"
            "[3/27/22, 21:56:45] Dmitry S: \u200eLocation: https://maps.google.com/?q=51.50,-0.12\n")
    _res, chat, msgs = _import(lib, tmp_path, text, "WhatsApp Chat - Elon Musk.txt")
    assert chat.name == "Elon Musk"
    assert {p.name for p in chat.participants} == {"Dmitry S", "Elon Musk"}
    assert [m[1:] for m in msgs] == [
        ("Dmitry S", "text", "Hello World", ()),
        ("Dmitry S", "media", "", (("image", "", False),)),
        ("Elon Musk", "text", "Ce message a été supprimé.", ()),
        ("Dmitry S", "text", "Location: https://maps.google.com/?q=51.50,-0.12", ())]


@pytest.mark.parametrize("line, when", [
    ("[\u200f18\u200f/3\u200f/2022، 14:56:01] Ana: hi", "2022-03-18 14:56:01"),
    ("[١٨\u200f/٣\u200f/٢٠٢٢، ٢:٥٦:٠١\u00a0م] Ana: hi", "2022-03-18 14:56:01"),
    ("[۱۸/۳/۲۰۲۲, ۲:۵۶:۰۱ ب.ظ] Ana: hi", "2022-03-18 14:56:01"),
    ("[۱۴۰۱/۱/۱, ۱۰:۰۰:۰۰] Ana: hi", "2022-03-21 10:00:00"),  # the Persian calendar
    ("[14:56:01, 3/18/22] Ana: hi", "2022-03-18 14:56:01"),
    ("[3/18/2565 BE, 14:56:01] Ana: hi", "2022-03-18 14:56:01"),
    ("[3/18/R4, 14:56:01] Ana: hi", "2022-03-18 14:56:01"),
    ("[18.3.2022 klo 14.56.01] Ana: hi", "2022-03-18 14:56:01"),
    ("18.3.2022 klo 14.56 - Ana: hi", "2022-03-18 14:56:00"),
    ("18. 3. 2022. 14:56 - Ana: hi", "2022-03-18 14:56:00"),
    ("[18. 03. 2022. 14:56:01] Ana: hi", "2022-03-18 14:56:01"),
    ("18/3/2022, 2:56 p. m. - Ana: hi", "2022-03-18 14:56:00"),
    ("[2022/03/18 午後2:56:01] Ana: hi", "2022-03-18 14:56:01"),
    ("[2022. 3. 18. 오후 2:56:01] Ana: hi", "2022-03-18 14:56:01"),
    ("[2022/3/18 下午2:56:01] Ana: hi", "2022-03-18 14:56:01"),
    ("18/03/2022, 2:56 in the afternoon - Ana: hi", "2022-03-18 14:56:00"),
    ("18/03/2022, 9:56 at night - Ana: hi", "2022-03-18 21:56:00"),
    ("3/18/22, 14:56:01: Ana: hi", "2022-03-18 14:56:01"),
])
def test_every_stamp_layout_is_read(lib, tmp_path, line, when):
    _res, _chat, msgs = _import(lib, tmp_path, line + "\n")
    assert msgs == [(when, "Ana", "text", "hi", ())]


@pytest.mark.parametrize("placeholder, kind", [
    ("<Media omitted>", "file"), ("<media omitted>", "file"), ("‹Média vynechány>", "file"),
    ("<Medien ausgeschlossen>", "file"), ("<Медиа отсутствуют>", "file"),
    ("<Multimedia omitido>", "file")])
def test_media_placeholders_in_any_language_and_with_a_caption(lib, tmp_path, placeholder, kind):
    text = f"12/9/20, 23:55 - Bob: {placeholder}\nLook at this\n12/9/20, 23:56 - Bob: ok\n"
    res, _chat, msgs = _import(lib, tmp_path, text)
    assert msgs[0][1:] == ("Bob", "media", "Look at this", ((kind, "", False),))
    assert res.media_missing == 1


def test_senders_are_decided_from_the_whole_file(lib, tmp_path):
    text = ("12/9/20, 10:00 - Jane Roe: hi all\n12/9/20, 10:01 - Bob: hey\n"
            "12/9/20, 10:02 - Jane Roe: Note: meeting at 5\n12/9/20, 10:03 - Jane Roe: see you\n")
    _res, chat, msgs = _import(lib, tmp_path, text)
    assert {p.name for p in chat.participants} == {"Jane Roe", "Bob"}
    assert msgs[2][1:4] == ("Jane Roe", "text", "Note: meeting at 5")


def test_ios_documents_and_old_attachment_forms_link_their_files(lib, tmp_path):
    text = ("[3/27/22, 21:50:09] Dmitry S: Some file.txt \u200e<attached: 00000046-Some file.txt>\n"
            "[3/27/22, 21:50:10] Dmitry S: <\u200eattached: 00000047-PHOTO.jpg>\n"
            "[3/27/22, 21:50:11] Dmitry S: 2015-08-04-PHOTO-00004762.jpg <\u200eattached>\n"
            "[3/27/22, 21:50:12] Dmitry S: Resume.pdf • \u200e2 pages \u200edocument omitted\n")
    res, _chat, msgs = _import(lib, tmp_path, text, "_chat.txt", **{
        "00000046-Some file.txt": b"some text", "00000047-PHOTO.jpg": JPEG,
        "2015-08-04-PHOTO-00004762.jpg": JPEG + b"2"})
    assert [m[4] for m in msgs] == [
        (("file", "00000046-Some file.txt", True),), (("image", "00000047-PHOTO.jpg", True),),
        (("image", "2015-08-04-PHOTO-00004762.jpg", True),), (("file", "Resume.pdf", False),)]
    assert all(m[3] == "" for m in msgs)
    assert (res.media_added, res.media_missing) == (3, 1)


def test_a_missing_attachment_keeps_its_name_and_kind(lib, tmp_path):
    _res, _chat, msgs = _import(lib, tmp_path, "12/9/20, 23:55 - Bob: Alex.vcf (file attached)\n")
    assert msgs[0][1:] == ("Bob", "media", "", (("file", "Alex.vcf", False),))
    (m,) = lib.messages(lib.list_chats()[0].id)
    assert m.media[0].mime == "text/vcard" and m.media[0].sha256 == ""


def test_localised_file_names_give_the_chat_name(lib, tmp_path):
    _res, chat, _msgs = _import(lib, tmp_path, "12/9/20, 23:55 - Bob: hi\n",
                                "WhatsApp Chat s\u00a0Dmitry S.txt")
    assert chat.name == "Dmitry S"


def test_the_encryption_notice_is_no_participant(lib, tmp_path):
    text = ("[18/03/2022, 14:56:01] Elon Musk: \u200eLes messages et les appels sont chiffrés de "
            "bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.\n"
            "[18/03/2022, 14:57:01] Dmitry S: Bonjour\n[18/03/2022, 14:58:01] Elon Musk: Salut\n")
    _res, chat, msgs = _import(lib, tmp_path, text, "_chat.txt")
    assert {p.name for p in chat.participants} == {"Dmitry S", "Elon Musk"}
    assert msgs[0][1:3] == (None, "system")


def test_no_blank_line_is_added_to_the_last_message(lib, tmp_path):
    _res, _chat, msgs = _import(lib, tmp_path, "12/9/20, 23:55 - Bob: bye\n\n\n")
    assert msgs[0][3] == "bye"


def test_the_day_month_guess_is_reported(tmp_path):
    path = tmp_path / "WhatsApp Chat with Team.txt"
    path.write_text("1/2/20, 10:00 - Bob: hi\n", encoding="utf-8")
    assert any("read as day/month/year" in w for w in preview_export(path).warnings)


# -- Telegram Desktop ----------------------------------------------------------------------
def _telegram(lib, tmp_path, doc):
    import json

    path = tmp_path / "result.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return import_export(lib, path), path


def test_telegram_without_message_ids_gets_stable_ones(lib, tmp_path):
    # chat-miner's batch export: no ids, no chat id (issue 20 item 8).
    doc = {"chats": {"list": [{"name": "Chatname", "messages": [
        {"type": "message", "date_unixtime": "1544006350", "from": "Author 1", "text": "Minimal Message"},
        {"type": "message", "date_unixtime": "1544006350", "from": "Author 1", "text": "Minimal Message"},
        {"type": "message", "date_unixtime": "1544006964", "from": "Author 2",
         "text": [{"type": "bold", "text": "Link:"}, " ", {"type": "link", "text": "https://telegram.org/"}]}]}]}}
    res, path = _telegram(lib, tmp_path, doc)
    assert res.messages_added == 3 and not res.skipped
    (summary,) = lib.list_chats()
    assert summary.name == "Chatname"
    assert [m.text for m in lib.messages(summary.id)] == ["Minimal Message", "Minimal Message",
                                                          "Link: https://telegram.org/"]
    assert import_export(lib, path).messages_added == 0  # the same ids again


def test_telegram_content_kinds_become_readable_text(lib, tmp_path):
    base = {"type": "message", "date_unixtime": "1609491600", "from": "Arian", "from_id": "user100"}
    doc = {"name": "Gaming Crew", "type": "private_supergroup", "id": 42, "messages": [
        {**base, "id": 1, "text": "hello ", "text_entities": [
            {"type": "plain", "text": "hello "}, {"type": "bold", "text": "everyone"},
            {"type": "plain", "text": " see "}, {"type": "text_link", "text": "this", "href": "https://example.com"},
            {"type": "plain", "text": " "}, {"type": "mention", "text": "@sara"}]},
        {**base, "id": 2, "poll": {"question": "Pizza?", "answers": [{"text": "Yes"}, {"text": "No"}]}, "text": ""},
        {**base, "id": 3, "location_information": {"latitude": 51.5, "longitude": -0.12}, "text": ""},
        {**base, "id": 4, "contact_information": {"first_name": "Ana", "last_name": "", "phone_number": "+1 555"},
         "text": ""},
        {**base, "id": 5, "forwarded_from": "News", "text": "forwarded text", "edited": "2021-01-01T11:00:00",
         "edited_unixtime": "1609495200"},
        {**base, "id": 6, "file": "(File not included. Change data exporting settings to download.)",
         "media_type": "sticker", "sticker_emoji": "😀", "text": ""},
        {**base, "id": 7, "reply_to_message_id": 5, "text": "a reply"},
        {"id": 8, "type": "service", "date_unixtime": "1609491600", "actor": "Arian", "actor_id": "user100",
         "action": "topic_created", "title": "General", "text": ""},
        {**base, "id": 9, "dice": {"emoji": "🎲", "value": 4}, "text": ""},
    ]}
    res, _ = _telegram(lib, tmp_path, doc)
    assert res.messages_added == 9 and not res.skipped
    (summary,) = lib.list_chats()
    msgs = lib.messages(summary.id)
    assert [m.text for m in msgs] == [
        "hello everyone see this (https://example.com) @sara", "📊 Pizza? (Yes; No)",
        "📍 51.5, -0.12", "👤 Ana +1 555",
        "Forwarded from News\nforwarded text\n(edited "
        + dt.datetime.fromtimestamp(1609495200).strftime("%Y-%m-%d %H:%M") + ")", "😀", "a reply",
        'Arian created the topic "General"', "🎲 4"]
    assert [(r.kind, r.sha256) for r in msgs[5].media] == [("sticker", "")]
    assert msgs[6].reply_to == msgs[4].id and msgs[7].kind == "system"


def test_telegram_multi_chat_export_as_a_plain_list(lib, tmp_path):
    doc = {"chats": [
        {"id": 1, "name": "A", "type": "personal_chat", "messages": [
            {"id": 1, "type": "message", "date_unixtime": "100", "from": "A", "from_id": "user1", "text": "a"}]},
        {"id": 2, "name": "B", "type": "private_group", "messages": [
            {"id": 1, "type": "message", "date_unixtime": "100", "from": "B", "from_id": "user2", "text": "b"}]}]}
    res, _ = _telegram(lib, tmp_path, doc)
    assert res.chats == 2 and res.messages_added == 2
    assert sorted(c.name for c in lib.list_chats()) == ["A", "B"]


def test_the_cli_prints_the_day_month_guess(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "WhatsApp Chat with Team.txt"
    path.write_text("1/2/20, 10:00 AM - Bob: hi\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "backupgui.cli", "import", "--library",
                        str(tmp_path / "lib"), str(path)], capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    assert "warning: The dates could be day first or month first; they were read as " \
           "month/day/year." in p.stderr


def test_every_layout_pattern_has_the_groups_the_loops_unpack():
    import re

    from backupgui.library.importers import whatsapp

    for rx in (*whatsapp._LAYOUTS.values(), *whatsapp._FAST.values()):
        groups = re.compile(rx).groupindex
        assert sorted(groups) == ["date", "rest", "sep", "time"]
        assert groups["sep"] == groups["date"] + 1 and groups["rest"] == 4
