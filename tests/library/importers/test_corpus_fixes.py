"""Minimal reproductions of the wrong parses that the corpus's second round of sources
(corpus/chatpack, corpus/whats-reader) showed, one test each."""

from __future__ import annotations

from backupgui.library.importers import import_export

from .conftest import wall


def _read(lib, tmp_path, text: str, name: str = "_chat.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    import_export(lib, path)
    (summary,) = lib.list_chats()
    chat = lib.chat(summary.id)
    names = {p.person_id: p.name for p in chat.participants}
    msgs = [(names.get(m.sender) if m.sender else None, m.kind, m.text)
            for m in lib.messages(summary.id)]
    return chat, msgs


def test_ios_encryption_notice_without_its_mark_is_a_system_line(lib, tmp_path):
    """An iPhone export whose direction mark before WhatsApp's notice was lost (a copy
    through an editor): the notice is still a system line, in any language and in newer
    wordings that go on after the known text, and its "sender" is no participant."""
    chat, msgs = _read(lib, tmp_path, (
        "[1/15/24, 10:30:00 AM] Alice: Hello everyone!\n"
        "[1/15/24, 10:31:00 AM] Bob: Hi Alice!\n"
        "[1/15/24, 10:33:00 AM] Charlie: Messages and calls are end-to-end encrypted. No one "
        "outside of this chat, not even WhatsApp, can read or listen to them.\n"
        "[1/15/24, 10:34:00 AM] Charlie: Сообщения и звонки защищены сквозным шифрованием.\n"
        "[1/15/24, 10:35:00 AM] Charlie: Messages and calls are end-to-end encrypted. Only "
        "people in this chat can read them.\n"
        "[1/15/24, 10:36:00 AM] Bob: Messages and calls are encrypted, right?\n"))
    assert [m[:2] for m in msgs] == [("Alice", "text"), ("Bob", "text"), (None, "system"),
                                     (None, "system"), (None, "system"), ("Bob", "text")]
    assert sorted(p.name for p in chat.participants) == ["Alice", "Bob"]


def test_business_notice_is_a_system_line(lib, tmp_path):
    """A business chat's first line (whats-reader's ios-format-test.txt)."""
    _chat, msgs = _read(lib, tmp_path, (
        "[13/11/2025, 12:25:55\u202fPM] Amazon EG: \u200eThis business uses a secure service "
        "from Meta to manage this chat. Tap to learn more.\n"
        "[13/11/2025, 12:26:00\u202fPM] Amazon EG: Hello\n"))
    assert [m[:2] for m in msgs] == [(None, "system"), ("Amazon EG", "text")]


def test_a_name_and_colon_alone_is_an_empty_message(lib, tmp_path):
    """"Name:" with nothing after it (not even the space) is an empty message of a name
    that starts other lines; an unknown one stays a system line."""
    _chat, msgs = _read(lib, tmp_path, (
        "[13/11/2025, 12:25:55\u202fPM] Amazon EG:\n"
        "[13/11/2025, 12:26:00\u202fPM] Amazon EG: Hello\n"
        "[13/11/2025, 12:27:00\u202fPM] Nobody:\n"))
    assert msgs == [("Amazon EG", "text", ""), ("Amazon EG", "text", "Hello"),
                    (None, "system", "Nobody:")]


def test_placeholders_other_parsers_fixtures_use(lib, tmp_path):
    """whats-reader's German and Japanese Android files: "<Medien ausgelassen>",
    "<メディアなし>" and "x.jpg (ファイル添付)" are media left out of the export."""
    _chat, msgs = _read(lib, tmp_path, (
        "10.12.2024, 14:30 - John Doe: Hallo\n"
        "10.12.2024, 14:32 - John Doe: <Medien ausgelassen>\n"
        "10.12.2024, 14:33 - 山田太郎: <メディアなし>\n"
        "10.12.2024, 14:36 - 山田太郎: IMG-1.jpg (ファイル添付)\n"), "chat.txt")
    assert [m[1] for m in msgs] == ["text", "media", "media", "media"]


def test_unpacked_iphone_export_is_named_by_its_folder(lib, tmp_path):
    """"WhatsApp Chat - Ana García/_chat.txt" (an iPhone zip unpacked) is the chat with Ana
    García, chosen as the file or as the folder; a folder of another name names nothing."""
    folder = tmp_path / "WhatsApp Chat - Ana García"
    folder.mkdir()
    (folder / "_chat.txt").write_text("[1/15/24, 10:30:00 AM] Ana García: Hola\n"
                                      "[1/15/24, 10:31:00 AM] Sam: Hi\n", encoding="utf-8")
    for chosen in (folder / "_chat.txt", folder):
        import_export(lib, chosen)
        (summary,) = lib.list_chats()
        chat = lib.chat(summary.id)
        assert chat.name == "Ana García"
        assert [p.name for p in chat.participants if p.is_me] == ["Sam"]
    other = tmp_path / "backup"
    other.mkdir()
    (other / "_chat.txt").write_text("[1/15/24, 10:30:00 AM] Bo: Hola\n", encoding="utf-8")
    import_export(lib, other / "_chat.txt")
    assert sorted(s.name for s in lib.list_chats()) == ["Ana García", "_chat"]


def test_a_repeated_message_with_a_colon_is_no_longer_name(lib, tmp_path):
    """Someone who writes only the same "Follow this link...: https://..." twice: the text
    before its colon starts as many lines as the name, yet it is no name (a phone number has
    nothing after it; a name holding ": " adds a few words, not a sentence). A name that
    holds ": " and starts several lines is still found."""
    _chat, msgs = _read(lib, tmp_path, (
        "24/10/2019, 12:53 pm - Ana: hi\n"
        "24/10/2019, 12:54 pm - +91 99710 88040: Follow this link to join my WhatsApp group: "
        "https://chat.whatsapp.com/X\n"
        "24/10/2019, 12:55 pm - +91 99710 88040: Follow this link to join my WhatsApp group: "
        "https://chat.whatsapp.com/X\n"
        "24/10/2019, 12:56 pm - Bo: Utilise ce lien pour intégrer mon groupe WhatsApp: https://x\n"
        "24/10/2019, 12:57 pm - Bo: Utilise ce lien pour intégrer mon groupe WhatsApp: https://x\n"
        "24/10/2019, 12:58 pm - Dr: Who: hello\n"
        "24/10/2019, 12:59 pm - Dr: Who: again\n"), "chat.txt")
    assert [m[0] for m in msgs] == ["Ana", "+91 99710 88040", "+91 99710 88040", "Bo", "Bo",
                                    "Dr: Who", "Dr: Who"]
    assert msgs[1][2].startswith("Follow this link") and msgs[3][2].startswith("Utilise")


def test_old_german_iphone_attachment(lib, tmp_path):
    """"<angehängt: x>" (German iPhone exports, as WhatsR's older test files write it)."""
    _chat, msgs = _read(lib, tmp_path, (
        "\ufeff[29.01.18, 23:46:03] Alice: \u200e<angehängt: PTT-20180129-WA0025.opus>\n"
        "[29.01.18, 23:47:03] Bob: Das ist praktisch!\n"))
    assert [m[1] for m in msgs] == ["media", "text"]


def test_old_android_time_before_a_written_date(lib, tmp_path):
    """2013 Android exports write the time before a date with the month's name ("19:23, 28
    Aug 2013 - "; one of whats_json's third-party samples): read, where it was refused."""
    _chat, msgs = _read(lib, tmp_path, (
        "19:23, 28 Aug 2013 - Tanay: hello\n"
        "19:07, 20 Sep 2013 - Viresh: hi\n"
        "more\n"), "chat.txt")
    assert msgs == [("Tanay", "text", "hello"), ("Viresh", "text", "hi\nmore")]
    (summary,) = lib.list_chats()
    assert [wall(m.ts_ms) for m in lib.messages(summary.id)] == ["2013-08-28 19:23:00",
                                                                "2013-09-20 19:07:00"]


# -- the third round (s19: corpus/chat-history-manager) ----------------------------------------
def test_two_date_layouts_in_one_file_each_get_their_order(lib, tmp_path):
    """Month first with two-digit years, then day first with four: each layout's own dates
    settle it (the first lines were skipped as impossible dates before)."""
    _chat, msgs = _read(lib, tmp_path, (
        "6/30/23, 16:13 - Ana: one\n"
        "7/1/23, 16:14 - Ben: two\n"
        "30/7/2023, 16:15 - Ana: three\n"
        "1/8/2023, 16:16 - Ben: four\n"), "WhatsApp Chat with Ben.txt")
    assert [m[2] for m in msgs] == ["one", "two", "three", "four"]
    lib_msgs = lib.messages(lib.list_chats()[0].id)
    assert [wall(m.ts_ms)[:10] for m in lib_msgs] == ["2023-06-30", "2023-07-01",
                                                      "2023-07-30", "2023-08-01"]


def test_one_layout_whose_dates_disagree_keeps_one_order(lib, tmp_path):
    """Both widths settled the same way, or one not settled: the file's one order, as before
    (an impossible date of that order is skipped and listed)."""
    path = tmp_path / "WhatsApp Chat with Ben.txt"
    path.write_text("6/30/23, 16:13 - Ana: one\n30/6/23, 16:14 - Ben: two\n"
                    "7/30/2023, 16:15 - Ana: three\n", encoding="utf-8")
    r = import_export(lib, path)
    assert len(r.skipped) == 1 and "30/6/23" in r.skipped[0][1]


def _telegram(lib, tmp_path, messages, me=None):
    import json

    data = {} if me is None else {"personal_information": {"user_id": me}}  # (first, as
    # Telegram writes it: the export is read as a stream)
    data["chats"] = {"list": [{"name": "Group", "type": "private_group", "id": 42,
                               "messages": messages}]}
    (tmp_path / "result.json").write_text(json.dumps(data), encoding="utf-8")
    import_export(lib, tmp_path / "result.json")
    (summary,) = lib.list_chats()
    chat = lib.chat(summary.id)
    names = {p.person_id: (p.name, p.is_me) for p in chat.participants}
    return [(names.get(m.sender), m.kind, m.text) for m in lib.messages(summary.id)]


def test_telegram_2020_zero_edit_time_and_numeric_ids(lib, tmp_path):
    msgs = _telegram(lib, tmp_path, [
        {"id": 1, "type": "message", "date": "2017-06-23T20:11:00",
         "edited": "1970-01-01T05:00:00", "from": None, "from_id": 32507588, "text": "a"},
        {"id": 2, "type": "message", "date": "2017-06-23T20:12:00",
         "edited": "2017-06-23T20:13:00", "from": "Ana", "from_id": 7, "text": "b"},
        {"id": 3, "type": "message", "date": "2017-06-23T20:14:00", "date_unixtime": "1498248840",
         "edited": "1970-01-01T05:00:00", "edited_unixtime": "0", "from": "Me",
         "from_id": "user11", "text": "c"},
        {"id": 4, "type": "service", "date": "2017-06-23T20:15:00", "actor": "Ana",
         "actor_id": 7, "action": "remove_members", "members": ["Ana"], "text": ""},
        {"id": 5, "type": "service", "date": "2017-06-23T20:16:00", "actor": "Me",
         "actor_id": "user11", "action": "invite_members", "members": [None, "Ana"],
         "text": ""}], me=11)
    assert msgs == [(("", False), "text", "a"), (("Ana", False), "text", "b\n(edited 2017-06-23 20:13)"),
                    (("Me", True), "text", "c"), (None, "system", "Ana left the group"),
                    (None, "system", "Me added \ufffc, Ana")]
