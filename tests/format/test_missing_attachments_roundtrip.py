"""Issue 20 item 7 through a real backup and restore (folder destination): an attachment the
export or the phone backup lacks comes back after a restore on a new computer with its name
and kind, and the chat viewer says the same as before; a later import that brings the file
fills the row, and the next backup sends the file. Each of these failed before message
blobs could list an attachment without its file (the restore had no attachment at all)."""

from __future__ import annotations

import dataclasses

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import verify
from backupgui.engine.types import VerifyRequest
from backupgui.library.importers import import_export
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer
from tests.engine.helpers import backup_to, pw, restore_from
from tests.library.importers.conftest import make_zip

JPEG = b"\xff\xd8\xff\xe0" + b"photo" * 20
TEXT = ("1/1/21, 10:00 - Ana: IMG-20210101-WA0001.jpg (file attached)\n"
        "1/1/21, 10:01 - Ana: <Media omitted>\n"
        "1/1/21, 10:02 - Ana: Alex.vcf (file attached)\n"
        "1/1/21, 10:03 - Ana: PTT-20210101-WA0002.opus (file attached)\n"
        "1/1/21, 10:04 - Ana: hello\n")
NAME = "WhatsApp Chat with Ana.txt"


def _rows(lib_dir) -> list[tuple]:
    with Library(lib_dir) as lib:
        (chat,) = lib.list_chats()
        return [(m.id, m.kind, m.text, tuple((r.kind, r.filename, r.mime, r.seq, r.sha256, r.size)
                                             for r in m.media)) for m in lib.messages(chat.id)]


def _settle(qtbot, viewer) -> None:
    """Close the viewer once its thumbnail loads are done (one finishing after the close
    would reach a deleted model: the viewer's own race, not this test's subject)."""
    qtbot.waitUntil(lambda: not viewer.model._thumb_pending, timeout=10_000)
    viewer.close()


def _shown(qtbot, lib_dir) -> list[str]:
    with Library(lib_dir) as lib:
        (chat,) = lib.list_chats()
        n = len(lib.messages(chat.id))
    viewer = ChatViewer(lib_dir, chat.id)
    qtbot.addWidget(viewer)
    viewer.resize(480, 640)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == n, timeout=10_000)
    lines = [viewer.model.data(viewer.model.index(i)) for i in range(n)]
    _settle(qtbot, viewer)
    return lines


def test_export_missing_attachments_survive_backup_and_restore(qtbot, tmp_path):
    key = pw()
    dest = FolderDestination(tmp_path / "dest")
    export = tmp_path / NAME
    export.write_text(TEXT, encoding="utf-8")
    with Library(tmp_path / "a") as lib:
        import_export(lib, export)
    before, shown_before = _rows(tmp_path / "a"), _shown(qtbot, tmp_path / "a")
    assert sum(1 for m in before for r in m[3] if r[4] == "") == 4
    assert "Photo not included in the export" in shown_before[0]

    backup_to(tmp_path / "a", dest, key)
    verify(VerifyRequest(dest, key))  # the version 2 blob is intact to verify too
    res = restore_from(dest, tmp_path / "b", key)  # a new computer: the chat as blocks
    assert res.media_missing == 0  # an attachment without its file is not a file to fetch
    assert _rows(tmp_path / "b") == before
    assert _shown(qtbot, tmp_path / "b") == shown_before

    # Restored again into the library that has the chat: merged row by row, same rows.
    restore_from(dest, tmp_path / "b", key)
    assert _rows(tmp_path / "b") == before

    # The export with its files, imported on the new computer: the rows are filled ...
    make_zip(tmp_path / "full.zip", {NAME: TEXT.encode(), "IMG-20210101-WA0001.jpg": JPEG})
    with Library(tmp_path / "b") as lib:
        r = import_export(lib, tmp_path / "full.zip")
        assert r.media_added == 1
    filled = _rows(tmp_path / "b")
    photo = filled[0][3][0]
    assert photo[:2] == ("image", "IMG-20210101-WA0001.jpg") and photo[4] and photo[5] == len(JPEG)
    # ... and the next backup sends the file: a third computer gets it.
    backup_to(tmp_path / "b", dest, key)
    restore_from(dest, tmp_path / "c", key)
    assert _rows(tmp_path / "c") == filled
    with Library(tmp_path / "c") as lib:
        assert lib.media_path(photo[4]).read_bytes() == JPEG
    shown = _shown(qtbot, tmp_path / "c")
    assert "not included in the export" not in shown[0]
    assert shown[1:] == shown_before[1:]


def test_phone_backup_entries_not_on_this_computer_survive_backup_and_restore(qtbot, tmp_path):
    from backupgui.library.importers.whatsapp_db import (
        Crypt15Key,
        PhoneBackupRequest,
        import_phone_backup,
    )
    from tests.library.whatsapp_db import encoder
    from tests.library.whatsapp_db.conftest import IMG, build_android, write_contacts, write_media

    root = bytes(range(32))
    db = build_android(tmp_path / "msgstore.db", "current")
    enc = tmp_path / "msgstore.db.crypt15"
    enc.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), root))
    req = PhoneBackupRequest(enc, Crypt15Key(root), None, write_contacts(tmp_path / "wa.db"))
    with Library(tmp_path / "a") as lib:
        assert import_phone_backup(lib, req).media_missing == 4
    key = pw()
    dest = FolderDestination(tmp_path / "dest")
    chats_before = {}
    with Library(tmp_path / "a") as lib:
        for c in lib.list_chats():
            chats_before[c.id] = [(m.id, tuple(m.media)) for m in lib.messages(c.id)]
    backup_to(tmp_path / "a", dest, key)
    restore_from(dest, tmp_path / "b", key)
    with Library(tmp_path / "b") as lib:
        after = {c.id: [(m.id, tuple(m.media)) for m in lib.messages(c.id)] for c in lib.list_chats()}
    assert after == chats_before
    missing = [r for ms in after.values() for _mid, refs in ms for r in refs if not r.sha256]
    assert len(missing) == 4 and {r.kind for r in missing} == {"image", "voice", "file"}

    # Same words in the viewer (the chat of Ana: "… not on this computer").
    from backupgui.library.importers.whatsapp_db.importer import chat_id_of
    from tests.library.whatsapp_db.conftest import ANA

    def lines(lib_dir):
        viewer = ChatViewer(lib_dir, chat_id_of(ANA))
        qtbot.addWidget(viewer)
        viewer.show()
        qtbot.waitUntil(lambda: viewer.model.rowCount() == 10, timeout=10_000)
        out = [viewer.model.data(viewer.model.index(i)) for i in range(10)]
        _settle(qtbot, viewer)
        return out

    shown = lines(tmp_path / "a")
    assert sum("not on this computer" in t for t in shown) == 4
    assert lines(tmp_path / "b") == shown

    # The media folder copied later, imported on the restored computer: filled and sent.
    with Library(tmp_path / "b") as lib:
        again = import_phone_backup(lib, dataclasses.replace(req, media_dir=write_media(tmp_path / "M")))
        assert again.media_added == 3
    backup_to(tmp_path / "b", dest, key)
    restore_from(dest, tmp_path / "c", key)
    with Library(tmp_path / "c") as lib:
        refs = [r for m in lib.messages(chat_id_of(ANA)) for r in m.media]
        photo = next(r for r in refs if r.filename == "IMG-20231114-WA0001.jpg")
        assert lib.media_path(photo.sha256).read_bytes() == IMG
        assert sum(1 for r in refs if not r.sha256) == 1  # the photo never copied
