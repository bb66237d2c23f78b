"""A format v1 set's one-time config upgrade runs under the backup's lock, from the config as
it is then (docs/FORMAT.md 10.3, 11): another computer's password change that lands between
the backup's unlock and its lock is never written over with the old password. Real folder
destination, the committed v1 vectors, two engine calls interleaved at that very point."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

import backupgui.engine.backup  # noqa: F401 - the module, patched below
from backupgui.crypto.keys import KdfParams, parse_key
from backupgui.crypto.material import Password, RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, RestoreRequest, backup, change_key_protection, restore
from backupgui.engine.repository import Repo
from backupgui.errors import WrongKeyError

backup_module = sys.modules["backupgui.engine.backup"]
V1 = Path(__file__).resolve().parents[1] / "vectors" / "v1"
EXPECTED = json.loads((V1 / "expected.json").read_text("utf-8"))
KEY = RawKey(parse_key((V1 / "key.txt").read_text("utf-8")))
OLD = Password((V1 / "password.txt").read_text("utf-8").rstrip("\n"))
NEW = Password("a new long password 7", kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1))


def _v1_set(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "dest"
    shutil.copytree(V1 / "backup", root)
    lib = tmp_path / "lib"
    restore(RestoreRequest(FolderDestination(root), lib, KEY))
    return root, root / "sets" / EXPECTED["set_id"] / "config"


def _change_before_the_lock(monkeypatch, root: Path) -> list[bytes]:
    """Another computer changes the password right after this backup unlocked the set and
    before it takes its lock (its own exclusive lock is gone by then). Returns the config
    it wrote (once it has run)."""
    real, written = backup_module._lock_set, []

    def interleaved(req, repo, created, progress, token):
        if not written:
            change_key_protection(FolderDestination(root), OLD, NEW)
            written.append((root / repo.prefix / "config").read_bytes())
        return real(req, repo, created, progress, token)

    monkeypatch.setattr(backup_module, "_lock_set", interleaved)
    return written


def test_a_password_change_before_the_lock_survives_the_v1_upgrade(tmp_path, monkeypatch) -> None:
    """A computer with the set's key backs up: its upgrade to v2 starts from the new config."""
    root, config = _v1_set(tmp_path)
    written = _change_before_the_lock(monkeypatch, root)
    result = backup(BackupRequest(tmp_path / "lib", FolderDestination(root), KEY,
                                  device_name="new laptop"))
    assert written and result.set_id == EXPECTED["set_id"]
    outer = json.loads(config.read_bytes())
    assert outer["version"] == 2  # upgraded, from the changed config
    assert Repo.open(FolderDestination(root), NEW).set_id == EXPECTED["set_id"]
    with pytest.raises(WrongKeyError):
        Repo.open(FolderDestination(root), OLD)  # the old password stays replaced
    assert not list(root.glob("sets/*/locks/*"))


def test_a_backup_with_the_old_password_stops_and_writes_nothing(tmp_path, monkeypatch) -> None:
    """A backup unlocked with the password just replaced stops once it sees the new config
    under its lock: nothing is written, the other computer's config stays as it wrote it."""
    root, config = _v1_set(tmp_path)
    before = {p for p in root.rglob("*") if p.is_file()}
    written = _change_before_the_lock(monkeypatch, root)
    with pytest.raises(WrongKeyError):
        backup(BackupRequest(tmp_path / "lib", FolderDestination(root), OLD,
                             device_name="new laptop"))
    assert written and config.read_bytes() == written[0]
    assert {p for p in root.rglob("*") if p.is_file()} == before  # (no lock left either)


def test_two_password_changes_never_undo_each_other(tmp_path, monkeypatch) -> None:
    """Two computers change the password at once: the second opened the set with the old
    password before the first's change landed, and takes its lock after it. It re-wraps the
    config as read under its lock, which the old password no longer opens: it fails and
    changes nothing (before: it re-wrapped the config it had read, and the first change was
    lost with no word)."""
    from backupgui.engine import locks

    root, config = _v1_set(tmp_path)
    real, written = locks.acquire, []

    def interleaved(repo, kind, device, **kw):
        if kind == locks.PROTECTION and not written:
            written.append(True)
            change_key_protection(FolderDestination(root), OLD, NEW)
            written[0] = config.read_bytes()
        return real(repo, kind, device, **kw)

    monkeypatch.setattr(locks, "acquire", interleaved)
    other = Password("another long password 8", kdf=NEW.kdf)
    with pytest.raises(WrongKeyError):
        change_key_protection(FolderDestination(root), OLD, other)
    assert config.read_bytes() == written[0]
    assert Repo.open(FolderDestination(root), NEW).set_id == EXPECTED["set_id"]
    assert not list(root.glob("sets/*/locks/*"))
