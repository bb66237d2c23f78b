"""A new computer restored with the recovery code gets its own device credential (docs/VAULT.md
1.8): later vault logins there need no recovery code. Before, every later login on that
computer asked for the recovery code again (the first assertion after the restore failed)."""

from __future__ import annotations

import os
from pathlib import Path

from backupgui.crypto.material import Password
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, restore
from backupgui.format.config import parse_config
from backupgui.vault import VaultBinding, client, vault_fetch_key
from backupgui.vault.account import VaultAccess, new_secret, secret_verifier, signing_public_key
from backupgui.vault.service import b64e

from .conftest import MemoryDevices
from .test_account_binding import attempts
from .test_vault_moved import PW, _backup, _chats
from .test_vault_process import post


def _binding(tmp_path: Path) -> VaultBinding:
    return VaultBinding.from_dict(
        parse_config(next((tmp_path / "dest").rglob("config")).read_bytes()).raw["vault"])


def _server_key(binding: VaultBinding) -> bytes:
    return client._b64d(binding.server_public_key)


def _account(vault, user_id: str) -> str:
    (row,) = vault.database.execute("SELECT account FROM records WHERE user_id = ?", (user_id,))
    return row[0]


def test_recovery_code_restore_enrolls_this_computer(vault, tmp_path: Path) -> None:
    code, user_id = _backup(tmp_path, vault.url)
    binding = _binding(tmp_path)
    assert len(_account(vault, user_id).split(".")) == 2  # set-up device + recovery code
    new_computer = MemoryDevices()
    restore(RestoreRequest(FolderDestination(tmp_path / "dest"), tmp_path / "new",
                           Password(PW, access=VaultAccess(devices=new_computer,
                                                           recovery_code=lambda: code))))
    assert _chats(tmp_path / "new") == _chats(tmp_path / "lib")
    credential = new_computer.load_vault_credential(user_id)
    assert credential is not None and credential != code
    assert len(_account(vault, user_id).split(".")) == 3
    # The vault keeps the credential's public key for this vault (docs/VAULT.md 1.9).
    assert _account(vault, user_id).startswith("sig:")
    assert b64e(signing_public_key(credential, _server_key(binding))) in _account(vault, user_id)
    # Later logins on this computer: the keyring's credential alone, no recovery code.
    asked: list[int] = []
    assert vault_fetch_key(binding, PW, VaultAccess(
        devices=new_computer, recovery_code=lambda: asked.append(1) or None))
    assert asked == [] and attempts(vault, user_id) == 0
    # Logging in with its own credential enrolls nothing more.
    assert len(_account(vault, user_id).split(".")) == 3


def test_enrolment_needs_a_verified_login_and_the_account(vault, tmp_path: Path) -> None:
    code, user_id = _backup(tmp_path, vault.url)
    mine = new_secret()
    req = {"user_id": user_id, "account": {"kind": "secret", "secret": b64e(code)},
           "verifier": b64e(secret_verifier(mine))}
    # The recovery code alone (no password): no grant, no enrolment.
    for grant in (None, "forged", b64e(os.urandom(32))):
        status, body = post(vault.url, "/v1/account/device", {**req, "grant": grant})
        assert status == 403 and body["error"] == "no_grant", body
    # Someone else's secret, even with a syntactically fine grant: refused.
    other = {**req, "account": {"kind": "secret", "secret": b64e(new_secret())}, "grant": "x"}
    status, _ = post(vault.url, "/v1/account/device", other)
    assert status == 403
    assert len(_account(vault, user_id).split(".")) == 2 and attempts(vault, user_id) == 0


def test_a_full_record_still_restores(vault, tmp_path: Path) -> None:
    """Four secrets at most: the fourth computer restores and keeps asking for the code."""
    code, user_id = _backup(tmp_path, vault.url)
    binding = _binding(tmp_path)
    computers = [MemoryDevices() for _ in range(3)]
    for devices in computers:
        assert vault_fetch_key(binding, PW, VaultAccess(devices=devices,
                                                        recovery_code=lambda: code))
    assert len(_account(vault, user_id).split(".")) == 4
    assert computers[0].load_vault_credential(user_id) is not None
    assert computers[1].load_vault_credential(user_id) is not None
    # The third one could not be enrolled (409 full at the vault); its restore worked anyway.
    assert b64e(signing_public_key(computers[2].saved[user_id], _server_key(binding))) not in \
        _account(vault, user_id)
    assert attempts(vault, user_id) == 0
