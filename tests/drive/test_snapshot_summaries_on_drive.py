"""On Drive (the emulator, over real HTTP) a backup's start downloads only the manifests it
has not seen: its cache of authenticated summaries (engine/summaries.py) answers for the
others, and retention reads none again. The listing stays the truth."""

from __future__ import annotations

from pathlib import Path

from backupgui.crypto.material import RawKey
from backupgui.engine import BackupRequest, backup
from backupgui.engine.repository import Repo
from backupgui.engine.summaries import cache_path
from backupgui.format.names import is_snapshot_id
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library

KEY = RawKey(bytes(range(32)))


def _manifest_downloads(emulator) -> int:
    """Downloads (``alt=media``) of snapshot objects since the log was cleared."""
    n = 0
    for r in emulator.requests:
        if r["category"] != "media":
            continue
        f = emulator.store.get(r["path"].rstrip("/").rsplit("/", 1)[-1])
        if f is not None and is_snapshot_id(f["name"].rsplit("/", 1)[-1]):
            n += 1
    return n


def _grow(lib: Path, seed: int) -> None:
    with Library(lib) as library:
        add_demo_messages(library, library.chat_ids()[0], 2, seed=seed)


def test_a_backup_on_drive_downloads_only_new_manifests(make_dest, emulator, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=21, media_mb=0.3)
    for i in range(5):
        if i:
            _grow(lib, 30 + i)
        backup(BackupRequest(lib, make_dest(), KEY, keep=10))
    set_id = Repo.open(make_dest(), KEY).set_id

    emulator.clear_log()
    _grow(lib, 40)
    backup(BackupRequest(lib, make_dest(), KEY, keep=10))
    with_cache = _manifest_downloads(emulator)

    cache_path(set_id).unlink()  # as on a computer that never backed this set up
    emulator.clear_log()
    _grow(lib, 41)
    backup(BackupRequest(lib, make_dest(), KEY, keep=10))
    without = _manifest_downloads(emulator)

    emulator.clear_log()
    _grow(lib, 42)
    r = backup(BackupRequest(lib, make_dest(), KEY, keep=10))
    rebuilt = _manifest_downloads(emulator)

    assert (with_cache, without, rebuilt) == (0, 6, 0)  # 6 snapshots when the cache was gone
    # The listing decides what exists: a snapshot deleted at Drive is not in the answer.
    repo = Repo.open(make_dest(), KEY)
    newest = repo.snapshots().infos
    make_dest().delete(f"{repo.prefix}snapshots/{newest[0].snapshot_id}")
    emulator.clear_log()
    cached = Repo.open(make_dest(), KEY, summaries=True).snapshots()
    assert [i.snapshot_id for i in cached.infos] == [i.snapshot_id for i in newest[1:]]
    assert cached.newest.snapshot_id == r.snapshot_id
    assert _manifest_downloads(emulator) == 0
