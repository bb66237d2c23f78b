"""Benchmark: what a restore's messages occupy on the library's disk, against their stored size.

The restore's free-space check (``engine/restore.py:estimate_space``) counts a month kept as
a block at ``_BLOCK_FACTOR`` times its stored (compressed) size and a month merged row by row
into a chat already here at ``_MERGE_FACTOR`` times; into a library with messages, the WAL
holds the pages again until the checkpoint (counted twice). This measures both factors on the
bench library's text (its media are left out: the estimate counts them apart, exactly):

1. the bench library's messages, copied into a text-only library (ids as the bench has them,
   or hashed as a real import names them: ``--ids hashed``, inserted at random places in the
   message-id index), backed up to a folder;
2. restored into an empty library (every month a block);
3. restored with *merge* into a library where every chat already has one message of its own
   (every month goes in row by row), the database and its WAL sampled every 50 ms.

Each line: the stored size of the messages, the growth of ``library.db`` at the end, the peak
of ``library.db`` + ``library.db-wal`` during the restore, their ratios to the stored size,
and the restore's own estimate. Only the standard library's clock; the figures are bytes.

    python -m bench.merge_space [size] [--ids sequential|hashed]   # default 1GiB, sequential
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.factory import open_destination
from backupgui.engine import estimate_restore_space, restore
from backupgui.engine.backup import backup
from backupgui.engine.types import BackupRequest, RestoreRequest
from backupgui.library.model import Message
from backupgui.library.store import Library

from . import dataset

_ID = re.compile(rb'"(id|reply_to)":"([^"\\]*)"')


def _hashed(raw: bytes) -> bytes:
    return _ID.sub(lambda m: b'"%s":"m-%s"' % (
        m.group(1), hashlib.sha256(m.group(2)).hexdigest()[:32].encode()), raw)


def _text_library(src_path: Path, dst: Path, hashed: bool) -> int:
    """The bench library's chats and messages (no media) in a new library; messages copied."""
    src = Library(src_path, create=False)
    n = 0
    try:
        lib = Library(dst)
        try:
            with lib.fill_if_empty(), lib.transaction() as w, w.bulk():
                for cid in src.chat_ids():
                    w.upsert_chat(src.chat(cid))
                    for _month, _count, raw in src.text_blobs(cid):
                        n += w.add_message_blob(cid, _hashed(raw) if hashed else raw, [])
        finally:
            lib.close()
    finally:
        src.close()
    return n


def _seeded(src_path: Path, dst: Path) -> None:
    """A library whose every chat has one message of its own (so a restore merges)."""
    src = Library(src_path, create=False)
    try:
        chats = [src.chat(cid) for cid in src.chat_ids()]
    finally:
        src.close()
    lib = Library(dst)
    try:
        with lib.transaction() as w:
            for c in chats:
                w.upsert_chat(c)
                w.add_messages([Message(f"local-{c.id}", c.id, 1_600_000_000_000, None, "system",
                                        "here before")])
    finally:
        lib.close()


def _db_bytes(lib: Path) -> int:
    total = 0
    for name in ("library.db", "library.db-wal", "library.db-journal"):
        try:
            total += os.stat(lib / name).st_blocks * 512
        except FileNotFoundError:
            pass
    return total


def _restore(dest_path: Path, key: RawKey, lib: Path) -> dict:
    dest = open_destination(str(dest_path))
    try:
        req = RestoreRequest(dest, lib, key)
        est = estimate_restore_space(req)
        before = _db_bytes(lib) if lib.exists() else 0
        peak = [before]
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.05):
                peak[0] = max(peak[0], _db_bytes(lib))

        t = threading.Thread(target=sample, daemon=True)
        t.start()
        t0, c0 = time.perf_counter(), time.process_time()
        r = restore(req)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        stop.set()
        t.join()
        peak[0] = max(peak[0], _db_bytes(lib))
        after = _db_bytes(lib)
    finally:
        dest.close()
    return {"messages_added": r.messages_added, "estimate": est.needed, "db_before": before,
            "db_growth": after - before, "db_wal_peak_growth": peak[0] - before,
            "wall_s": round(wall, 1), "cpu_s": round(cpu, 1)}


def _stored_text(dest_path: Path, key: RawKey) -> int:
    from backupgui.engine.restore import _open, _plan
    dest = open_destination(str(dest_path))
    try:
        _repo, manifest, index, chats = _open(RestoreRequest(dest, Path("/nonexistent"), key),
                                              lambda p: None)
        return _plan(manifest, index, chats).text_bytes
    finally:
        dest.close()


def run(size: int = 1 << 30, hashed: bool = False, work: Path | None = None) -> dict:
    info = dataset.build_library(size)
    root = Path(tempfile.mkdtemp(prefix="merge-space-", dir=work))
    try:
        src = root / "src"
        messages = _text_library(info.path, src, hashed)
        key = RawKey(generate_key())
        dest_path = root / "dest"
        backup(BackupRequest(src, open_destination(str(dest_path), create=True), key))
        stored = _stored_text(dest_path, key)
        out: dict = {"ids": "hashed" if hashed else "sequential", "messages": messages,
                     "stored_text": stored}
        out["fresh"] = _restore(dest_path, key, root / "fresh")
        _seeded(info.path, root / "merged")
        out["merged"] = _restore(dest_path, key, root / "merged")
        for k in ("fresh", "merged"):
            d = out[k]
            d["growth_per_stored"] = round(d["db_growth"] / stored, 2)
            d["peak_per_stored"] = round(d["db_wal_peak_growth"] / stored, 2)
        return out
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.merge_space")
    ap.add_argument("size", nargs="?", default="1GiB")
    ap.add_argument("--ids", choices=("sequential", "hashed"), default="sequential")
    ap.add_argument("--work", type=Path, default=None, help="folder for the temporary libraries")
    a = ap.parse_args(argv)
    print(json.dumps(run(dataset.parse_size(a.size), a.ids == "hashed", a.work), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
