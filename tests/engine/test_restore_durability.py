"""Restored media are on disk before the library points at them (fsynced before the commit),
so a power cut cannot leave an empty or short file that would pass as present."""

from __future__ import annotations

import os

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, restore
from backupgui.library.store import Library

from .helpers import backup_to


def test_every_restored_media_file_is_fsynced_before_the_commit(demo_lib, dest_dir, tmp_path, monkeypatch):
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    backup_to(demo_lib, dest, key)
    events: list[tuple[str, str]] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        real_fsync(fd)
        events.append(("fsync", os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))))

    monkeypatch.setattr(os, "fsync", recording_fsync)
    restore(RestoreRequest(dest, tmp_path / "new", key),
            lambda p: events.append(("phase", p.phase)))
    with Library(tmp_path / "new") as lib:
        shas = {p.name for p in lib.media_dir.rglob("*") if p.is_file()}
    synced = [i for i, (kind, name) in enumerate(events) if kind == "fsync" and name in shas]
    saving = events.index(("phase", "Saving"))
    assert shas and {events[i][1] for i in synced} == shas
    assert max(synced) < saving  # all on disk before the files move in and the commit
