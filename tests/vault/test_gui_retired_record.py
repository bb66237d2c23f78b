"""The app deletes a vault set's old record when the user rotates the key or leaves vault
protection, with the password typed to confirm the change (docs/VAULT.md 1.4, GUI.md); if
the vault cannot be reached it says so. Real widgets, a real vault process."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from backupgui.crypto.material import Password, VaultPassword
from backupgui.destinations.folder import FolderDestination
from backupgui.device.keystore import KeyStore
from backupgui.engine import BackupRequest, backup, export_key
from backupgui.engine.vaultretire import delete_retired, pending
from backupgui.format.config import parse_config
from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library
from backupgui.vault.account import VaultAccess, new_secret

PW, NEW = "vault protected pass 5", "a brand new passphrase 66"


def _window(qtbot, vault, tmp_path: Path, ring):
    """A vault-mode folder backup made on this computer (device credential and K in the
    keyring), the main window open on it: (window, set id, record user id)."""
    from tests.ui.helpers import make_ctx, open_window

    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=43, media_mb=0.1)
    dest = FolderDestination(tmp_path / "dest")
    devices = KeyStore(ring)
    r = backup(BackupRequest(lib, dest, VaultPassword(PW, vault.url, access=VaultAccess(
        devices=devices, new_recovery_code=new_secret()))))
    cfg = parse_config((tmp_path / "dest" / "sets" / r.set_id / "config").read_bytes())
    ctx = make_ctx(lib, ring)
    s = ctx.settings
    s.folder_path, s.set_id, s.key_mode, s.vault_url = str(tmp_path / "dest"), r.set_id, "vault", vault.url
    ctx.save()
    ctx.keystore.save(r.set_id, export_key(dest, Password(PW, access=VaultAccess(devices=devices))))
    return open_window(qtbot, ctx), r.set_id, cfg.raw["vault"]["user_id"]


def _unlock(qtbot, w):
    from tests.ui.helpers import click, wait_dialog

    w.controller.change_encryption()
    dlg = wait_dialog(qtbot, w.controller)
    qtbot.keyClicks(dlg.unlock_field, PW)
    click(qtbot, dlg.next_button)
    qtbot.waitUntil(lambda: dlg.stack.currentWidget() is dlg.page_choose, timeout=30_000)
    return dlg


def _new_password(qtbot, dlg) -> None:
    from tests.ui.helpers import click

    assert dlg.stack.currentWidget() is dlg.page_password
    qtbot.keyClicks(dlg.new_password.password, NEW)
    qtbot.keyClicks(dlg.new_password.confirm, NEW)
    click(qtbot, dlg.next_button)


def test_new_password_and_new_key_deletes_the_old_vault_record(qtbot, vault, tmp_path, gui_env):
    from tests.ui.helpers import click, wait_for, watch_backups

    w, old, user_id = _window(qtbot, vault, tmp_path, gui_env)
    done = watch_backups(w)
    dlg = _unlock(qtbot, w)
    click(qtbot, dlg.choose_rotate)
    _new_password(qtbot, dlg)
    kind, outcome = wait_for(qtbot, done, timeout=120_000)
    assert kind == "ok", outcome
    assert outcome.result.set_id != old and outcome.result.warnings == ()
    assert vault.database.row(user_id)[0] == "deleted"
    with Library(tmp_path / "lib", create=False) as lib:
        assert pending(lib) == []


def _box(w, name: str) -> QMessageBox | None:
    return next((b for b in w.findChildren(QMessageBox) if b.objectName() == name
                 and b.isVisible()), None)


def test_leaving_the_vault_while_it_is_down_says_the_old_key_is_still_there(
        qtbot, vault, tmp_path, gui_env):
    from tests.ui.helpers import click

    w, set_id, user_id = _window(qtbot, vault, tmp_path, gui_env)
    dlg = _unlock(qtbot, w)
    vault.stop()  # after the password was checked, before the change
    click(qtbot, dlg.choose_password)
    _new_password(qtbot, dlg)
    qtbot.waitUntil(lambda: _box(w, "change-warnings") is not None, timeout=60_000)
    box = _box(w, "change-warnings")
    assert box.windowTitle() == "Encryption changed with a warning"
    text = box.informativeText()
    assert set_id in text and "still keeps the key" in text and "could not be reached" in text
    assert "backupgui-cli" not in text  # a desktop user is given the action, not a command
    assert box.findChild(QPushButton, "delete-old-key") is not None
    assert w.ctx.settings.key_mode == "password"
    box.close()

    vault.start()  # the retry, with the old password
    assert vault.database.row(user_id)[0] == "active"
    out = delete_retired(tmp_path / "lib", Password(PW, access=VaultAccess(
        devices=KeyStore(gui_env))))
    assert out.deleted == (set_id,)
    assert vault.database.row(user_id)[0] == "deleted"


def _retired_dialog(qtbot, w):
    qtbot.waitUntil(lambda: getattr(w, "retired_dialog", None) is not None
                    and w.retired_dialog.isVisible(), timeout=10_000)
    return w.retired_dialog


def test_the_old_key_left_at_a_vault_that_was_down_is_deleted_from_the_app(
        qtbot, vault, tmp_path, gui_env):
    """Vault down while leaving vault protection: the card says the old key is still at the
    vault and offers Delete the old key…; with the vault back, a wrong old password keeps
    the record (the attempts left said), the right one deletes it at the vault and the line
    goes. No command line."""
    from tests.ui.helpers import click

    w, set_id, user_id = _window(qtbot, vault, tmp_path, gui_env)
    host = vault.url.split("://", 1)[1].rstrip("/")
    assert not w.panel.retired_link.isVisible()
    dlg = _unlock(qtbot, w)
    vault.stop()
    click(qtbot, dlg.choose_password)
    _new_password(qtbot, dlg)
    qtbot.waitUntil(lambda: _box(w, "change-warnings") is not None, timeout=60_000)
    _box(w, "change-warnings").close()

    # The card's encryption row: the line and the action, while the library lists it.
    qtbot.waitUntil(lambda: w.panel.retired_link.isVisible(), timeout=10_000)
    assert host in w.panel.retired_line.text()
    assert "still kept by the key vault" in w.panel.retired_line.text()

    vault.start()
    click(qtbot, w.panel.retired_link)
    rd = _retired_dialog(qtbot, w)
    assert host in rd.intro.text()
    assert not rd.delete_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(rd.password, "not the old password")
    click(qtbot, rd.delete_button)
    qtbot.waitUntil(lambda: rd.error.isVisible(), timeout=60_000)
    assert "Wrong password" in rd.error.text() and "more attempts" in rd.error.text()
    assert "backupgui-cli" not in rd.error.text()
    assert vault.database.row(user_id)[0] == "active"
    with Library(tmp_path / "lib", create=False) as lib:
        assert [r.set_id for r in pending(lib)] == [set_id]
    assert w.panel.retired_link.isVisible()

    # A vault that hangs: Stop ends the wait at once, the record stays listed.
    rd.password.clear()
    qtbot.keyClicks(rd.password, PW)
    os.kill(vault.proc.pid, signal.SIGSTOP)
    try:
        click(qtbot, rd.delete_button)
        qtbot.waitUntil(lambda: rd.stop_button.isVisible(), timeout=10_000)
        assert not rd.password.isEnabled() and not rd.delete_button.isEnabled()
        qtbot.wait(500)
        click(qtbot, rd.stop_button)
        qtbot.waitUntil(lambda: rd.error.isVisible() and "Stopped" in rd.error.text(),
                        timeout=10_000)
        assert rd.delete_button.isEnabled() and rd.password.text() == PW
    finally:
        os.kill(vault.proc.pid, signal.SIGCONT)
    with Library(tmp_path / "lib", create=False) as lib:
        assert [r.set_id for r in pending(lib)] == [set_id]

    click(qtbot, rd.delete_button)
    qtbot.waitUntil(lambda: rd.result.isVisible(), timeout=60_000)
    assert "deleted" in rd.result.text()
    assert rd.password.text() == ""  # not kept in the widget
    assert vault.database.row(user_id)[0] == "deleted"  # at the vault, not only the UI
    with Library(tmp_path / "lib", create=False) as lib:
        assert pending(lib) == []
    qtbot.waitUntil(lambda: not w.panel.retired_link.isVisible(), timeout=10_000)
    click(qtbot, rd.close_button)
    qtbot.waitUntil(lambda: getattr(w, "retired_dialog", None) is None, timeout=10_000)
    assert not w.panel.retired_line.isVisible()


def test_the_next_backups_notice_offers_the_action(qtbot, vault, tmp_path, gui_env):
    """A record listed but never said (a killed change): the next backup's warning box has
    Delete the old key…, and names no command."""
    from backupgui.engine.vaultretire import add_pending
    from tests.ui.helpers import click, wait_for, watch_backups

    w, set_id, _user_id = _window(qtbot, vault, tmp_path, gui_env)
    cfg = parse_config((tmp_path / "dest" / "sets" / set_id / "config").read_bytes())
    with Library(tmp_path / "lib", create=False) as lib:
        add_pending(lib, "0" * 32, cfg.raw["vault"])  # another, retired set's record
    done = watch_backups(w)
    w.controller.start()
    kind, outcome = wait_for(qtbot, done, timeout=120_000)
    assert kind == "ok", outcome
    qtbot.waitUntil(lambda: _box(w, "backup-warnings") is not None, timeout=10_000)
    box = _box(w, "backup-warnings")
    assert "still keeps the key" in box.informativeText()
    assert "backupgui-cli" not in box.informativeText()
    button = box.findChild(QPushButton, "delete-old-key")
    assert button is not None
    click(qtbot, button)
    rd = _retired_dialog(qtbot, w)
    assert rd.isVisible()
    rd.reject()


def test_a_drive_backups_old_key_is_deleted_with_the_drive_sign_in(
        qtbot, vault, oidc_issuer, tmp_path, gui_env, monkeypatch):
    """A vault-mode Google Drive backup (the record is bound to the Google account): leaving
    vault protection while the vault is down leaves the record; with the vault back, Delete
    the old key… deletes it with the old password and the Drive sign-in's ID token (the old
    password alone is not enough for such a record). The Drive emulator stands in for Google;
    the vault is a real process, checked at its database."""
    from backupgui.device.settings import GDRIVE
    from backupgui.errors import VaultAccountError
    from backupgui.ui.settings import destinations
    from tests.ui.helpers import click, make_ctx, open_window

    from .conftest import sign_in

    email = "owner@example.com"
    creds = sign_in(oidc_issuer, email)
    # The app's own path to a signed-in account (the one a sign-in without a keyring takes).
    monkeypatch.setitem(destinations._session_credentials, email, creds)
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=47, media_mb=0.1)
    ctx = make_ctx(lib, gui_env)
    s = ctx.settings
    s.destination, s.gdrive_account, s.gdrive_emulator_url = GDRIVE, email, oidc_issuer.root_url
    dest = destinations.open_destination(ctx.destination_spec())
    try:
        # The app backs up to the Drive app folder's top; the issuer's Drive lives for the
        # whole session, so another test's backup there would be found: start empty.
        for o in dest.list(""):
            dest.delete(o.name)
        r = backup(BackupRequest(lib, dest, VaultPassword(PW, vault.url)))
        cfg = parse_config(dest.read(f"sets/{r.set_id}/config")).raw
        assert cfg["vault"]["account"] == "google"
        ctx.keystore.save(r.set_id, export_key(dest, Password(PW)))
    finally:
        dest.close()
    set_id, user_id = r.set_id, cfg["vault"]["user_id"]
    s.set_id, s.key_mode, s.vault_url = set_id, "vault", vault.url
    ctx.save()
    w = open_window(qtbot, ctx)

    dlg = _unlock(qtbot, w)
    vault.stop()
    click(qtbot, dlg.choose_password)
    _new_password(qtbot, dlg)
    qtbot.waitUntil(lambda: _box(w, "change-warnings") is not None, timeout=60_000)
    box = _box(w, "change-warnings")
    assert set_id in box.informativeText() and "could not be reached" in box.informativeText()
    box.close()
    assert w.ctx.settings.key_mode == "password"
    qtbot.waitUntil(lambda: w.panel.retired_link.isVisible(), timeout=10_000)

    vault.start()
    assert vault.database.row(user_id)[0] == "active"
    # Without the Drive sign-in's proof the vault refuses the delete: the test below is
    # about the app giving it.
    out = delete_retired(lib, Password(PW))
    assert out.deleted == () and isinstance(out.failed[0][1], VaultAccountError)
    assert vault.database.row(user_id)[0] == "active"

    click(qtbot, w.panel.retired_link)
    rd = _retired_dialog(qtbot, w)
    qtbot.keyClicks(rd.password, PW)
    click(qtbot, rd.delete_button)
    qtbot.waitUntil(lambda: rd.result.isVisible() or rd.error.isVisible(), timeout=60_000)
    assert rd.result.isVisible(), rd.error.text()
    assert "deleted" in rd.result.text()
    assert vault.database.row(user_id)[0] == "deleted"  # at the vault's database
    with Library(lib, create=False) as library:
        assert pending(library) == []
    qtbot.waitUntil(lambda: not w.panel.retired_link.isVisible(), timeout=10_000)
    click(qtbot, rd.close_button)
    dest = destinations.open_destination(ctx.destination_spec())
    try:  # leave the shared Drive as found
        for o in dest.list(""):
            dest.delete(o.name)
    finally:
        dest.close()


def test_a_scheduled_backups_notice_opens_delete_the_old_key(qtbot, vault, tmp_path, gui_env,
                                                             monkeypatch):
    """A record listed but never said, then a scheduled backup (the window hidden in the
    tray): the backup says it once, as a notice of its own; clicking the notice shows the
    window with Delete the old key…, which deletes the record at the vault."""
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication

    from backupgui.automation.history import History
    from backupgui.automation.schedule import ScheduleConfig
    from backupgui.engine.vaultretire import add_pending
    from backupgui.ui.automation.autobackup import AutoBackup, scheduled_job_factory
    from backupgui.ui.automation.scheduler import Scheduler
    from backupgui.ui.automation.tray import Tray
    from tests.ui.helpers import click

    w, _set_id, _user_id = _window(qtbot, vault, tmp_path, gui_env)
    # Another, retired vault set of this library: its record is what is to be deleted.
    old = backup(BackupRequest(tmp_path / "lib", FolderDestination(tmp_path / "old"),
                               VaultPassword(PW, vault.url, access=VaultAccess(
                                   devices=KeyStore(gui_env), new_recovery_code=new_secret()))))
    old_cfg = parse_config((tmp_path / "old" / "sets" / old.set_id / "config").read_bytes())
    old_user = old_cfg.raw["vault"]["user_id"]
    with Library(tmp_path / "lib", create=False) as lib:
        add_pending(lib, old.set_id, old_cfg.raw["vault"])
    assert vault.database.row(old_user)[0] == "active"

    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    history = History(tmp_path / "h.jsonl")
    config = ScheduleConfig(frequency="daily", notify_success=False)
    s = Scheduler(config, scheduled_job_factory(w.ctx), history=history, tick_s=3600,
                  catch_up_delay=timedelta(0))
    auto = AutoBackup(QApplication.instance(), w, w.ctx, config=config, history=history,
                      scheduler=s)
    try:
        auto.start()
        qtbot.waitUntil(lambda: s.started, timeout=5000)
        w.hide()
        done: list = []
        s.runFinished.connect(done.append)
        assert s.run_now()
        qtbot.waitUntil(lambda: bool(done), timeout=120_000)
        assert done[0].result == "ok", done[0].reason
        notes = [n for n in auto.tray.shown if n.kind == "retired"]
        assert len(notes) == 1 and notes[0].level == "warning"
        assert old.set_id in notes[0].message and "still keeps the key" in notes[0].message
        assert "backupgui-cli" not in notes[0].message
        with Library(tmp_path / "lib", create=False) as lib:
            assert [r.told for r in pending(lib)] == [True]  # said once: this notice
        qtbot.waitUntil(lambda: bool(w.panel.retired_hosts), timeout=10_000)

        auto.tray.icon.messageClicked.emit()  # the user clicks the notice
        assert w.isVisible()
        rd = _retired_dialog(qtbot, w)
        qtbot.keyClicks(rd.password, PW)
        click(qtbot, rd.delete_button)
        qtbot.waitUntil(lambda: rd.result.isVisible() or rd.error.isVisible(), timeout=60_000)
        assert rd.result.isVisible(), rd.error.text()
        assert vault.database.row(old_user)[0] == "deleted"
        with Library(tmp_path / "lib", create=False) as lib:
            assert pending(lib) == []
        rd.reject()
        qtbot.waitUntil(lambda: getattr(w, "retired_dialog", None) is None, timeout=10_000)

        # Any other notice's click just shows the window.
        w.hide()
        auto.tray.show_notification_text("t", "m")
        auto.tray.icon.messageClicked.emit()
        assert w.isVisible() and getattr(w, "retired_dialog", None) is None
    finally:
        s.stop()
        auto.tray.hide()
        QApplication.instance().setQuitOnLastWindowClosed(True)
