"""Issue 25 in the app: a phone backup imported through "Import from phone backup…" keeps the
media the copied folder lacks as entries with their name and kind, which the chat viewer
shows as "… not on this computer" (not "not included in the export": there was no export);
importing again once the files are copied fills them in."""

from __future__ import annotations

from PySide6.QtGui import QImage

from backupgui.library import Library
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.ui.chats.phone_import import PhoneImportDialog
from backupgui.ui.chats.viewer import ChatViewer
from tests.library.whatsapp_db import encoder
from tests.library.whatsapp_db.conftest import ANA, build_android, write_contacts, write_media

ROOT = bytes(range(32))
GROUPED = " ".join(ROOT.hex()[i:i + 4] for i in range(0, 64, 4))


def _import(qtbot, library, backup, media, contacts):
    dlg = PhoneImportDialog(library)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_path(str(backup))
    qtbot.waitUntil(lambda: dlg.kind == "android", timeout=10_000)
    dlg.key_field.setText(GROUPED)
    dlg.media_edit.setText(str(media))
    dlg.contacts_edit.setText(str(contacts))
    dlg.start_preview()
    qtbot.waitUntil(lambda: dlg.task is None and dlg.preview is not None, timeout=20_000)
    results = []
    dlg.imported.connect(results.append)
    dlg.import_button.click()
    qtbot.waitUntil(lambda: bool(results) and dlg.task is None, timeout=30_000)
    text = dlg.status.text()
    dlg.close()
    return results[0], text


def _shown(qtbot, library, chat_id, tmp_path, name):
    viewer = ChatViewer(library, chat_id)
    qtbot.addWidget(viewer)
    viewer.resize(480, 900)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 10, timeout=10_000)
    lines = [viewer.model.data(viewer.model.index(i)) for i in range(10)]
    img = QImage(viewer.size(), QImage.Format.Format_ARGB32)
    viewer.render(img)
    img.save(str(tmp_path / name))
    viewer.close()
    return lines


def test_missing_media_shown_as_not_on_this_computer_then_filled(qtbot, tmp_path):
    db = build_android(tmp_path / "msgstore.db", "current")
    backup = tmp_path / "msgstore.db.crypt15"
    backup.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), ROOT))
    contacts = write_contacts(tmp_path / "wa.db")
    library = tmp_path / "library"
    empty = tmp_path / "empty"
    empty.mkdir()

    r, status = _import(qtbot, library, backup, empty, contacts)
    assert r.media_missing == 4
    assert "4 files not on this computer" in status
    lines = _shown(qtbot, library, chat_id_of(ANA), tmp_path, "missing.png")
    assert sum("Photo not on this computer" in t for t in lines) == 2  # one with a caption
    assert sum("Voice note not on this computer" in t for t in lines) == 1
    assert sum("Document not on this computer" in t for t in lines) == 1
    assert not any("not included in the export" in t for t in lines)

    r, status = _import(qtbot, library, backup, write_media(tmp_path / "Media"), contacts)
    assert r.messages_added == 0 and r.media_added == 3 and r.media_missing == 1
    lines = _shown(qtbot, library, chat_id_of(ANA), tmp_path, "filled.png")
    assert sum("not on this computer" in t for t in lines) == 1  # the photo never copied
    with Library(library) as lib:
        summit = next(m for m in lib.messages(chat_id_of(ANA)) if m.text == "The summit")
        assert summit.media[0].sha256 and lib.media_path(summit.media[0].sha256).exists()
