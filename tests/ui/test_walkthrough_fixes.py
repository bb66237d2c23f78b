"""What the new user's walkthrough of 2026-12-06 saw and left (docs/GUI.md, "Walkthrough
log", "Seen, not changed"), fixed since: each walked through the real widgets the way the
person met it."""

from __future__ import annotations

from .helpers import (
    click,
    make_ctx,
    open_window,
    set_password_in_dialog,
    submit_restore_password,
    wait_dialog,
    wait_for,
    watch_backups,
)

PASSWORD = "correct horse 42 battery"


def _back_up_once(qtbot, ctx):
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    assert wait_for(qtbot, done)[0] == "ok"
    return w, done


def test_a_quick_restore_does_not_say_it_took_0_seconds(qtbot, tmp_path, demo_library,
                                                         isolated, monkeypatch):
    """Back up, restore on a new computer: the summary said "Restored 4 chats in 0 s" for a
    restore under half a second. A measured time under 10 s now has one decimal."""
    from PySide6.QtCore import QLocale

    from backupgui.ui.widgets.formatting import human_duration

    from .conftest import MemoryKeyring

    dest = tmp_path / "usb"
    dest.mkdir()
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(dest)
    ctx.save()
    w, _done = _back_up_once(qtbot, ctx)
    w.close()

    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config2"))
    w2 = open_window(qtbot, make_ctx(tmp_path / "new-library", MemoryKeyring()))
    wiz = submit_restore_password(qtbot, w2, dest, PASSWORD)
    nxt = wiz.button(wiz.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=20_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=10_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=30_000)
    r = wiz.result
    text = wiz.summary_page.text.text()
    took = human_duration(r.duration_s, precise=True)
    assert f"in {took}." in text, (text, r.duration_s)
    assert "in 0 s" not in text
    if r.duration_s < 9.95:  # (a loaded machine may take longer; then whole seconds are right)
        assert "." in took, took
    click(qtbot, wiz.button(wiz.WizardButton.FinishButton))
    w2.close()

    # The decimal is the language's: German writes a comma.
    for lang, expected in (("de", "0,4 s"), ("en", "0.4 s")):
        QLocale.setDefault(QLocale(lang))
        try:
            assert human_duration(0.42, precise=True) == expected
        finally:
            QLocale.setDefault(QLocale("en"))
    assert human_duration(0.01, precise=True) == "0.1 s"  # never "0.0 s"


def test_a_failed_backups_message_goes_when_the_destination_changes(qtbot, tmp_path,
                                                                   demo_library, isolated):
    """Back up, unplug the drive, Back up (it fails: the card says so), Open Settings, choose
    another folder, Save: the card still said the last backup did not finish, about a
    destination no longer chosen."""
    from backupgui.ui.widgets import errors

    dest, other = tmp_path / "usb", tmp_path / "other"
    dest.mkdir()
    other.mkdir()
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(dest)
    ctx.save()
    w, done = _back_up_once(qtbot, ctx)
    dest.rename(tmp_path / "usb-unplugged")
    click(qtbot, w.panel.backup_button)
    assert wait_for(qtbot, done, 2)[0] == "failed"
    qtbot.waitUntil(lambda: errors.last_box is not None and errors.last_box.isVisible())
    click(qtbot, [b for b in errors.last_box.buttons() if "Settings" in b.text()][0])
    qtbot.waitUntil(lambda: w.settings_dialog is not None and w.settings_dialog.isVisible())
    assert w.panel.result.isVisible() and "did not finish" in w.panel.result.text()

    dlg = w.settings_dialog
    dlg.folder.clear()
    qtbot.keyClicks(dlg.folder, str(other))
    click(qtbot, dlg.save_button)
    # The folder is checked off the GUI thread; the dialog then closes and, as the window's
    # own Settings dialog, is deleted: gone or hidden both mean it closed.
    import shiboken6
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg) or not dlg.isVisible(), timeout=10_000)
    assert ctx.settings.folder_path == str(other)
    qtbot.waitUntil(lambda: not w.panel.result.isVisible(), timeout=5000)
    assert "did not finish" not in w.panel.result.text()
    w.close()
