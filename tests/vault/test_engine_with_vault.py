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
from backupgui.errors import KeyDestroyedError, WrongKeyError
from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library

PW = "vault protected pass 1"


def _snapshot(lib_dir: Path) -> dict:
    with Library(lib_dir, create=False) as lib:
        return {c.id: [(m.id, m.text, tuple(r.sha256 for r in m.media)) for m in lib.messages(c.id)]
                for c in lib.list_chats()}


def test_backup_and_restore_on_new_machine(vault, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=3, seed=5, media_mb=0.5)
    dest = FolderDestination(tmp_path / "dest")
    r = backup(BackupRequest(tmp_path / "lib", dest, VaultPassword(PW, vault.url)))
    assert list_backups(dest)[0].key_mode == "vault"
    config = (tmp_path / "dest" / "sets" / r.set_id / "config").read_text()
    assert PW not in config and "wrapped_key" not in config

    # A "new machine": only the destination and the password.
    with pytest.raises(WrongKeyError) as wrong:
        restore(RestoreRequest(dest, tmp_path / "new", Password("not the password")))
    assert getattr(wrong.value, "attempts_left", None) == 9
    assert not (tmp_path / "new" / "library.db").exists() or not _snapshot(tmp_path / "new")
    restore(RestoreRequest(dest, tmp_path / "new", Password(PW)))
    assert _snapshot(tmp_path / "new") == _snapshot(tmp_path / "lib")


def test_change_vault_password_keeps_data(vault, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=2, seed=6, media_mb=0.2)
    dest = FolderDestination(tmp_path / "dest")
    backup(BackupRequest(tmp_path / "lib", dest, VaultPassword(PW, vault.url)))
    data_before = {p: p.read_bytes() for p in (tmp_path / "dest").rglob("data/*")}
    change_key_protection(dest, Password(PW), VaultPassword("a new vault password 2", vault.url))
    assert {p: p.read_bytes() for p in (tmp_path / "dest").rglob("data/*")} == data_before
    restore(RestoreRequest(dest, tmp_path / "new", Password("a new vault password 2")))
    assert _snapshot(tmp_path / "new") == _snapshot(tmp_path / "lib")


def test_ten_wrong_passwords_destroy_the_key(vault, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=1, seed=7, media_mb=0)
    dest = FolderDestination(tmp_path / "dest")
    backup(BackupRequest(tmp_path / "lib", dest, VaultPassword(PW, vault.url)))
    for left in range(9, 0, -1):
        with pytest.raises(WrongKeyError) as e:
            restore(RestoreRequest(dest, tmp_path / "new", Password(f"wrong guess {left}")))
        assert e.value.attempts_left == left
    with pytest.raises(KeyDestroyedError):
        restore(RestoreRequest(dest, tmp_path / "new", Password("wrong guess 0")))
    with pytest.raises(KeyDestroyedError):
        restore(RestoreRequest(dest, tmp_path / "new", Password(PW)))


def test_cli_vault_round_trip(vault, tmp_path: Path) -> None:
    create_demo_library(tmp_path / "lib", chats=2, seed=8, media_mb=0.2)
    env = {**os.environ, "BACKUPGUI_PASSWORD": PW}
    cli = [sys.executable, "-m", "backupgui.cli"]
    out = subprocess.run([*cli, "backup", "--library", str(tmp_path / "lib"), "--dest",
                          str(tmp_path / "dest"), "--vault", vault.url],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    out = subprocess.run([*cli, "restore", "--dest", str(tmp_path / "dest"), "--library",
                          str(tmp_path / "new")], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert PW not in out.stdout + out.stderr
    assert _snapshot(tmp_path / "new") == _snapshot(tmp_path / "lib")
    bad = subprocess.run([*cli, "restore", "--dest", str(tmp_path / "dest"), "--library",
                          str(tmp_path / "new2")], env={**env, "BACKUPGUI_PASSWORD": "nope nope nope"},
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 3 and "attempt" in bad.stderr.lower()
