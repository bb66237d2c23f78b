"""Issue 25: media files the database names but the copied media folder lacks are kept as
"not on this computer" entries (name and kind, no file), through the library API and the
CLI; a later import with the files fills those entries, and the chat counts them and is
backed up again."""

from __future__ import annotations

import dataclasses
import json
import shutil

from backupgui.library import Library
from backupgui.library.importers.whatsapp_db import (
    Crypt15Key,
    PhoneBackupRequest,
    import_phone_backup,
)
from backupgui.library.importers.whatsapp_db.importer import chat_id_of

from . import encoder
from .conftest import ANA, IMG, PDF, VOICE, build_android, write_contacts, write_media
from .test_cli import cli

ROOT = bytes(range(32))


def _backup(tmp_path):
    db = build_android(tmp_path / "msgstore.db", "current")
    enc = tmp_path / "msgstore.db.crypt15"
    enc.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), ROOT))
    return enc


def _media_rows(lib, chat_id):
    return {r.filename: r for m in lib.messages(chat_id) for r in m.media}


def test_missing_files_are_entries_that_a_later_import_fills(tmp_path, lib):
    enc = _backup(tmp_path)
    req = PhoneBackupRequest(enc, Crypt15Key(ROOT), None, write_contacts(tmp_path / "wa.db"))
    r = import_phone_backup(lib, req)
    assert r.media_missing == 4
    ana = chat_id_of(ANA)
    rows = _media_rows(lib, ana)
    # Name and kind kept, no file: the photo, the voice note, the document, the photo that
    # is never copied; the contact card comes from the database itself.
    for name, kind in (("IMG-20231114-WA0001.jpg", "image"), ("PTT-20231114-WA0002.opus", "voice"),
                       ("route.pdf", "file"), ("IMG-20231114-WA0003.jpg", "image")):
        assert rows[name].kind == kind and rows[name].sha256 == "" and rows[name].size == 0
    assert rows["Dora Díaz.vcf"].sha256
    summary = {c.id: c for c in lib.list_chats()}[ana]
    assert summary.media_count == 1  # entries without a file are not counted as media
    rev = lib.chat_revisions()[ana]
    assert len(lib.media_for_chats([ana])) == 1

    # The media folder copied later: the same backup again fills the entries.
    again = import_phone_backup(lib, dataclasses.replace(req, media_dir=write_media(tmp_path / "M")))
    assert again.messages_added == 0 and again.media_added == 3 and again.media_missing == 1
    rows = _media_rows(lib, ana)
    assert lib.media_path(rows["IMG-20231114-WA0001.jpg"].sha256).read_bytes() == IMG
    assert lib.media_path(rows["PTT-20231114-WA0002.opus"].sha256).read_bytes() == VOICE
    assert lib.media_path(rows["route.pdf"].sha256).read_bytes() == PDF
    assert rows["IMG-20231114-WA0003.jpg"].sha256 == ""  # still not on this computer
    # The chat counts them, and its revision moved, so the next backup sends the chat (its
    # message blobs name the files) and the files. (Both failed before: the rows were filled
    # but the chat kept its old counts and revision.)
    summary = {c.id: c for c in lib.list_chats()}[ana]
    assert summary.media_count == 4
    assert summary.media_bytes == len(IMG) + len(VOICE) + len(PDF) + rows["Dora Díaz.vcf"].size
    assert lib.chat_revisions()[ana] != rev
    assert len(lib.media_for_chats([ana])) == 4


def test_cli_keeps_and_fills_missing_files(tmp_path):
    enc = _backup(tmp_path)
    key = tmp_path / "key.txt"
    key.write_text(ROOT.hex())
    media = write_media(tmp_path / "Media")
    voice = media / "WhatsApp Voice Notes"
    shutil.move(voice, tmp_path / "later")  # not copied the first time
    library = tmp_path / "library"
    args = ("import", "--library", str(library), str(enc), "--key-file", str(key),
            "--media", str(media), "--contacts", str(write_contacts(tmp_path / "wa.db")))
    p = cli(*args)
    assert p.returncode == 0, p.stderr
    assert "2 not on this computer" in p.stdout  # the voice note and the never-copied photo
    with Library(library) as lib:
        rows = _media_rows(lib, chat_id_of(ANA))
    assert rows["PTT-20231114-WA0002.opus"].kind == "voice"
    assert rows["PTT-20231114-WA0002.opus"].sha256 == ""

    shutil.move(tmp_path / "later", voice)
    p = cli(*args)
    assert p.returncode == 0, p.stderr
    assert "0 new messages" in p.stdout and "1 media files, 1 not on this computer" in p.stdout
    with Library(library) as lib:
        rows = _media_rows(lib, chat_id_of(ANA))
        assert lib.media_path(rows["PTT-20231114-WA0002.opus"].sha256).read_bytes() == VOICE
    listed = json.loads(cli("chats", "--library", str(library), "--json").stdout)
    ana = next(c for c in listed if c["name"] == "Ana García")
    assert ana["media_files"] == 4  # the card, the summit photo, the voice note, the pdf
