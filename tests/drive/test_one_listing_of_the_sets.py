"""On Drive (the emulator, over real HTTP): a backup's start, a restore and ``describe`` list
every object of every set (``scan_sets``) and read each set's config once per open, not
twice; verify lists them once more at its end, and reads no config again (docs/DRIVE.md 5,
"Deletes by the listed ids")."""

from __future__ import annotations

import pytest

from backupgui.engine import BackupRequest, RestoreRequest, backup, restore, verify
from backupgui.engine.repository import Repo
from backupgui.engine.types import VerifyRequest
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library
from tests.drive import test_deletes_by_listed_id as _deletes

KEY = _deletes.KEY
made = _deletes.made  # (its fixture: three backups of a demo library)


def _set_listings(emulator) -> int:
    """``files.list`` requests of every object of every set (``scan_sets``'s listing)."""
    return sum(r["category"] == "list" and "key='d1' and value='sets'" in
               (r.get("query") or {}).get("q", "") for r in emulator.requests)


def _config_reads(emulator, set_id: str) -> int:
    (fid,) = [v["id"] for v in emulator.store.all_views() if v["name"] == f"sets/{set_id}/config"]
    return sum(r["category"] == "media" and fid in r["path"] for r in emulator.requests)


@pytest.mark.parametrize("op", ["backup", "restore latest", "restore by id", "verify"])
def test_the_sets_are_listed_once_per_open(made, make_dest, emulator, tmp_path, op):
    """A backup's start and a restore's open list every set's objects once and read each
    config once (before: twice, the name's resolution and the unlock each listing the
    whole destination again; a restore by id and verify still read it twice until s20);
    verify lists them once more at its end, for what it did not verify (before: twice
    more)."""
    lib, set_id = made
    with Library(lib) as library:
        add_demo_messages(library, library.chat_ids()[0], 1, seed=50)
    snapshot = Repo.open(make_dest(), KEY).snapshots().newest.snapshot_id
    emulator.clear_log()
    if op == "backup":
        backup(BackupRequest(lib, make_dest(), KEY, keep=100))
    elif op == "verify":
        verify(VerifyRequest(make_dest(), KEY))
    else:
        restore(RestoreRequest(make_dest(), tmp_path / "restored", KEY,
                               snapshot="latest" if op == "restore latest" else snapshot))
    assert _set_listings(emulator) == (2 if op == "verify" else 1)
    # (a restore by id unlocks its set with the config the sets' scan read, and verify's
    # report of the other sets at its end takes the configs so read: before, each read
    # every config once more). A backup looks at its set's config once more under the
    # set's lock (FORMAT.md 10.3: a password change another computer finished between the
    # unlock and the lock must not be written back by an upgrade), but in the listing that
    # takes the lock: Drive's SHA-256 of the bytes read at the unlock, so no read (before
    # s20: a second download).
    assert _config_reads(emulator, set_id) == 1
