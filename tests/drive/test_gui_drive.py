"""Google Drive end to end through the GUI, against the emulator: sign in from Settings (the
browser step played by a thread), back up with a password, then on a "new computer" (fresh
library, settings and keyring) sign in from the restore wizard, list, enter the password,
restore and compare."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import keyring
import pytest

from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library
from tests.drive.test_auth import Browser
from tests.memory_keyring import MemoryKeyring, memory_keyring

PASSWORD = "drive backup password 7"


class _Controller:
    def __init__(self, browser: Browser) -> None:
        self.browser = browser

    def open(self, url, new=0, autoraise=True):
        self.browser(url)
        return True


@pytest.fixture
def gui(tmp_path, monkeypatch):
    """Isolated settings and keyring; the system browser replaced by one that follows the URL."""
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    browser = Browser()
    monkeypatch.setattr(webbrowser, "get", lambda using=None: _Controller(browser))
    # The app opens the sign-in link through Qt (the desktop's browser): the test's browser.
    monkeypatch.setattr("backupgui.ui.settings.sign_in.open_url", lambda url: (browser(url), True)[1])
    with memory_keyring() as ring:
        yield ring, browser
    from backupgui.ui.tasks import cancel_all, wait_all

    cancel_all()
    wait_all(20)


def _content(lib_dir: Path) -> dict:
    with Library(lib_dir, create=False) as lib:
        return {c.id: [(m.id, m.text, tuple(r.sha256 for r in m.media)) for m in lib.messages(c.id)]
                for c in lib.list_chats()}


def test_drive_backup_and_restore_through_the_gui(qtbot, emulator, tmp_path, gui, monkeypatch):
    from backupgui.ui.restore.wizard import RestoreWizard
    from tests.ui.helpers import (
        click,
        make_ctx,
        open_window,
        set_password_in_dialog,
        wait_dialog,
        wait_for,
        watch_backups,
    )

    ring, browser = gui
    create_demo_library(tmp_path / "lib", chats=3, seed=51, media_mb=0.5)
    ctx = make_ctx(tmp_path / "lib", ring)
    w = open_window(qtbot, ctx)

    # Settings: Google Drive, pointed at the emulator, sign in.
    w.open_settings()
    dlg = w.settings_dialog
    qtbot.waitUntil(dlg.isVisible)
    dlg.drive_radio.setChecked(True)
    dlg.drive.emulator_check.setChecked(True)
    dlg.emulator.setText(emulator.root_url)
    click(qtbot, dlg.sign_in)
    qtbot.waitUntil(lambda: "@" in dlg.account.text(), timeout=30_000)
    assert browser.urls and not browser.errors
    dlg.accept()
    assert ctx.settings.destination == "gdrive" and "@" in ctx.settings.gdrive_account

    # Back up with a password.
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    enc = wait_dialog(qtbot, w.controller)
    set_password_in_dialog(qtbot, enc, PASSWORD)
    kind, outcome = wait_for(qtbot, done)
    assert kind == "ok", outcome
    assert any(r["path"].startswith("/upload/drive/v3/files") for r in emulator.requests)
    w.close()

    # A new computer: nothing but the Drive account and the password.
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config2"))
    ring2 = MemoryKeyring()
    keyring.set_keyring(ring2)
    ctx2 = make_ctx(tmp_path / "new-library", ring2)
    assert ctx2.settings.destination == "folder" and not ctx2.settings.gdrive_account
    w2 = open_window(qtbot, ctx2)
    wiz: RestoreWizard = w2.open_restore()
    qtbot.waitUntil(wiz.isVisible)
    # The wizard signs in to Drive itself: no trip to Settings on the new computer.
    where = wiz.where_page
    where.drive_radio.setChecked(True)
    where.drive.emulator_check.setChecked(True)  # "try without Google"
    where.drive.emulator.setText(emulator.root_url)
    nxt = wiz.button(wiz.WizardButton.NextButton)
    assert not nxt.isEnabled(), "not signed in yet"
    click(qtbot, where.sign_in)
    qtbot.waitUntil(lambda: "@" in where.account.text(), timeout=30_000)
    qtbot.waitUntil(nxt.isEnabled)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY, timeout=30_000)
    qtbot.keyClicks(wiz.key_page.password, PASSWORD)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=30_000)
    assert wiz.backups_page.tree.topLevelItemCount() == 1
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=30_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
    assert wiz.result is not None and wiz.result.chats == 3
    assert _content(tmp_path / "new-library") == _content(tmp_path / "lib")
    # "Keep backing up to this destination": the Drive account and emulator go to Settings.
    assert wiz.summary_page.keep.isChecked()
    click(qtbot, wiz.button(wiz.WizardButton.FinishButton))
    s2 = ctx2.settings
    assert s2.destination == "gdrive" and s2.gdrive_account == "user@example.com"
    assert s2.gdrive_emulator_url == emulator.root_url
