"""Restoring many small files costs in proportion to their number (docs/SECURITY.md 2.7).

Two loops were quadratic in the number of files: each media worker summed the sizes of every
file whose writeback had started after each file it wrote (up to 512 MiB of them: tens of
thousands of small files), and a partial restore grouped a pack's wanted blobs into runs by
copying the run's list for every blob added. Whoever holds K can make a backup of a chat
whose messages name 40,000 four-byte files in one pack: restoring that chat took 162 CPU s
(20,000: 42 s; a full restore of 20,000: 58 s), and an honest restore of many stickers paid
the same. Now 19 s, 11 s and 12 s, the fsync of each file most of it (commands in SECURITY.md).

Counted, not timed, where Python does the work: the Python function calls (generator steps
included) of a restore of n and of 4n files, whose ratio is about 4 when the cost is
linear; the run grouping, which is C list copies, by CPU time in paired runs of n and 8n."""

from __future__ import annotations

import hashlib
import sys
import threading
import time
from datetime import UTC, datetime

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, restore
from backupgui.engine.packread import _runs
from backupgui.engine.repository import Repo, snapshot_name
from backupgui.format.manifest import (
    ChatEntry,
    Manifest,
    MediaEntry,
    TextBlobRef,
    Totals,
    created_fields,
    encode_text_blob,
)
from backupgui.format.pack import COMP_NONE, BlobEntry, PackWriter
from backupgui.library.model import MediaRef, Message, Participant

from .conftest import KEY

TS = 1_700_000_000_000


def _backup_of_small_files(root, n: int) -> FolderDestination:
    """An authentic backup: one chat whose one message names ``n`` four-byte files, all in
    one pack, and a second chat with nothing."""
    (root / "dest").mkdir(parents=True)
    dest = FolderDestination(root / "dest")
    repo = Repo.create(dest, KEY)
    keys = repo.keys
    mw = PackWriter(dest, repo.prefix, keys.objects)
    media, refs = [], []
    for i in range(n):
        payload = i.to_bytes(4, "big")
        digest = hashlib.sha256(payload)
        blob = keys.blob_name(digest.digest())
        mw.add(blob, payload, len(payload), COMP_NONE)
        media.append(MediaEntry(digest.hexdigest(), 4, blob, "file"))
        refs.append(MediaRef("file", digest.hexdigest(), 4, "application/octet-stream", f"f{i}", i))
    mp = mw.finish()
    raw = encode_text_blob("c1", "2023-11", [Message("m1", "c1", TS, "a", "media", "",
                                                      media=tuple(refs))])
    tb = keys.blob_name(hashlib.sha256(raw).digest())
    tw = PackWriter(dest, repo.prefix, keys.objects)
    tw.add(tb, raw, len(raw), COMP_NONE)
    tp = tw.finish()
    repo.write_index([mp, tp])
    people = (Participant("a", "A"),)
    chats = (ChatEntry("c1", "Files", "direct", "test", None, people, 1, n, 4 * n, TS,
                       (TextBlobRef(tb, "2023-11", 1),)),
             ChatEntry("c2", "Other", "direct", "test", None, people, 0, 0, 0, None, ()))
    now = datetime.now(UTC)
    created, created_ms = created_fields(now)
    repo.write_manifest(Manifest(
        snapshot_name(now), repo.set_id, created, created_ms, "x", "backupgui 0.1.0", True, chats,
        tuple(sorted(media, key=lambda e: e.sha256)), tuple(sorted((mp.pack_id, tp.pack_id))),
        Totals(2, 1, n, 4 * n, len(raw), mp.size + tp.size), seq=1))
    return dest


def _calls_of_restore(root, n: int, chats: list[str] | None) -> int:
    """Python function calls (and generator steps) of a restore of ``n`` files, on every
    thread."""
    dest = _backup_of_small_files(root, n)
    count = [0]

    def profile(frame, event, arg):
        if event == "call":
            count[0] += 1

    threading.setprofile(profile)
    sys.setprofile(profile)
    try:
        r = restore(RestoreRequest(dest, root / "lib", KEY, chats=chats))
    finally:
        sys.setprofile(None)
        threading.setprofile(None)
    assert r.media_restored == n
    return count[0]


def test_a_restore_of_many_small_files_is_linear_in_their_number(tmp_path):
    small = _calls_of_restore(tmp_path / "small", 400, None)
    large = _calls_of_restore(tmp_path / "large", 1600, None)
    assert large / small < 6, (small, large)  # linear: ~4.1; the summing: 8.9


def _cpu(f, *args) -> float:
    best = float("inf")
    for _ in range(5):
        t = time.process_time()
        f(*args)
        best = min(best, time.process_time() - t)
    return best


def test_grouping_a_packs_blobs_into_runs_is_linear(tmp_path):
    """Paired CPU times of n and 8n adjacent blobs (one run): ~8 when linear, ~64 before."""
    def entries(n: int) -> list[BlobEntry]:
        return [BlobEntry(f"{i:064x}", 10 * i, 10, 10, 0) for i in range(n)]

    small, large = entries(4_000), entries(32_000)
    assert len(_runs(large, 1 << 16)) == 1
    ratio = _cpu(_runs, large, 1 << 16) / max(_cpu(_runs, small, 1 << 16), 1e-6)
    assert ratio < 24, ratio


if __name__ == "__main__":  # the figures of SECURITY.md 2.7: CPU seconds of one restore
    # python -m tests.security.test_many_small_files 40000 partial|full
    import tempfile
    from pathlib import Path

    n, kind = int(sys.argv[1]), sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        dest = _backup_of_small_files(Path(tmp), n)
        t = time.process_time()
        restore(RestoreRequest(dest, Path(tmp) / "lib", KEY, chats=["c1"] if kind == "partial" else None))
        print(f"{n} files, {kind} restore: {time.process_time() - t:.1f} CPU s")
