"""The local cache of authenticated snapshot summaries (engine/summaries.py, SECURITY.md 2.11):
a backup reads only the manifests it has not seen; the listing stays the truth for which
snapshots exist; any cache file that is not this set's own, whole and MACed is ignored and
rebuilt; and nothing in it can make retention keep or delete other backups than the
authentic manifests say."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup, verify
from backupgui.engine.repository import Repo
from backupgui.engine.summaries import (
    MAX_FILE_BYTES,
    SummaryCache,
    cache_path,
    cache_root,
)
from backupgui.engine.types import RetentionPolicy, VerifyRequest
from backupgui.format.names import BadName
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library

from .helpers import CountingDest, backup_to, dest_files


def _grow(lib_dir, seed: int) -> None:
    with Library(lib_dir) as lib:
        cid = lib.chat_ids()[seed % 3]
        add_demo_messages(lib, cid, 2, seed=seed, with_photo=seed % 2 == 0)


def _plain(infos) -> list[tuple]:
    """What a listing answers, without the pack lists only the cache keeps."""
    return [(i.snapshot_id, i.created, i.created_ms, i.device, i.app_version, i.include_videos,
             i.totals, i.seq, i.prev, i.size) for i in infos]


def _truth(dest, key) -> list[tuple]:
    """The set's snapshots read from the destination alone (no cache)."""
    return _plain(Repo.open(dest, key).snapshots().infos)


def _set_id(dest, key) -> str:
    return Repo.open(dest, key).set_id


def _daily(demo_lib, dest, key, days: int, policy=None, start=None):
    """One backup a day at noon (the engine's clock), each after a small change."""
    start = start or datetime(2026, 3, 1, 12, tzinfo=UTC)
    out = []
    for d in range(days):
        if d:
            _grow(demo_lib, seed=100 + d)
        out.append(backup_to(demo_lib, dest, key, retention=policy or RetentionPolicy.newest(30),
                             clock=lambda d=d: start + timedelta(days=d)))
    return out


@pytest.fixture
def key() -> RawKey:
    return RawKey(generate_key())


def test_a_backup_reads_only_manifests_it_has_not_seen(demo_lib, dest_dir, key):
    dest = CountingDest(dest_dir)
    _daily(demo_lib, dest, key, 6)
    set_id = _set_id(dest, key)
    assert cache_path(set_id).is_file()
    # Each backup wrote its manifest's summary: the next one reads none, retention none.
    dest.manifest_reads = 0
    _grow(demo_lib, 7)
    backup_to(demo_lib, dest, key, keep=30)
    assert dest.manifest_reads == 0
    # Without the cache (deleted, as a user clearing the cache folder) the 7 are read once,
    # and the file is made again: the backup after reads none.
    cache_path(set_id).unlink()
    dest.manifest_reads = 0
    backup_to(demo_lib, dest, key, keep=30)
    assert dest.manifest_reads == 7
    dest.manifest_reads = 0
    backup_to(demo_lib, dest, key, keep=30)
    assert dest.manifest_reads == 0
    cached = Repo.open(dest, key, summaries=True)
    answer = _plain(cached.snapshots().infos)
    assert cached.summaries.loaded and dest.manifest_reads == 0
    assert answer == _truth(dest, key)


def test_retention_from_the_cache_keeps_exactly_what_the_manifests_say(demo_lib, tmp_path, key):
    """A month of daily backups under the default history policy, once with the cache and
    once with it removed before every backup: the same backups are kept, the same packs."""
    policy = RetentionPolicy()
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    kept = []
    for with_cache in (True, False):
        lib = tmp_path / f"lib-{with_cache}"
        shutil.copytree(demo_lib, lib)
        dest = CountingDest(tmp_path / f"dest-{with_cache}")
        reads = 0
        for d in range(40):
            if d:
                _grow(lib, seed=200 + d)
            if not with_cache:
                shutil.rmtree(cache_root(), ignore_errors=True)
            dest.manifest_reads = 0
            backup_to(lib, dest, key, retention=policy, clock=lambda d=d: start + timedelta(days=d))
            reads += dest.manifest_reads
        snaps = Repo.open(dest, key).snapshots()
        kept.append([(i.created_ms, i.seq) for i in snaps.infos])
        packs = {n.rsplit("/", 1)[1] for n in dest_files(dest.root) if "/data/" in n}
        repo = Repo.open(dest, key)
        assert packs == {p for i in snaps.infos for p in repo.load_manifest(i.snapshot_id).packs}
        if with_cache:
            assert reads == 0  # every summary was written by the backup before
        else:
            assert reads > 40  # each backup read the whole kept set, retention some again
    assert kept[0] == kept[1] and len(kept[0]) >= 10


def test_a_manifest_gone_from_the_destination_is_gone_from_the_answer(demo_lib, dest_dir, key):
    dest = CountingDest(dest_dir)
    results = _daily(demo_lib, dest, key, 4)
    repo = Repo.open(dest, key)
    dest.delete(f"{repo.prefix}snapshots/{results[1].snapshot_id}")
    cached = Repo.open(dest, key, summaries=True)
    ids = [i.snapshot_id for i in cached.snapshots().infos]
    assert results[1].snapshot_id not in ids and len(ids) == 3
    assert _plain(cached.snapshots().infos) == _truth(dest, key)
    # ... and from the file: brought back (a provider's copy), it is read and checked again.
    again = SummaryCache(repo.set_id, repo.keys.summaries).load()
    assert again.get(results[1].snapshot_id, 10**9) is None
    assert results[1].snapshot_id not in {e for e in again._entries}


def test_the_newest_manifest_deleted_is_a_rollback_not_a_cached_head(demo_lib, dest_dir, key):
    """The cache cannot hide a rollback: the newest snapshot deleted at the destination is
    missing from the answer, and the next backup warns as without the cache."""
    dest = FolderDestination(dest_dir)
    results = _daily(demo_lib, dest, key, 3)
    repo = Repo.open(dest, key)
    dest.delete(f"{repo.prefix}snapshots/{results[-1].snapshot_id}")
    r = backup_to(demo_lib, dest, key, keep=30)
    assert any("missing from the destination" in w for w in r.warnings)
    assert Repo.open(dest, key).load_manifest(r.snapshot_id).prev == results[1].snapshot_id


def test_an_object_of_another_size_under_a_cached_name_is_read_again(demo_lib, dest_dir, key):
    dest = CountingDest(dest_dir)
    results = _daily(demo_lib, dest, key, 3)
    repo = Repo.open(dest, key)
    path = dest_dir / repo.prefix / "snapshots" / results[0].snapshot_id
    path.write_bytes(path.read_bytes() + b"\0")  # damaged: another size
    dest.manifest_reads = 0
    snaps = Repo.open(dest, key, summaries=True).snapshots()
    assert dest.manifest_reads == 1
    assert [i.snapshot_id for i in snaps.infos] == [r.snapshot_id for r in results[1:]]
    assert any(results[0].snapshot_id in w for w in snaps.ignored)


def _files(key, dest) -> tuple[str, bytes]:
    set_id = _set_id(dest, key)
    return set_id, cache_path(set_id).read_bytes()


def _hostile_cases(good: bytes, other_set: bytes, set_id: str) -> dict:
    body = json.loads(good[32:])
    planted = dict(body)
    planted["entries"] = [list(e) for e in body["entries"]]
    planted["entries"][0][9] = 10**9  # seq: "newest", so a good backup would go
    return {
        "empty": b"",
        "truncated": good[: len(good) // 2],
        "mac only": good[:32],
        "random": os.urandom(len(good)),
        "one bit flipped": good[:40] + bytes([good[40] ^ 1]) + good[41:],
        "planted entry, old MAC": good[:32] + json.dumps(planted).encode(),
        "another set's file": other_set,
        "oversized": good + b" " * (MAX_FILE_BYTES + 1 - len(good)),
    }


@pytest.mark.parametrize("case", ["empty", "truncated", "mac only", "random", "one bit flipped",
                                  "planted entry, old MAC", "another set's file", "oversized",
                                  "a folder", "a symlink", "a fifo"])
def test_a_hostile_cache_file_is_ignored_and_rebuilt(demo_lib, tmp_path, key, case):
    lib2 = tmp_path / "lib2"
    shutil.copytree(demo_lib, lib2)
    other = FolderDestination(tmp_path / "other")
    backup_to(lib2, other, key)
    _, other_file = _files(key, other)
    dest = CountingDest(tmp_path / "dest")
    results = _daily(demo_lib, dest, key, 4, policy=RetentionPolicy.newest(3))
    set_id, good = _files(key, dest)
    path = cache_path(set_id)
    path.unlink()
    if case == "a folder":
        path.mkdir()
    elif case == "a symlink":
        (tmp_path / "elsewhere").write_bytes(good)
        path.symlink_to(tmp_path / "elsewhere")
    elif case == "a fifo":
        os.mkfifo(path)
    else:
        path.write_bytes(_hostile_cases(good, other_file, set_id)[case])
    cached = Repo.open(dest, key, summaries=True)
    assert not cached.summaries.loaded
    dest.manifest_reads = 0
    assert _plain(cached.snapshots().infos) == _truth(dest, key)
    assert dest.manifest_reads == 3  # all read, as without a cache
    # A backup over it keeps exactly the newest 3 (the planted "newest" changed nothing).
    r = backup_to(demo_lib, dest, key, keep=3)
    assert r.removed_snapshots == (results[1].snapshot_id,)
    if case == "a folder":
        shutil.rmtree(path)  # (a folder is not replaced; the cache stays unused)
        backup_to(demo_lib, dest, key, keep=3)
    elif case == "a symlink":
        assert (tmp_path / "elsewhere").read_bytes() == good  # never written through
    assert SummaryCache(set_id, cached.keys.summaries).load().loaded
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    assert oct(path.parent.stat().st_mode & 0o777) == oct(0o700)


def test_a_cache_written_with_the_right_key_but_wrong_fields_is_ignored(demo_lib, dest_dir, key):
    """Entries are checked field by field even under a good MAC (a future version's file,
    or a bug): anything but exactly what this version writes is ignored."""
    dest = FolderDestination(dest_dir)
    _daily(demo_lib, dest, key, 2)
    repo = Repo.open(dest, key)
    cache = SummaryCache(repo.set_id, repo.keys.summaries)
    good = json.loads(cache_path(repo.set_id).read_bytes()[32:])
    bad_rows = [
        lambda e: e[:11],                               # a field missing
        lambda e: [*e[:1], -1, *e[2:]],                 # a negative size
        lambda e: [*e[:2], "x" * 64, *e[3:]],           # a digest that is not hex
        lambda e: ["../../etc/passwd", *e[1:]],         # not a snapshot id
        lambda e: [*e[:9], 2**63, *e[10:]],             # past the format's sequence bound
        lambda e: [*e[:11], ["not a pack"]],            # a pack id out of grammar
        lambda e: [*e[:5], "d" * 300, *e[6:]],          # a device name longer than cached
        lambda e: [*e[:7], 1, *e[8:]],                  # include_videos not a bool
    ]
    for bad in bad_rows:
        doc = dict(good, entries=[bad(list(good["entries"][0]))])
        body = json.dumps(doc).encode()
        cache_path(repo.set_id).write_bytes(cache._mac(body) + body)
        assert not SummaryCache(repo.set_id, repo.keys.summaries).load().loaded
    for doc in (dict(good, set="0" * 32), dict(good, format="backupgui-snapshot-summaries/9"),
                dict(good, entries=good["entries"] * 2)):
        body = json.dumps(doc).encode()
        cache_path(repo.set_id).write_bytes(cache._mac(body) + body)
        assert not SummaryCache(repo.set_id, repo.keys.summaries).load().loaded
    body = json.dumps(good).encode()
    cache_path(repo.set_id).write_bytes(cache._mac(body) + body)
    assert SummaryCache(repo.set_id, repo.keys.summaries).load().loaded


def test_the_file_name_is_the_checked_set_id():
    for bad in ("../x", "A" * 32, "0" * 31, "", "0" * 32 + "/x"):
        with pytest.raises(BadName):
            cache_path(bad)
    assert cache_path("0" * 32).name == "0" * 32 + ".summaries"
    assert cache_path("0" * 32).parent == cache_root()


def test_swapped_manifests_are_read_again_and_retention_decides_as_without_the_cache(
        demo_lib, tmp_path, key):
    """A provider (or anyone with the folder) that swaps two manifests' contents, same sizes,
    times set back as they were: the folder's change times moved, so the entries no longer
    count, both are read, neither authenticates, and retention keeps and deletes exactly
    what it does without a cache (the swapped names, unauthenticated, are never acted on)."""
    outcome = []
    for with_cache in (True, False):
        lib = tmp_path / f"lib-{with_cache}"
        shutil.copytree(demo_lib, lib)
        dest = CountingDest(tmp_path / f"dest-{with_cache}")
        results = _daily(lib, dest, key, 4)
        repo = Repo.open(dest, key)
        snap = dest.root / repo.prefix / "snapshots"
        a, b = (snap / results[0].snapshot_id), (snap / results[1].snapshot_id)
        sa, sb = a.stat(), b.stat()
        da, db = a.read_bytes(), b.read_bytes()
        a.write_bytes(db[: len(da)].ljust(len(da), b"\0"))  # another manifest's bytes, same size
        b.write_bytes(da[: len(db)].ljust(len(db), b"\0"))
        os.utime(a, ns=(sa.st_atime_ns, sa.st_mtime_ns))  # (a change time cannot be set back)
        os.utime(b, ns=(sb.st_atime_ns, sb.st_mtime_ns))
        if not with_cache:
            shutil.rmtree(cache_root())
        dest.manifest_reads = 0
        r = backup_to(lib, dest, key, keep=3)
        assert dest.manifest_reads == (2 if with_cache else 4)
        left = sorted(n.rsplit("/", 1)[1] for n in dest_files(dest.root) if "/snapshots/" in n)
        ids = [x.snapshot_id for x in results]
        outcome.append((r.removed_snapshots, [ids.index(x) if x in ids else "new" for x in left]))
        assert a.exists() and b.exists()  # (ignored: never deleted on their names alone)
        verify(VerifyRequest(dest, key))  # every pack the kept ones use is there
    assert outcome[0] == outcome[1]
    assert outcome[0] == ((), [0, 1, 2, 3, "new"])


def test_an_entry_the_file_could_not_hold_is_left_out_not_the_file(demo_lib, dest_dir, key):
    """A summary with a device name longer than the cache keeps (whoever holds K may write
    one) is not cached, so it cannot make the file unreadable: that manifest is read each
    time, the others come from the cache."""
    dest = CountingDest(dest_dir)
    backup_to(demo_lib, dest, key, keep=30)
    backup(BackupRequest(demo_lib, dest, key, keep=30, device_name="d" * 300))
    backup_to(demo_lib, dest, key, keep=30)
    dest.manifest_reads = 0
    cached = Repo.open(dest, key, summaries=True)
    assert cached.summaries.loaded
    snaps = cached.snapshots()
    assert dest.manifest_reads == 1 and len(snaps.infos) == 3
    assert snaps.infos[1].device == "d" * 300


def test_an_entry_is_bound_to_the_content_the_manifest_authenticates_as(demo_lib, dest_dir, key):
    """The entry a backup writes with its manifest holds the SHA-256 of the very content a
    reader authenticates under that name (so reading it again confirms the entry), and one
    whose content differs is dropped when the manifest is read."""
    dest = FolderDestination(dest_dir)
    r = backup_to(demo_lib, dest, key)
    repo = Repo.open(dest, key)
    cache = SummaryCache(repo.set_id, repo.keys.summaries).load()
    _, digest, _ = repo._read_manifest(r.snapshot_id)
    assert cache._entries[r.snapshot_id].digest == digest
    cache._entries[r.snapshot_id].digest = "0" * 64
    cache._dirty = True
    cache.save()
    cached = Repo.open(dest, key, summaries=True)
    cached.load_manifest(r.snapshot_id)
    assert r.snapshot_id not in SummaryCache(repo.set_id, repo.keys.summaries).load()._entries
