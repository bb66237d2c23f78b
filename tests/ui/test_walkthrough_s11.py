"""What a new user's walkthrough found (docs/GUI.md, "Walkthrough log"), each walked through the
real widgets the way the person met it."""

from __future__ import annotations

from .helpers import (
    click,
    make_ctx,
    open_window,
    set_password_in_dialog,
    wait_dialog,
    wait_for,
    watch_backups,
)

PASSWORD = "correct horse 42 battery"
SECOND = "a different 42 password"


def _backed_up_to_a_first_folder(qtbot, tmp_path, demo_library, isolated):
    """A window that made one password backup to the folder "usb"; "drive" exists, empty."""
    first, second = tmp_path / "usb", tmp_path / "drive"
    first.mkdir()
    second.mkdir()
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(first)
    ctx.save()
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    assert wait_for(qtbot, done)[0] == "ok"
    return first, second, ctx, w, done


def test_changing_the_destination_asks_how_the_new_backup_is_protected(
        qtbot, tmp_path, demo_library, isolated):
    """Back up to a folder with a password, choose another (empty) destination, Back up: the
    new backup must open with a password the user chose, not with the keyring's key (which
    the user never saw: a new computer could not restore it)."""
    from tests.engine.helpers import run_cli

    first, second, ctx, w, done = _backed_up_to_a_first_folder(qtbot, tmp_path, demo_library,
                                                               isolated)

    # Settings → another destination, then Back up.
    ctx.settings.folder_path = str(second)
    ctx.save()
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller)
    assert "first backup to this destination" in dlg.page_choose.subtitle.text()
    set_password_in_dialog(qtbot, dlg, SECOND)
    kind, outcome = wait_for(qtbot, done, 2)
    assert kind == "ok", outcome
    assert ctx.settings.key_mode == "password" and ctx.settings.set_id == outcome.result.set_id

    # A new computer opens it with that password (the CLI as a subprocess).
    pw = tmp_path / "pw.txt"
    pw.write_text(SECOND)
    r = run_cli("verify", "--dest", second, "--password-file", pw, "-q")
    assert r.returncode == 0, r.stderr
    pw.write_text(PASSWORD)  # the first folder still opens with the first password
    r = run_cli("verify", "--dest", first, "--password-file", pw, "-q")
    assert r.returncode == 0, r.stderr

    # The next backup to the new destination runs without asking.
    click(qtbot, w.panel.backup_button)
    assert wait_for(qtbot, done, 3)[0] == "ok" and w.controller.dialog is None
    w.close()


def _visible_in(dialog, widget) -> bool:
    """Whether ``widget`` has the height its wrapped text needs and lies inside ``dialog``."""
    from PySide6.QtCore import QPoint

    top = widget.mapTo(dialog, QPoint(0, 0)).y()
    return (widget.height() >= widget.heightForWidth(widget.width())
            and top >= 0 and top + widget.height() <= dialog.height())


def test_the_schedule_dialog_grows_with_its_rows_and_is_true_without_a_tray(
        qtbot, tmp_path, isolated, monkeypatch):
    """Backup schedule…: Off → Weekly adds four rows; the note under them stays whole (it was
    squeezed into the "Off" height and overlapped). A desktop without a system tray is told
    that automatic backups run only while the window is open (closing it quits the app)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from backupgui.automation.schedule import ScheduleConfig
    from backupgui.ui.settings.schedule import ScheduleDialog

    for tray in (True, False):
        monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable",
                            staticmethod(lambda tray=tray: tray))
        dlg = ScheduleDialog(ScheduleConfig())
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        note = dlg.editor.note
        assert _visible_in(dlg, note)
        freq = dlg.editor.frequency
        freq.setCurrentIndex(freq.findText("Weekly"))
        qtbot.waitUntil(lambda d=dlg, n=note: _visible_in(d, n) and _visible_in(d, d.buttons),
                        timeout=3000)
        assert dlg.editor.weekday.isVisible()
        assert ("system tray" in note.text()) and (
            ("only while the backupgui window is open" in note.text()) != tray)
        dlg.close()


def test_ctrl_comma_opens_settings(qtbot, tmp_path, isolated):
    """docs/GUI.md's Keyboard table: Ctrl+, opens Settings (Qt's Preferences key is empty on
    Linux and Windows, so the menu showed no shortcut and the keys did nothing)."""
    from PySide6.QtCore import Qt

    w = open_window(qtbot, make_ctx(tmp_path / "lib", isolated))
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(w, "settings_dialog", None) is not None
                    and w.settings_dialog.isVisible(), timeout=5000)
    w.settings_dialog.reject()
    w.close()


def test_import_preview_dates_cannot_be_read_the_other_way(qtbot, tmp_path, isolated):
    """A WhatsApp export dated "12/9/20" (day/month, as the preview's note says it assumed)
    showed "Dates: 9/12/20" in the US order: a person reads 9 December. The preview names the
    month."""
    from PySide6.QtCore import QLocale

    from backupgui.ui.chats.import_dialog import ImportDialog

    export = tmp_path / "WhatsApp Chat with Family.txt"
    export.write_text("12/9/20, 23:55 - Bob: hello\n13/9/20, 08:01 - Eve: hi\n"
                      "1/10/20, 09:00 - Bob: see you\n", encoding="utf-8")
    dlg = ImportDialog(tmp_path / "library")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_path(str(export))
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=10_000)
    text = dlg.dates_label.text()
    loc = QLocale()
    assert loc.monthName(9, QLocale.FormatType.ShortFormat) in text
    assert loc.monthName(10, QLocale.FormatType.ShortFormat) in text
    assert "2020" in text and "/" not in text
    row = dlg.chat_list.topLevelItem(0)
    assert row is not None and row.text(2) == text
    dlg.close()


def test_change_encryption_before_the_first_backup_to_a_new_destination_says_what_to_do(
        qtbot, tmp_path, demo_library, isolated):
    """Backup ▸ End-to-end encryption… after choosing a destination that holds no backup yet:
    the current password was answered with "There is no backup set <32 hex digits> at …",
    whatever was typed. It now says to back up first."""
    import re

    first, second, ctx, w, done = _backed_up_to_a_first_folder(qtbot, tmp_path, demo_library,
                                                               isolated)
    ctx.settings.folder_path = str(second)
    ctx.save()

    w.encryption_action.trigger()
    dlg = wait_dialog(qtbot, w.controller)
    qtbot.keyClicks(dlg.unlock_field, PASSWORD)
    click(qtbot, dlg.next_button)
    qtbot.waitUntil(lambda: not dlg.unlock_error.isHidden(), timeout=20_000)
    text = dlg.unlock_error.text()
    assert "no backup at this destination yet" in text and "Back up first" in text
    assert not re.search(r"[0-9a-f]{32}", text)
    dlg.reject()
    w.close()


def _quit_question_says(qtbot, w, words: str) -> None:
    """Ctrl+Q during the backup: the question's text holds ``words``; "Keep backing up"."""
    w.quit_action.trigger()
    qtbot.waitUntil(lambda: w.close_box is not None)
    box = w.close_box
    assert words in box.informativeText(), box.informativeText()
    click(qtbot, [b for b in box.buttons() if "Keep" in b.text()][0])
    qtbot.waitUntil(lambda: w.close_box is None)
    assert w.isVisible() and w.controller.running


def test_cancelling_the_first_backup_does_not_promise_a_previous_one(
        qtbot, tmp_path, demo_library, isolated, monkeypatch):
    """Cancel (or ask to quit) during the very first backup to a destination: the card and the
    quit question said the previous backup is unchanged although there is none. It says the destination has no complete backup yet;
    after a backup that finished, a cancelled one still says the previous one is unchanged."""
    import threading

    from backupgui.ui.backup import jobs as backup_jobs

    reached = threading.Event()
    real = backup_jobs.backup

    def backup(req, progress, cancel):  # pause at the first uploaded bytes, like a slow link
        def spy(p):
            progress(p)
            if p.phase == "Encrypting and uploading" and p.done_bytes > 0 \
                    and not reached.is_set():
                cancel.pause()
                reached.set()
        return real(req, spy, cancel)

    monkeypatch.setattr(backup_jobs, "backup", backup)
    (tmp_path / "dest").mkdir()
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    ctx.save()
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    assert reached.wait(30)
    _quit_question_says(qtbot, w, "no complete backup yet")
    click(qtbot, w.panel.progress.cancel_button)
    assert wait_for(qtbot, done)[0] == "cancelled"
    text = w.panel.result.text()
    assert "no complete backup yet" in text and "previous one" not in text

    reached.set()  # no more pauses: the next backup finishes
    click(qtbot, w.panel.backup_button)
    # It goes on in the stopped set, with the password chosen for it (s14).
    dlg = wait_dialog(qtbot, w.controller)
    assert dlg.stack.currentWidget() is dlg.page_unlock
    qtbot.keyClicks(dlg.unlock_field, PASSWORD)
    click(qtbot, dlg.next_button)
    assert wait_for(qtbot, done, 2)[0] == "ok"
    reached.clear()
    from backupgui.library.demo import add_demo_messages
    from backupgui.library.store import Library

    with Library(demo_library) as lib:
        for i, c in enumerate(lib.list_chats()):
            add_demo_messages(lib, c.id, 5, seed=300 + i, with_photo=True)
    w.reload_chats()
    qtbot.waitUntil(lambda: not w._loading)
    click(qtbot, w.panel.backup_button)
    assert reached.wait(30)
    _quit_question_says(qtbot, w, "previous backup stays as it was")
    click(qtbot, w.panel.progress.cancel_button)
    assert wait_for(qtbot, done, 3)[0] == "cancelled"
    assert "previous one is unchanged" in w.panel.result.text()
    w.close()


def test_an_unplugged_backup_folder_offers_to_open_settings(qtbot, tmp_path, demo_library,
                                                              isolated):
    """Back up, unplug the drive (the folder is gone), Back up: "No backup folder at …" came
    with only OK; like the other destination problems it offers "Open Settings"."""
    from backupgui.ui.widgets import errors

    dest = tmp_path / "usb"
    dest.mkdir()
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(dest)
    ctx.save()
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    assert wait_for(qtbot, done)[0] == "ok"
    dest.rename(tmp_path / "usb-unplugged")
    click(qtbot, w.panel.backup_button)
    assert wait_for(qtbot, done, 2)[0] == "failed"
    qtbot.waitUntil(lambda: errors.last_box is not None and errors.last_box.isVisible())
    box = errors.last_box
    assert "No backup folder at" in box.text()
    opener = [b for b in box.buttons() if "Settings" in b.text()]
    assert opener, [b.text() for b in box.buttons()]
    click(qtbot, opener[0])
    qtbot.waitUntil(lambda: w.settings_dialog is not None and w.settings_dialog.isVisible())
    w.settings_dialog.reject()
    w.close()


def _split_widens(widget) -> bool:
    """Whether the mnemonic's underline splits the text into runs shaped apart that are wider
    than the whole (Arabic letters joined across the '&' take their unjoined, wider forms), so
    the text is drawn wider than the widget measured it."""
    text = widget.text()
    i = text.find("&")
    if i < 0 or text[i:i + 2] == "&&":
        return False
    fm = widget.fontMetrics()
    return (fm.horizontalAdvance(text[:i]) + fm.horizontalAdvance(text[i + 1:])
            > fm.horizontalAdvance(text.replace("&", "", 1)))


def test_arabic_check_boxes_are_not_cut_off(qtbot, tmp_path, isolated, qapp):
    """In Arabic, "Include videos" (تضمين مقاطع ال&فيديو) lost its last letter on the main
    window and in Settings: a check box has no padding, and the mnemonic in the middle of a
    word made the drawn text wider than measured. No check box or radio button there has it."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    from backupgui.ui import language
    from backupgui.ui.settings.dialog import SettingsDialog

    language.install_language("ar", qapp)
    try:
        w = open_window(qtbot, make_ctx(tmp_path / "lib", isolated))
        dlg = SettingsDialog(w.ctx, w)
        qtbot.addWidget(dlg)
        boxes = [b for top in (w, dlg) for kind in (QCheckBox, QRadioButton)
                 for b in top.findChildren(kind)]
        assert any("فيديو" in b.text() for b in boxes)
        bad = [b.text() for b in boxes if _split_widens(b)]
        assert bad == []
        dlg.reject()
        w.close()
    finally:
        language.install_language("en", qapp)


def test_cancelling_the_question_a_backup_stopped_for_brings_back_the_button(
        qtbot, tmp_path, demo_library, isolated):
    """Back up to a new destination: the backup starts ("Connecting"), then stops to ask how
    the new backup is protected. Cancel that question: the card showed "Connecting" with a
    Pause and a Cancel that did nothing, and no Back up button, until the app restarted."""
    first, second, ctx, w, done = _backed_up_to_a_first_folder(qtbot, tmp_path, demo_library,
                                                               isolated)
    ctx.settings.folder_path = str(second)
    ctx.save()
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller)
    dlg.reject()
    qtbot.waitUntil(lambda: w.panel.backup_button.isVisible(), timeout=5000)
    assert not w.panel.progress.isVisible() and w.panel.backup_button.isEnabled()
    click(qtbot, w.panel.backup_button)  # and it works again
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), SECOND)
    assert wait_for(qtbot, done, 2)[0] == "ok"
    w.close()


def test_every_phase_of_a_backup_is_shown_in_the_users_language(qtbot, tmp_path, demo_library,
                                                                 isolated, qapp):
    """In German the card showed "Connecting", "Preparing" and "Finishing" in English: one-word
    phases were taken for markers between threads and never offered for translation."""
    from backupgui.ui import language

    language.install_language("de", qapp)
    try:
        (tmp_path / "dest").mkdir()
        ctx = make_ctx(demo_library, isolated)
        ctx.settings.folder_path = str(tmp_path / "dest")
        ctx.save()
        w = open_window(qtbot, ctx)
        shown: list[str] = []
        w.controller.progressed.connect(lambda _p: shown.append(w.panel.progress.phase.text()))
        done = watch_backups(w)
        click(qtbot, w.panel.backup_button)
        set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
        assert wait_for(qtbot, done)[0] == "ok"
        phases = set(shown)
        assert phases, phases  # (which ones show depends on timing: updates are coalesced)
        english = {"Connecting", "Preparing", "Finishing", "Saving", "Verifying",
                   "Encrypting and uploading", "Packing messages"}
        assert not phases & english, phases
        w.close()
    finally:
        language.install_language("en", qapp)
    for phase in ("Connecting", "Preparing", "Finishing", "Saving", "Verifying"):
        language.install_language("de", qapp)
        try:
            assert language.translate_message(phase) != phase
        finally:
            language.install_language("en", qapp)
