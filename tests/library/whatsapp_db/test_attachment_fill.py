"""An attachment kept without its file (sha256 '') gets it in one way, whatever brings the
file: a restore's or a blob's rows, the same phone backup imported again with its media
folder, or an export merged into a chat from a phone backup. All three go through
``LibraryWriter.add_media``, and nothing else writes a file into such a row."""

from __future__ import annotations

import dataclasses

import pytest

from backupgui.library import Library
from backupgui.library.importers import import_export
from backupgui.library.importers.whatsapp_db import (
    Crypt15Key,
    PhoneBackupRequest,
    import_phone_backup,
)
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.model import Chat
from backupgui.library.store import LibraryWriter
from tests.library.importers.conftest import make_zip

from . import encoder
from .conftest import ANA, IMG, build_android, write_contacts, write_media
from .test_merge import write_export

ROOT = bytes(range(32))


@pytest.fixture
def watch(monkeypatch):
    """``watch(lib)``: every statement that writes a file into a media row of ``lib``, as
    whether it ran inside ``LibraryWriter.add_media``."""
    inside = [0]
    real = LibraryWriter.add_media

    def add_media(self, media):
        inside[0] += 1
        try:
            return real(self, media)
        finally:
            inside[0] -= 1

    monkeypatch.setattr(LibraryWriter, "add_media", add_media)

    def start(lib) -> list[bool]:
        seen: list[bool] = []
        lib._db.set_trace_callback(lambda sql: seen.append(inside[0] > 0) if " ".join(
            sql.split()).upper().startswith("UPDATE MEDIA SET SHA256") else None)
        return seen

    return start


def _rows(lib, chat_id):
    return {r.filename: r for m in lib.messages(chat_id) for r in m.media}


def test_rows_that_bring_the_file_fill_an_entry(tmp_path, watch):
    with Library(tmp_path / "lib") as lib:
        fills = watch(lib)
        sha, _size = lib.add_media_bytes(IMG)
        with lib.transaction() as w:
            w.upsert_chat(Chat("c", "C", "direct"))
            w.add_message_rows([("m1", "c", 1000, "ana", "media", "", None, 0)],
                               [("m1", 0, "c", "image", "image/jpeg", "a.jpg", 0, "")])
        rev = lib.chat_revisions()["c"]
        with lib.transaction() as w:  # a restore of a blob that has the file
            assert w.add_media([("m1", 0, "c", "image", "image/jpeg", "a.jpg", len(IMG), sha),
                                ("m1", 1, "c", "file", "x/y", "b.pdf", 0, "")]) == 2
        with lib.transaction() as w:  # a row that has its file keeps it
            assert w.add_media([("m1", 0, "c", "image", "image/jpeg", "a.jpg", 3, "0" * 64)]) == 0
        rows = _rows(lib, "c")
        assert (rows["a.jpg"].sha256, rows["a.jpg"].size) == (sha, len(IMG))
        assert rows["b.pdf"].sha256 == ""
        assert lib.chat_revisions()["c"] != rev
        assert {c.id: c.media_count for c in lib.list_chats()} == {"c": 1}
    assert fills and all(fills)


def _phone_backup(tmp_path):
    db = build_android(tmp_path / "msgstore.db", "current")
    enc = tmp_path / "msgstore.db.crypt15"
    enc.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), ROOT))
    return PhoneBackupRequest(enc, Crypt15Key(ROOT), None, write_contacts(tmp_path / "wa.db"))


def test_the_phone_backup_again_with_its_media_fills_through_add_media(tmp_path, lib, watch):
    fills = watch(lib)
    req = _phone_backup(tmp_path)
    assert import_phone_backup(lib, req).media_missing == 4
    again = import_phone_backup(lib, dataclasses.replace(req, media_dir=write_media(tmp_path / "M")))
    assert (again.media_added, again.media_missing) == (3, 1)
    rows = _rows(lib, chat_id_of(ANA))
    assert lib.media_path(rows["IMG-20231114-WA0001.jpg"].sha256).read_bytes() == IMG
    assert fills and all(fills)


def test_an_export_fills_the_phone_backups_entry_through_add_media(tmp_path, lib, watch):
    fills = watch(lib)
    import_phone_backup(lib, _phone_backup(tmp_path))
    ana = chat_id_of(ANA)
    assert _rows(lib, ana)["IMG-20231114-WA0001.jpg"].sha256 == ""
    rev = lib.chat_revisions()[ana]
    text = tmp_path / "WhatsApp Chat with Ana García.txt"
    write_export(text)
    z = make_zip(tmp_path / "WhatsApp Chat with Ana García.zip",
                 {text.name: text.read_bytes(), "IMG-20231114-WA0001.jpg": IMG})
    r = import_export(lib, z)
    assert r.media_added == 1 and ana in r.chat_ids
    row = _rows(lib, ana)["IMG-20231114-WA0001.jpg"]
    assert (row.size, lib.media_path(row.sha256).read_bytes()) == (len(IMG), IMG)
    assert lib.chat_revisions()[ana] != rev
    assert fills and all(fills)
    # Again: the row has its file now; nothing is taken twice.
    assert import_export(lib, z).media_added == 0
