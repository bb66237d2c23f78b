"""The key vault in the GUI, against a real vault process: set-up on a folder shows the
recovery code once (copy/save, confirm), and the restore wizard on a new computer needs it -
without it nothing is counted; with it a wrong password shows the attempts left."""

from __future__ import annotations

import json
from pathlib import Path

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import Password, VaultPassword
from backupgui.destinations.folder import FolderDestination
from backupgui.device.keystore import KeyStore
from backupgui.engine import BackupRequest, RestoreRequest, backup, restore
from backupgui.format.config import parse_config
from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library
from backupgui.vault.account import VaultAccess, new_secret

from .conftest import MemoryDevices

PW = "vault protected pass 9"


def _chats(lib: Path) -> list[tuple[str, int]]:
    with Library(lib, create=False) as lb:
        return [(c.id, c.message_count) for c in lb.list_chats()]


def test_wizard_restores_a_vault_backup(qtbot, vault, tmp_path: Path, gui_env) -> None:
    from backupgui.ui.restore.wizard import RestoreWizard
    from tests.ui.helpers import click, make_ctx, open_window, restore_to_key_page

    from .test_account_binding import attempts

    create_demo_library(tmp_path / "lib", chats=2, seed=41, media_mb=0.3)
    code = new_secret()
    backup(BackupRequest(tmp_path / "lib", FolderDestination(tmp_path / "dest"),
                         VaultPassword(PW, vault.url, access=VaultAccess(
                             devices=MemoryDevices(), new_recovery_code=code)),
                         device_name="phone"))
    user_id = parse_config(next((tmp_path / "dest").rglob("config")).read_bytes()).raw["vault"]["user_id"]

    ctx = make_ctx(tmp_path / "new-library", gui_env)
    w = open_window(qtbot, ctx)
    wiz: RestoreWizard = restore_to_key_page(qtbot, w, tmp_path / "dest")
    nxt = wiz.button(wiz.WizardButton.NextButton)
    page = wiz.key_page
    assert "vault" in page.found.text().lower()
    assert page.password.isVisible() and page.code.isVisible()

    # The password alone, on a new computer: the vault refuses before counting anything.
    qtbot.keyClicks(page.password, PW)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=30_000)
    assert "recovery code" in page.error.text()
    assert page.code.hasFocus() or qtbot.waitUntil(page.code.hasFocus, timeout=2000) is None
    assert attempts(vault, user_id) == 0

    qtbot.keyClicks(page.code, format_key(code).upper())
    page.password.clear()
    qtbot.keyClicks(page.password, "not the password 1")
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: page.error.isVisible() and "9" in page.error.text(), timeout=30_000)
    assert wiz.currentId() == wiz.PAGE_KEY

    page.password.clear()
    qtbot.keyClicks(page.password, PW)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=30_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=30_000)
    assert not page.code.text()  # wiped once used
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=30_000)
    assert wiz.result is not None and wiz.result.chats == 2
    assert _chats(tmp_path / "lib") == _chats(tmp_path / "new-library")


def test_vault_setup_on_a_folder_shows_the_recovery_code_once(qtbot, vault, tmp_path: Path,
                                                              gui_env) -> None:
    from tests.ui.helpers import click, make_ctx, open_window, wait_dialog, wait_for, watch_backups

    create_demo_library(tmp_path / "lib", chats=2, seed=42, media_mb=0.2)
    ctx = make_ctx(tmp_path / "lib", gui_env)
    (tmp_path / "dest").mkdir()  # Settings makes a missing folder; the backup never does
    ctx.settings.folder_path = str(tmp_path / "dest")
    ctx.settings.vault_url = vault.url
    ctx.save()
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller)
    assert dlg.choose_vault.isVisible()
    click(qtbot, dlg.choose_vault)
    qtbot.keyClicks(dlg.new_password.password, PW)
    qtbot.keyClicks(dlg.new_password.confirm, PW)
    click(qtbot, dlg.next_button)
    assert dlg.stack.currentWidget() is dlg.page_recovery
    groups = dlg.recovery_grid.groups()
    assert len(groups) == 16 and [c.text() for c in dlg.recovery_grid._cells] == groups
    assert dlg.recovery_grid.copy_button.isVisible() and dlg.recovery_grid.save_button.isVisible()
    assert dlg.next_button.text().replace("&", "") == "I saved my code"
    click(qtbot, dlg.next_button)
    assert dlg.stack.currentWidget() is dlg.page_confirm
    assert "recovery code" in dlg.confirm_page_title.text()
    for f in dlg.confirm_fields:
        qtbot.keyClicks(f, "zzzz")
    click(qtbot, dlg.next_button)
    assert "recovery code" in dlg.confirm_error.text()
    for f, g in zip(dlg.confirm_fields, dlg.confirm_groups, strict=True):
        f.clear()
        qtbot.keyClicks(f, groups[g])
    click(qtbot, dlg.next_button)
    kind, outcome = wait_for(qtbot, done, timeout=120_000)
    assert kind == "ok", outcome
    assert ctx.settings.key_mode == "vault"

    cfg = parse_config(next((tmp_path / "dest").rglob("config")).read_bytes()).raw
    assert cfg["vault"]["account"] == "device" and "access_token" not in cfg["vault"]
    # This computer keeps its device credential (and K) in the keyring, never the code.
    ks = KeyStore(gui_env)
    assert ks.load_vault_credential(cfg["vault"]["user_id"]) is not None
    assert ks.vault_signed(cfg["vault"]["user_id"])  # never sent as it is (VAULT.md 1.9)
    stored = json.dumps(sorted(gui_env.items.values()))
    code_b64 = __import__("base64").b64encode(bytes.fromhex("".join(groups))).decode()
    assert "".join(groups) not in stored and code_b64 not in stored
    # A new computer: the password and the code the dialog showed.
    code = bytes.fromhex("".join(groups))
    restore(RestoreRequest(FolderDestination(tmp_path / "dest"), tmp_path / "new",
                           Password(PW, access=VaultAccess(recovery_code=lambda: code))))
    assert _chats(tmp_path / "new") == _chats(tmp_path / "lib")


def _confirm_code(qtbot, dlg, groups) -> None:
    from tests.ui.helpers import click

    click(qtbot, dlg.next_button)  # "I saved my code"
    assert dlg.stack.currentWidget() is dlg.page_confirm
    for f, g in zip(dlg.confirm_fields, dlg.confirm_groups, strict=True):
        qtbot.keyClicks(f, groups[g])
    click(qtbot, dlg.next_button)


def test_the_app_upgrades_a_v1_vault_set_itself(qtbot, vault_factory, tmp_path: Path,
                                                gui_env) -> None:
    """A GUI backup (K from the keyring, no password) of a folder set whose vault record is
    still bound only to the access token in its config: the app asks for the password once,
    shows a new recovery code, and its backup binds the record. Before, each such backup only
    ended with a warning to run backupgui-cli."""
    from tests.ui.helpers import click, make_ctx, open_window, wait_dialog, wait_for, watch_backups

    from .test_account_binding import PW as V1_PW
    from .test_account_binding import make_v1_set

    vault = vault_factory("v1.sqlite", "--allow-unbound-registration")
    create_demo_library(tmp_path / "lib", chats=2, seed=43, media_mb=0.2)
    dest = FolderDestination(tmp_path / "dest")
    set_id, old, key = make_v1_set(tmp_path / "lib", dest, vault.url)
    ctx = make_ctx(tmp_path / "lib", gui_env)
    s = ctx.settings
    s.folder_path, s.vault_url, s.set_id, s.key_mode = str(tmp_path / "dest"), vault.url, set_id, "vault"
    ctx.save()
    assert ctx.keystore.save(set_id, key)  # as after earlier backups from this computer
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller, timeout=30_000)
    assert dlg.mode == "upgrade" and dlg.stack.currentWidget() is dlg.page_unlock
    assert "recovery code" in dlg.page_unlock.subtitle.text()
    qtbot.keyClicks(dlg.unlock_field, "not the password 7")
    click(qtbot, dlg.next_button)
    qtbot.waitUntil(lambda: "Wrong password" in dlg.unlock_error.text(), timeout=30_000)
    assert dlg.unlock_error.isVisible()
    dlg.unlock_field.clear()
    qtbot.keyClicks(dlg.unlock_field, V1_PW)
    click(qtbot, dlg.next_button)
    qtbot.waitUntil(lambda: dlg.stack.currentWidget() is dlg.page_recovery, timeout=30_000)
    groups = dlg.recovery_grid.groups()
    _confirm_code(qtbot, dlg, groups)
    kind, outcome = wait_for(qtbot, done, timeout=120_000)
    assert kind == "ok", outcome
    assert not any("before account binding" in x for x in outcome.result.warnings)
    cfg = parse_config(dest.read(f"sets/{set_id}/config")).raw
    assert cfg["vault"]["account"] == "device" and "access_token" not in cfg["vault"]
    assert cfg["vault"]["user_id"] == old.user_id
    assert KeyStore(gui_env).load_vault_credential(old.user_id) is not None
    assert KeyStore(gui_env).vault_signed(old.user_id)  # bound with signing keys (VAULT.md 1.9)
    # The next backup asks nothing.
    click(qtbot, w.panel.backup_button)
    kind, _ = wait_for(qtbot, done, 2, timeout=60_000)
    assert kind == "ok" and w.controller.dialog is None
    # The old token grants nothing now; a new computer needs the code the dialog showed.
    code = bytes.fromhex("".join(groups))
    restore(RestoreRequest(dest, tmp_path / "new",
                           Password(V1_PW, access=VaultAccess(recovery_code=lambda: code))))
    assert _chats(tmp_path / "new") == _chats(tmp_path / "lib")


def test_declining_the_upgrade_still_backs_up(qtbot, vault_factory, tmp_path: Path, gui_env) -> None:
    from tests.ui.helpers import click, make_ctx, open_window, wait_dialog, wait_for, watch_backups

    from .test_account_binding import make_v1_set

    vault = vault_factory("v1b.sqlite", "--allow-unbound-registration")
    create_demo_library(tmp_path / "lib", chats=1, seed=44, media_mb=0)
    dest = FolderDestination(tmp_path / "dest")
    set_id, _old, key = make_v1_set(tmp_path / "lib", dest, vault.url)
    ctx = make_ctx(tmp_path / "lib", gui_env)
    s = ctx.settings
    s.folder_path, s.vault_url, s.set_id, s.key_mode = str(tmp_path / "dest"), vault.url, set_id, "vault"
    ctx.save()
    ctx.keystore.save(set_id, key)
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller, timeout=30_000)
    click(qtbot, dlg.cancel_button)
    kind, outcome = wait_for(qtbot, done, timeout=60_000)
    assert kind == "ok"
    assert any("before account binding" in x for x in outcome.result.warnings)
