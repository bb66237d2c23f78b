"""The backup engine and CLI with a vault-protected password, against a real vault process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.crypto.material import Password, VaultPassword
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    BackupRequest,
    RestoreRequest,
    backup,
    change_key_protection,
    list_backups,
    restore,
)
from backupgui.errors import KeyDestroyedError, VaultAccountError, WrongKeyError
from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library
from backupgui.vault.account import VaultAccess, new_secret

from .conftest import MemoryDevices

PW = "vault protected pass 1"


class Owner:
    """The owner's side: this computer's keyring (device credentials) and the recovery code
    shown at set-up."""

    def __init__(self) -> None:
        self.devices = MemoryDevices()
        self.code = new_secret()

    def setup(self, password: str, url: str) -> VaultPassword:
        return VaultPassword(password, url, access=VaultAccess(
            devices=self.devices, new_recovery_code=self.code))

    def here(self, password: str) -> Password:
        """The password on the computer that set the vault up (device credential)."""
        return Password(password, access=VaultAccess(devices=self.devices))

    def new_machine(self, password: str) -> Password:
        """The password and the recovery code on a new computer."""
        return Password(password, access=VaultAccess(recovery_code=lambda: self.code))


def _snapshot(lib_dir: Path) -> dict:
    with Library(lib_dir, create=False) as lib:
        return {c.id: [(m.id, m.text, tuple(r.sha256 for r in m.media)) for m in lib.messages(c.id)]
                for c in lib.list_chats()}


def test_backup_and_restore_on_new_machine(vault, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=3, seed=5, media_mb=0.5)
    dest = FolderDestination(tmp_path / "dest")
    owner = Owner()
    r = backup(BackupRequest(tmp_path / "lib", dest, owner.setup(PW, vault.url)))
    assert list_backups(dest)[0].key_mode == "vault"
    assert list_backups(dest)[0].vault_account == "device"
    config = (tmp_path / "dest" / "sets" / r.set_id / "config").read_text()
    assert PW not in config and "wrapped_key" not in config and "access_token" not in config
    assert owner.code.hex() not in config

    # A "new machine": only the destination, the password and the recovery code.
    with pytest.raises(VaultAccountError):
        restore(RestoreRequest(dest, tmp_path / "new", Password(PW)))
    with pytest.raises(WrongKeyError) as wrong:
        restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine("not the password")))
    assert getattr(wrong.value, "attempts_left", None) == 9
    assert not (tmp_path / "new" / "library.db").exists() or not _snapshot(tmp_path / "new")
    restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine(PW)))
    assert _snapshot(tmp_path / "new") == _snapshot(tmp_path / "lib")


def test_change_vault_password_keeps_data(vault, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=2, seed=6, media_mb=0.2)
    dest = FolderDestination(tmp_path / "dest")
    owner = Owner()
    backup(BackupRequest(tmp_path / "lib", dest, owner.setup(PW, vault.url)))
    data_before = {p: p.read_bytes() for p in (tmp_path / "dest").rglob("data/*")}
    change_key_protection(dest, owner.here(PW), owner.setup("a new vault password 2", vault.url))
    assert {p: p.read_bytes() for p in (tmp_path / "dest").rglob("data/*")} == data_before
    restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine("a new vault password 2")))
    assert _snapshot(tmp_path / "new") == _snapshot(tmp_path / "lib")


def test_ten_wrong_passwords_destroy_the_key(vault, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=1, seed=7, media_mb=0)
    dest = FolderDestination(tmp_path / "dest")
    owner = Owner()
    backup(BackupRequest(tmp_path / "lib", dest, owner.setup(PW, vault.url)))
    for left in range(9, 0, -1):
        with pytest.raises(WrongKeyError) as e:
            restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine(f"wrong guess {left}")))
        assert e.value.attempts_left == left
    with pytest.raises(KeyDestroyedError):
        restore(RestoreRequest(dest, tmp_path / "new", owner.here("wrong guess 0")))
    with pytest.raises(KeyDestroyedError):
        restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine(PW)))


def test_cli_vault_round_trip(vault, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=2, seed=8, media_mb=0.2)
    # No keyring here: this computer keeps no device credential, so every vault login
    # needs the recovery code (a new machine, in effect).
    env = {**os.environ, "BACKUPGUI_PASSWORD": PW,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("BACKUPGUI_RECOVERY_CODE", None)
    cli = [sys.executable, "-m", "backupgui.cli"]
    out = subprocess.run([*cli, "backup", "--library", str(tmp_path / "lib"), "--dest",
                          str(tmp_path / "dest"), "--vault", vault.url],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("Recovery code: ")]
    assert len(lines) == 1, out.stdout
    code = lines[0].removeprefix("Recovery code: ")
    assert len(code.split()) == 16 and all(len(g) == 4 for g in code.split())
    config = next((tmp_path / "dest" / "sets").glob("*/config")).read_text()
    assert "access_token" not in config and code.replace(" ", "") not in config

    restore_args = [*cli, "restore", "--dest", str(tmp_path / "dest"), "--library"]
    # Without the recovery code: refused, clearly, and nothing is counted.
    out = subprocess.run([*restore_args, str(tmp_path / "none")], env=env, stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 11 and "recovery code" in out.stderr, out.stderr
    out = subprocess.run([*restore_args, str(tmp_path / "new")],
                         env={**env, "BACKUPGUI_RECOVERY_CODE": code},
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert PW not in out.stdout + out.stderr and code not in out.stdout + out.stderr
    assert _snapshot(tmp_path / "new") == _snapshot(tmp_path / "lib")
    code_file = tmp_path / "code.txt"
    code_file.write_text(code.replace(" ", "-").upper() + "\n")
    bad = subprocess.run([*restore_args, str(tmp_path / "new2"), "--recovery-code-file",
                          str(code_file)], env={**env, "BACKUPGUI_PASSWORD": "nope nope nope"},
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 3 and "9 more attempts" in bad.stderr, bad.stderr
    # A malformed code is an error of its own, never echoed.
    code_file.write_text("not a code")
    out = subprocess.run([*restore_args, str(tmp_path / "new3"), "--recovery-code-file",
                          str(code_file)], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 4 and "recovery code" in out.stderr
