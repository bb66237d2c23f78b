"""The restore wizard asks to confirm a key vault this computer does not trust (docs/VAULT.md
1.7) from what the first page's background job found: the trusted-vault file is read there,
never on the GUI thread."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.ui.restore.wizard import FoundBackups, RestoreWizard, find_backups
from backupgui.ui.settings.destinations import DestinationSpec
from backupgui.vault.trust import CONFIRMED, TrustedVaults

from .helpers import click, make_ctx, open_window

VAULT_URL = "https://vault.example.org"
VAULT_KEY = "q3Vh2aBd9kPq1mZ0XyT4cR7sW8eL5nJ6gF2hK1oI9uA"


def _vault_backup(library: Path, dest_dir: Path) -> None:
    """A backup whose set config names a key vault: made with a raw key, then its config
    rewritten to vault mode, as whoever can write the storage could (the config's MAC is
    checked only once the key is known, and the first page lists without a key)."""
    backup(BackupRequest(library, FolderDestination(dest_dir), RawKey(bytes(range(32))),
                         device_name="laptop"))
    (path,) = dest_dir.rglob("config")
    outer = json.loads(path.read_bytes())
    body = json.loads(outer["body"])
    body["key_mode"] = "vault"
    body["vault"] = {"url": VAULT_URL, "user_id": "u" * 22, "server_public_key": VAULT_KEY}
    outer["body"] = json.dumps(body, sort_keys=True, separators=(",", ":"))
    path.write_text(json.dumps(outer, sort_keys=True, indent=1) + "\n")


@pytest.fixture
def trust_reads(monkeypatch) -> list[threading.Thread]:
    """The thread of every read of the trusted-vault file."""
    threads: list[threading.Thread] = []
    original = TrustedVaults.entries

    def entries(self):
        threads.append(threading.current_thread())
        return original(self)

    monkeypatch.setattr(TrustedVaults, "entries", entries)
    return threads


def _to_key_page(qtbot, window, dest_dir: Path) -> RestoreWizard:
    wiz: RestoreWizard = window.open_restore()
    qtbot.waitUntil(wiz.isVisible)
    wiz.where_page.folder.setText(str(dest_dir))
    click(qtbot, wiz.button(wiz.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY, timeout=20_000)
    return wiz


@pytest.mark.parametrize("trusted", [False, True])
def test_the_key_page_asks_from_the_jobs_answer_without_reading_on_the_gui_thread(
        qtbot, tmp_path, demo_library, isolated, trust_reads, trusted) -> None:
    dest_dir = tmp_path / "backups"
    _vault_backup(demo_library, dest_dir)
    if trusted:
        TrustedVaults().add(VAULT_URL, VAULT_KEY, CONFIRMED)
    w = open_window(qtbot, make_ctx(tmp_path / "new-library", isolated))
    trust_reads.clear()
    wiz = _to_key_page(qtbot, w, dest_dir)
    page = wiz.key_page
    (set_id,) = {b.set_id for b in wiz.backups}
    assert wiz.trusted_vaults == {set_id: trusted}  # the job's answer
    assert page.vault_url.isVisible() and page.vault_url.text() == VAULT_URL
    assert page.trust_box.isVisible() is (not trusted)
    if not trusted:
        assert VAULT_URL.removeprefix("https://") in page.trust_details.text()
    qtbot.keyClicks(page.password, "a password")  # typing asks nothing of the file either
    page.vault_url.setText(VAULT_URL + "/")
    page.vault_url.setText(VAULT_URL)
    assert page.trust_box.isVisible() is (not trusted)
    assert trust_reads, "the job read the trusted-vault file"
    assert all(t is not threading.main_thread() for t in trust_reads), trust_reads
    wiz.reject()


def test_find_backups_answers_for_each_vault_set(tmp_path, demo_library) -> None:
    dest_dir = tmp_path / "backups"
    _vault_backup(demo_library, dest_dir)
    spec = DestinationSpec("folder", str(dest_dir))
    store = TrustedVaults(tmp_path / "trust.json")
    found = find_backups(spec, store)
    assert isinstance(found, FoundBackups) and len(found.backups) == 1
    assert found.trusted_vaults == {found.backups[0].set_id: False}
    store.add(VAULT_URL, "another key", CONFIRMED)  # the same address, another identity
    assert find_backups(spec, store).trusted_vaults == {found.backups[0].set_id: False}
    store.add(VAULT_URL, VAULT_KEY, CONFIRMED)
    assert find_backups(spec, store).trusted_vaults == {found.backups[0].set_id: True}
