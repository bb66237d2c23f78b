"""The vault's address can change (issue 26): a given ``--vault`` (and the restore wizard's
vault address) is used for an existing backup; the pinned server key must still match.

Before, the URL saved in the backup always won: restoring after the vault moved to new hosts
failed, silently ignoring ``--vault``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import VaultPassword
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library
from backupgui.vault.account import VaultAccess, new_secret

from .conftest import MemoryDevices
from .test_account_binding import attempts

PW = "a vault that moved 4"


def _chats(lib: Path) -> list[tuple[str, int]]:
    with Library(lib, create=False) as lb:
        return [(c.id, c.message_count) for c in lb.list_chats()]


def _backup(tmp_path: Path, url: str) -> tuple[bytes, str]:
    """A folder backup kept with the vault at ``url``; (recovery code, record's user id)."""
    create_demo_library(tmp_path / "lib", chats=2, seed=61, media_mb=0.2)
    code = new_secret()
    backup(BackupRequest(tmp_path / "lib", FolderDestination(tmp_path / "dest"),
                         VaultPassword(PW, url, access=VaultAccess(
                             devices=MemoryDevices(), new_recovery_code=code)),
                         device_name="laptop"))  # fmt: skip
    from backupgui.format.config import parse_config

    cfg = parse_config(next((tmp_path / "dest").rglob("config")).read_bytes()).raw
    return code, cfg["vault"]["user_id"]


def test_cli_restore_uses_the_given_vault_address(vault_factory, tmp_path: Path) -> None:
    old = vault_factory("moved.sqlite")
    code, user_id = _backup(tmp_path, old.url)
    new = vault_factory("moved.sqlite")  # the same vault (database, HSM key), new address
    old.stop()
    other = vault_factory("other.sqlite")  # a different vault (its own server key)

    env = {**os.environ, "BACKUPGUI_PASSWORD": PW, "BACKUPGUI_RECOVERY_CODE": format_key(code),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # fmt: skip
    restore = [sys.executable, "-m", "backupgui.cli", "restore", "--dest", str(tmp_path / "dest")]

    # Without --vault the saved address is used, and that host is gone.
    out = subprocess.run([*restore, "--library", str(tmp_path / "a")], env=env,
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode != 0 and "could not be reached" in out.stderr, out.stderr

    # A vault at the given address that is not this backup's vault: refused before any
    # attempt, with a message that says why.
    out = subprocess.run([*restore, "--library", str(tmp_path / "b"), "--vault", other.url],
                         env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode != 0 and "identity" in out.stderr, out.stderr
    assert attempts(new, user_id) == 0

    # The vault at its new address: used, and the restore works.
    out = subprocess.run([*restore, "--library", str(tmp_path / "c"), "--vault", new.url],
                         env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert _chats(tmp_path / "c") == _chats(tmp_path / "lib")
    assert attempts(new, user_id) == 0  # a verified login

    # Not an http(s) address: a clear error, nothing sent anywhere.
    out = subprocess.run([*restore, "--library", str(tmp_path / "d"), "--vault", "file:///x"],
                         env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode != 0 and "http(s)" in out.stderr, out.stderr


def test_wizard_restores_from_a_vault_that_moved(qtbot, vault_factory, tmp_path: Path,
                                                 monkeypatch) -> None:  # fmt: skip
    from backupgui.ui.restore.wizard import RestoreWizard
    from backupgui.ui.tasks import cancel_all, wait_all
    from tests.memory_keyring import memory_keyring
    from tests.ui.helpers import click, make_ctx, open_window, restore_to_key_page

    old = vault_factory("moved.sqlite")
    code, user_id = _backup(tmp_path, old.url)
    new = vault_factory("moved.sqlite")
    old.stop()
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    with memory_keyring() as ring:
        ctx = make_ctx(tmp_path / "new-library", ring)
        w = open_window(qtbot, ctx)
        wiz: RestoreWizard = restore_to_key_page(qtbot, w, tmp_path / "dest")
        nxt = wiz.button(wiz.WizardButton.NextButton)
        page = wiz.key_page
        # The address saved in the backup is shown, and can be changed.
        assert page.vault_url.isVisible() and page.vault_url.text() == old.url
        qtbot.keyClicks(page.code, format_key(code))
        qtbot.keyClicks(page.password, PW)
        # A new computer: the vault the backup names is shown for confirmation first.
        assert page.trust_box.isVisible() and not nxt.isEnabled()
        page.trust_check.setChecked(True)
        click(qtbot, nxt)
        qtbot.waitUntil(lambda: page.error.isVisible(), timeout=60_000)
        assert "could not be reached" in page.error.text()

        page.vault_url.clear()
        qtbot.keyClicks(page.vault_url, new.url)
        assert not page.trust_box.isVisible()  # an address the user typed is their choice
        page.password.clear()
        qtbot.keyClicks(page.password, PW)
        if not page.code.text():
            qtbot.keyClicks(page.code, format_key(code))
        click(qtbot, nxt)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=60_000)
        click(qtbot, nxt)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=60_000)
        click(qtbot, nxt)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
        assert wiz.result is not None and wiz.result.chats == 2
        assert _chats(tmp_path / "lib") == _chats(tmp_path / "new-library")
        # Restored with the recovery code: this computer now has its own device credential
        # in the keyring (docs/VAULT.md 1.8), so later vault logins here need no code.
        assert ctx.keystore.load_vault_credential(user_id) is not None
        assert ctx.keystore.vault_signed(user_id)  # enrolled as a signing key (VAULT.md 1.9)
        cancel_all()
        wait_all(20)
