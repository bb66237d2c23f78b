"""Benchmark: how much the order of message ids costs the restore's inserts.

The bench library numbers its messages in sequence ("b1-000-0000000", ...), so a restore
inserts into the message-id index almost in order. Real imports name messages by a hash
(``importers/common.py``: a SHA-256 prefix), so a real restore inserts at random places. This
takes the bench library's message blobs as they are, and again with every id (and reply)
replaced by a hash of it, and times inserting each set into an empty library the way a
restore does (``fill_if_empty``, ``transaction``, ``bulk``, ``add_message_blob``),
commit included.

    python -m bench.restore_ids [size]        # default 1GiB; uses the cached bench library
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from backupgui.library.store import Library

from . import dataset

_ID = re.compile(rb'"(id|reply_to)":"([^"\\]*)"')


def _hashed(raw: bytes) -> bytes:
    return _ID.sub(lambda m: b'"%s":"m-%s"' % (m.group(1), hashlib.sha256(m.group(2)).hexdigest()[:32].encode()), raw)


def _insert(src: Library, blobs: list[tuple[str, bytes]], work: Path) -> dict:
    with tempfile.TemporaryDirectory(dir=work) as d:
        lib = Library(Path(d) / "lib")
        try:
            t0, c0 = time.perf_counter(), time.process_time()
            with lib.fill_if_empty(), lib.transaction() as w, w.bulk():
                for cid in src.chat_ids():
                    w.upsert_chat(src.chat(cid))
                for cid, raw in blobs:
                    w.add_message_blob(cid, raw, [])
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            size = lib.db_path.stat().st_size
        finally:
            lib.close()
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "db_mb": round(size / 1e6)}


def run(size: int = 1 << 30) -> dict:
    info = dataset.build_library(size)
    src = Library(info.path, create=False)
    try:
        blobs = [(cid, raw) for cid in src.chat_ids() for _m, _n, raw in src.text_blobs(cid)]
        work = dataset.out_dir()
        out = {"messages": info.messages, "blobs": len(blobs)}
        out["sequential_ids"] = _insert(src, blobs, work)
        out["hashed_ids"] = _insert(src, [(c, _hashed(r)) for c, r in blobs], work)
    finally:
        src.close()
    return out


if __name__ == "__main__":
    print(json.dumps(run(dataset.parse_size(sys.argv[1]) if len(sys.argv) > 1 else 1 << 30), indent=1))
