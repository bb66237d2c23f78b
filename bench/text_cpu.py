"""CPU of the backup's message side alone (SQLite's month JSON, SHA-256, zstd level 1) over
chats of the cached bench library: each month built whole (``textjson.month_blobs``) or as
the backup builds it (``textjson.month_texts``: a month of ``BATCH`` messages or more a
batch at a time into one ``FrameWriter`` frame), in alternating turns, in one process.

    python -m bench.text_cpu [--size 1GiB] [--chats 1] [--repeat 3] [--mode whole|batched]

``--mode`` runs one side once (for an instruction count of that side: run the command under
a CPU simulator once per mode and subtract). Prints thread CPU seconds and bytes stored.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from backupgui.format.compress import FrameWriter, compress
from backupgui.library import textjson

from . import dataset


def whole(db: sqlite3.Connection, chats: list[str]) -> int:
    n = 0
    for c in chats:
        for _month, _count, raw in textjson.month_blobs(db, c):
            hashlib.sha256(raw).digest()
            n += len(compress(raw, 1))
    return n


def batched(db: sqlite3.Connection, chats: list[str]) -> int:
    n = 0
    for c in chats:
        for t in textjson.month_texts(db, c):
            if t.raw is None:
                h, frame = hashlib.sha256(), FrameWriter(1)
                for piece in t.pieces():
                    h.update(piece)
                    frame.write(piece)
                n += sum(map(len, frame.finish()))
            else:
                hashlib.sha256(t.raw).digest()
                n += len(compress(t.raw, 1))
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.text_cpu")
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--chats", type=int, default=1, help="the N chats with most messages")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mode", choices=("whole", "batched"))
    args = ap.parse_args(argv)
    info = dataset.build_library(dataset.parse_size(args.size), 1,
                                 log=lambda m: print(m, file=sys.stderr))
    # immutable: read the cached library in place without locks, WAL or writes
    db = sqlite3.connect(f"file:{Path(info.path) / 'library.db'}?immutable=1", uri=True,
                         isolation_level=None)
    chats = [r[0] for r in db.execute("SELECT id FROM chats ORDER BY message_count DESC")]
    chats = chats[:args.chats]
    sides = {"whole": whole, "batched": batched}
    if args.mode:
        t = time.thread_time()
        n = sides[args.mode](db, chats)
        print(args.mode, round(time.thread_time() - t, 3), "CPU s", n, "bytes")
        return 0
    cpu: dict[str, list[float]] = {"whole": [], "batched": []}
    for i in range(args.repeat):
        for name in (("whole", "batched") if i % 2 == 0 else ("batched", "whole")):
            t = time.thread_time()
            n = sides[name](db, chats)
            cpu[name].append(round(time.thread_time() - t, 3))
            print(name, cpu[name][-1], "CPU s", n, "bytes", flush=True)
    print({k: statistics.median(v) for k, v in cpu.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
