"""Restoring a vault-protected backup through the wizard on a new computer, against a real
vault process: a wrong password shows the attempts left, the right one restores."""

from __future__ import annotations

from pathlib import Path

import pytest

from backupgui.crypto.material import VaultPassword
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library
from tests.memory_keyring import memory_keyring

PW = "vault protected pass 9"


@pytest.fixture
def gui_env(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    with memory_keyring() as ring:
        yield ring
    from backupgui.ui.tasks import cancel_all, wait_all

    cancel_all()
    wait_all(20)


def test_wizard_restores_a_vault_backup(qtbot, vault, tmp_path: Path, gui_env) -> None:
    from backupgui.ui.restore.wizard import RestoreWizard
    from tests.ui.helpers import click, make_ctx, open_window

    create_demo_library(tmp_path / "lib", chats=2, seed=41, media_mb=0.3)
    backup(BackupRequest(tmp_path / "lib", FolderDestination(tmp_path / "dest"),
                         VaultPassword(PW, vault.url), device_name="phone"))

    ctx = make_ctx(tmp_path / "new-library", gui_env)
    w = open_window(qtbot, ctx)
    wiz: RestoreWizard = w.open_restore()
    qtbot.waitUntil(wiz.isVisible)
    wiz.where_page.folder.setText(str(tmp_path / "dest"))
    nxt = wiz.button(wiz.WizardButton.NextButton)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=10_000)
    assert "vault" in wiz.backups_page.tree.topLevelItem(0).text(4).lower()
    click(qtbot, nxt)
    page = wiz.key_page
    assert page.password.isVisible()

    qtbot.keyClicks(page.password, "not the password 1")
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=30_000)
    assert "9" in page.error.text()  # attempts left, as the vault counts them
    assert wiz.currentId() == wiz.PAGE_KEY

    page.password.clear()
    qtbot.keyClicks(page.password, PW)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=30_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=30_000)
    assert wiz.result is not None and wiz.result.chats == 2
    with Library(tmp_path / "lib", create=False) as a, Library(tmp_path / "new-library", create=False) as b:
        assert [(c.id, c.message_count) for c in a.list_chats()] == [
            (c.id, c.message_count) for c in b.list_chats()]
