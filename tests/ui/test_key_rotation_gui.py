"""'New password and new backup key' in the encryption dialog (issue 19 section 4): after a
suspected leak the app rotates the key itself - a new set, a full backup, the old set gone,
the new key in the keyring. Changing the password alone keeps K, and the dialog says so."""

from __future__ import annotations

import os

from backupgui.crypto.material import Password
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, VerifyRequest, backup, export_key, verify
from backupgui.errors import WrongKeyError

from .conftest import FAST_KDF
from .helpers import click, make_ctx, open_window, wait_dialog, wait_for, watch_backups

OLD, NEW = "correct horse battery staple", "a brand new passphrase 77"


def test_new_password_and_new_key(qtbot, tmp_path, demo_library, isolated):
    dest_dir = tmp_path / "backups"
    dest = FolderDestination(dest_dir)
    first = backup(BackupRequest(demo_library, dest, Password(OLD, kdf=FAST_KDF)))
    ctx = make_ctx(demo_library, isolated)
    s = ctx.settings
    s.folder_path, s.set_id, s.key_mode = str(dest_dir), first.set_id, "password"
    ctx.save()
    ctx.keystore.save(first.set_id, export_key(dest, Password(OLD)))
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    w.controller.change_encryption()
    dlg = wait_dialog(qtbot, w.controller)
    qtbot.keyClicks(dlg.unlock_field, OLD)
    click(qtbot, dlg.next_button)
    qtbot.waitUntil(lambda: dlg.stack.currentWidget() is dlg.page_choose, timeout=20_000)
    assert dlg.choose_rotate.isVisible()
    page_text = " ".join(lbl.text() for lbl in dlg.page_choose.findChildren(type(dlg.unlock_error)))
    assert "keeps your backup key" in page_text
    click(qtbot, dlg.choose_rotate)
    assert dlg.stack.currentWidget() is dlg.page_password
    qtbot.keyClicks(dlg.new_password.password, NEW)
    qtbot.keyClicks(dlg.new_password.confirm, NEW)
    click(qtbot, dlg.next_button)
    kind, outcome = wait_for(qtbot, done, timeout=120_000)
    assert kind == "ok", outcome
    new_id = outcome.result.set_id
    assert new_id != first.set_id and s.set_id == new_id and s.key_mode == "password"
    assert os.listdir(dest_dir / "sets") == [new_id]  # the old set is gone, folders too
    assert ctx.keystore.load(new_id) is not None and ctx.keystore.load(first.set_id) is None
    verify(VerifyRequest(dest, Password(NEW)))
    try:
        verify(VerifyRequest(dest, Password(OLD)))
        raise AssertionError("the old password still opens the backup")
    except WrongKeyError:
        pass
    # Later backups go to the new set with the key from the keyring.
    w.controller.start()
    kind, outcome2 = wait_for(qtbot, done, 2, timeout=60_000)
    assert kind == "ok" and outcome2.result.set_id == new_id
