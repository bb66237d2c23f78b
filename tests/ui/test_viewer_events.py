"""A phone backup's group events, reactions, missed calls and deleted messages (stored as
WhatsApp's English exports write them) read in the UI's language, the names in them as data:
a name is put in as it is, never read as part of the sentence or as markup; an export's own
line is shown as the export wrote it."""

from __future__ import annotations

import pytest

from backupgui.library.importers import import_export
from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer
from backupgui.ui.language import install_language
from tests.library.whatsapp_db.conftest import ANA, BEN, GROUP, T0
from tests.library.whatsapp_db.msgstore import AndroidDb, write_wa_db

FSI, PDI = "\u2068", "\u2069"  # how the viewer isolates a name (ui.language.isolate)
ODD = 'Ana %2 <b>García</b> "x"'  # a contact name that looks like a placeholder and markup


def _library(tmp_path):
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    db.member(GROUP, ANA)
    db.member(GROUP, BEN)
    db.message(GROUP, "E1", T0 + 100, sender=ANA, mtype=7, action=1, text="Climbing 🧗")
    db.message(GROUP, "E2", T0 + 200, from_me=True, mtype=7, action=11, text="Climbing club")
    db.message(GROUP, "E3", T0 + 300, sender=ANA, mtype=7, action=12, users=[BEN])
    db.message(GROUP, "E4", T0 + 400, sender=BEN, text="Hi all")
    db.reaction(GROUP, "E4", "R1", "👍", T0 + 500, sender=ANA)
    db.message(GROUP, "E5", T0 + 600, mtype=10, sender=BEN)
    db.message(GROUP, "E6", T0 + 700, from_me=True, mtype=15)
    contacts = write_wa_db(tmp_path / "wa.db", {ANA: ODD})
    with Library(tmp_path / "lib") as lib:
        import_phone_backup(lib, PhoneBackupRequest(db.close(), contacts=contacts))
    return tmp_path / "lib"


def _shown(qtbot, root, chat_id, n):
    viewer = ChatViewer(root, chat_id)
    qtbot.addWidget(viewer)
    viewer.resize(480, 640)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == n, timeout=10_000)
    shown = [viewer.model.text_of(m) for m in viewer.model.messages]
    spoken = [viewer.model.data(viewer.model.index(i)) for i in range(n)]
    return viewer, shown, spoken


A = FSI + ODD + PDI  # the name as it is, isolated
B = FSI + "+491702222222" + PDI
EXPECTED = {
    "en": [f'{A} changed the group name to "{FSI}Climbing 🧗{PDI}"',
           f'You created group "{FSI}Climbing club{PDI}"', f"{A} added {B}", "Hi all",
           f'{A} reacted {FSI}👍{PDI} to "{FSI}Hi all{PDI}"', "Missed group voice call",
           "You deleted this message"],
    "de": [f"{A} hat den Gruppennamen in „{FSI}Climbing 🧗{PDI}“ geändert",
           f"Du hast die Gruppe „{FSI}Climbing club{PDI}“ erstellt", f"{A} hat {B} hinzugefügt",
           "Hi all", f"{A} hat mit {FSI}👍{PDI} auf „{FSI}Hi all{PDI}“ reagiert",
           "Verpasster Gruppen-Sprachanruf", "Du hast diese Nachricht gelöscht"],
    "ar": [f'غيّر {A} اسم المجموعة إلى "{FSI}Climbing 🧗{PDI}"',
           f'أنشأت المجموعة "{FSI}Climbing club{PDI}"', f"أضاف {A} {B}", "Hi all",
           f'تفاعل {A} بـ {FSI}👍{PDI} مع "{FSI}Hi all{PDI}"', "مكالمة صوتية جماعية فائتة",
           "لقد حذفت هذه الرسالة"],
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_events_read_in_the_uis_language(qtbot, qapp, tmp_path, code):
    root = _library(tmp_path)
    install_language(code, qapp)
    viewer, shown, spoken = _shown(qtbot, root, chat_id_of(GROUP), 7)
    assert shown == EXPECTED[code]
    assert all(s in said for s, said in zip(shown, spoken, strict=True))
    viewer.grab()  # laid out and drawn


@pytest.mark.parametrize("code", ["de", "es", "pt_BR", "ru", "tr", "id", "hi", "ar"])
def test_every_sentence_is_translated_with_its_placeholders(qapp, tmp_path, code):
    """Each sentence has a translation in each shipped language that keeps its %1/%2/%3
    (one left out would drop a name; one added would show "%2")."""
    import re

    from backupgui.ui.chats.viewer import MessageModel

    install_language("en", qapp)
    model = MessageModel(tmp_path, "none")
    english = model.event_sentences()
    install_language(code, qapp)
    local = model.event_sentences()
    for sid, (general, mine) in english.items():
        for src, got in ((general, local[sid][0]), (mine, local[sid][1])):
            if src is None:
                continue
            assert got != src or code == "en", (sid, src)
            assert sorted(set(re.findall(r"%\d", got))) == sorted(set(re.findall(r"%\d", src)))


def test_an_exports_own_line_is_shown_as_written(qtbot, qapp, tmp_path):
    """Only what a phone backup's import wrote is read as a sentence: an export's "You were
    added to the group" (which "{1} added {2}" would match) stays as it is."""
    export = tmp_path / "WhatsApp Chat with Club.txt"
    export.write_text("12/31/20, 11:58 PM - Ana: Hello\n"
                      "12/31/20, 11:59 PM - Ben: Hi\n"
                      "12/31/20, 11:59 PM - Carla: Hey\n"
                      "1/1/21, 12:00 AM - You were added to the group\n", "utf-8")
    with Library(tmp_path / "lib") as lib:
        import_export(lib, export)
        (summary,) = lib.list_chats()
    install_language("de", qapp)
    _viewer, shown, _spoken = _shown(qtbot, tmp_path / "lib", summary.id, 4)
    assert shown[-1] == "You were added to the group"
