"""On Drive (the emulator, over real HTTP): ``list``, the restore wizard's list and a restore
of 'latest' download only the manifests this computer has not authenticated before; a
cached entry counts only while Drive lists the file with the checksum of the bytes it was
made from (``sha256Checksum``, else ``md5Checksum``); every answer, a rollback's included,
is the one given without the cache (docs/SECURITY.md 2.11, s18)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.engine import BackupRequest, backup, list_authenticated
from backupgui.engine.repository import Repo
from backupgui.engine.snapshots import set_overview
from backupgui.engine.summaries import SummaryCache, cache_root
from backupgui.format.names import is_snapshot_id
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library

KEY = RawKey(bytes(range(32)))


def _manifest_downloads(emulator) -> int:
    n = 0
    for r in emulator.requests:
        if r["category"] != "media":
            continue
        f = emulator.store.get(r["path"].rstrip("/").rsplit("/", 1)[-1])
        if f is not None and is_snapshot_id(f["name"].rsplit("/", 1)[-1]):
            n += 1
    return n


def _no_cache() -> None:
    shutil.rmtree(cache_root(), ignore_errors=True)


def _listing(dest, lib) -> tuple:
    got = list_authenticated(dest, KEY, lib)
    return got.backups, got.rolled_back, got.rollback_message, got.warnings


def _counted(emulator, fn, *args) -> tuple:
    """(the answer, manifests downloaded, requests made)."""
    emulator.clear_log()
    out = fn(*args)
    return out, _manifest_downloads(emulator), len(emulator.requests)


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=21, media_mb=0.2)
    return lib


def _backups(lib: Path, make_dest, n: int) -> list:
    out = []
    for i in range(n):
        with Library(lib) as library:
            add_demo_messages(library, library.chat_ids()[0], 1, seed=50 + i)
        out.append(backup(BackupRequest(lib, make_dest(), KEY, keep=30)))
    return out


def _without(dest, *keys: str):
    """``dest`` as a Drive that lists no ``keys`` (a checksum "if available" that is not)."""
    real = dest._list_files

    def listing(*a, **kw):
        return [{k: v for k, v in f.items() if k not in keys} for f in real(*a, **kw)]

    dest._list_files = listing
    return dest


def test_list_and_the_wizard_download_only_new_manifests(lib, make_dest, emulator):
    results = _backups(lib, make_dest, 5)
    set_id = Repo.open(make_dest(), KEY).set_id
    warm, downloads, warm_requests = _counted(emulator, _listing, make_dest(), lib)
    assert downloads == 0 and len(warm[0]) == 5
    overview, downloads, _ = _counted(emulator, set_overview, make_dest(), KEY, set_id, lib)
    assert downloads == 0 and [b.snapshot_id for b in overview.backups] == [
        r.snapshot_id for r in reversed(results)]
    _no_cache()
    cold, downloads, cold_requests = _counted(emulator, _listing, make_dest(), lib)
    # (each manifest read is one download, by the id the listing gave: docs/DRIVE.md 5)
    assert (cold, downloads) == (warm, 5) and cold_requests == warm_requests + 5 == 8
    again, downloads, _ = _counted(emulator, set_overview, make_dest(), KEY, set_id, lib)
    assert downloads == 0 and again.backups == overview.backups
    # Only the listing of the snapshots asks for checksums: every other one is as it was.
    emulator.clear_log()
    _listing(make_dest(), lib)
    fields = [r["query"].get("fields", "") for r in emulator.requests if r["category"] == "list"]
    assert sum("sha256Checksum" in f for f in fields) == 1 and len(fields) >= 2


def test_an_entry_counts_only_while_drive_lists_the_checksum_of_its_bytes(lib, make_dest,
                                                                          emulator):
    """A manifest replaced at Drive by other bytes of the same size (a new revision: Drive's
    checksum changes) is downloaded, fails, and is ignored, as without the cache; a listing
    with only MD5 binds the entries to it; one with no checksum never matches an entry."""
    results = _backups(lib, make_dest, 4)
    repo = Repo.open(make_dest(), KEY)
    name = f"{repo.prefix}snapshots/{results[1].snapshot_id}"
    good = make_dest().read(name)
    make_dest().put(name, good[:-1] + bytes([good[-1] ^ 1]))
    listing, downloads, _ = _counted(emulator, _listing, make_dest(), None)
    assert downloads == 1 and len(listing[0]) == 3
    assert any(results[1].snapshot_id in w for w in listing[3])
    _no_cache()
    assert _listing(make_dest(), None) == listing

    md5_only = _without(make_dest(), "sha256Checksum")
    assert _counted(emulator, _listing, md5_only, None)[:2] == (listing, 4)  # (bound to SHA-256)
    assert _counted(emulator, _listing, md5_only, None)[:2] == (listing, 1)  # now to MD5
    entries = SummaryCache(repo.set_id, repo.keys.summaries).load()._entries
    assert {e.check.split(":")[0] for e in entries.values()} == {"md5"}
    none = _without(make_dest(), "sha256Checksum", "md5Checksum")
    for _ in range(2):  # never matched, never bound to nothing
        assert _counted(emulator, _listing, none, None)[:2] == (listing, 4)
    assert _counted(emulator, _listing, make_dest(), None)[:2] == (listing, 1)


def test_a_rollback_on_drive_with_the_cache_warm_is_said_as_without(lib, make_dest, emulator):
    results = _backups(lib, make_dest, 5)
    repo = Repo.open(make_dest(), KEY)
    for r in results[3:]:
        make_dest().delete(f"{repo.prefix}snapshots/{r.snapshot_id}")
    warm, downloads, _ = _counted(emulator, _listing, make_dest(), lib)
    overview = set_overview(make_dest(), KEY, repo.set_id, lib)
    assert downloads == 0
    _no_cache()
    cold, downloads, _ = _counted(emulator, _listing, make_dest(), lib)
    assert downloads == 3 and cold == warm
    assert set_overview(make_dest(), KEY, repo.set_id, lib) == overview
    assert warm[1] is True and results[-1].snapshot_id in warm[2]
    assert [b.snapshot_id for b in warm[0]] == [r.snapshot_id for r in reversed(results[:3])]
    assert overview.rolled_back is True
