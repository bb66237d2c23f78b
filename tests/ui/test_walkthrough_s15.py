"""The restore side walked as a new user on a new computer (s15, docs/GUI.md): each test
failed before its fix, through the real widgets (the Drive account's part is in
tests/drive/test_gui_restore_walk_s15.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import Password, RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup

from .conftest import FAST_KDF
from .helpers import click, make_ctx, open_window, restore_to_key_page

KEY = bytes.fromhex("3f2a9c1e0b7d4e5f6a8b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f")
PASSWORD = "restore walk password 15"


def _key_backup(demo_library, tmp_path):
    dest = tmp_path / "Backups"
    backup(BackupRequest(demo_library, FolderDestination(dest), RawKey(KEY),
                         device_name="Maria's laptop"))
    return dest


def _new_computer(qtbot, tmp_path, ring):
    return open_window(qtbot, make_ctx(tmp_path / "new-library", ring))


def _unlock_with(qtbot, wiz, text: str) -> None:
    wiz.key_page.key.setText(text)
    click(qtbot, wiz.button(wiz.WizardButton.NextButton))


def test_a_key_typed_as_a_person_reads_it_unlocks(qtbot, demo_library, tmp_path, isolated):
    """Typed from paper with the letter O for zero, l for one, an en dash between two groups,
    or on an Arabic keyboard (٠-٩): each was refused ("found 'o'", "found '٠', '١', '٢'", "No
    64-digit backup key was found"); no key has those letters, so each is read as meant
    (the key is checked anyway)."""
    dest = _key_backup(demo_library, tmp_path)
    w = _new_computer(qtbot, tmp_path, isolated)
    typed = format_key(KEY)
    arabic = typed.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    for text in (typed.replace("0", "O").replace("1", "l"), arabic,
                 typed.replace(" ", " \u2013 ", 3).upper()):
        wiz = restore_to_key_page(qtbot, w, dest)
        _unlock_with(qtbot, wiz, text)
        qtbot.waitUntil(lambda wiz=wiz: wiz.currentId() == wiz.PAGE_BACKUPS
                        or wiz.key_page.error.isVisible(), timeout=15_000)
        assert wiz.currentId() == wiz.PAGE_BACKUPS, wiz.key_page.error.text()
        wiz.reject()


def test_a_typo_in_the_key_names_its_group(qtbot, demo_library, tmp_path, isolated):
    """A group with a digit missing said "A backup key has 64 digits; this one has 63." and
    a wrong letter "found 'g'": the person had to count 16 groups. The message names the
    group and says what to do, and the field keeps the text to correct."""
    dest = _key_backup(demo_library, tmp_path)
    w = _new_computer(qtbot, tmp_path, isolated)
    wiz = restore_to_key_page(qtbot, w, dest)
    groups = format_key(KEY).split()
    short = " ".join(groups[:5] + [groups[5][:3]] + groups[6:])
    _unlock_with(qtbot, wiz, short)
    err = wiz.key_page.error
    assert err.isVisible() and "Group 6 of the key has 3 digits instead of 4." in err.text()
    assert "Compare that group with the key you saved" in err.text()
    assert wiz.key_page.key.text() == short and wiz.currentId() == wiz.PAGE_KEY
    wrong = " ".join(groups[:1] + ["9c1g"] + groups[2:])
    wiz.key_page.key.setText(wrong)
    click(qtbot, wiz.button(wiz.WizardButton.NextButton))
    assert "Group 2 of the key has \u201cg\u201d" in err.text()
    assert "only the digits 0-9 and the letters a-f" in err.text()


def test_the_key_message_is_translated(qtbot, demo_library, tmp_path, isolated, qapp):
    """The new messages are offered for translation and translated (German here)."""
    from backupgui.ui.language import install_language

    dest = _key_backup(demo_library, tmp_path)
    install_language("de", qapp)
    try:
        w = _new_computer(qtbot, tmp_path, isolated)
        wiz = restore_to_key_page(qtbot, w, dest)
        groups = format_key(KEY).split()
        _unlock_with(qtbot, wiz, " ".join(groups[:5] + [groups[5][:3]] + groups[6:]))
        text = wiz.key_page.error.text().replace("\u2068", "").replace("\u2069", "")
        assert "Gruppe 6 des Schlüssels hat 3 Stellen statt 4." in text and "Group" not in text, text
    finally:
        install_language("en", qapp)


def _password_backup(lib, dest):
    return backup(BackupRequest(lib, FolderDestination(dest), Password(PASSWORD, kdf=FAST_KDF),
                                device_name="Maria's laptop"))


def _to_chats(qtbot, w, dest):
    wiz = restore_to_key_page(qtbot, w, dest)
    qtbot.keyClicks(wiz.key_page.password, PASSWORD)
    nxt = wiz.button(wiz.WizardButton.NextButton)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=15_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=15_000)
    return wiz


def test_the_chats_page_says_what_is_downloaded_and_what_stays(
        qtbot, demo_library, tmp_path, isolated):
    """Before Restore, the page did not say how much comes from the backup, nor what happens
    to the chats here that the backup does not have (a computer with chats of its own)."""
    from backupgui.library.store import Library
    from backupgui.ui.widgets.formatting import human_size

    dest = tmp_path / "Backups"
    _password_backup(demo_library, dest)
    other = tmp_path / "other-library"  # this computer: one chat of its own
    from backupgui.library.demo import create_demo_library

    create_demo_library(other, chats=1, seed=99, media_mb=0)
    with Library(other, create=False) as lib:
        assert len(lib.chat_ids()) == 1
    w = open_window(qtbot, make_ctx(other, isolated))
    wiz = _to_chats(qtbot, w, dest)
    page = wiz.chats_page
    stored = wiz.details.stored_bytes
    assert stored > 0 and page.download.isVisible()
    assert page.download.text() == f"Up to {human_size(stored)} is downloaded from the backup."
    assert "Chats on this computer that are not in this backup stay as they are." in \
        page.present_label.text()
    wiz.reject()
    # A new computer (nothing here): no sentence about other chats.
    w2 = _new_computer(qtbot, tmp_path, isolated)
    wiz = _to_chats(qtbot, w2, dest)
    assert wiz.chats_page.present_label.text() == "None of these chats are on this computer yet."
    assert wiz.chats_page.download.isVisible()


def test_the_restore_by_keyboard_alone(qtbot, demo_library, tmp_path, isolated):
    """The whole restore with keys only: type the folder, Enter (Find backups), the password,
    Enter (Unlock), Enter (the newest backup), Enter (Restore), then Escape is not needed:
    Enter on the last page is Done."""
    dest = tmp_path / "Backups"
    _password_backup(demo_library, dest)
    w = _new_computer(qtbot, tmp_path, isolated)
    wiz = w.open_restore()
    qtbot.waitUntil(wiz.isVisible)
    wiz.activateWindow()
    field = wiz.where_page.folder
    field.setFocus()
    qtbot.keyClicks(field, str(dest))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY, timeout=15_000)
    qtbot.keyClicks(wiz.key_page.password, PASSWORD)
    qtbot.keyClick(wiz.key_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=15_000)
    qtbot.keyClick(wiz.backups_page.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=15_000)
    qtbot.waitUntil(lambda: wiz.chats_page.list.hasFocus())
    qtbot.keyClick(wiz.chats_page.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
    assert wiz.result is not None and wiz.result.chats > 0


def test_the_newest_backup_line_says_today_inside_its_sentence(
        qtbot, demo_library, tmp_path, isolated):
    """"Newest backup: Today, 23:32 from Maria's laptop" ("Heute" in German): the date stands
    inside the sentence, as on the key and chats pages since s12."""
    dest = tmp_path / "Backups"
    _password_backup(demo_library, dest)
    w = _new_computer(qtbot, tmp_path, isolated)
    wiz = restore_to_key_page(qtbot, w, dest)
    qtbot.keyClicks(wiz.key_page.password, PASSWORD)
    click(qtbot, wiz.button(wiz.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=15_000)
    text = wiz.backups_page.newest.text()
    assert "Newest backup: today, " in text and "Today" not in text, text
