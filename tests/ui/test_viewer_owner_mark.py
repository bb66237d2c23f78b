"""A phone backup's event of the phone's owner ("... changed this group's icon") is stored
with the neutral mark U+FDD0 and shown with "You" in the UI's language; a library from
before, which holds the English word, shows it as it is."""

from __future__ import annotations

import pytest

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.model import SELF_ACTOR
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer
from backupgui.ui.language import install_language
from tests.library.whatsapp_db.conftest import ANA, GROUP, T0
from tests.library.whatsapp_db.msgstore import AndroidDb


def _library(tmp_path, *, legacy_word: bool):
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    db.member(GROUP, ANA)
    db.message(GROUP, "G00000001", T0 + 100, from_me=True, mtype=7, action=6)
    with Library(tmp_path / "lib") as lib:
        import_phone_backup(lib, PhoneBackupRequest(db.close()))
        if legacy_word:  # as an older backupgui stored it
            with lib.transaction() as w:
                w._db.execute("UPDATE messages SET text=replace(text, ?, 'You')", (SELF_ACTOR,))
    return tmp_path / "lib"


def _shown(qtbot, root):
    viewer = ChatViewer(root, chat_id_of(GROUP))
    qtbot.addWidget(viewer)
    viewer.resize(480, 640)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 1, timeout=10_000)
    m = viewer.model.messages[0]
    shown = viewer.model.text_of(m)
    spoken = viewer.model.data(viewer.model.index(0))
    viewer.grab()  # laid out and drawn with the word
    return m.text, shown, spoken


@pytest.mark.parametrize("code, sentence", [("en", "You changed this group's icon"),
                                            ("de", "Du hast das Gruppenbild geändert"),
                                            ("ar", "غيّرت صورة هذه المجموعة")])
def test_the_owner_is_you_in_the_uis_language(qtbot, qapp, tmp_path, code, sentence):
    """The whole sentence is the UI's, the owner's own form of it (test_viewer_events.py)."""
    root = _library(tmp_path, legacy_word=False)
    install_language(code, qapp)
    stored, shown, spoken = _shown(qtbot, root)
    assert stored == f"{SELF_ACTOR} changed this group's icon"
    assert shown == sentence
    assert spoken.endswith(sentence) and SELF_ACTOR not in spoken


def test_a_library_from_before_keeps_its_word(qtbot, qapp, tmp_path):
    root = _library(tmp_path, legacy_word=True)
    install_language("de", qapp)
    stored, shown, _spoken = _shown(qtbot, root)
    assert stored == shown == "You changed this group's icon"
