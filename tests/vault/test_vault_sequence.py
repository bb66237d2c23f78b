"""The key vault keeps each set's highest backup sequence number (docs/VAULT.md 2.1), so a
restore on any computer notices a destination that went back to an older backup (issue 19
section 2). Against a real vault process with SoftHSM2."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    BackupRequest,
    RestoreRequest,
    backup,
    list_authenticated,
    restore,
)
from backupgui.engine.repository import Repo
from backupgui.errors import RolledBackError, VaultError
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library
from backupgui.vault.client import VaultBinding, vault_read_sequence

from .test_engine_with_vault import PW, Owner


def _post(url: str, path: str, body: dict) -> tuple[int, dict]:
    req = urllib.request.Request(url + path, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _two_backups(vault, tmp_path: Path, owner: Owner):
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=31, media_mb=0.2)
    dest = FolderDestination(tmp_path / "dest")
    first = backup(BackupRequest(lib, dest, owner.setup(PW, vault.url)))
    with Library(lib) as L:
        add_demo_messages(L, L.chat_ids()[0], 3, seed=4)
    second = backup(BackupRequest(lib, dest, owner.here(PW)))
    assert second.warnings == ()
    return lib, dest, first, second


def test_a_rolled_back_destination_is_noticed_on_a_new_computer(vault, tmp_path: Path) -> None:
    """The provider deletes the newest manifest. A new computer has no memory of the set,
    but the vault keeps its highest sequence number: the restore refuses and says so.
    (Format v1 restored the older backup without a word.)"""
    owner = Owner()
    _, dest, first, second = _two_backups(vault, tmp_path, owner)
    repo = Repo.open(dest, owner.here(PW))
    binding = VaultBinding.from_dict(repo.cfg.raw["vault"])
    got = vault_read_sequence(binding, repo.keys.sequence, repo.set_id)
    assert (got.seq, got.snapshot_id) == (2, second.snapshot_id)

    listing = list_authenticated(dest, owner.new_machine(PW))
    assert listing.rolled_back is False and listing.newest.snapshot_id == second.snapshot_id

    (tmp_path / "dest" / "sets" / second.set_id / "snapshots" / second.snapshot_id).unlink()
    with pytest.raises(RolledBackError, match="key vault"):
        restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine(PW)))
    assert not (tmp_path / "new" / "library.db").exists() or not Library(tmp_path / "new").chat_ids()
    # Naming the older snapshot is not enough (the GUI names what the user picked) ...
    with pytest.raises(RolledBackError):
        restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine(PW),
                               snapshot=first.snapshot_id))
    listing = list_authenticated(dest, owner.new_machine(PW))
    assert listing.rolled_back is True and [b.rolled_back for b in listing.backups] == [True]
    # ... accepting it is.
    r = restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine(PW),
                               snapshot=first.snapshot_id, accept_rollback=True))
    assert r.snapshot_id == first.snapshot_id


def test_the_next_backup_after_a_rollback_counts_past_it(vault, tmp_path: Path) -> None:
    owner = Owner()
    lib, dest, first, second = _two_backups(vault, tmp_path, owner)
    (tmp_path / "dest" / "sets" / second.set_id / "snapshots" / second.snapshot_id).unlink()
    third = backup(BackupRequest(lib, dest, owner.here(PW)))
    assert any("rolled back" in w for w in third.warnings)
    m = Repo.open(dest, owner.here(PW)).snapshots().head
    assert (m.seq, m.prev) == (3, first.snapshot_id)  # the gap records the lost backup
    restore(RestoreRequest(dest, tmp_path / "new", owner.new_machine(PW)))  # healed


def test_only_the_key_holder_can_raise_the_record(vault, tmp_path: Path) -> None:
    """A party with every byte of the destination (the user id, the config) can read the
    record but not change it: the first update needs the account proof, later ones the
    set's signature; and what a vault database writer makes up fails the client's check."""
    owner = Owner()
    _, dest, _first, second = _two_backups(vault, tmp_path, owner)
    repo = Repo.open(dest, owner.here(PW))
    binding = VaultBinding.from_dict(repo.cfg.raw["vault"])
    status, body = _post(vault.url, "/v1/sequence", {"user_id": binding.user_id})
    assert status == 200 and body["seq"] == 2

    thief = Ed25519PrivateKey.generate()
    msg = b"\x00".join((b"backupgui/v2/vault-sequence", binding.user_id.encode(),
                        repo.set_id.encode(), (99).to_bytes(8, "big") + b"20991231T000000.000Z-00000000"))
    forged = {"user_id": binding.user_id, "set_id": repo.set_id, "seq": 99,
              "snapshot_id": "20991231T000000.000Z-00000000", "signature": _b64(thief.sign(msg)),
              "public_key": _b64(thief.public_key().public_bytes_raw())}
    status, body = _post(vault.url, "/v1/sequence", forged)
    assert (status, body["error"]) == (403, "bad_signature")
    assert _post(vault.url, "/v1/sequence", {"user_id": binding.user_id})[1]["seq"] == 2

    # A record without a key yet: the first update needs the account proof.
    lib2 = tmp_path / "lib2"
    create_demo_library(lib2, chats=1, seed=32, media_mb=0)
    other = Owner()
    dest2 = FolderDestination(tmp_path / "dest2")
    res2 = backup(BackupRequest(lib2, dest2, other.setup(PW, vault.url)))
    repo2 = Repo.open(dest2, other.here(PW))
    b2 = VaultBinding.from_dict(repo2.cfg.raw["vault"])
    vault.database.execute("DELETE FROM sequences WHERE user_id = ?", (b2.user_id,))
    msg2 = b"\x00".join((b"backupgui/v2/vault-sequence", b2.user_id.encode(), repo2.set_id.encode(),
                         (5).to_bytes(8, "big") + res2.snapshot_id.encode()))
    status, body = _post(vault.url, "/v1/sequence", {
        "user_id": b2.user_id, "set_id": repo2.set_id, "seq": 5, "snapshot_id": res2.snapshot_id,
        "signature": _b64(thief.sign(msg2)), "public_key": _b64(thief.public_key().public_bytes_raw())})
    assert (status, body["error"]) == (403, "account_required")

    # A database writer raises the number: the client sees it is not signed by the set's key.
    vault.database.execute("UPDATE sequences SET seq = 50 WHERE user_id = ?", (binding.user_id,))
    with pytest.raises(VaultError, match="not signed"):
        vault_read_sequence(binding, repo.keys.sequence, repo.set_id)
    listing = list_authenticated(dest, owner.here(PW))
    assert listing.rolled_back is None  # nothing trustworthy to compare with
    assert listing.newest.snapshot_id == second.snapshot_id


def test_the_vault_database_gains_one_table(vault) -> None:
    db = vault.database
    if db.backend == "sqlite":
        cols = [r[1] for r in db.execute("PRAGMA table_info(sequences)")]
    else:
        cols = [r[0] for r in db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'sequences'"
            " AND table_schema = current_schema()"
            " ORDER BY ordinal_position")]
    assert cols == ["user_id", "public_key", "set_id", "seq", "snapshot_id", "signature", "updated"]
    assert max(v for (v,) in db.execute("SELECT version FROM schema_version")) >= 4


def test_a_password_mode_set_on_a_new_computer_has_nothing_to_compare(tmp_path: Path) -> None:
    """Password or key mode on a new computer: 'unknown' (None), and the listing shows the
    newest backup's date and device for the user to recognise."""
    from tests.engine.helpers import pw

    lib = tmp_path / "lib"
    create_demo_library(lib, chats=1, seed=33, media_mb=0)
    dest = FolderDestination(tmp_path / "d")
    backup(BackupRequest(lib, dest, pw(), device_name="Maria's laptop"))
    listing = list_authenticated(dest, pw(), tmp_path / "elsewhere")
    assert listing.rolled_back is None and listing.newest.device == "Maria's laptop"
    assert list_authenticated(dest, pw(), lib).rolled_back is False  # the same computer
