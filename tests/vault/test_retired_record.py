"""A set a key rotation (or a change of protection) retired loses its key at the vault
(docs/VAULT.md 1.4 "When the client deletes records", docs/SECURITY.md 2.5).

Before, the old set's record stayed alive at the vault for ever: whoever kept a copy of the
destination (the storage provider, its version history) could offer the retired set again
and open it on a new computer with the old password. Every test here runs against a real
vault process (SQLite and PostgreSQL) and fails on the code before the change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import Password, RawKey, VaultPassword
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    BackupRequest,
    RestoreRequest,
    backup,
    change_key_protection,
    export_key,
    restore,
    rotate_key,
)
from backupgui.engine.vaultretire import delete_retired, pending
from backupgui.errors import VaultError, WrongKeyError
from backupgui.format.config import parse_config
from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library
from backupgui.vault.account import VaultAccess
from backupgui.vault.client import VaultBinding, vault_delete, vault_fetch_key
from tests.engine.helpers import small_kdf

from .test_engine_with_vault import Owner

PW, NEW = "vault protected pass 3", "the new password after a leak 4"


def _vault_set(tmp_path: Path, vault, owner: Owner) -> tuple[Path, FolderDestination, str,
                                                              VaultBinding]:
    """A library backed up in vault mode: (library, destination, set id, its binding)."""
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=12, media_mb=0.1)
    dest = FolderDestination(tmp_path / "dest")
    set_id = backup(BackupRequest(lib, dest, owner.setup(PW, vault.url))).set_id
    cfg = parse_config((tmp_path / "dest" / "sets" / set_id / "config").read_bytes())
    return lib, dest, set_id, VaultBinding.from_dict(cfg.raw["vault"])


def _state(vault, binding: VaultBinding) -> tuple[str, bool]:
    """(state, sealed blob erased) of the record at the vault."""
    state, _attempts, erased = vault.database.row(binding.user_id)
    return state, bool(erased)


def _new(kdf=None) -> Password:
    return Password(NEW, kdf=kdf or small_kdf())


def test_a_rotation_deletes_the_old_record_and_a_kept_copy_opens_nowhere(vault, tmp_path):
    owner = Owner()
    lib, dest, old, binding = _vault_set(tmp_path, vault, owner)
    kept = tmp_path / "kept"  # the provider's copy, made before the rotation
    shutil.copytree(tmp_path / "dest", kept)

    r = rotate_key(BackupRequest(lib, dest, _new()), owner.here(PW))
    assert r.set_id != old and r.warnings == ()
    assert _state(vault, binding) == ("deleted", True)
    with Library(lib, create=False) as library:
        assert pending(library) == []
    # The old record answers no login any more, not even with the right password.
    with pytest.raises(VaultError, match="has no key for this backup"):
        vault_fetch_key(binding, PW, VaultAccess(devices=owner.devices))

    # The provider offers the retired set again to a new computer, which knows nothing of
    # the rotation: the right old password and recovery code open nothing.
    with pytest.raises(VaultError, match="has no key for this backup") as e:
        restore(RestoreRequest(FolderDestination(kept), tmp_path / "new", owner.new_machine(PW)))
    assert e.value.exit_code == 11
    if (tmp_path / "new" / "library.db").exists():
        with Library(tmp_path / "new", create=False) as nothing:
            assert nothing.list_chats() == []
    # The new set is untouched and opens with the new password.
    restore(RestoreRequest(dest, tmp_path / "restored", _new()))


class _Killed(Exception):
    """The process dies here."""


class _DiesAfterRemoving(FolderDestination):
    """The app is killed right after it removed the old set's objects and folders (the
    last step before the vault delete)."""

    die_after: str | None = None

    def remove_empty(self, prefix: str) -> None:
        super().remove_empty(prefix)
        if self.die_after and prefix.startswith(self.die_after):
            raise _Killed(prefix)


def test_a_rotation_killed_before_the_delete_is_said_by_the_next_backup_and_retried(
        vault, tmp_path):
    owner = Owner()
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=13, media_mb=0.1)
    dest = _DiesAfterRemoving(tmp_path / "dest")
    old = backup(BackupRequest(lib, dest, owner.setup(PW, vault.url))).set_id
    cfg = parse_config((tmp_path / "dest" / "sets" / old / "config").read_bytes())
    binding = VaultBinding.from_dict(cfg.raw["vault"])
    dest.die_after = f"sets/{old}/"
    with pytest.raises(_Killed):
        rotate_key(BackupRequest(lib, dest, _new()), owner.here(PW))
    dest.die_after = None
    assert not (tmp_path / "dest" / "sets" / old).exists()
    assert _state(vault, binding) == ("active", False)  # the delete never ran

    # The next backup (the new password: the old one is not at hand) finishes the rotation
    # from the library's record and says the old key is still at the vault, once.
    r = backup(BackupRequest(lib, dest, _new()))
    said = [w for w in r.warnings if old in w]
    assert len(said) == 1 and "still keeps the key" in said[0] and "interrupted" in said[0]
    assert "backupgui-cli" not in said[0]  # the app shows it too: no command in it
    assert not [w for w in backup(BackupRequest(lib, dest, _new())).warnings if old in w]
    with Library(lib, create=False) as library:
        assert [p.set_id for p in pending(library)] == [old]

    # The retry with the old password deletes it.
    out = delete_retired(lib, owner.here(PW))
    assert out.deleted == (old,) and out.failed == ()
    assert _state(vault, binding) == ("deleted", True)
    with Library(lib, create=False) as library:
        assert pending(library) == []


def test_vault_down_at_the_delete_warns_and_the_cli_retry_deletes_it(vault, tmp_path):
    """As the app rotates (K from the keyring, the password typed to confirm): the vault is
    down when the old set is gone. The new set is complete, the warning says the old key is
    still at the vault and how to delete it; the CLI does it once the vault is back."""
    owner = Owner()
    lib, dest, old, binding = _vault_set(tmp_path, vault, owner)
    key = export_key(dest, owner.here(PW))
    vault.stop()
    r = rotate_key(BackupRequest(lib, dest, _new()), RawKey(key), old_password=owner.here(PW))
    assert os.listdir(tmp_path / "dest" / "sets") == [r.set_id]
    (warning,) = r.warnings
    assert old in warning and "could not be reached" in warning
    assert "backupgui-cli" not in warning
    restore(RestoreRequest(dest, tmp_path / "restored", _new()))  # the new set is whole

    vault.start()  # the same address
    assert _state(vault, binding) == ("active", False)
    env = {**os.environ, "BACKUPGUI_PASSWORD": "not the old password",
           "BACKUPGUI_RECOVERY_CODE": format_key(owner.code),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    cli = [sys.executable, "-m", "backupgui.cli", "key", "delete-retired", "--library", str(lib)]
    out = subprocess.run(cli, env=env, capture_output=True, text=True, timeout=120,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 3, out.stderr  # a wrong password: nothing lost, still pending
    assert f"old backup set {old} is still at its key vault" in out.stderr
    assert _state(vault, binding) == ("active", False)
    out = subprocess.run(cli, env={**env, "BACKUPGUI_PASSWORD": PW}, capture_output=True,
                         text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    assert f"Deleted the key of the old backup set {old}" in out.stdout
    assert PW not in out.stdout + out.stderr
    assert _state(vault, binding) == ("deleted", True)
    out = subprocess.run(cli, env=env, capture_output=True, text=True, timeout=120,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 0 and "No key vault record" in out.stdout, out.stderr


def test_a_record_already_gone_counts_as_deleted(vault, tmp_path):
    """Deleted meanwhile (another computer's retry) or destroyed by wrong passwords: the
    retry is done, not an error."""
    owner = Owner()
    lib, dest, old, binding = _vault_set(tmp_path, vault, owner)
    key = export_key(dest, owner.here(PW))
    vault.stop()
    r = rotate_key(BackupRequest(lib, dest, _new()), RawKey(key), old_password=owner.here(PW))
    assert len(r.warnings) == 1
    vault.start()
    assert vault_delete(binding, PW, VaultAccess(devices=owner.devices)) is True
    out = delete_retired(lib, owner.here(PW))
    assert out.deleted == (old,) and out.failed == ()


def test_a_wrong_password_keeps_the_record_pending(vault, tmp_path):
    owner = Owner()
    lib, dest, old, binding = _vault_set(tmp_path, vault, owner)
    key = export_key(dest, owner.here(PW))
    r = rotate_key(BackupRequest(lib, dest, _new()), RawKey(key),
                   old_password=owner.here("not the old password"))
    (warning,) = r.warnings
    assert old in warning and "more attempts" in warning
    assert _state(vault, binding) == ("active", False)
    out = delete_retired(lib, owner.here("still not it"))
    assert out.deleted == () and isinstance(out.failed[0][1], WrongKeyError)
    with Library(lib, create=False) as library:
        assert [p.set_id for p in pending(library)] == [old]
    assert delete_retired(lib, owner.here(PW)).deleted == (old,)
    assert _state(vault, binding) == ("deleted", True)


def test_leaving_vault_protection_deletes_the_old_record(vault, tmp_path):
    """A change of protection keeps K, so an old copy of the vault-mode config would still
    open the set at the vault with the old password: its record goes too."""
    owner = Owner()
    lib, dest, set_id, binding = _vault_set(tmp_path, vault, owner)
    old_config = (tmp_path / "dest" / "sets" / set_id / "config").read_bytes()
    warnings: list[str] = []
    mode = change_key_protection(dest, owner.here(PW), _new(), library=lib, warnings=warnings)
    assert mode == "password" and warnings == []
    assert _state(vault, binding) == ("deleted", True)
    # The provider puts the old config back: the vault opens nothing for it.
    (tmp_path / "dest" / "sets" / set_id / "config").write_bytes(old_config)
    with pytest.raises(VaultError, match="has no key for this backup"):
        restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine(PW)))


def test_a_new_vault_password_deletes_the_old_record_and_keeps_the_set(vault, tmp_path):
    owner = Owner()
    lib, dest, set_id, binding = _vault_set(tmp_path, vault, owner)
    change_key_protection(dest, owner.here(PW), owner.setup(NEW, vault.url), library=lib)
    assert _state(vault, binding) == ("deleted", True)
    restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine(NEW)))


def test_a_damaged_pending_list_is_ignored(tmp_path):
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=1, seed=14, media_mb=0)
    with Library(lib, create=False) as library:
        for bad in ("[[[[" * 10, json.dumps({"not": "a list"}),
                    json.dumps([{"set": "x", "vault": {"url": 1}}]),
                    "[" * 100_000 + "]" * 100_000):
            library.put_meta("retired_vault_records", bad)
            assert pending(library) == []


def test_the_cli_adds_its_command_to_a_retired_record_warning(capsys):
    """The messages name no command (the app offers Delete the old key…); the CLI's own
    warning line says how to delete the key from the command line."""
    from backupgui.cli import _print_warnings
    from backupgui.engine.vaultretire import retired_record_message

    said = retired_record_message("ab" * 16, "vault.example.org", "The key vault could not "
                                  "be reached.")
    assert "backupgui-cli" not in said
    _print_warnings([said, "Some media files were missing."])
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("warning: The key vault vault.example.org still keeps")
    assert lines[0].endswith('run "backupgui-cli key delete-retired" with the old password.')
    assert lines[1] == "warning: Some media files were missing."


def test_cli_deletes_a_drive_backups_old_record_with_the_saved_sign_in(
        vault, oidc_issuer, tmp_path, monkeypatch, capsys):
    """``key delete-retired --dest gdrive``: a Google Drive backup's record is bound to the
    Google account, so the old password alone is refused; with ``--dest gdrive`` the saved
    sign-in's ID token goes with it and the record is deleted at the vault. The Drive
    emulator stands in for Google (a real browser-style sign-in, saved in the keyring)."""
    from backupgui.cli import main
    from backupgui.destinations import google_auth
    from backupgui.destinations.gdrive import GoogleDriveDestination
    from backupgui.engine.vaultretire import add_pending
    from backupgui.errors import VaultAccountError
    from tests.drive.test_auth import Browser
    from tests.memory_keyring import memory_keyring

    client = tmp_path / "client.json"
    client.write_text(json.dumps(oidc_issuer.client_config()))
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=1, seed=21, media_mb=0)
    with memory_keyring():
        google_auth.sign_in(client, api_root=oidc_issuer.root_url, on_url=Browser(),
                            timeout_seconds=30)
        creds = google_auth.load_saved_credentials()
        folder = "t-" + os.urandom(4).hex()  # the issuer's Drive lives for the session
        dest = GoogleDriveDestination(creds, api_root=oidc_issuer.root_url, folder=folder)
        try:
            r = backup(BackupRequest(lib, dest, VaultPassword(PW, vault.url)))
            cfg = parse_config(dest.read(f"sets/{r.set_id}/config")).raw
        finally:
            dest.close()
        assert cfg["vault"]["account"] == "google"
        binding = VaultBinding.from_dict(cfg["vault"])
        with Library(lib, create=False) as library:
            add_pending(library, r.set_id, cfg["vault"])  # as a change left it

        monkeypatch.setenv("BACKUPGUI_DRIVE_ROOT", oidc_issuer.root_url)
        monkeypatch.delenv("BACKUPGUI_DRIVE_TOKEN", raising=False)
        monkeypatch.setenv("BACKUPGUI_PASSWORD", PW)
        args = ["key", "delete-retired", "--library", str(lib)]
        assert main(args) != 0  # without the Google account's proof: refused, still listed
        err = capsys.readouterr().err
        assert f"old backup set {r.set_id} is still at its key vault" in err
        assert _state(vault, binding) == ("active", False)
        out = delete_retired(lib, Password(PW))
        assert isinstance(out.failed[0][1], VaultAccountError)

        assert main([*args, "--dest", "gdrive", "--drive-folder", folder]) == 0
        said = capsys.readouterr()
        assert f"Deleted the key of the old backup set {r.set_id}" in said.out
        assert PW not in said.out + said.err
    assert _state(vault, binding) == ("deleted", True)
    with Library(lib, create=False) as library:
        assert pending(library) == []
