"""A storage provider that kept a copy of a set retired by a key rotation, and serves it
again instead of the new set (docs/SECURITY.md 2.4).

A rotation is what the app tells the user to do after a suspected leak of the key or of a
device; the new password may be the same as the old one (nothing stops that). Before the
fix, the same computer's next backup opened the old set with that password and wrote the
new messages into it, under the old (possibly leaked) key, without a word, and a restore
took the old set as the newest backup."""

from __future__ import annotations

import json
import shutil

import pytest

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, list_authenticated, rotate_key
from backupgui.engine.repository import Repo
from backupgui.errors import RetiredSetError, RolledBackError
from backupgui.library.model import Message
from backupgui.library.store import Library
from tests.engine.helpers import backup_to, pw, restore_from

from .conftest import make_library


def _tree(root) -> dict:
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _add_message(lib, text: str) -> None:
    with Library(lib) as library, library.transaction() as w:
        w.add_messages([Message(f"new-{text}", "chat-1", 1_700_000_020_000, "alice", "text", text)])


def _replay(tmp_path, kept) -> FolderDestination:
    """The provider deletes what the destination holds and puts its old copy back."""
    shutil.rmtree(tmp_path / "dest")
    shutil.copytree(kept, tmp_path / "dest")
    return FolderDestination(tmp_path / "dest")


@pytest.fixture
def rotated(tmp_path):
    """A set backed up, copied by the provider, then rotated to a new key with the same
    password: (library, the provider's copy, old set id, new set id)."""
    lib = tmp_path / "lib"
    make_library(lib)
    dest = FolderDestination(tmp_path / "dest")
    old = backup_to(lib, dest, pw()).set_id
    kept = tmp_path / "kept"
    shutil.copytree(tmp_path / "dest", kept)
    new = rotate_key(BackupRequest(lib, dest, pw(), device_name="t"), pw()).set_id
    assert new != old
    return lib, kept, old, new


def test_a_backup_never_writes_into_a_set_a_rotation_retired(tmp_path, rotated):
    lib, kept, old, new = rotated
    dest = _replay(tmp_path, kept)
    _add_message(lib, "written after the rotation")
    before = _tree(tmp_path / "dest")
    with pytest.raises(RetiredSetError, match=f"{old}.*replaced by a new key.*{new}"):
        backup_to(lib, dest, pw())
    assert _tree(tmp_path / "dest") == before  # nothing written into the old set


def test_a_restore_and_list_call_a_retired_set_rolled_back(tmp_path, rotated):
    lib, kept, old, _new = rotated
    dest = _replay(tmp_path, kept)
    with pytest.raises(RolledBackError, match="replaced by a new key"):
        restore_from(dest, lib, pw())
    listing = list_authenticated(dest, pw(), lib)
    assert listing.rolled_back is True and "replaced by a new key" in listing.rollback_message
    # The user may still take the old backup back, knowingly.
    restore_from(dest, lib, pw(), accept_rollback=True)


def test_a_killed_rotation_finished_later_retires_the_old_set(tmp_path):
    """The new set's config was written, then the process died: the next backup removes
    the old set (FORMAT.md 10.1) and from then on refuses it too."""
    lib = tmp_path / "lib"
    make_library(lib)
    dest = FolderDestination(tmp_path / "dest")
    old = backup_to(lib, dest, pw()).set_id
    kept = tmp_path / "kept"
    shutil.copytree(tmp_path / "dest", kept)
    new_repo = Repo.create(dest, pw())  # its config is written: the new set exists
    with Library(lib) as library:
        library.put_meta("key_rotation", json.dumps({"new": new_repo.set_id, "old": old}))
    assert backup_to(lib, dest, pw()).set_id == new_repo.set_id  # finishes the rotation
    dest = _replay(tmp_path, kept)
    with pytest.raises(RetiredSetError):
        backup_to(lib, dest, pw())


def test_a_new_rotation_from_the_retired_set_is_the_way_out(tmp_path, rotated):
    """What the error's hint says: a new key makes a new set and removes the old one; the
    backups after it go on as usual."""
    lib, kept, old, _new = rotated
    dest = _replay(tmp_path, kept)
    newest = rotate_key(BackupRequest(lib, dest, pw(), device_name="t"), pw()).set_id
    assert newest != old
    _add_message(lib, "after the second rotation")
    r = backup_to(lib, dest, pw())
    assert r.set_id == newest and r.warnings == ()
    assert not (tmp_path / "dest" / "sets" / old).exists()


class _Killed(Exception):
    """The process dies here (the rotation is left for the next run to finish)."""


class _Provider(FolderDestination):
    """A folder whose owner can make deletes fail (the app killed while removing the old
    set) and answer "no such object" once for a name (hiding it when asked)."""

    kill_deletes_of: str | None = None
    hide_once: str | None = None

    def delete(self, name: str) -> None:
        if self.kill_deletes_of and name.startswith(self.kill_deletes_of) and "/data/" in name:
            raise _Killed(name)
        super().delete(name)

    def exists(self, name: str) -> bool:
        if name == self.hide_once:
            self.hide_once = None
            return False
        return super().exists(name)


def test_a_rotation_killed_while_removing_the_old_set_never_removes_the_new_one(tmp_path):
    """The app was killed while it removed the old set (its snapshots were gone, its packs
    not yet); the next backup finishes the rotation. Before the fix it asked the destination
    whether the new set's config exists, so a provider that answered "no" once made it
    delete the new set - the new key's complete backup - and go on in the old set."""
    lib = tmp_path / "lib"
    make_library(lib)
    dest = _Provider(tmp_path / "dest")
    old = backup_to(lib, dest, pw()).set_id
    dest.kill_deletes_of = f"sets/{old}/"
    with pytest.raises(_Killed):
        rotate_key(BackupRequest(lib, dest, pw(), device_name="t"), pw())
    dest.kill_deletes_of = None
    new = next(p.name for p in (tmp_path / "dest" / "sets").iterdir() if p.name != old)
    dest.hide_once = f"sets/{new}/config"

    r = backup_to(lib, dest, pw())
    assert r.set_id == new
    assert not (tmp_path / "dest" / "sets" / old).exists()
    restore_from(dest, tmp_path / "restored", pw())
