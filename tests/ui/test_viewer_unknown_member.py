"""A phone backup's group message whose row names no sender is an unknown member's, said so
in the UI's language; never the owner's ("You") and never a blank name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer
from backupgui.ui.language import install_language

from ..library.whatsapp_db.conftest import ANA, GROUP, T0
from ..library.whatsapp_db.msgstore import AndroidDb


@pytest.mark.parametrize("code, word, you", [("en", "Unknown member", "You"),
                                             ("de", "Unbekannter Teilnehmer", "Du"),
                                             ("ar", "مشارك غير معروف", None)])
def test_a_group_message_without_a_sender_is_an_unknown_members(qtbot, qapp, tmp_path, code,
                                                                word, you):
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(GROUP, "Climbing club", T0)
    db.member(GROUP, ANA)
    db.message(GROUP, "G1", T0 + 100, text="who wrote this?")
    db.message(GROUP, "G2", T0 + 200, sender=ANA, text="Ana did not")
    with Library(tmp_path / "lib") as lib:
        import_phone_backup(lib, PhoneBackupRequest(db.close()))
    install_language(code, qapp)
    viewer = ChatViewer(tmp_path / "lib", chat_id_of(GROUP))
    qtbot.addWidget(viewer)
    viewer.resize(480, 640)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 2, timeout=10_000)
    nobody, ana = viewer.model.messages
    assert nobody.sender is None and not viewer.model.is_me(nobody)
    assert viewer.model.sender_name(nobody) == word
    assert viewer.model.sender_name(ana) == "+491701111111"
    spoken = viewer.model.data(viewer.model.index(0))
    assert word in spoken and (you is None or you not in spoken.split(",")[0])
    # The bubble is wide enough for the whole name (it was cut short by a letter).
    delegate = viewer.view.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(viewer.view)
    option.rect = viewer.view.visualRect(viewer.model.index(0))
    bold = delegate._fonts(option)[1]
    for row, name in ((0, word), (1, "+491701111111")):
        lay = delegate._layout(option, viewer.model.index(row))
        inner = lay["bubble_w"] - 2 * delegate.PAD
        assert QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, inner) == name
    viewer.grab()
