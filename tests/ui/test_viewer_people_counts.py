"""An event whose subject is a list of people ("Ben and Carla were added") agrees with how
many they are, in the UI's language: one, two (Arabic's dual) or more. The stored English
sentence does not change ("Ben and Carla was added", as WhatsApp's exports write it); only
the viewer says it. The real viewer over a real Android backup's import."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from backupgui.library import events as event_sentences
from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.events import people
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer, MessageModel
from backupgui.ui.language import install_language
from tests.library.whatsapp_db.conftest import ANA, GROUP, T0
from tests.library.whatsapp_db.msgstore import AndroidDb, write_wa_db

FSI, PDI = "\u2068", "\u2069"
NAMES = ["Ben", "Carla", "Dora", "Emil", "Fay"]
JIDS = [f"49170{i}000000@s.whatsapp.net" for i in range(2, 7)]
#: (Android action_type, the sentence it stores): was added, left, joined by link, admin
ACTIONS = (4, 5, 20, 15)
SIZES = (1, 2, 5)


def _library(tmp_path: Path) -> Path:
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    for jid in [ANA, *JIDS]:
        db.member(GROUP, jid)
    t = T0
    for action in ACTIONS:
        for n in SIZES:
            t += 1000
            db.message(GROUP, f"E{action}-{n}", t, sender=ANA, mtype=7, action=action,
                       users=JIDS[:n])
    contacts = write_wa_db(tmp_path / "wa.db", {ANA: "Ana", **dict(zip(JIDS, NAMES, strict=True))})
    with Library(tmp_path / "lib") as lib:
        import_phone_backup(lib, PhoneBackupRequest(db.close(), contacts=contacts))
    return tmp_path / "lib"


def i(name: str) -> str:
    return FSI + name + PDI


B, C, D, E, F = (i(n) for n in NAMES)
EN5 = f"{B}, {C}, {D}, {E} and {F}"
DE5 = f"{B}, {C}, {D}, {E} und {F}"
RU5 = f"{B}, {C}, {D}, {E} и {F}"
AR2, AR5 = f"{B} و{C}", f"{B} و{C} و{D} و{E} و{F}"
EXPECTED = {
    "en": [f"{B} was added", f"{B} and {C} were added", f"{EN5} were added",
           f"{B} left", f"{B} and {C} left", f"{EN5} left",
           f"{B} joined using this group's invite link",
           f"{B} and {C} joined using this group's invite link",
           f"{EN5} joined using this group's invite link",
           f"{B} is now an admin", f"{B} and {C} are now admins", f"{EN5} are now admins"],
    "de": [f"{B} wurde hinzugefügt", f"{B} und {C} wurden hinzugefügt", f"{DE5} wurden hinzugefügt",
           f"{B} hat die Gruppe verlassen", f"{B} und {C} haben die Gruppe verlassen",
           f"{DE5} haben die Gruppe verlassen",
           f"{B} ist dieser Gruppe über den Einladungslink beigetreten",
           f"{B} und {C} sind dieser Gruppe über den Einladungslink beigetreten",
           f"{DE5} sind dieser Gruppe über den Einladungslink beigetreten",
           f"{B} ist jetzt Admin", f"{B} und {C} sind jetzt Admins", f"{DE5} sind jetzt Admins"],
    "ru": [f"{B} добавлен(а)", f"{B} и {C} добавлены", f"{RU5} добавлены",
           f"{B} покинул(а) группу", f"{B} и {C} покинули группу", f"{RU5} покинули группу",
           f"{B} присоединился(-ась) к группе по ссылке-приглашению",
           f"{B} и {C} присоединились к группе по ссылке-приглашению",
           f"{RU5} присоединились к группе по ссылке-приглашению",
           f"{B} теперь администратор", f"{B} и {C} теперь администраторы",
           f"{RU5} теперь администраторы"],
    # A verb before its subject stays singular in Arabic ("became" too, since the second
    # review); the noun after it does not: one admin, two (the dual), more.
    "ar": [f"تمت إضافة {B}", f"تمت إضافة {AR2}", f"تمت إضافة {AR5}",
           f"غادر {B}", f"غادر {AR2}", f"غادر {AR5}",
           f"انضم {B} باستخدام رابط الدعوة لهذه المجموعة",
           f"انضم {AR2} باستخدام رابط الدعوة لهذه المجموعة",
           f"انضم {AR5} باستخدام رابط الدعوة لهذه المجموعة",
           f"أصبح {B} مشرفًا", f"أصبح {AR2} مشرفَين", f"أصبح {AR5} مشرفين"],
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_the_verb_agrees_with_one_two_and_five_people(qtbot, qapp, tmp_path, code):
    root = _library(tmp_path)
    with Library(root) as lib:  # the library keeps WhatsApp's English, as exports write it
        (chat,) = [c for c in lib.list_chats() if c.id == chat_id_of(GROUP)]
        stored = [m.text for m in lib.messages(chat.id, limit=20, offset=0)]
    assert stored[1] == "Ben and Carla was added" and stored[-1] == \
        "Ben, Carla, Dora, Emil and Fay is now an admin"
    install_language(code, qapp)
    viewer = ChatViewer(root, chat_id_of(GROUP))
    qtbot.addWidget(viewer)
    viewer.resize(520, 900)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == len(EXPECTED[code]), timeout=10_000)
    shown = [viewer.model.text_of(m) for m in viewer.model.messages]
    assert shown == EXPECTED[code]
    spoken = [viewer.model.data(viewer.model.index(r)) for r in range(len(shown))]
    assert all(s in said for s, said in zip(shown, spoken, strict=True))
    image = viewer.grab()
    out = os.environ.get("BACKUPGUI_SHOTS")  # to look at the rows: a folder for the PNGs
    if out:
        image.save(str(Path(out) / f"people-counts-{code}.png"))


def test_joined_and_the_owner_alone(qapp, tmp_path):
    """"joined" (an iPhone's event) too; the owner alone keeps "You joined"; a list with the
    owner in it is several people."""
    install_language("ru", qapp)
    model = MessageModel(tmp_path, "none")
    assert model.event_text("Ben joined") == f"{B} присоединился(-ась)"
    assert model.event_text("Ben and Carla joined") == f"{B} и {C} присоединились"
    assert model.event_text("\ufdd0 joined") == "Вы присоединились"
    assert model.event_text("\ufdd0 and Ben joined") == f"{i('Вы')} и {B} присоединились"


def test_twenty_one_people_are_many_in_russian(qapp, tmp_path):
    """A list of 21 takes the plural: Qt's plural forms would say "one" for 21 (the reason
    the sentences are chosen by the list's length)."""
    install_language("ru", qapp)
    model = MessageModel(tmp_path, "none")
    names = [f"P{n}" for n in range(21)]
    text = model.event_text(event_sentences.write("was_added", (people(names),)))
    assert text is not None and text.endswith(" добавлены") and text.count(FSI) == 21


def test_a_known_name_with_and_in_it_is_one_person(qapp, tmp_path):
    install_language("de", qapp)
    model = MessageModel(tmp_path, "none")
    model.names = {"p1": "Tom and Jerry"}
    assert model.event_text("Tom and Jerry left") == f"{i('Tom and Jerry')} hat die Gruppe verlassen"
    assert model.event_text("Tom and Jerry and Ben left") == \
        f"{i('Tom and Jerry')} und {B} haben die Gruppe verlassen"


@pytest.mark.parametrize("code", ["de", "es", "pt_BR", "ru", "tr", "id", "hi", "ar"])
def test_every_subject_list_has_its_sentences_in_every_language(qapp, tmp_path, code):
    subjects = {sid for sid, arg in event_sentences.PEOPLE_ARGS.items() if arg == 1}
    install_language("en", qapp)
    model = MessageModel(tmp_path, "none")
    english = model.several_sentences()
    assert set(english) == subjects
    install_language(code, qapp)
    local = model.several_sentences()
    for sid in subjects:
        for src, got in zip(english[sid], local[sid], strict=True):
            assert got != src, (code, sid, src)
            assert re.findall(r"%\d", got) == ["%1"], (code, sid, got)
