"""What the second new user's walkthrough found (docs/GUI.md, "Walkthrough log", s12), each
walked through the real widgets or the CLI the way the person met it."""

from __future__ import annotations

import errno
import os
import subprocess

import pytest

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


def _mount_tmpfs(where, options: str) -> None:
    """A real tmpfs at ``where`` (read-only, or tiny); skips where mounting is not allowed."""
    where.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"mounting a tmpfs needs root: {r.stderr.strip()}")


def test_a_read_only_backup_folder_is_explained_without_internal_names(
        qtbot, tmp_path, demo_library, isolated, qapp):
    """Back up to a folder on a drive mounted read-only, in German: the message said "Der
    Backup-Ordner ist beim starting sets/4f3d…/config schreibgeschützt." (an English step and
    the set's internal file, on the card and in the dialog, in every language)."""
    from backupgui.ui import language
    from backupgui.ui.widgets import errors

    ro = tmp_path / "ro"
    _mount_tmpfs(ro, "ro,size=1m")
    language.install_language("de", qapp)
    try:
        ctx = make_ctx(demo_library, isolated)
        ctx.settings.folder_path = str(ro)
        ctx.save()
        w = open_window(qtbot, ctx)
        done = watch_backups(w)
        click(qtbot, w.panel.backup_button)
        set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
        assert wait_for(qtbot, done)[0] == "failed"
        qtbot.waitUntil(lambda: errors.last_box is not None and errors.last_box.isVisible())
        shown = errors.last_box.text() + "\n" + w.panel.result.text()
        assert "schreibgeschützt" in shown, shown
        for leak in ("sets/", "config", "starting", "while"):
            assert leak not in shown, shown
        errors.last_box.close()
        w.close()
    finally:
        language.install_language("en", qapp)
        subprocess.run(["umount", str(ro)], check=False)


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC, errno.EACCES, errno.ENOENT,
                                  errno.EIO, errno.ENOTDIR, errno.EISDIR])
def test_every_backup_folder_error_is_said_in_the_users_language(code, qapp):
    """Whatever the folder answers, the message names no internal file or English step, and
    each language has it (the EACCES one, starting with "backupgui", was never offered for
    translation at all)."""
    from backupgui.destinations.folder import _os_error
    from backupgui.ui import language

    exc = _os_error(OSError(code, os.strerror(code)), "starting sets/4f3d70d4/config")
    assert "sets/" not in str(exc) and "while" not in str(exc), str(exc)
    for lang in ("de", "ar", "hi", "ru"):
        language.install_language(lang, qapp)
        try:
            said = language.translate_message(str(exc))
            assert said != str(exc), (lang, said)
            assert language.translate_message(exc.hint) != exc.hint, (lang, exc.hint)
        finally:
            language.install_language("en", qapp)


def test_a_destination_error_goes_away_when_the_path_is_edited(qtbot, tmp_path, isolated):
    """The restore wizard (and Settings) kept "No backup folder at …/usb" (or "The backup
    drive is not connected …") in red under the path after it was corrected, so the right
    folder looked wrong too."""
    from backupgui.ui.settings.dialog import SettingsDialog

    w = open_window(qtbot, make_ctx(tmp_path / "lib", isolated))
    wiz = w.open_restore()
    qtbot.waitUntil(wiz.isVisible)
    page = wiz.where_page
    page.folder.setText(str(tmp_path / "usb"))  # not plugged in
    click(qtbot, wiz.button(wiz.WizardButton.NextButton))
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert "usb" in page.error.text()
    page.folder.setText(str(tmp_path))  # corrected (whether backups are there is asked at Next)
    assert not page.error.isVisible()
    wiz.reject()

    dlg = SettingsDialog(w.ctx, w)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.folder.setText(str(tmp_path / "no" / "such" / "folder"))
    dlg.accept()
    qtbot.waitUntil(lambda: dlg.problems.isVisible(), timeout=10_000)
    dlg.folder.setText(str(tmp_path))
    assert not dlg.problems.isVisible()
    dlg.reject()
    w.close()


def test_a_whatsapp_export_named_with_sharp_s_gets_the_chat_name(tmp_path):
    """Import "WhatsApp Chat with Familie Großmann.txt" (the CLI, as the import dialog): the chat
    was called "WhatsApp Chat with Familie Großmann", because "ß" folds to "ss" and the cut
    was given up. Turkish "İ" was the same."""
    import json

    from tests.engine.helpers import run_cli

    lib = tmp_path / "lib"
    names = {"WhatsApp Chat with Familie Großmann.txt": "Familie Großmann",
             "WhatsApp-Chat mit Straße-Team.txt": "Straße-Team",
             "WhatsApp Chat with İstanbul Ekibi.txt": "İstanbul Ekibi"}
    for file in names:
        export = tmp_path / file
        export.write_text("12/09/2020, 10:00 - Ana: Hallo zusammen\n"
                          "12/09/2020, 10:01 - Ben: Moin!\n", encoding="utf-8")
        r = run_cli("import", "--library", lib, export)
        assert r.returncode == 0, r.stderr
    r = run_cli("chats", "--library", lib, "--json")
    assert r.returncode == 0, r.stderr
    assert sorted(c["name"] for c in json.loads(r.stdout)) == sorted(names.values())


def test_start_at_login_promises_no_tray_on_a_desktop_without_one(qtbot, monkeypatch):
    """Backup schedule…, on a desktop without a system tray: "Start backupgui when I log in
    (in the tray)" beside a note that there is no tray (started at login, the app then opens
    its window)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from backupgui.automation.schedule import ScheduleConfig
    from backupgui.ui.settings.schedule import ScheduleDialog

    for tray in (True, False):
        monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable",
                            staticmethod(lambda tray=tray: tray))
        dlg = ScheduleDialog(ScheduleConfig())
        qtbot.addWidget(dlg)
        assert ("tray" in dlg.editor.login.text()) == tray, dlg.editor.login.text()
        dlg.close()


def test_key_file_dialogs_start_at_home_not_where_the_app_was_started(
        qtbot, tmp_path, monkeypatch):
    """A new account has no ~/Documents: "Save to file…" then opened in the folder the app was
    started from (the README has people start it in the source checkout), so the key file went
    there. "Open key file…" started there too."""
    from PySide6.QtWidgets import QFileDialog

    from backupgui.ui.widgets.secret_fields import KeyField, KeyGrid

    home, checkout = tmp_path / "home", tmp_path / "checkout"
    home.mkdir()
    checkout.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.chdir(checkout)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, where, *_a, **_k: (asked.append(where), ("", ""))[1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _p, _t, where, *_a, **_k: (asked.append(where), ("", ""))[1])
    grid = KeyGrid()
    qtbot.addWidget(grid)
    grid.set_key(bytes(range(32)))
    click(qtbot, grid.save_button)
    field = KeyField()
    qtbot.addWidget(field)
    field.open_key_file()
    assert [os.path.dirname(asked[0]), asked[1]] == [str(home), str(home)], asked
    (home / "Documents").mkdir()  # with one, it is used
    click(qtbot, grid.save_button)
    assert os.path.dirname(asked[2]) == str(home / "Documents"), asked


def test_settings_refuse_a_folder_backupgui_cannot_write_to(qtbot, tmp_path, isolated):
    """A read-only drive (or a folder of another user) was taken in Settings without a word; the
    first backup then asked for a new password and only after that failed. Settings say so at
    Save, and keep the old destination."""
    from backupgui.ui.settings.dialog import SettingsDialog

    ro = tmp_path / "ro"
    if os.geteuid() == 0:  # root writes anywhere except on a read-only mount
        _mount_tmpfs(ro, "ro,size=1m")
    else:
        ro.mkdir()
        ro.chmod(0o555)
    try:
        w = open_window(qtbot, make_ctx(tmp_path / "lib", isolated))
        dlg = SettingsDialog(w.ctx, w)
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.folder.setText(str(ro))
        dlg.accept()
        qtbot.waitUntil(lambda: dlg.problems.isVisible(), timeout=10_000)
        assert "cannot write to" in dlg.problems.text(), dlg.problems.text()
        assert dlg.isVisible() and w.ctx.settings.folder_path != str(ro)
        dlg.folder.setText(str(tmp_path))  # a writable one is taken
        dlg.accept()
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10_000)
        assert w.ctx.settings.folder_path == str(tmp_path)
        w.close()
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(ro)], check=False)
        else:
            ro.chmod(0o755)
