"""Listings, ``describe``, the restore wizard's list and a restore's choice of backup from this
computer's snapshot summary cache (docs/SECURITY.md 2.11, s18), on a real folder: only the
manifests not authenticated here before are read (and cached), every answer is the one given
without the cache, a rollback included, an entry counts only while the folder lists the
file with the times it had, and the manifest a restore restores from is always read and
authenticated."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import describe, list_authenticated
from backupgui.engine.repository import Repo
from backupgui.engine.snapshots import open_snapshot, set_overview
from backupgui.engine.summaries import SummaryCache, cache_path, cache_root
from backupgui.errors import DamagedBackupError, RolledBackError
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library

from .helpers import CountingDest, backup_to, restore_from


@pytest.fixture
def key() -> RawKey:
    return RawKey(generate_key())


def _grow(lib_dir, seed: int) -> None:
    with Library(lib_dir) as lib:
        add_demo_messages(lib, lib.chat_ids()[seed % 3], 2, seed=seed)


def _daily(lib, dest, key, days: int) -> list:
    start = datetime(2026, 3, 1, 12, tzinfo=UTC)
    out = []
    for d in range(days):
        if d:
            _grow(lib, 100 + d)
        out.append(backup_to(lib, dest, key, keep=30, clock=lambda d=d: start + timedelta(days=d)))
    return out


def _no_cache() -> None:
    shutil.rmtree(cache_root(), ignore_errors=True)


def _listing(dest, key, lib) -> tuple:
    got = list_authenticated(dest, key, lib)
    return got.backups, got.rolled_back, got.rollback_message, got.warnings


def _overview(dest, key, set_id, lib) -> tuple:
    o = set_overview(dest, key, set_id, lib)
    return o.backups, o.newest_ms, o.rolled_back, o.rollback_message, o.ignored


def _counted(dest: CountingDest, fn, *args, **kw):
    dest.manifest_reads = 0
    out = fn(*args, **kw)
    return out, dest.manifest_reads


def test_list_and_the_wizard_read_only_manifests_not_authenticated_here(demo_lib, dest_dir,
                                                                        key, tmp_path,
                                                                        monkeypatch):
    dest = CountingDest(dest_dir)
    _daily(demo_lib, dest, key, 5)
    set_id = Repo.open(dest, key).set_id
    warm, reads = _counted(dest, _listing, dest, key, demo_lib)
    assert reads == 0  # every backup cached its own manifest's summary
    wizard, reads = _counted(dest, _overview, dest, key, set_id, demo_lib)
    assert reads == 0
    _no_cache()
    cold, reads = _counted(dest, _listing, dest, key, demo_lib)
    assert reads == 5 and cold == warm
    # ... which filled the cache: the wizard's list then reads none, and answers the same.
    again, reads = _counted(dest, _overview, dest, key, set_id, demo_lib)
    assert reads == 0 and again == wizard
    _no_cache()
    assert _counted(dest, _overview, dest, key, set_id, demo_lib) == (wizard, 5)
    assert len(warm[0]) == 5 and warm[1] is False and warm[0][0].is_latest

    # A backup made on another computer (a cache of its own): only its manifest is read.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other-computer"))
    _grow(demo_lib, 7)
    r = backup_to(demo_lib, dest, key, keep=30)
    monkeypatch.undo()
    listing, reads = _counted(dest, _listing, dest, key, demo_lib)
    assert reads == 1 and listing[0][0].snapshot_id == r.snapshot_id and len(listing[0]) == 6
    assert _counted(dest, _listing, dest, key, demo_lib) == (listing, 0)


def test_describe_and_a_restore_read_the_manifest_they_use_and_only_it(demo_lib, dest_dir,
                                                                       key, tmp_path):
    dest = CountingDest(dest_dir)
    results = _daily(demo_lib, dest, key, 4)
    latest, reads = _counted(dest, describe, dest, key, "latest")
    assert reads == 1 and latest.snapshot_id == results[-1].snapshot_id and latest.chat_names
    older, reads = _counted(dest, describe, dest, key, results[1].snapshot_id)
    assert reads == 1 and older.snapshot_id == results[1].snapshot_id and older.seq == 2
    _no_cache()
    assert _counted(dest, describe, dest, key, "latest") == (latest, 4)  # (as before: all)
    # A restore reads the manifest it restores from even though it is cached ...
    r, reads = _counted(dest, restore_from, dest, tmp_path / "restored", key,
                        snapshot=results[2].snapshot_id)
    assert reads == 1 and r.snapshot_id == results[2].snapshot_id
    # ... so a manifest damaged at the destination is refused as without the cache, even
    # one whose damage the folder's listing cannot show (its check forged into the entry).
    repo = Repo.open(dest, key)
    path = dest_dir / repo.prefix / "snapshots" / results[2].snapshot_id
    raw = bytearray(path.read_bytes())
    raw[-40] ^= 1
    path.write_bytes(bytes(raw))
    cache = SummaryCache(repo.set_id, repo.keys.summaries).load()
    listed = {o.name: o for o in repo.list_rel("snapshots/", checked=True)}
    cache._entries[results[2].snapshot_id].check = listed[f"snapshots/{results[2].snapshot_id}"].check
    cache._dirty = True
    cache.save()
    with pytest.raises(DamagedBackupError):
        restore_from(dest, tmp_path / "restored-2", key, snapshot=results[2].snapshot_id)


def test_a_cached_newest_that_no_longer_reads_is_not_the_latest(demo_lib, dest_dir, key,
                                                                tmp_path):
    """'latest' reads the newest manifest; should it fail although its entry matched (a
    Windows file whose times were set back, forged here), its entry goes and the set is
    read without the cache: the latest is then the one before, as without the cache."""
    dest = CountingDest(dest_dir)
    results = _daily(demo_lib, dest, key, 3)
    repo = Repo.open(dest, key)
    path = dest_dir / repo.prefix / "snapshots" / results[-1].snapshot_id
    raw = bytearray(path.read_bytes())
    raw[-40] ^= 1
    path.write_bytes(bytes(raw))
    cache = SummaryCache(repo.set_id, repo.keys.summaries).load()
    listed = {o.name: o.check for o in repo.list_rel("snapshots/", checked=True)}
    cache._entries[results[-1].snapshot_id].check = listed[f"snapshots/{results[-1].snapshot_id}"]
    cache._dirty = True
    cache.save()
    got, m = open_snapshot(dest, key, "latest")
    assert m.snapshot_id == results[1].snapshot_id
    assert any(results[-1].snapshot_id in w for w in got.snapshots().ignored)
    assert results[-1].snapshot_id not in SummaryCache(repo.set_id, repo.keys.summaries).load()._entries
    _no_cache()
    assert open_snapshot(dest, key, "latest")[1].snapshot_id == results[1].snapshot_id


@pytest.mark.parametrize("how", ["newest deleted", "older copy of the folder"])
def test_a_rollback_with_the_cache_warm_gets_the_answers_it_gets_without(demo_lib, tmp_path,
                                                                         key, how):
    """FORMAT.md 9.3 with the cache warm: the destination goes back to its state after the
    3rd of 5 backups (the newest two manifests deleted, or the whole folder replaced by a
    copy kept from then, times preserved); ``list``, the wizard's list, a restore of
    'latest' and the next backup say so exactly as with no cache at all."""
    dest_dir = tmp_path / "dest"
    dest = CountingDest(dest_dir)
    results = _daily(demo_lib, dest, key, 3)
    kept = tmp_path / "kept-copy"
    shutil.copytree(dest_dir, kept, copy_function=shutil.copy2)
    results += [backup_to(demo_lib, dest, key, keep=30) for _ in range(2)]
    set_id = Repo.open(dest, key).set_id
    last_seq = Repo.open(dest, key).snapshots().newest.seq
    if how == "newest deleted":
        for r in results[3:]:
            dest.delete(f"sets/{set_id}/snapshots/{r.snapshot_id}")
    else:
        shutil.rmtree(dest_dir)
        shutil.copytree(kept, dest_dir, copy_function=shutil.copy2)
    answers = []
    for cached in (True, False):
        if not cached:
            _no_cache()
        listing, reads = _counted(dest, _listing, dest, key, demo_lib)
        assert reads == (0 if cached and how == "newest deleted" else 3)
        overview = _overview(dest, key, set_id, demo_lib)
        with pytest.raises(RolledBackError) as restored:  # (into the library that knows)
            restore_from(dest, demo_lib, key)
        answers.append((listing, overview, str(restored.value)))
    assert answers[0] == answers[1]
    listing = answers[0][0]
    assert listing[1] is True and results[-1].snapshot_id in listing[2]
    assert [b.snapshot_id for b in listing[0]] == [r.snapshot_id for r in reversed(results[:3])]
    assert all(b.rolled_back for b in listing[0])
    # The next backup warns as without the cache, and continues the chain past the lost ones.
    r = backup_to(demo_lib, dest, key, keep=30)
    assert any("missing from the destination" in w for w in r.warnings)
    assert Repo.open(dest, key).load_manifest(r.snapshot_id).seq == last_seq + 1 == 6


def test_an_entry_counts_only_while_the_folder_lists_the_file_as_it_was(demo_lib, dest_dir,
                                                                        key):
    """The folder has no checksum: an entry is bound to the file's modification and change
    times (``folder.stat_check``). The same bytes written again, or other bytes of the same
    size with the modification time set back, are read again; the first authenticate and
    are bound anew, the others are ignored as without the cache."""
    dest = CountingDest(dest_dir)
    results = _daily(demo_lib, dest, key, 3)
    repo = Repo.open(dest, key)
    snap = dest_dir / repo.prefix / "snapshots"
    same = snap / results[0].snapshot_id
    st = same.stat()
    same.write_bytes(same.read_bytes())
    os.utime(same, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _counted(dest, _listing, dest, key, None)[1] == 1
    assert _counted(dest, _listing, dest, key, None)[1] == 0  # bound to its new times
    other = snap / results[1].snapshot_id
    st = other.stat()
    raw = bytearray(other.read_bytes())
    raw[-40] ^= 1
    other.write_bytes(bytes(raw))
    os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
    listing, reads = _counted(dest, _listing, dest, key, None)
    assert reads == 1 and [b.snapshot_id for b in listing[0]] == [results[2].snapshot_id,
                                                                  results[0].snapshot_id]
    assert any(results[1].snapshot_id in w for w in listing[3])
    _no_cache()
    assert _listing(dest, key, None) == listing


def test_an_entry_holds_the_listed_check_of_the_bytes_it_was_made_from(demo_lib, dest_dir, key):
    """What a backup writes is bound to what the folder then lists for the file (its times
    after the rename), so the next listing finds it without reading."""
    dest = FolderDestination(dest_dir)
    r = backup_to(demo_lib, dest, key)
    repo = Repo.open(dest, key)
    entry = SummaryCache(repo.set_id, repo.keys.summaries).load()._entries[r.snapshot_id]
    [listed] = repo.list_rel("snapshots/", checked=True)
    assert entry.check == listed.check and entry.check.startswith("stat:")
    assert entry.size == listed.size
    assert [o.check for o in repo.list_rel("snapshots/")] == [""]  # (a plain listing: none)
    assert cache_path(repo.set_id).is_file()
