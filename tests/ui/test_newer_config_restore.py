"""The restore wizard says a backup whose set config authenticates under its password but has
a greater format version was made by a newer backupgui (update the app), in the UI's language;
not that it is damaged."""

from __future__ import annotations

import pytest

from backupgui.crypto.material import Password
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.ui.language import install_language
from backupgui.ui.restore.wizard import RestoreWizard

from ..format.test_newer_version import newer_config
from .conftest import FAST_KDF
from .helpers import make_ctx, open_window, submit_restore_password

PASSWORD = "correct horse battery staple"


@pytest.mark.parametrize("code, words", [("en", "format version 3"),
                                         ("de", "Einstellungen dieses Backups")])
def test_the_wizard_says_update_for_a_newer_config(qtbot, qapp, tmp_path, demo_library, isolated,
                                                   code, words):
    pw = Password(PASSWORD, kdf=FAST_KDF)
    dest_dir = tmp_path / "backups"
    result = backup(BackupRequest(demo_library, FolderDestination(dest_dir), pw,
                                  device_name="Maria's laptop"))
    config = dest_dir / "sets" / result.set_id / "config"
    config.write_bytes(newer_config(config.read_bytes(), pw, 3))
    install_language(code, qapp)
    try:
        w = open_window(qtbot, make_ctx(tmp_path / "new-library", isolated))
        wiz: RestoreWizard = submit_restore_password(qtbot, w, dest_dir, PASSWORD)
        error = wiz.key_page.error
        qtbot.waitUntil(error.isVisible, timeout=20_000)
        assert wiz.currentId() == wiz.PAGE_KEY
        text = error.text()
        assert words in text and "backupgui" in text
        if code == "en":
            assert "Update backupgui to its newest version" in text
            assert "damaged" not in text and "password" not in text.lower()
        wiz.reject()
    finally:
        install_language("en", qapp)


@pytest.mark.parametrize("code, words", [("en", "its snapshot"), ("de", "sein Snapshot")])
def test_the_wizard_says_update_for_a_newer_snapshot(qtbot, qapp, tmp_path, demo_library,
                                                     isolated, code, words):
    """A newer backupgui's manifest in the set: the wizard stops at the key page with "update",
    instead of listing the older backups as if the newest were among them (FORMAT.md 11)."""
    from backupgui.engine.repository import Repo

    from ..format.test_newer_pack import reseal

    pw = Password(PASSWORD, kdf=FAST_KDF)
    dest_dir = tmp_path / "backups"
    for device in ("Maria's laptop", "Maria's new laptop"):
        result = backup(BackupRequest(demo_library, FolderDestination(dest_dir), pw,
                                      device_name=device))
    manifest = dest_dir / "sets" / result.set_id / "snapshots" / result.snapshot_id
    repo = Repo.open(FolderDestination(dest_dir), pw, result.set_id)
    manifest.write_bytes(reseal(repo.keys.objects, f"snapshots/{manifest.name}",
                                manifest.read_bytes(), 3))
    install_language(code, qapp)
    try:
        w = open_window(qtbot, make_ctx(tmp_path / "new-library", isolated))
        wiz: RestoreWizard = submit_restore_password(qtbot, w, dest_dir, PASSWORD)
        error = wiz.key_page.error
        qtbot.waitUntil(error.isVisible, timeout=20_000)
        assert wiz.currentId() == wiz.PAGE_KEY
        text = error.text()
        assert words in text and result.snapshot_id in text and "backupgui" in text
        if code == "en":
            assert "Update backupgui to its newest version" in text and "damaged" not in text
        wiz.reject()
    finally:
        install_language("en", qapp)
