"""Whoever can write to a folder destination can replace a folder inside it by a symlink.

A shared or synced backup folder (a NAS share, a USB disk lent out) can be changed by
someone else while backupgui works in it. Before this fix the folder destination built each
object's path from the backup folder and let the system follow any symlink on the way, so:

* ``key rotate`` lists the old set, then deletes what it listed: a folder of the set swapped
  for a symlink after the listing made it delete the user's own file of the same name
  elsewhere (``~/Documents/thesis.pdf``);
* a set's ``index`` or ``snapshots`` folder that is a symlink made a backup write there, and
  a ``.tmp`` that is a symlink made it create and delete files in the folder it points to.

Now every object is reached one folder at a time, without following a symlink, and read,
written, renamed or deleted relative to the open folder (POSIX ``dir_fd``).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.device.stale import owned_name
from backupgui.engine import BackupRequest, backup, list_backups
from backupgui.engine.keys import rotate_key
from backupgui.errors import DamagedBackupError
from backupgui.library.model import Message
from backupgui.library.store import Library

from .conftest import KEY

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symlinks and dir_fd are POSIX")


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


class _SwapOnFirstDelete(FolderDestination):
    """The attacker's timing, made exact: the moment the app starts deleting what it listed,
    a folder it listed becomes a symlink to the user's documents."""

    def __init__(self, root: Path, folder: Path, target: Path) -> None:
        super().__init__(root)
        self.folder, self.target, self.swapped = folder, target, False

    def delete(self, name: str) -> None:
        if not self.swapped:
            self.swapped = True
            shutil.rmtree(self.folder)
            os.symlink(self.target, self.folder)
        super().delete(name)


def test_key_rotation_never_deletes_through_a_folder_swapped_for_a_symlink(library, tmp_path):
    docs = tmp_path / "home" / "Documents"
    docs.mkdir(parents=True)
    (docs / "thesis.pdf").write_bytes(b"years of work")
    first = backup(BackupRequest(library, FolderDestination(tmp_path / "dest"), KEY))
    evil = tmp_path / "dest" / "sets" / first.set_id / "zz" / "evil"
    evil.mkdir(parents=True)
    (evil / "thesis.pdf").write_bytes(b"decoy")  # listed as part of the old set
    dest = _SwapOnFirstDelete(tmp_path / "dest", evil, docs)
    new_key = RawKey(bytes(range(32, 64)))
    rotate_key(BackupRequest(library, dest, new_key), KEY)
    assert dest.swapped
    assert (docs / "thesis.pdf").read_bytes() == b"years of work"
    assert [b.set_id for b in list_backups(dest)] != [first.set_id]


def test_deleting_a_listed_object_behind_a_swapped_folder_touches_nothing(tmp_path):
    dest = FolderDestination(tmp_path / "dest")
    dest.put("sets/" + "a" * 32 + "/data/" + "b" * 32, b"pack")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / ("b" * 32)).write_bytes(b"mine")
    names = [o.name for o in dest.list("sets/")]
    data = tmp_path / "dest" / "sets" / ("a" * 32) / "data"
    shutil.rmtree(data)
    os.symlink(outside, data)
    for n in names:
        dest.delete(n)
    assert (outside / ("b" * 32)).read_bytes() == b"mine"


@pytest.mark.parametrize("folder", ["index", "snapshots", "data"])
def test_a_set_folder_that_is_a_symlink_is_never_written_through(library, tmp_path, folder):
    dest = FolderDestination(tmp_path / "dest")
    r = backup(BackupRequest(library, dest, KEY))
    outside = tmp_path / "outside"
    shutil.move(str(tmp_path / "dest" / "sets" / r.set_id / folder), outside)
    os.symlink(outside, tmp_path / "dest" / "sets" / r.set_id / folder)
    with Library(library) as lib, lib.transaction() as w:  # something new: a new pack too
        w.add_messages([Message("m-new", "chat-1", 1_700_000_100_000, "alice", "text", "new")])
    before = _tree(outside)
    with pytest.raises(DamagedBackupError):
        backup(replace(BackupRequest(library, dest, KEY), keep=1))
    assert _tree(outside) == before


def test_a_staging_folder_that_is_a_symlink_is_replaced_not_followed(library, tmp_path):
    dest = FolderDestination(tmp_path / "dest")
    outside = tmp_path / "outside"
    outside.mkdir()
    # A file named as a killed process's partial upload: the old code's clean-up of .tmp
    # deleted it in the folder the link pointed to.
    victim = outside / (owned_name(".part").split("~")[0] + "~999999999~00.part")
    victim.write_bytes(b"someone's file")
    (tmp_path / "dest").mkdir()
    os.symlink(outside, tmp_path / "dest" / ".tmp")
    backup(BackupRequest(library, dest, KEY))
    assert _tree(outside) == {victim.name: b"someone's file"}
    assert (tmp_path / "dest" / ".tmp").is_dir() and not (tmp_path / "dest" / ".tmp").is_symlink()
    assert list_backups(dest)


def test_objects_behind_a_symlinked_set_folder_are_damage_not_read(library, tmp_path):
    dest = FolderDestination(tmp_path / "dest")
    r = backup(BackupRequest(library, dest, KEY))
    real = tmp_path / "elsewhere"
    shutil.move(str(tmp_path / "dest" / "sets" / r.set_id), real)
    os.symlink(real, tmp_path / "dest" / "sets" / r.set_id)
    with pytest.raises(DamagedBackupError):
        dest.read(f"sets/{r.set_id}/config")
    assert not dest.exists(f"sets/{r.set_id}/config")


def test_a_pack_read_by_ranges_is_checked_like_every_read(library, tmp_path):
    """``open_ranges`` (a restore keeps a pack open while it reads it by ranges) checks the
    name as ``read`` does: behind a symlinked folder, a symlink, a FIFO or a device is damage,
    never opened; a name outside the backup folder is refused."""
    from backupgui.errors import DestinationError

    dest = FolderDestination(tmp_path / "dest")
    r = backup(BackupRequest(library, dest, KEY))
    data = tmp_path / "dest" / "sets" / r.set_id / "data"
    pack = sorted(p.name for p in data.iterdir())[0]
    name = f"sets/{r.set_id}/data/{pack}"
    whole = dest.read(name)
    with dest.open_ranges(name) as ranges:
        assert ranges.read(7, 100) == whole[7:107]
        assert ranges.read(len(whole) - 3, 1 << 20) == whole[-3:]  # bounded by the file
    for bad in ("../x", f"sets/{r.set_id}/../../x", ".tmp/x"):
        with pytest.raises(DestinationError):
            dest.open_ranges(bad)
    secret = tmp_path / "secret"
    secret.write_bytes(b"not yours")
    (data / "link").symlink_to(secret)
    os.mkfifo(data / "fifo")
    for odd in ("link", "fifo"):
        with pytest.raises(DamagedBackupError):
            dest.open_ranges(f"sets/{r.set_id}/data/{odd}")
    real = tmp_path / "elsewhere"
    shutil.move(str(tmp_path / "dest" / "sets" / r.set_id), real)
    os.symlink(real, tmp_path / "dest" / "sets" / r.set_id)
    with pytest.raises(DamagedBackupError):
        dest.open_ranges(name)
