import hashlib
import shutil

import pytest

from backupgui.library.importers import ImportFormatError, import_export, preview_export
from backupgui.library.importers.whatsapp import chat_name_from_file

from .conftest import FIXTURES, make_zip, media_files, wall

ANA = FIXTURES / "WhatsApp Chat with Ana García.txt"
IOS = FIXTURES / "_chat.txt"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"jpeg body" * 100 + b"\xff\xd9"
OPUS = b"OggS\x00\x02" + b"\x00" * 60 + b"OpusHead voice"


def _only_chat(lib):
    (summary,) = lib.list_chats()
    return lib.chat(summary.id), lib.messages(summary.id), summary


def _by_text(msgs):
    return {m.text: m for m in msgs}


def test_android_us_12h(lib):
    res = import_export(lib, ANA)
    chat, msgs, summary = _only_chat(lib)
    assert (chat.name, chat.kind, chat.source) == ("Ana García", "direct", "whatsapp")
    people = {p.name: p for p in chat.participants}
    assert set(people) == {"Ana García", "Sam"}
    assert people["Sam"].is_me and not people["Ana García"].is_me
    assert res.messages_added == len(msgs) == summary.message_count == 12
    first = msgs[0]
    assert first.kind == "system" and first.sender is None
    assert first.text.startswith("Messages and calls are end-to-end encrypted")
    assert wall(first.ts_ms) == "2020-12-31 23:58:00"
    t = _by_text(msgs)
    # Text that looks like a timestamp inside a message, and a continuation line starting
    # with a date, stay part of their messages.
    assert "See you at 1/2/21, 10:00 AM - don't be late" in t
    multi = t["Feliz año nuevo!\nWhat a year.\n1/1/21 will be better - 100%: promise"]
    assert wall(multi.ts_ms) == "2021-01-01 00:00:00"
    assert multi.sender == people["Sam"].person_id
    assert "😂😂😂" in t
    # Right-to-left text survives; only the leading direction marks are dropped.
    assert any(m.text.startswith("مرحبا! كيف حالك؟") for m in msgs)
    assert "\u202a+1 555-0100\u202c is my new number" in t
    pm = [m for m in msgs if wall(m.ts_ms) == "2021-01-13 12:30:00"]
    # A file the .txt names but does not come with: its name and kind kept, marked missing.
    assert pm and pm[0].kind == "media" and [(r.kind, r.filename, r.sha256) for r in pm[0].media] == [
        ("voice", "PTT-20210113-WA0002.opus", "")]
    photo = t["Fireworks from the roof"]
    assert photo.kind == "media" and [(r.kind, r.sha256) for r in photo.media] == [("image", "")]
    assert res.media_missing == 3 and res.media_added == 0
    # Two identical messages in the same minute are both kept (ordinal in the id).
    thumbs = [m for m in msgs if m.text == "👍"]
    assert len(thumbs) == 2 and thumbs[0].id != thumbs[1].id


def test_android_zip_with_media(lib, tmp_path):
    z = make_zip(tmp_path / "WhatsApp Chat with Ana García.zip", {
        "WhatsApp Chat with Ana García.txt": ANA,
        "IMG-20210101-WA0001.jpg": JPEG,
        "PTT-20210113-WA0002.opus": OPUS,
    })
    prev = preview_export(z)
    assert (prev.media_found, prev.media_missing) == (2, 1)
    res = import_export(lib, z)
    assert (res.media_added, res.media_missing) == (2, 1)
    chat, msgs, summary = _only_chat(lib)
    assert chat.name == "Ana García"
    photo = _by_text(msgs)["Fireworks from the roof"]
    (ref,) = photo.media
    assert (ref.kind, ref.mime, ref.filename) == ("image", "image/jpeg", "IMG-20210101-WA0001.jpg")
    assert ref.sha256 == hashlib.sha256(JPEG).hexdigest()
    assert lib.media_path(ref.sha256).read_bytes() == JPEG
    voice = next(m for m in msgs if m.media and m.media[0].kind == "voice")
    assert voice.media[0].mime == "audio/ogg"
    assert summary.media_count == 2 and summary.media_bytes == len(JPEG) + len(OPUS)


def test_txt_first_then_zip_adds_the_media(lib, tmp_path):
    import_export(lib, ANA)
    z = make_zip(tmp_path / "WhatsApp Chat with Ana García.zip", {
        "WhatsApp Chat with Ana García.txt": ANA, "IMG-20210101-WA0001.jpg": JPEG})
    res = import_export(lib, z)
    assert res.messages_added == 0 and res.messages_present == 12 and res.media_added == 1
    chat, msgs, summary = _only_chat(lib)
    assert len(msgs) == 12 and summary.media_count == 1
    assert _by_text(msgs)["Fireworks from the roof"].media[0].filename == "IMG-20210101-WA0001.jpg"
    # And once more: nothing new.
    again = import_export(lib, z)
    assert (again.messages_added, again.media_added) == (0, 0)
    assert len(media_files(lib)) == 1


def test_reimport_creates_no_duplicates(lib):
    first = import_export(lib, ANA)
    second = import_export(lib, ANA)
    assert second.messages_added == 0 and second.messages_present == first.messages_added
    assert second.chat_ids == first.chat_ids
    assert lib.counts()[:2] == (1, 12)


def test_ios_group_24h_day_month_from_whole_file(lib, tmp_path):
    z = make_zip(tmp_path / "WhatsApp Chat - Familia.zip", {
        "_chat.txt": IOS, "00000012-PHOTO-2021-02-02-10-00-00.jpg": JPEG,
        "00000013-AUDIO-2021-02-05-10-02-00.opus": OPUS})
    res = import_export(lib, z)
    chat, msgs, _ = _only_chat(lib)
    assert (chat.name, chat.kind) == ("Familia", "group")
    # "Familia" (the group, as sender of system lines) is not a participant; "Dr: Who" is.
    assert {p.name for p in chat.participants} == {"Ana", "Dr: Who", "Me"}
    t = _by_text(msgs)
    assert t['Ana created group "Familia"'].kind == "system"
    assert t["Ana added you"].sender is None
    assert wall(t["Bom dia! ☕"].ts_ms) == "2021-02-01 09:01:00"  # 1 February, not 2 January
    assert t["Hello from the TARDIS: it is bigger inside"].sender is not None
    assert t["こんにちは\nSecond line"].kind == "text"
    assert wall(t["こんにちは\nSecond line"].ts_ms) == "2021-02-13 21:00:00"
    media = [m for m in msgs if m.kind == "media"]
    assert len(media) == 4
    kinds = sorted((r.kind, bool(r.sha256)) for m in media for r in m.media)
    # Two stored; "image omitted" and a file the zip lacks kept as not included.
    assert kinds == [("image", False), ("image", False), ("image", True), ("voice", True)]
    assert (res.media_added, res.media_missing) == (2, 2)  # "image omitted" + one absent file
    assert not any(m.text.startswith("\u200e") for m in msgs)


def test_ios_txt_alone_is_same_chat_as_zip(lib, tmp_path):
    d = tmp_path / "unzipped"
    d.mkdir()
    shutil.copy(IOS, d / "_chat.txt")
    a = import_export(lib, d / "_chat.txt")
    z = make_zip(tmp_path / "WhatsApp Chat - Familia.zip", {"_chat.txt": IOS})
    b = import_export(lib, z)
    assert a.chat_ids == b.chat_ids and b.messages_added == 0


def test_ios_spanish_am_pm(lib):
    import_export(lib, FIXTURES / "WhatsApp Chat - Sofía.txt")
    chat, msgs, _ = _only_chat(lib)
    assert chat.name == "Sofía"
    assert [wall(m.ts_ms) for m in msgs] == [
        "2020-12-31 23:58:00", "2020-12-31 23:59:10", "2021-01-01 00:00:05", "2021-01-01 01:15:00"]
    assert [m.text for m in msgs][:2] == ["¿Vienes esta noche?", "¡Claro! 🥳"]


def test_german_group_24h_dots(lib):
    import_export(lib, FIXTURES / "WhatsApp-Chat mit WG Küche.txt")
    chat, msgs, _ = _only_chat(lib)
    assert (chat.name, chat.kind) == ("WG Küche", "group")
    assert {p.name for p in chat.participants} == {"Lukas", "Mia", "Jonas", "+49 151 2345678"}
    assert [m.kind for m in msgs[:3]] == ["system"] * 3
    assert wall(msgs[3].ts_ms) == "2020-12-31 23:52:00"
    assert wall(msgs[4].ts_ms) == "2021-01-01 09:03:00"
    assert msgs[5].text == "Danke 🙏\nBis später"


def test_year_month_day_dashes_crlf(lib):
    import_export(lib, FIXTURES / "WhatsApp Chat with Ingrid.txt")
    chat, msgs, _ = _only_chat(lib)
    assert [wall(m.ts_ms)[:16] for m in msgs] == [
        "2021-03-04 07:05", "2021-03-04 07:06", "2021-03-05 22:10"]
    assert [m.text for m in msgs] == ["God morgon", "Hej hej", "Godnatt"]


@pytest.mark.parametrize("line, expected", [
    ("[2020/12/31 午後11:59:00] 田中: こんばんは", "2020-12-31 23:59:00"),
    ("[2020/12/31 午前0:05:00] 田中: おはよう", "2020-12-31 00:05:00"),
    ("31/12/2020, 11:59 nachm. - Jonas: Hallo", "2020-12-31 23:59:00"),
    ("31/12/2020, 11:59 a.m. - Jonas: Hallo", "2020-12-31 11:59:00"),
    ("31/12/2020 23:59 - Jonas: no comma", "2020-12-31 23:59:00"),
    ("31-12-2020 23.59 - Jonas: Finnish-style dots in the time", "2020-12-31 23:59:00"),
    ("\u200e[31.12.20, 23:59:58] Jonas: iOS German", "2020-12-31 23:59:58"),
])
def test_locale_variants(lib, tmp_path, line, expected):
    p = tmp_path / "WhatsApp Chat with X.txt"
    p.write_text(line + "\n", encoding="utf-8")
    import_export(lib, p)
    _, (msg,), _ = _only_chat(lib)
    assert wall(msg.ts_ms) == expected
    assert msg.sender is not None


def test_partly_readable_reports_what_it_skipped(lib):
    prev = preview_export(FIXTURES / "WhatsApp Chat with Broken.txt")
    res = import_export(lib, FIXTURES / "WhatsApp Chat with Broken.txt")
    assert res.skipped == prev.skipped == (
        ("line 1", "text before the first message"),
        ("lines 4-5", "invalid date or time (13/45/21 10:01)"),
        ("line 6", "unknown AM/PM marker in the time"),
        ("line 7", "not valid UTF-8 text"),
        ("line 8", "not valid UTF-8 text"),
    )
    _, msgs, _ = _only_chat(lib)
    assert [m.text for m in msgs] == ["first", "last"]
    assert prev.warnings  # 3/1 vs 1/3 cannot be told apart


@pytest.mark.parametrize("content, line", [
    ("Shopping list\nmilk: 2\n", 1),
    ("\n\n   \nDear diary,\n12/31/20 was fun\n", 4),
])
def test_not_an_export(lib, tmp_path, content, line):
    p = tmp_path / "notes.txt"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError) as exc:
        preview_export(p)
    assert f"line {line}" in str(exc.value) and exc.value.line == line
    assert exc.value.exit_code == 14
    with pytest.raises(ImportFormatError):
        import_export(lib, p)
    assert lib.counts() == (0, 0, 0)


def test_empty_and_binary_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ImportFormatError, match="empty"):
        preview_export(empty)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFormatError, match="line 1"):
        preview_export(binary)


def test_zip_without_chat(tmp_path):
    z = make_zip(tmp_path / "photos.zip", {"a.jpg": JPEG})
    with pytest.raises(ImportFormatError, match="neither"):
        preview_export(z)
    with pytest.raises(ImportFormatError, match="no chat text"):
        preview_export(z, format="whatsapp")


def test_chat_name_from_file():
    assert chat_name_from_file("WhatsApp Chat with Ana García.txt") == "Ana García"
    assert chat_name_from_file("WhatsApp Chat - Familia (2).zip") == "Familia"
    assert chat_name_from_file("Conversa do WhatsApp com João.txt") == "João"
    assert chat_name_from_file("_chat.txt") is None


def test_preview_matches_import(lib):
    prev = preview_export(ANA)
    (c,) = prev.chats
    assert prev.format == "whatsapp" and prev.name == "Ana García" and prev.kind == "direct"
    assert set(prev.participants) == {"Ana García", "Sam"}
    assert prev.message_count == 12 and (prev.media_found, prev.media_missing) == (0, 3)
    assert wall(prev.first_ms) == "2020-12-31 23:58:00"
    assert wall(prev.last_ms) == "2021-01-13 12:31:00"
    assert lib.counts() == (0, 0, 0)


def test_ios_direct_chat_alone_knows_who_is_me(lib, tmp_path):
    p = tmp_path / "_chat.txt"
    p.write_text("[01/02/2021, 09:00:00] Ana: \u200eMessages and calls are end-to-end encrypted.\n"
                 "[01/02/2021, 09:01:00] Ana: Oi!\n"
                 "[01/02/2021, 09:02:00] Rui: Olá 👋\n", encoding="utf-8")
    import_export(lib, p)
    chat, msgs, _ = _only_chat(lib)
    assert (chat.name, chat.kind) == ("Ana", "direct")
    assert [pp.name for pp in chat.participants if pp.is_me] == ["Rui"]
    assert msgs[0].kind == "system"


def test_ids_lead_with_the_time(lib):
    # Time-ordered ids keep the id index append-only on big imports.
    import_export(lib, ANA)
    _, msgs, _ = _only_chat(lib)
    assert [m.ts_ms for m in sorted(msgs, key=lambda m: m.id)] == sorted(m.ts_ms for m in msgs)
    assert all(m.id.startswith("wa-2") for m in msgs)


def test_importing_into_a_restored_chat_merges_with_what_the_restore_kept(lib, tmp_path):
    """A restore keeps a new chat's months as message blocks; importing the same export into
    it afterwards turns them into rows and still adds no duplicate."""
    import os

    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import BackupRequest, RestoreRequest, backup, restore
    from backupgui.library import Library

    first = import_export(lib, ANA)
    key, dest = RawKey(os.urandom(32)), FolderDestination(tmp_path / "dest")
    backup(BackupRequest(lib.root, dest, key, device_name="test"))
    restore(RestoreRequest(dest, tmp_path / "restored", key))
    with Library(tmp_path / "restored") as restored:
        (cid,) = first.chat_ids
        assert restored.has_blocks(cid)
        z = make_zip(tmp_path / "WhatsApp Chat with Ana García.zip", {
            "WhatsApp Chat with Ana García.txt": ANA, "IMG-20210101-WA0001.jpg": JPEG})
        again = import_export(restored, z)
        assert (again.messages_added, again.messages_present, again.media_added) == (0, 12, 1)
        assert not restored.has_blocks(cid)
        assert restored.counts()[:2] == (1, 12)
        assert [m.id for m in restored.messages(cid)] == [m.id for m in lib.messages(cid)]
