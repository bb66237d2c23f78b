"""A list of people in an event ("Ana added Ben, Carla and Dora") is joined with the UI
language's own words and separators (CLDR's list patterns: "und" without a comma before it
in German, "و" before each in Arabic, ", और" before the last in Hindi, "и" in Russian),
each name isolated and put in as data; a name that holds ", " or " and " stays whole.
The real viewer over a real iPhone backup's import (the events of test_iphone_events.py)."""

from __future__ import annotations

import pytest

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer, MessageModel
from backupgui.ui.language import install_language
from tests.library.whatsapp_db.conftest import ANA, BEN, CARLA, GROUP, T0
from tests.library.whatsapp_db.iphone_backup import ChatStorage, write_backup

FSI, PDI = "\u2068", "\u2069"
DORA = "491704444444@s.whatsapp.net"
TOM = "491705555555@s.whatsapp.net"
ODD = "Tom and Jerry, %1"  # a name with the list's own words and a placeholder in it


def _library(tmp_path):
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(GROUP, "Climbing club", group=True)
    for jid, name in ((ANA, "Ana"), (BEN, "Ben"), (CARLA, "Carla"), (DORA, "Dora"), (TOM, ODD)):
        cs.member(GROUP, jid, name)
    cs.message(GROUP, "G1", T0 + 1, mtype=6, event=50, text=f"{ANA};{BEN},{CARLA},{DORA}")
    cs.message(GROUP, "G2", T0 + 2, mtype=6, event=7, text=f"{ANA};{BEN},{TOM}")
    cs.message(GROUP, "G3", T0 + 3, mtype=6, event=50, text=f"{ANA};{TOM},{BEN},{CARLA}")
    cs.message(GROUP, "G4", T0 + 4, mtype=6, event=2, text=ANA, sender=BEN)
    with Library(tmp_path / "lib") as lib:
        import_phone_backup(lib, PhoneBackupRequest(write_backup(
            tmp_path / "b", {"ChatStorage.sqlite": cs.close().read_bytes()}, None)))
    return tmp_path / "lib"


def i(name: str) -> str:
    return FSI + name + PDI


A, B, C, D, T = i("Ana"), i("Ben"), i("Carla"), i("Dora"), i(ODD)
EXPECTED = {
    "en": [f"{A} added {B}, {C} and {D}", f"{A} removed {B} and {T}",
           f"{A} added {T}, {B} and {C}", f"{A} added {B}"],
    "de": [f"{A} hat {B}, {C} und {D} hinzugefügt", f"{A} hat {B} und {T} entfernt",
           f"{A} hat {T}, {B} und {C} hinzugefügt", f"{A} hat {B} hinzugefügt"],
    "ar": [f"أضاف {A} {B} و{C} و{D}", f"أزال {A} {B} و{T}", f"أضاف {A} {T} و{B} و{C}",
           f"أضاف {A} {B}"],
    "hi": [f"{A} ने {B}, {C}, और {D} को जोड़ा", f"{A} ने {B} और {T} को हटाया",
           f"{A} ने {T}, {B}, और {C} को जोड़ा", f"{A} ने {B} को जोड़ा"],
    "ru": [f"{A} добавил(а) {B}, {C} и {D}", f"{A} удалил(а) {B} и {T}",
           f"{A} добавил(а) {T}, {B} и {C}", f"{A} добавил(а) {B}"],
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_member_lists_in_the_uis_language(qtbot, qapp, tmp_path, code):
    root = _library(tmp_path)
    install_language(code, qapp)
    viewer = ChatViewer(root, chat_id_of(GROUP))
    qtbot.addWidget(viewer)
    viewer.resize(480, 640)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 4, timeout=10_000)
    assert [viewer.model.text_of(m) for m in viewer.model.messages] == EXPECTED[code]
    viewer.grab()


@pytest.mark.parametrize("code", ["de", "es", "pt_BR", "ru", "tr", "id", "hi", "ar"])
def test_the_list_words_are_translated_and_keep_their_placeholders(qapp, tmp_path, code):
    install_language(code, qapp)
    model = MessageModel(tmp_path, "none")
    two = model.people_list(["X", "Y"])
    three = model.people_list(["X", "Y", "Z"])
    assert two.index("X") < two.index("Y") and "%" not in two
    assert three.index("X") < three.index("Y") < three.index("Z") and "%" not in three
    if code != "ar":
        assert "X, Y" in three  # CLDR: a comma between all but the last two here
    else:
        assert three == "X وY وZ"


def test_english_has_no_comma_before_and(qapp, tmp_path):
    install_language("en", qapp)
    model = MessageModel(tmp_path, "none")
    assert model.people_list(["X", "Y", "Z", "W"]) == "X, Y, Z and W"
    assert model.people_list(["X"]) == "X"
