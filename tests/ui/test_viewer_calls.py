"""An iPhone backup's calls (type 59) read in the UI's language: the kind in its words, the
length through the UI's duration formatter (the language's digits); a stored text that only
looks like a call (a length out of its grammar) is shown as it is."""

from __future__ import annotations

import pytest

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer
from backupgui.ui.language import install_language
from tests.library.whatsapp_db.conftest import ANA, T0
from tests.library.whatsapp_db.iphone_backup import ChatStorage, call_metadata, write_backup


def _library(tmp_path):
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(ANA, "Ana García")
    cs.message(ANA, "C1", T0 + 1, mtype=59, metadata=call_metadata(seconds=63))
    cs.message(ANA, "C2", T0 + 2, mtype=59, from_me=True,
               metadata=call_metadata(video=1, seconds=3727))
    cs.message(ANA, "C3", T0 + 3, mtype=59, metadata=call_metadata(outcome=4, video=1))
    cs.message(ANA, "C4", T0 + 4, mtype=59, from_me=True, metadata=call_metadata(outcome=1))
    cs.message(ANA, "T1", T0 + 5, text="Voice call, 1:3")  # someone's text, not a call
    with Library(tmp_path / "lib") as lib:
        import_phone_backup(lib, PhoneBackupRequest(write_backup(
            tmp_path / "b", {"ChatStorage.sqlite": cs.close().read_bytes()}, None)))
    return tmp_path / "lib"


EXPECTED = {
    "en": ["Voice call, 1 min 3 s", "Video call, 1 h 2 min", "Missed video call",
           "Voice call, no answer", "Voice call, 1:3"],
    "de": ["Sprachanruf, 1 Min. 3 s", "Videoanruf, 1 Std. 2 Min.", "Verpasster Videoanruf",
           "Sprachanruf, nicht angenommen", "Voice call, 1:3"],
    "tr": ["Sesli arama, 1 dk 3 sn", "Görüntülü arama, 1 sa 2 dk", "Cevapsız görüntülü arama",
           "Sesli arama, cevaplanmadı", "Voice call, 1:3"],
    "ar": ["مكالمة صوتية، ١ د ٣ ث", "مكالمة فيديو، ١ س ٢ د", "مكالمة فيديو فائتة",
           "مكالمة صوتية، لم يتم الرد", "Voice call, 1:3"],
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_calls_read_in_the_uis_language(qtbot, qapp, tmp_path, code):
    root = _library(tmp_path)
    install_language(code, qapp)
    viewer = ChatViewer(root, chat_id_of(ANA))
    qtbot.addWidget(viewer)
    viewer.resize(480, 640)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 5, timeout=10_000)
    shown = [viewer.model.text_of(m) for m in viewer.model.messages]
    try:
        assert shown == EXPECTED[code]
    finally:
        install_language("en", qapp)
    viewer.grab()
