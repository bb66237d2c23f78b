"""A Telegram service message whose actor the export does not name is shown with "Someone" in
the UI's language (the importer stores a neutral mark, U+FFFC, not an English word)."""

from __future__ import annotations

import json

import pytest

from backupgui.library.importers import import_export
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer
from backupgui.ui.language import install_language


@pytest.mark.parametrize("code, word", [("en", "Someone"), ("de", "Jemand"), ("ar", "شخص ما")])
def test_the_unknown_actor_is_someone_in_the_uis_language(qtbot, qapp, tmp_path, code, word):
    doc = {"name": "Club", "type": "private_group", "id": 7, "messages": [
        {"id": 1, "type": "service", "date_unixtime": "100", "action": "joined_telegram"}]}
    (tmp_path / "result.json").write_text(json.dumps(doc))
    with Library(tmp_path / "lib") as lib:
        import_export(lib, tmp_path / "result.json")
        (summary,) = lib.list_chats()
    install_language(code, qapp)
    viewer = ChatViewer(tmp_path / "lib", summary.id)
    qtbot.addWidget(viewer)
    viewer.resize(480, 640)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 1, timeout=10_000)
    m = viewer.model.messages[0]
    assert m.text == "\ufffc joined Telegram"
    shown = viewer.model.text_of(m)
    assert word in shown and "\ufffc" not in shown and shown.endswith(" joined Telegram")
    spoken = viewer.model.data(viewer.model.index(0))
    assert word in spoken and "\ufffc" not in spoken
    viewer.grab()  # laid out and drawn with the word
