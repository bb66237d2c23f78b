"""Retention reads the kept manifests' pack lists one at a time (a set's manifests are not
all held in memory: docs/SECURITY.md 2.3), reads none it already holds, and deletes no pack
when a kept manifest no longer reads. These backups run without this computer's summary
cache (removed before each: a first backup here); tests/engine/test_snapshot_summaries.py
covers it."""

from __future__ import annotations

import shutil

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import verify
from backupgui.engine.repository import Repo
from backupgui.engine.retention import apply_retention
from backupgui.engine.summaries import cache_root
from backupgui.engine.types import VerifyRequest
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library

from .helpers import CountingDest, backup_to, dest_files


def _grow(lib_dir, seed: int) -> None:
    with Library(lib_dir) as lib:
        for i, cid in enumerate(lib.chat_ids()):
            add_demo_messages(lib, cid, 3, seed=seed * 10 + i, with_photo=True)


def test_keep_three_reads_the_one_kept_manifest_not_in_memory(demo_lib, dest_dir):
    key = RawKey(generate_key())
    dest = CountingDest(dest_dir)
    results = []
    for i in range(5):
        if i:
            _grow(demo_lib, seed=20 + i)
        dest.manifest_reads = 0
        shutil.rmtree(cache_root(), ignore_errors=True)
        results.append(backup_to(demo_lib, dest, key, keep=3))
    # The last backup listed the set (reading its 3 manifests one at a time, keeping their
    # pack lists), then retention read none again.
    assert dest.manifest_reads == 3
    files = dest_files(dest_dir)
    snaps = sorted(n.rsplit("/", 1)[1] for n in files if "/snapshots/" in n)
    assert snaps == [r.snapshot_id for r in results[-3:]]
    repo = Repo.open(dest, key)
    referenced = {p for s in snaps for p in repo.load_manifest(s).packs}
    assert {n.rsplit("/", 1)[1] for n in files if "/data/" in n} == referenced
    for s in snaps:
        verify(VerifyRequest(dest, key, snapshot=s))


def test_keep_two_reads_no_manifest_again(demo_lib, dest_dir):
    key = RawKey(generate_key())
    dest = CountingDest(dest_dir)
    for i in range(3):
        if i:
            _grow(demo_lib, seed=30 + i)
        dest.manifest_reads = 0
        shutil.rmtree(cache_root(), ignore_errors=True)
        backup_to(demo_lib, dest, key, keep=2)
    assert dest.manifest_reads == 2  # listing the set's two snapshots; retention reads none


def test_a_kept_manifest_that_no_longer_reads_deletes_no_pack(demo_lib, dest_dir):
    key = RawKey(generate_key())
    dest = FolderDestination(dest_dir)
    results = []
    for i in range(3):
        if i:
            _grow(demo_lib, seed=40 + i)
        results.append(backup_to(demo_lib, dest, key, keep=5))
    repo = Repo.open(dest, key)
    snaps = repo.snapshots()  # listed before the middle one disappears
    index, index_names = repo.load_index()
    written = repo.load_manifest(results[-1].snapshot_id)
    assert set(index.packs) - set(written.packs)  # packs only older snapshots use
    dest.delete(f"{repo.prefix}snapshots/{results[1].snapshot_id}")
    packs_before = {n for n in dest_files(dest_dir) if "/data/" in n}
    removed = apply_retention(repo, 2, index, index_names, written)
    assert removed == [snaps.infos[0].snapshot_id]  # the oldest went, as asked
    assert {n for n in dest_files(dest_dir) if "/data/" in n} == packs_before
    verify(VerifyRequest(dest, key, snapshot=results[-1].snapshot_id))
